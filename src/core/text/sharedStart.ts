/**
 * How many leading letters two words share, ignoring case. A typo mostly keeps the start of a word, so of
 * two spellings as few edits from a misspelt word ("Beijing" and "brings" for "Beijng"), the one sharing
 * more of its start is the likelier meant.
 */
export function sharedStart(a: string, b: string): number {
	const [x, y] = [a.toLowerCase(), b.toLowerCase()];
	let length = 0;
	while (length < x.length && x[length] === y[length]) length++;
	return length;
}
