import type { Passage, Sentence, TextSpan } from '../types.ts';
import { splitSentences } from './sentences.ts';

/** How big a passage may grow: big enough to carry context, small enough to rank one idea. */
export const PASSAGE_LIMITS = { maxSentences: 4, maxChars: 900 } as const;

/**
 * Groups a document's article paragraphs into passages. A paragraph is one passage when it fits the
 * limits; a longer one (or a file with no paragraph breaks at all) becomes consecutive windows of
 * whole sentences. Passages never straddle paragraphs, so each is a verbatim slice of the source.
 */
export function buildPassages(docId: string, text: string, paragraphs: readonly TextSpan[]): Passage[] {
	const passages: Passage[] = [];
	for (const paragraph of paragraphs) {
		for (const block of splitAtParagraphBreaks(text, paragraph)) {
			let window: Sentence[] = [];
			const flush = (): void => {
				const first = window[0];
				const last = window.at(-1);
				if (first === undefined || last === undefined) return;
				passages.push({
					docId,
					start: first.start,
					end: last.end,
					text: text.slice(first.start, last.end),
					sentenceBounds: window.flatMap(({ start, end }) => [start - first.start, end - first.start]),
				});
				window = [];
			};
			for (const sentence of splitSentences(text, block)) {
				const first = window[0];
				const tooLong = first !== undefined && sentence.end - first.start > PASSAGE_LIMITS.maxChars;
				if (window.length >= PASSAGE_LIMITS.maxSentences || tooLong) flush();
				window.push(sentence);
			}
			flush();
		}
	}
	return passages;
}

/** A passage's sentences as ranges of its document. */
export function sentenceSpans(passage: Passage): TextSpan[] {
	const spans: TextSpan[] = [];
	const bounds = passage.sentenceBounds;
	for (let i = 0; i + 1 < bounds.length; i += 2) {
		spans.push({ start: passage.start + (bounds[i] ?? 0), end: passage.start + (bounds[i + 1] ?? 0) });
	}
	return spans;
}

/**
 * Web dumps put one paragraph per line with no blank line between them; a line that ends a sentence is
 * therefore a paragraph break, while a line that stops mid-sentence is a soft wrap.
 */
function splitAtParagraphBreaks(text: string, span: TextSpan): TextSpan[] {
	const blocks: TextSpan[] = [];
	const lineEnd = /[.!?…"'”’)\]:]\s*\n/g;
	let start = span.start;
	lineEnd.lastIndex = span.start;
	for (let match = lineEnd.exec(text); match !== null; match = lineEnd.exec(text)) {
		const end = match.index + match[0].length;
		if (end > span.end) break;
		blocks.push({ start, end });
		start = end;
	}
	if (start < span.end) blocks.push({ start, end: span.end });
	return blocks;
}
