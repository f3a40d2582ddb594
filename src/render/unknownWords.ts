import type { UnknownWord } from '../core/answer/ask.ts';

/**
 * "“Beijng” (read as “Beijing”), “founded” (matched by meaning: “established”), “nutshell”": the question's
 * words no document uses, and what the answer matched instead, for any reply.
 */
export function unknownWordList(words: readonly UnknownWord[]): string {
	return words.map((word) => `“${word.word}”${howRead(word)}`).join(', ');
}

function howRead({ respelled, standIn }: UnknownWord): string {
	if (standIn?.by === 'spelling') return ` (read as “${standIn.word}”)`;
	if (standIn?.by === 'meaning') return ` (matched by meaning: “${standIn.word}”)`;
	return respelled ? ' (read as a misspelling)' : '';
}
