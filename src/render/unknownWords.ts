import type { UnknownWord } from '../core/answer/ask.ts';

/**
 * "“Beijng” (read as “Beijing”), “founded” (matched by meaning: “established”), “fuonded” (read as
 * “founded”; matched by meaning: “established”), “nutshell”": the question's words no document uses, and
 * what the answer matched instead, for any reply.
 */
export function unknownWordList(words: readonly UnknownWord[]): string {
	return words.map((word) => `“${word.word}”${howRead(word)}`).join(', ');
}

function howRead({ respelled, readAs, standIn }: UnknownWord): string {
	if (standIn?.by === 'spelling') return ` (read as “${standIn.word}”)`;
	const notes = [
		...(readAs === undefined ? [] : [`read as “${readAs}”`]),
		...(standIn?.by === 'meaning' ? [`matched by meaning: “${standIn.word}”`] : []),
	];
	if (notes.length > 0) return ` (${notes.join('; ')})`;
	return respelled ? ' (read as a misspelling)' : '';
}
