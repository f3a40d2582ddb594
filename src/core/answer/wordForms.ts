import type { CorpusIndex } from '../corpusIndex.ts';
import { capitalTerms, nationTerms } from '../text/nations.ts';
import { normalizeTerm } from '../text/terms.ts';
import { sameFamily } from '../text/wordRelations.ts';
import { adjectiveOf, dictionaryRow, rowSimilarity, wordVectorRow } from '../text/wordVectors.ts';
import { closeSpellings, englishReading, MIN_TYPO_LENGTH } from './misspellings.ts';

/*
 * The forms in which a question's word may stand in an answer: its own term, the corpus's close spellings of
 * it that it may have been meant as (or of the English word a typo is read as), the country a people or a
 * capital stands for, the adjective of a name ("European" for Europe), and the whole name an abbreviation
 * stands for ("SCO", "PLA").
 */

// An acronym as the corpus learns them (see acronyms.ts): two to six capitals.
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * The terms that count as a sentence mentioning a question's word, single (`alternatives`) or all together
 * (`phrases`), and whether the corpus knows the word in any of these forms.
 */
export function formsOf(
	index: CorpusIndex,
	word: string,
	term: string,
	isName: boolean,
	asked: ReadonlySet<string>,
	readTypo: boolean,
	/** The word as an acronym would be written: in capitals, when the question is all in lower case ("eu"). */
	asAcronym: string,
) {
	// An acronym the corpus never uses, for a name it spells out ("PLA" → People's Liberation Army).
	const spelledOut = ACRONYM.test(asAcronym) ? index.acronyms.get(asAcronym) : undefined;
	const nation = placeTerms(index, term);
	const asAdjective = index.vocabulary.has(term) ? undefined : usedAdjectiveTerm(index, word);
	const known = index.vocabulary.has(term) || asAdjective !== undefined;
	const apart = spelledOut || isName ? undefined : writtenApart(index, word);
	const isKnown = known || spelledOut !== undefined || nation.length > 0 || apart !== undefined;
	const guessed =
		known || spelledOut
			? []
			: closeSpellings(index, word, term, isName).filter((spelling) => mayBeMeant(word, isName, spelling));
	// A word neither the corpus nor any dictionary has is a typo, read as the English word one slip away: its
	// term is a guess too when the corpus has it, though the index's stem-based spelling search missed it
	// ("populaion").
	const isTypo = !isKnown && dictionaryRow(word) === undefined;
	const reading =
		isTypo && readTypo && word.length >= MIN_TYPO_LENGTH ? englishReading(word, index.vocabulary) : undefined;
	const readingTerm = reading === undefined ? null : normalizeTerm(reading);
	// The word meant may be one the corpus spells otherwise too ("citicise" for "criticise", written "criticize").
	if (readingTerm !== null)
		guessed.push(
			...(index.vocabulary.has(readingTerm)
				? [readingTerm]
				: closeSpellings(index, reading ?? '', readingTerm, isName)),
		);
	// A country's name or people read from a typo ("Amercian") stands for it as the word would: "the U.S.".
	if (readingTerm !== null) guessed.push(...placeTerms(index, readingTerm));
	const alternatives = new Set([
		term,
		...guessed,
		...nation,
		...(isName ? adjectiveTerms(index, term) : []),
		...numberSpellings(term),
	]);
	if (asAdjective !== undefined) alternatives.add(asAdjective);
	const phrases: string[][] = spelledOut ? [[...spelledOut]] : [];
	if (apart) phrases.push(apart.terms);
	for (const alias of index.data.aliases) {
		// "SCO" is the Shanghai Cooperation Organisation, not any sentence that says "cooperation".
		if (alias.abbreviationTerm === term) phrases.push(alias.expansionTerms);
		// "Shanghai Cooperation Organisation" may be written "SCO", and so may "the Belt and Road" be "BRI";
		// "people" alone is no "PRC".
		if (alias.expansionTerms.includes(term) && namesAlias(alias.expansionTerms, asked))
			alternatives.add(alias.abbreviationTerm);
	}
	return { alternatives, phrases, isKnown, isTypo, reading, apart: apart?.words ?? [] };
}

// The numbers a text writes in words or in digits alike ("two years", "2 years"). Not "one", mostly a pronoun.
const NUMBER_WORDS = [
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
];
const NUMBER_TERMS = NUMBER_WORDS.map((word) => normalizeTerm(word) ?? word);
const FIRST_NUMBER = 2;

/** The term of the same number written the other way: "2" for "two", "twelv" (of "twelve") for "12". */
function numberSpellings(term: string): string[] {
	const asWord = NUMBER_TERMS.indexOf(term);
	if (asWord >= 0) return [String(asWord + FIRST_NUMBER)];
	const word = /^\d+$/.test(term) ? NUMBER_TERMS[Number(term) - FIRST_NUMBER] : undefined;
	return word === undefined ? [] : [word];
}

