import type { Passage } from '../types.ts';

/** A phrase in quotes, as any search box takes it: its words must stand together ("free trade"). */
const QUOTED = /["“”]([^"“”]+)["“”]/g;

/** The phrases a query quotes, as typed. */
export function quotedPhrases(query: string): string[] {
	return [...query.matchAll(QUOTED)].flatMap((match) => {
		const phrase = (match[1] ?? '').trim();
		return phrase === '' ? [] : [phrase];
	});
}

/**
 * A test that keeps the passages holding every phrase as written (case and spacing aside); `undefined` for
 * no phrases, when every passage may do.
 */
export function holdingAll(phrases: readonly string[]): ((passage: Passage) => boolean) | undefined {
	if (phrases.length === 0) return undefined;
	const wanted = phrases.map(comparable);
	return (passage) => {
		const text = comparable(passage.text);
		return wanted.every((phrase) => text.includes(phrase));
	};
}

/** Text as a phrase is compared: lower case, one space between words, one kind of apostrophe. */
function comparable(text: string): string {
	return text.toLowerCase().replaceAll('’', "'").replace(/\s+/g, ' ').trim();
}
