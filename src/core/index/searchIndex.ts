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
export const INDEX_FORMAT_VERSION = 5;

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

/** Search settings, spelled out rather than left to MiniSearch's defaults: passageRanker.ts scores alike. */
export const FIELD_BOOST = { text: 1, aliases: 0.8 } as const;
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
/** A close spelling's score, relative to the word itself (shrinking further with each edit). */
export const FUZZY_WEIGHT = 0.45;
/** Two edits catch typing slips; MiniSearch's default of six made each long junk word a 5 ms lookup. */
export const MAX_FUZZY_DISTANCE = 2;

/** Typos are only worth the cost of a fuzzy lookup when a word is not in the corpus at all. */
export function fuzzinessFor(vocabulary: { has(term: string): boolean }): (term: string) => number | false {
	return (term) => (vocabulary.has(term) || term.length < 4 || /^\d/.test(term) ? false : 0.25);
}

export function searchOptionsFor(fuzziness: (term: string) => number | false): SearchOptions {
	return {
		boost: { ...FIELD_BOOST },
		combineWith: 'OR',
		fuzzy: fuzziness,
		maxFuzzy: MAX_FUZZY_DISTANCE,
		// Prefix search is off; MiniSearch wants both weights all the same.
		weights: { fuzzy: FUZZY_WEIGHT, prefix: 0 },
		bm25: BM25,
	};
}

/**
 * `onTerm` hears each term of each passage's text as it is indexed, so nothing else stems a word twice; not
 * those of the aliases field, which the text does not use.
 */
export async function buildSearchIndex(
	passages: Iterable<IndexedPassage>,
	slicer: TimeSlicer,
	onTerm?: (passageId: number, term: string) => void,
): Promise<MiniSearch<IndexedPassage>> {
	let passageId = 0;
	const index = new MiniSearch<IndexedPassage>({
		...MINISEARCH_OPTIONS,
		processTerm: (word, field) => {
			const term = normalizeTerm(word);
			if (term !== null && field === 'text') onTerm?.(passageId, term);
			return term;
		},
	});
	for (const passage of passages) {
		passageId = passage.id;
		index.add(passage);
		await slicer.pause();
	}
	return index;
}