/**
 * The term of the adjective an adverb is made from, when the corpus uses it: "internationally" stems apart
 * from "international" ("internation", "intern"), and the documents may use only the adjective.
 */
function usedAdjectiveTerm(index: CorpusIndex, word: string): string | undefined {
	const adjective = adjectiveOf(word);
	const term = adjective === undefined ? null : normalizeTerm(adjective.word);
	return term !== null && index.vocabulary.has(term) ? term : undefined;
}

/** The shortest part of a compound looked for apart: shorter ones split too many words ("a"+"live"). */
const MIN_PART = 3;
/**
 * How close a compound's vector must come to one of its parts' for the parts to be it: "ceasefire" is 0.92
 * from "cease", but "formally" only 0.42 from "form" and "headline" 0.38 from "line".
 */
const COMPOUND_SIMILARITY = 0.6;

/**
 * An English compound the corpus may write as two words ("ceasefire" as "cease fire"): two English words it
 * uses, as words and as terms; `undefined` when no split gives such. A word the word vectors lack is more
 * likely a typo ("actally") than a compound, and is not split.
 */
function writtenApart(index: CorpusIndex, word: string): { words: string[]; terms: string[] } | undefined {
	const lower = word.toLowerCase();
	const row = wordVectorRow(lower);
	if (row === undefined) return undefined;
	for (let at = MIN_PART; at <= lower.length - MIN_PART; at++) {
		const words = [lower.slice(0, at), lower.slice(at)];
		// Two English words first: a table lookup, where stemming every slice would cost more.
		const [first, second] = words.map(wordVectorRow);
		if (first === undefined || second === undefined) continue;
		if (Math.max(rowSimilarity(row, first), rowSimilarity(row, second)) < COMPOUND_SIMILARITY) continue;
		const terms = words.flatMap((part) => normalizeTerm(part) ?? []);
		if (terms.length === 2 && terms.every((term) => index.vocabulary.has(term))) return { words, terms };
	}
	return undefined;
}

/**
 * The adjective of a name as the corpus writes it, or the name of an adjective ("Europe" and "European",
 * "Asia" and "Asian"): a sentence on "some European countries" speaks of Europe. Countries and their peoples
 * are known by name (see nations.ts); these are the rest.
 */
function adjectiveTerms(index: CorpusIndex, term: string): string[] {
	const longer = ADJECTIVE_ENDINGS.map((ending) => term + ending);
	const shorter = ADJECTIVE_ENDINGS.filter(
		(ending) => term.endsWith(ending) && term.length > ending.length + MIN_NAME_STEM,
	).map((ending) => term.slice(0, -ending.length));
	return [...longer, ...shorter].filter((form) => index.vocabulary.has(form));
}

const ADJECTIVE_ENDINGS = ['ean', 'ian', 'an', 'n'];
/** The shortest name an adjective ending is taken off to find: shorter ones are chance words ("Iran" → "Ir"). */
const MIN_NAME_STEM = 3;

/**
 * The corpus's terms for the place a term names: a people stands for its country and the reverse ("Chinese"
 * for China, "American" for the U.S.), and a capital for its country's government ("Beijing" answers for
 * China).
 */
function placeTerms(index: CorpusIndex, term: string): string[] {
	return [...nationTerms(term), ...capitalTerms(term)].filter((t) => index.vocabulary.has(t));
}

/**
 * Whether a close spelling the corpus uses may be what a word was meant as. An English word is no slip for
 * another word of the dictionary ("twinned" for "won", "spend" for "send", "aired" for "aim"), unless WordNet
 * makes the two one family ("expansion" and "expand"); a stem that is no word ("invas", of "invasion") is
 * given the benefit of the doubt. A name, or a word no dictionary has, may be meant as any.
 */
function mayBeMeant(word: string, isName: boolean, spelling: string): boolean {
	const row = isName ? undefined : dictionaryRow(word);
	const other = wordVectorRow(spelling);
	return row === undefined || other === undefined || other === row || sameFamily(row, other);
}

/** The fewest leading words of a name that stand for it: "Belt and Road" for the Belt and Road Initiative. */
const MIN_LEADING_TERMS = 2;

/** Whether the question says the whole name an abbreviation stands for, or its first words. */
function namesAlias(expansion: readonly string[], asked: ReadonlySet<string>): boolean {
	let said = 0;
	while (said < expansion.length && asked.has(expansion[said] ?? '')) said++;
	return said === expansion.length || said >= MIN_LEADING_TERMS;
}
