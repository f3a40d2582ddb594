import { normalizeTerm, wordsWithOffsets } from '../text/terms.ts';
import type { TextSpan } from '../types.ts';

/** Where the words matching `terms` are in `text` (offsets relative to `text`), for marking in bold. */
export function highlightSpans(text: string, terms: ReadonlySet<string>): TextSpan[] {
	const spans: TextSpan[] = [];
	for (const match of wordsWithOffsets(text)) {
		const term = normalizeTerm(match[0]);
		if (term !== null && terms.has(term)) {
			const start = match.index ?? 0;
			spans.push({ start, end: start + match[0].length });
		}
	}
	return spans;
}
