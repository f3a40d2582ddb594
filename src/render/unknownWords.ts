import type { UnknownWord } from '../core/answer/ask.ts';

/** "“currency” (read as a misspelling), “nutshell”": the question's words no document uses, for any reply. */
export function unknownWordList(words: readonly UnknownWord[]): string {
	return words
		.map(({ word, respelled }) => `“${word}”${respelled ? ' (read as a misspelling)' : ''}`)
		.join(', ');
}
