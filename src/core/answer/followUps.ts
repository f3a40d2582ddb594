import { namesAnyPlace } from '../text/nations.ts';
import { baseForm, normalizeTerm, tokenize, wordsWithOffsets } from '../text/terms.ts';
import { isCommonWord } from '../text/wordRelations.ts';
import type { AnalyzedQuery, QueryConcept } from './queryConcepts.ts';
import { whereInScopeAt } from './questionRoles.ts';

/*
 * A question asked in a conversation (a thread, the console) is read with the one before it, as that one was
 * read in turn: in "When did Belarus join the SCO?", "and when did it become an observer?", "who founded
 * it?", the last "it" is still the SCO, and "when was he elected?" after "How long has Lukashenko ruled?"
 * asks about Lukashenko.
 */

/** Topics carried over from earlier questions count for less than the words actually asked. */
const CONTEXT_WEIGHT = 0.5;
/**
 * So many words of its own make a question whole though it names no name, unless it points back: "What kind
 * of partnership did the two countries settle on at their 2022 summit?" is no follow-up.
 */
const SELF_CONTAINED = 4;
// "they" and "their" with "the two countries" or "both sides" stand for those.
const NAMED_GROUP = /\b(?:two|both)\s+\p{L}+s\b/iu;
// The words by which a question leans on an earlier one ("and when did it join the SCO?").
const POINTERS = /\b(?:it|its|they|them|their|he|him|his|she|her|this|that|these|those|there|then)\b/gi;
// "that" or "this" standing alone, for what the earlier question was about: "was that", "did that end…".
// Not "is that right?", which asks about the question's own claim.
const THAT_EVENT =
	/\b(?:was|is|did|does|after|before|since)\s+(?:that|this)\b(?!\s+(?:right|true|correct|so)\b)|\b(?:that|this)\s*\??\s*$/i;
// "Xi and Lukashenko … their partnership": two names before are whom "they" stand for.
const PLURAL = /^(?:they|them|their)$/;
// "that" opening a clause ("announce that he was going", "read that China abstained", "hopes that offering
// to host…") points at nothing earlier, as "that trip" does; nor does "is that right?", which asks about the
// question's own claim.
const POINTS_NOWHERE =
	/^that\s+(?:he|she|it|they|we|i|you|the|a|an|his|her|its|their|our|there|right|true|correct|so|\p{Lu}\S*|\p{L}+ing)\b/u;
// A person referred back to: in a question that names no one, "he" is the earlier question's person.
const PERSONAL = /\b(?:he|him|his|she|her)\b/i;

/**
 * The follow-up with what it takes over from the earlier question, as context (see `QueryConcept.inherited`):
 * - nothing, when it names its own subject, or says enough without a name (see `SELF_CONTAINED`), and does
 *   not refer back ("Who is the prime minister of Belarus?"): a new question in the thread, which the
 *   earlier one must not lead astray;
 * - asking something of its own ("who founded it?", "which countries are members?"), the earlier names;
 *   asking nothing new ("and since when?", "what about China?"), or of what the earlier question was about
 *   as a whole ("what did that end up in?"), the rest of the question too;
 * - a word of one earlier name ("the organisation" after the SCO) refers to that name alone;
 * - a person "he" or "his" stands for is no mere context but what the answer must be about: "where is his
 *   think tank based?" after "Who is Jakub Jakobowski?" is answered by his think tank, not another's.
 */
export function asFollowUp(question: string, own: AnalyzedQuery, earlier: AnalyzedQuery): AnalyzedQuery {
	// "Where in Beijing were the talks held?" names a place too, though only to search within (whereInScopeAt).
	const searchedWithin = whereInScopeAt(tokenize(question)) >= 0 ? 1 : 0;
	const namesItsSubject =
		own.concepts.length + searchedWithin >= 2 &&
		(searchedWithin > 0 ||
			own.concepts.some((concept) => concept.isName || mayBeName(concept)) ||
			own.concepts.length >= SELF_CONTAINED) &&
		!refersBack(question, own);
	if (namesItsSubject) return own;
	const asksAnew = own.concepts.some((concept) => !concept.isName) && !THAT_EVENT.test(question);
	const ownTerms = new Set(own.concepts.map((concept) => concept.term));
	const referents = earlier.concepts.filter(
		(concept) =>
			concept.isName && concept.phrases.some((phrase) => phrase.some((term) => ownTerms.has(term))),
	);
	const takenOver = earlier.concepts.filter(
		(concept) =>
			!ownTerms.has(concept.term) &&
			(!asksAnew || concept.isName || concept.caseless === true) &&
			(referents.length === 0 || referents.includes(concept)),
	);
	const pointsBack = PERSONAL.test(question) && !own.concepts.some(isPerson);
	const earlierWords = earlier.searchText.split(' ');
	const searched = takenOver.flatMap((concept) =>
		earlierWords.filter((word) => normalizeTerm(word) === concept.term),
	);
	return {
		concepts: [
			...own.concepts,
			...takenOver.map(
				(concept): QueryConcept => ({
					...concept,
					weight: concept.weight * CONTEXT_WEIGHT,
					inherited: !(pointsBack && isPerson(concept)),
				}),
			),
		],
		searchText: [own.searchText, ...searched].join(' ').trim(),
	};
}

