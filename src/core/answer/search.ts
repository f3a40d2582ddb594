import type { CorpusIndex } from '../corpusIndex.ts';
import { normalizeTerm, terms } from '../text/terms.ts';
import type { Passage } from '../types.ts';
import { MAX_QUESTION_LENGTH } from './ask.ts';
import { type Excerpt, excerptOf } from './excerpt.ts';
import { analyzeQuery, conceptTerms } from './queryConcepts.ts';
import { holdingAll, quotedPhrases } from './quotedPhrases.ts';

export interface SearchPage {
	query: string;
	/** 1-based. */
	page: number;
	pages: number;
	total: number;
	results: Excerpt[];
	/** The query has no word the index searches: only common words ("the", "of"), or none at all. */
	nothingToSearch: boolean;
}

export const SEARCH_PAGE_SIZE = 5;
/** What to tell someone whose query has nothing to search for; each reply adds an example as it writes commands. */
export const NOTHING_TO_SEARCH =
	'Common words such as “the” and “of” are not searched; try a name or a topic,';
/** Enough for any reader; a hostile query matching everything stays cheap to page through. */
const MAX_RESULTS = 100;

/** A word after a minus, as any search box takes it: passages using it are left out ("sanctions -Russia"). */
const EXCLUDED = /(?<=^|\s)-([\p{L}\p{N}][\p{L}\p{N}'’]*)/gu;

/**
 * Ranked passages for a keyword query, one page at a time; out-of-range pages clamp to the last. Quoted
 * phrases must appear as written (case and spacing aside), and words after a minus must not appear.
 */
export function searchPassages(
	index: CorpusIndex,
	query: string,
	page = 1,
	pageSize = SEARCH_PAGE_SIZE,
): SearchPage {
	// As long as a question may be: a longer query is cut, not refused, as a search box would.
	const bounded = query.slice(0, MAX_QUESTION_LENGTH);
	const excluded = [...bounded.matchAll(EXCLUDED)].flatMap((match) => normalizeTerm(match[1] ?? '') ?? []);
	const { concepts, searchText } = analyzeQuery(index, bounded.replace(EXCLUDED, ' '));
	const matched = conceptTerms(concepts);
	const holdsPhrases = holdingAll(quotedPhrases(bounded));
	const keep =
		holdsPhrases || excluded.length > 0
			? (passage: Passage) =>
					(holdsPhrases?.(passage) ?? true) && !terms(passage.text).some((term) => excluded.includes(term))
			: undefined;
	const { results } = searchText ? index.rankPassages(searchText, MAX_RESULTS, keep) : { results: [] };
	const pages = Math.max(1, Math.ceil(results.length / pageSize));
	const current = Math.min(Math.max(1, Math.floor(page)), pages);
	const slice = results.slice((current - 1) * pageSize, current * pageSize);
	return {
		query,
		page: current,
		pages,
		total: results.length,
		nothingToSearch: searchText === '' && excluded.length === 0,
		results: slice.flatMap((result) => {
			const passage = index.passageOf(result);
			return passage ? [excerptOf(index, passage, passage, result.score, matched)] : [];
		}),
	};
}
