import type { CorpusIndex } from '../corpusIndex.ts';
import type { Sentence } from '../types.ts';
import type { Excerpt } from './excerpt.ts';
import { saysEvenMistyped } from './misspellings.ts';
import type { QuestionType } from './questionType.ts';
import type { SourceScope } from './sourceScope.ts';

/*
 * "When did CGTN run the Mityushnikov op-ed?", "What was the headline of the WSJ story?", "Where was the
 * Geopolitics & Empire piece first published?": questions about a source itself rather than what it says,
 * answered by quoting where the document states it (see statedMetadata.ts), as "Who wrote it?" is from the
 * byline (see authorship.ts).
 */

// The verbs that ask when or where a piece came out, not when something in it happened ("When did the WSJ
// say…"). "Run" only with what was run ("run the op-ed"): a fund that will "run dry" is no piece.
const ASKS_PUBLISHED =
	/\b(?:publish(?:ed|ing)?|publication|(?:run|ran)(?=\s+(?:the|a|an|it|this|that|his|her|its|their)\b)|print(?:ed)?|post(?:ed)?|released?|dated|appeared?|c[ao]me out|written|wrote)\b/i;
const ASKS_TITLE = /\b(?:headline|title)s?\b/i;

type Asked = 'dateline' | 'originLine' | 'titleLine';

/** What the user is told when no source states it, by what was asked. */
const UNSTATED: Record<Asked, string> = {
	dateline: 'does not say in its text when it came out.',
	originLine: 'does not say in its text that it appeared anywhere else first.',
	titleLine: 'gives no title in its text.',
};

export interface PublicationAnswer {
	/** Where the sources state it, one excerpt each; empty when none does. */
	excerpts: Excerpt[];
	/** For the user when no source states it: "IBRA Digital does not say in its text when it came out." */
	refusal: string;
}

/**
 * The date, origin or title lines of the sources the question names, when it asks when or where they came out
 * or their title; `undefined` when it asks something else of them.
 */
export function publicationAnswer(
	index: CorpusIndex,
	question: string,
	type: QuestionType,
	scope: SourceScope,
): PublicationAnswer | undefined {
	const asked = askedOf(question, type);
	if (asked === undefined) return undefined;
	const excerpts = index.data.documents.flatMap((document) => {
		const line: Sentence | undefined = document[asked];
		if (line === undefined || !scope.docIds.has(document.meta.id)) return [];
		// The whole quote is the answer, so all of it is marked.
		const highlights = [{ start: 0, end: line.text.length }];
		return [
			{ text: line.text, source: document.meta, start: line.start, end: line.end, score: 1, highlights },
		];
	});
	return { excerpts, refusal: `${scope.sources.join(' or ')} ${UNSTATED[asked]}` };
}

function askedOf(question: string, type: QuestionType): Asked | undefined {
	if (saysEvenMistyped(ASKS_PUBLISHED, question)) {
		if (type === 'when' || type === 'date') return 'dateline';
		if (type === 'where') return 'originLine';
	}
	return saysEvenMistyped(ASKS_TITLE, question) ? 'titleLine' : undefined;
}