/**
 * Whether a word of the question stands for something it has not named yet. "What has Lukashenko's motto
 * been since the start of his presidency?" names whose before "his", as "What struck Lukashenko about China
 * over his visits there?" names where before "there", and "How is Beijing presenting itself when it comes to
 * the war?" what before "it"; "did Xi attend it?" does not: "it" is no person.
 */
function refersBack(question: string, own: AnalyzedQuery): boolean {
	const names = own.concepts.filter((concept) => concept.isName || mayBeName(concept));
	for (const match of question.matchAll(POINTERS)) {
		const at = match.index ?? 0;
		if (joinsClause(question, at, match[0])) continue;
		const before = names.filter((name) => wordAt(question, name.word) < at);
		// "they" and "their" may stand for the question's own "two leaders", before or after them ("In their
		// joint call, what did the two leaders…"), or for a plural it named before ("papers were signed — what
		// were they for?").
		const group = NAMED_GROUP.test(question) || namesPluralBefore(own, question, at);
		if (!pointsWithin(match[0].toLowerCase(), before, question.slice(at), group)) return true;
	}
	return false;
}

/**
 * Whether a pointer word stands for a name the question gave `before` it, or a group it named ("the two
 * leaders"), or for nothing earlier at all.
 */
function pointsWithin(
	pointer: string,
	before: readonly QueryConcept[],
	rest: string,
	group: boolean,
): boolean {
	if (PERSONAL.test(pointer)) return before.some(isPerson);
	if (pointer === 'there') return before.some((concept) => namesAnyPlace(concept.alternatives));
	if (pointer === 'it' || pointer === 'its') return before.some(isThing);
	if (PLURAL.test(pointer)) return before.length >= 2 || group;
	return POINTS_NOWHERE.test(rest);
}

/**
 * A place ("Belarus", "Beijing"), or a name in capitals ("SCO") or an abbreviation the corpus spells out,
 * however typed ("sco"): what "it" can stand for, as no person can.
 */
function isThing(concept: QueryConcept): boolean {
	return (
		namesAnyPlace(concept.alternatives) ||
		/^\p{Lu}{2,}$/u.test(concept.word) ||
		(concept.isName && concept.phrases.length > 0)
	);
}

/** Where a word first stands in the question, as typed, or Infinity. */
function wordAt(question: string, word: string): number {
	for (const match of wordsWithOffsets(question)) if (match[0] === word) return match.index ?? 0;
	return Number.POSITIVE_INFINITY;
}

/** A name that is no place: who "he" or "she" can stand for. */
function isPerson(concept: QueryConcept): boolean {
	return (concept.isName || mayBeName(concept)) && !namesAnyPlace(concept.alternatives);
}

/**
 * A word that is likely a name though not taken for one: typed in lower case, one the documents use (or a typo
 * of one, "lukashneko") that WordNet lacks though the word vectors have it ("lukashenko"); or, opening the
 * question with its capital, one no dictionary has ("Mikovic hints…"). The passages found will tell (see
 * caselessNames.ts), but it is already enough to say whom "he" stands for, and that the question names its
 * own subject.
 */
function mayBeName(concept: QueryConcept): boolean {
	// A typo's reading is cased as the typo was typed.
	const { reading } = concept;
	const typedInLowerCase =
		concept.caseless === true || (reading !== undefined && reading === reading.toLowerCase());
	if (typedInLowerCase) return concept.vectorRow !== undefined && !isCommonWord(concept.vectorRow);
	return /^\p{Lu}/u.test(concept.word) && concept.vectorRow === undefined && reading === undefined;
}

/**
 * Whether "that" joins a clause to the word before it ("the election that got him another term"), pointing
 * at nothing earlier: it follows a word that is no stop word, and more follows it. "after that", "did that
 * end", "why that?" point back.
 */
function joinsClause(question: string, at: number, pointer: string): boolean {
	if (pointer.toLowerCase() !== 'that') return false;
	const before = /(\p{L}+)\s+$/u.exec(question.slice(0, at))?.[1] ?? '';
	return normalizeTerm(before) !== null && /^\s+\p{L}/u.test(question.slice(at + pointer.length));
}

/** Whether the question names, before `at`, a plural that is no name ("papers", not "Belarus"). */
function namesPluralBefore(own: AnalyzedQuery, question: string, at: number): boolean {
	return own.concepts.some(
		(concept) =>
			!concept.isName &&
			/s$/i.test(concept.word) &&
			baseForm(concept.word) !== undefined &&
			wordAt(question, concept.word) < at,
	);
}
