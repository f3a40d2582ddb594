import MiniSearch from 'minisearch';
import type { TimeSlicer } from '../util/timeSlicer.ts';
import { internalsOf, type Postings } from './miniSearchInternals.ts';
import { type IndexedPassage, MINISEARCH_OPTIONS } from './searchIndex.ts';

/*
 * MiniSearch's part of the snapshot. Its own format spells every posting as an object key ("12": 1), which is
 * slow to parse and to turn back into maps, and its async loader waits on a timer every 1,000 entries, which
 * on a large corpus costs more than the loading itself. So the postings are saved as plain number lists and
 * loaded into MiniSearch's term table (internal: see miniSearchInternals.ts) in time slices.
 */

/** One term's postings: per field, the field's id, then document short ids alternating with frequencies. */
export type TermPostings = [term: string, fields: number[][]];

/** MiniSearch's serialised form without its term index: document ids, field lengths, counts. */
export type SearchIndexHead = Record<string, unknown>;

interface MiniSearchJson extends SearchIndexHead {
	index: Array<[string, Record<string, Record<string, number>>]>;
}

export function serializeSearchIndex(search: MiniSearch<IndexedPassage>): {
	head: SearchIndexHead;
	terms: TermPostings[];
} {
	const { index, ...head } = search.toJSON() as unknown as MiniSearchJson;
	const terms = index.map(([term, fields]): TermPostings => {
		const lists = Object.entries(fields).map(([fieldId, documents]) => {
			const list = [Number(fieldId)];
			for (const [shortId, frequency] of Object.entries(documents)) list.push(Number(shortId), frequency);
			return list;
		});
		return [term, lists];
	});
	return { head, terms };
}

export async function loadSearchIndex(
	head: SearchIndexHead,
	terms: Iterable<TermPostings>,
	slicer: TimeSlicer,
): Promise<MiniSearch<IndexedPassage>> {
	const json = { ...head, index: [] } as unknown as Parameters<typeof MiniSearch.loadJS>[0];
	const search = MiniSearch.loadJS<IndexedPassage>(json, MINISEARCH_OPTIONS);
	const table = internalsOf(search)._index;
	for (const [term, fields] of terms) {
		const postings: Postings = new Map();
		for (const list of fields) {
			const documents = new Map<number, number>();
			for (let i = 1; i + 1 < list.length; i += 2) documents.set(list[i] ?? 0, list[i + 1] ?? 0);
			postings.set(list[0] ?? 0, documents);
		}
		table.set(term, postings);
		await slicer.pause();
	}
	return search;
}
