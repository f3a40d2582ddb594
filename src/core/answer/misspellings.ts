import type { CorpusIndex } from '../corpusIndex.ts';
import { MAX_FUZZY_DISTANCE } from '../index/searchIndex.ts';
import { oneSlipApart, oneSlipFrom, swapsOf } from '../text/edits.ts';
import { sharedStart } from '../text/sharedStart.ts';
import { normalizeTerm, wordsWithOffsets } from '../text/terms.ts';
import { dictionaryRow, wordVectorRow } from '../text/wordVectors.ts';

/*
 * What a word the corpus lacks may have been meant as: the corpus's close spellings of it, and for a word no
 * dictionary has, the English word one slip away.
 */

const MAX_GUESSES = 3;
/** Shorter words are a slip away from too many others ("c": "a", "co", "cs"…) to be read as any one. */
export const MIN_TYPO_LENGTH = 5;

/**
 * The corpus terms a misspelt word most likely means: the fewest edits away, of those the ones sharing most
 * of its start ("beij", not "bring", for "Beijng"), then the most used (a spelling checker's usual bet),
 * looked up in the index's own term table. Names ("Beijng", "Grate Stone") may be two edits off; other
 * words of up to seven letters only one, or every unknown English word would find some look-alike. Two
 * neighbouring letters swapped count as one edit.
 */
export function closeSpellings(index: CorpusIndex, word: string, term: string, isName: boolean): string[] {
	if (word.length < MIN_TYPO_LENGTH) return [];
	const maxDistance = Math.min(MAX_FUZZY_DISTANCE, Math.round(term.length * (isName ? 0.4 : 0.2)));
	// Two letters swapped are one slip, though two edits to the index's fuzzy search ("cuontries").
	const swapped = swapsOf(word.toLowerCase())
		.map(normalizeTerm)
		.filter((t): t is string => t !== null && index.vocabulary.has(t));
	const near = [
		...index.vocabulary.closeSpellings(term, maxDistance),
		...swapped.map((t): [string, number] => [t, 1]),
	];
	const closest = Math.min(...near.map(([, distance]) => distance));
	const frequency = (spelling: string) => index.vocabulary.passagesWith(spelling);
	const likeness = (spelling: string) => sharedStart(spelling, term);
	const fewestEdits = near.filter(([, distance]) => distance === closest).map(([spelling]) => spelling);
	const mostAlike = Math.max(...fewestEdits.map(likeness));
	return fewestEdits
		.filter((spelling) => likeness(spelling) === mostAlike)
		.sort((a, b) => frequency(b) - frequency(a))
		.slice(0, MAX_GUESSES);
}

/**
 * The English word a typo was read as: of the words of the word-vector table one slip from it, the most
 * common of those whose term `terms` (the corpus's) has ("intenational" as "international", not the
 * "intentional" that "intent" would make of it), else the most common ("fuonded" as "founded", which no
 * document uses but "established" answers for).
 */
export function englishReading(word: string, terms: { has(term: string): boolean }): string | undefined {
	const slips = oneSlipFrom(word);
	const readingsBy = (rowOf: (spelling: string) => number | undefined) =>
		slips.flatMap((spelling) => {
			const row = rowOf(spelling);
			return row === undefined ? [] : [{ spelling, row, inCorpus: terms.has(normalizeTerm(spelling) ?? '') }];
		});
	// The table's own words first; failing those, inflections and adverbs it lacks ("bnkrolling" as
	// "bankrolling"), whose base form costs a stemming each: only spellings with such an ending are tried, so
	// a junk word stays cheap.
	const readings = readingsBy(wordVectorRow);
	if (readings.length === 0)
		readings.push(
			...readingsBy((spelling) => (INFLECTED.test(spelling) ? dictionaryRow(spelling) : undefined)),
		);
	readings.sort((a, b) => Number(b.inCorpus) - Number(a.inCorpus) || a.row - b.row);
	return readings[0]?.spelling;
}

const INFLECTED = /(?:s|d|ing|ly)$/;

/**
 * Whether a typed word is `word`, ignoring case, or one slip off it ("Mikvoic" for "Mikovic"); a word shorter
 * than `MIN_TYPO_LENGTH` only as written.
 */
export function spellsNearly(typed: string, word: string): boolean {
	const [a, b] = [typed.toLowerCase(), word.toLowerCase()];
	return a === b || (b.length >= MIN_TYPO_LENGTH && oneSlipApart(a, b));
}

/** `reading` with the capital `word` was typed with ("Beijng" is read as "Beijing", not "beijing"). */
export function casedAs(word: string, reading: string): string {
	return /^\p{Lu}/u.test(word) ? reading.charAt(0).toUpperCase() + reading.slice(1) : reading;
}

/** Reading every word of a long junk question costs more than it tells. */
const MAX_WORDS_READ = 3;

/**
 * Whether the question says what `pattern` looks for as typed, or with its typos read: "What was the WSJ
 * story's hedline?" asks for a headline, and "…, accoding to Mikovic?" what is so according to him.
 */
export function saysEvenMistyped(pattern: RegExp, question: string): boolean {
	return pattern.test(question) || pattern.test(withTyposRead(question));
}

/**
 * The question with its lower-case words that no dictionary has read as the English words meant ("What is
 * the park ncknamed?" → "nicknamed"), word for word: the words that say what kind of answer it asks for are
 * everyday ones. Some are rarer than the dictionary ("codename"), so this is for a question that says no kind
 * of answer as typed.
 */
export function withTyposRead(question: string): string {
	let read = '';
	let copied = 0;
	let count = 0;
	for (const [position, match] of [...wordsWithOffsets(question)].entries()) {
		const [typed] = match;
		const at = match.index ?? 0;
		// The first word's capital is the sentence's, not a name's ("Acording to IBRA Digital, where…").
		const word = position === 0 ? typed.replace(/^\p{Lu}(?=\p{Ll}+$)/u, (c) => c.toLowerCase()) : typed;
		if (count >= MAX_WORDS_READ || word.length < MIN_TYPO_LENGTH || !/^\p{Ll}+$/u.test(word)) continue;
		if (dictionaryRow(word) !== undefined) continue;
		count++;
		const reading = englishReading(word, new Set());
		if (reading === undefined) continue;
		read += question.slice(copied, at) + casedAs(typed, reading);
		copied = at + word.length;
	}
	return read + question.slice(copied);
}
