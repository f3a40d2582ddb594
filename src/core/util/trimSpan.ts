import type { TextSpan } from '../types.ts';

/** Narrows `[start, end)` of `text` so that it neither begins nor ends with white space. */
export function trimSpan(text: string, start: number, end: number): TextSpan {
	let from = start;
	let to = end;
	while (from < to && WHITESPACE.test(text[from] ?? '')) from++;
	while (to > from && WHITESPACE.test(text[to - 1] ?? '')) to--;
	return { start: from, end: to };
}

const WHITESPACE = /\s/;
