/** Longer "words" are junk, not typos: spelling out their variants would only cost time. */
const MAX_EDITED_LENGTH = 30;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The word with each two neighbouring letters swapped: one slip, though two edits to a Levenshtein distance. */
export function swapsOf(word: string): string[] {
	const swaps: string[] = [];
	if (word.length > MAX_EDITED_LENGTH) return swaps;
	for (let i = 0; i < word.length - 1; i++)
		if (word[i] !== word[i + 1])
			swaps.push(word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
	return swaps;
}

/**
 * Every lower-case spelling one slip from `word`: a letter left out, added, changed, or two swapped. A few
 * hundred for a common word, so cheap to look up one by one in a table of words.
 */
export function oneSlipFrom(word: string): string[] {
	if (word.length > MAX_EDITED_LENGTH) return [];
	const lower = word.toLowerCase();
	const spellings = swapsOf(lower);
	for (let i = 0; i <= lower.length; i++) {
		const [before, after] = [lower.slice(0, i), lower.slice(i)];
		if (after.length > 0) spellings.push(before + after.slice(1));
		for (const letter of LETTERS) {
			spellings.push(before + letter + after);
			if (after.length > 0 && after[0] !== letter) spellings.push(before + letter + after.slice(1));
		}
	}
	return spellings;
}

/**
 * Whether `a` is one slip from `b` (a character left out, added, changed, or two neighbours swapped): for
 * lower-case words, the test `oneSlipFrom(b).includes(a)` makes, without spelling out every variant.
 */
export function oneSlipApart(a: string, b: string): boolean {
	if (a === b || Math.abs(a.length - b.length) > 1) return false;
	let start = 0;
	while (start < a.length && a[start] === b[start]) start++;
	if (a.length !== b.length) {
		const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
		return longer.slice(start + 1) === shorter.slice(start);
	}
	// Same length: one letter changed, or two neighbours swapped.
	if (a.slice(start + 1) === b.slice(start + 1)) return true;
	return a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2);
}
