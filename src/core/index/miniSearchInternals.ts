import type MiniSearch from 'minisearch';
import type { IndexedPassage } from './searchIndex.ts';

/*
 * The parts of a MiniSearch instance that Dossier reads or fills directly, past its public API: its term
 * table (the snapshot loader fills it; the passage ranker and the vocabulary read it) and its field
 * lengths. They are internal to MiniSearch, so the package is pinned to an exact version, these are
 * checked on every index, and tests/engine.test.ts checks that both rank and load exactly as MiniSearch.
 */

/** One term's postings: per field id, each passage's short id and the term's frequency in it. */
export type Postings = Map<number, Map<number, number>>;

export interface MiniSearchInternals {
	_index: {
		get(term: string): Postings | undefined;
		has(term: string): boolean;
		set(term: string, postings: Postings): unknown;
		fuzzyGet(term: string, maxDistance: number): Map<string, [Postings, number]>;
	};
	_fieldIds: Record<string, number>;
	_fieldLength: Map<number, number[]>;
	_avgFieldLength: number[];
	_documentCount: number;
	_nextId: number;
	_documentIds: Map<number, unknown>;
}

export function internalsOf(search: MiniSearch<IndexedPassage>): MiniSearchInternals {
	const internals = search as unknown as Partial<MiniSearchInternals>;
	const table = internals._index;
	if (
		typeof table?.get !== 'function' ||
		typeof table.set !== 'function' ||
		typeof table.fuzzyGet !== 'function' ||
		!(internals._fieldLength instanceof Map) ||
		!(internals._documentIds instanceof Map) ||
		internals._fieldIds === undefined
	)
		throw new Error(
			'Dossier: this MiniSearch version keeps its index differently; update miniSearchInternals.ts.',
		);
	return internals as MiniSearchInternals;
}
