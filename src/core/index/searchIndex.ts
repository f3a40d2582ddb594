import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { normalizeTerm, tokenize } from '../text/terms.ts';
import type { TimeSlicer } from '../util/timeSlicer.ts';

/**
 * What MiniSearch sees of a passage: its text, and the other forms of the aliases it uses. The id is the
 * passage's position in the corpus's list: a number is cheaper for MiniSearch to keep than a name.
 */
export interface IndexedPassage {
	id: number;
	text: string;
	aliases: string;
}

/** Bumped whenever anything that shapes the index changes, so old snapshots are rebuilt, not misread. */
export const INDEX_FORMAT_VERSION = 2;

/**
 * One options object for build, save and load: MiniSearch requires `loadJS` to get the same options the
 * index was built with.
 */
export const MINISEARCH_OPTIONS: Options<IndexedPassage> = {
	idField: 'id',
	fields: ['text', 'aliases'],
	storeFields: [],
	tokenize,
	processTerm: normalizeTerm,
};

/** Typos are only worth the cost of a fuzzy lookup when a word is not in the corpus at all. */
export function searchOptionsFor(vocabulary: { has(term: string): boolean }): SearchOptions {
	return {
		boost: { text: 1, aliases: 0.8 },
		combineWith: 'OR',
		fuzzy: (term) => (vocabulary.has(term) || term.length < 4 || /^\d/.test(term) ? false : 0.25),
	};
}

export interface BuiltSearchIndex {
	index: MiniSearch<IndexedPassage>;
	/** How many passages contain each term, gathered while indexing so no word is stemmed twice. */
	documentFrequency: Map<string, number>;
}

/** `onTerms` hears each passage's distinct terms as it is indexed, for anything else built from them. */
export async function buildSearchIndex(
	passages: Iterable<IndexedPassage>,
	slicer: TimeSlicer,
	onTerms?: (passageId: number, terms: ReadonlySet<string>) => void,
): Promise<BuiltSearchIndex> {
	const documentFrequency = new Map<string, number>();
	let passageTerms: Set<string> | undefined;
	const index = new MiniSearch<IndexedPassage>({
		...MINISEARCH_OPTIONS,
		processTerm: (word) => {
			const term = normalizeTerm(word);
			if (term !== null) passageTerms?.add(term);
			return term;
		},
	});
	for (const passage of passages) {
		passageTerms = new Set();
		index.add(passage);
		for (const term of passageTerms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
		onTerms?.(passage.id, passageTerms);
		await slicer.pause();
	}
	passageTerms = undefined;
	return { index, documentFrequency };
}
