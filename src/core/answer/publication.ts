import type { CorpusIndex } from '../corpusIndex.ts';
import type { Sentence } from '../types.ts';
import type { Excerpt } from './excerpt.ts';
import type { QuestionType } from './questionType.ts';
import type { SourceScope } from './sourceScope.ts';

/*
 * "When did CGTN run the Mityushnikov op-ed?", "What was the headline of the WSJ story?": questions about a
 * source itself rather than what it says, answered from its metadata and quoting where the document states
 * it (see statedMetadata.ts), as "Who wrote it?" is from the byline (see authorship.ts).
 */

// The verbs that ask when a piece came out, not when something in it happened ("When did the WSJ say…").
const ASKS_PUBLISHED =
	/\b(?:publish(?:ed|ing)?|publication|run|ran|print(?:ed)?|post(?:ed)?|released?|dated|appeared?|c[ao]me out|written|wrote)\b/i;
const ASKS_TITLE = /\b(?:headline|title)s?\b/i;

export interface PublicationAnswer {
	/** Where the sources state it, one excerpt each; empty when none does. */
	excerpts: Excerpt[];
	/** For the user when no source states it: "IBRA Digital does not say when its piece came out." */
	refusal: string;
}

/**
 * The date or title lines of the sources the question names, when it asks when they came out or their
 * title; `undefined` when it asks something else of them.
 */
export function publicationAnswer(
	index: CorpusIndex,
	question: string,
	type: QuestionType,
	scope: SourceScope,
): PublicationAnswer | undefined {
	const asksDate = (type === 'when' || type === 'date') && ASKS_PUBLISHED.test(question);
	const asksTitle = !asksDate && ASKS_TITLE.test(question);
	if (!asksDate && !asksTitle) return undefined;
	const excerpts = index.data.documents.flatMap(({ meta, dateline, titleLine }) => {
		const line: Sentence | undefined = asksDate ? dateline : titleLine;
		if (line === undefined || !scope.docIds.has(meta.id)) return [];
		// The whole quote is the answer, so all of it is marked.
		const highlights = [{ start: 0, end: line.text.length }];
		return [{ text: line.text, source: meta, start: line.start, end: line.end, score: 1, highlights }];
	});
	const sources = scope.sources.join(' or ');
	const refusal = asksDate
		? `${sources} does not say in its text when it came out.`
		: `${sources} gives no title in its text.`;
	return { excerpts, refusal };
}
