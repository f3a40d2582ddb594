import type { Passage, Sentence, TextSpan } from '../types.ts';
import { splitSentences } from './sentences.ts';

/** How big a passage may grow: big enough to carry context, small enough to rank one idea. */
export const PASSAGE_LIMITS = { maxSentences: 4, maxChars: 900 } as const;

/**
 * Groups a document's article paragraphs into passages. A paragraph is one passage when it fits the
 * limits; a longer one (or a file with no paragraph breaks at all) becomes consecutive windows of
 * whole sentences. Passages never straddle paragraphs, so each is a verbatim slice of the source.
 * The sentences come along for the timeline; passages do not keep them (see `passageSentences`).
 */
export function buildPassages(
	docId: string,
	text: string,
	paragraphs: readonly TextSpan[],
): { passages: Passage[]; sentences: Sentence[] } {
	const passages: Passage[] = [];
	const sentences: Sentence[] = [];
	for (const paragraph of paragraphs) {
		for (const block of splitAtParagraphBreaks(text, paragraph)) {
			let window: Sentence[] = [];
			const flush = (continues: boolean): void => {
				const first = window[0];
				const last = window.at(-1);
				if (first === undefined || last === undefined) return;
				passages.push({
					docId,
					start: first.start,
					end: last.end,
					text: text.slice(first.start, last.end),
					...(continues ? { continues: true } : {}),
				});
				sentences.push(...window);
				window = [];
			};
			for (const sentence of splitSentences(text, block)) {
				const first = window[0];
				const tooLong = first !== undefined && sentence.end - first.start > PASSAGE_LIMITS.maxChars;
				if (window.length >= PASSAGE_LIMITS.maxSentences || tooLong) flush(true);
				window.push(sentence);
			}
			flush(false);
		}
	}
	return { passages, sentences };
}

/**
 * A passage's sentences, with offsets into its document. They are split again from the passage's text
 * rather than stored: a passage is whole sentences, so the splitter finds the same ones, and a large
 * corpus would otherwise keep hundreds of thousands of offsets in memory for the few passages a question reads.
 */
export function passageSentences(passage: Passage): Sentence[] {
	return splitSentences(passage.text, { start: 0, end: passage.text.length }).map((sentence) => ({
		...sentence,
		start: passage.start + sentence.start,
		end: passage.start + sentence.end,
	}));
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
