import type { TextSpan } from '../core/types.ts';

/**
 * Matched words separated only by spaces read better as one bold phrase: **Shanghai Cooperation
 * Organisation**, not three bold words. Used by the terminal and the Discord renderers alike.
 */
export function mergeHighlights(text: string, ranges: readonly TextSpan[]): TextSpan[] {
	const merged: TextSpan[] = [];
	for (const range of ranges) {
		const last = merged.at(-1);
		if (last && range.start >= last.end && /^[^\S\n]+$/.test(text.slice(last.end, range.start)))
			last.end = range.end;
		else merged.push({ ...range });
	}
	return merged;
}
