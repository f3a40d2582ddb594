import { normalizeTerm, wordsWithOffsets } from '../text/terms.ts';
import type { TextSpan } from '../types.ts';

const INITIALISM = /^\p{L}(?:\.\p{L})+$/u;

/** Where the words matching `terms` are in `text` (offsets relative to `text`), for marking in bold. */
export function highlightSpans(text: string, terms: ReadonlySet<string>): TextSpan[] {
	const spans: TextSpan[] = [];
	for (const match of wordsWithOffsets(text)) {
		const term = normalizeTerm(match[0]);
		if (term !== null && terms.has(term)) {
			const start = match.index ?? 0;
			let end = start + match[0].length;
			// An initialism's last dot is not part of the word as tokenized, but "**U.S**." would look broken.
			if (INITIALISM.test(match[0]) && text[end] === '.') end += 1;
			spans.push({ start, end });
		}
	}
	return spans;
}
