import type { CorpusIndex } from '../corpusIndex.ts';
import type { Passage, SourceMeta, TextSpan } from '../types.ts';
import { highlightSpans } from './highlight.ts';

/** A verbatim piece of a source shown to a user, with its citation and the matched words marked. */
export interface Excerpt {
	text: string;
	source: SourceMeta;
	/** Character range of `text` in the source document. */
	start: number;
	end: number;
	score: number;
	/** Matched words, as offsets into `text`. */
	highlights: TextSpan[];
}

export function excerptOf(
	index: CorpusIndex,
	passage: Passage,
	span: TextSpan,
	score: number,
	matchedTerms: ReadonlySet<string>,
): Excerpt {
	const text = slice(passage, span);
	return {
		text,
		source: index.source(passage.docId),
		start: span.start,
		end: span.end,
		score: Math.round(score * 1000) / 1000,
		highlights: highlightSpans(text, matchedTerms),
	};
}

/** The text of a span of a passage (offsets into the document). */
export function slice(passage: Passage, span: TextSpan): string {
	return passage.text.slice(span.start - passage.start, span.end - passage.start);
}
