import type { CorpusIndex } from '../corpusIndex.ts';
import {
	countryOfCapital,
	type NationPhrase,
	namesAnyPlace,
	namesPlace,
	nationPhraseAt,
	nationTerms,
} from '../text/nations.ts';
import { phrasalSynonyms } from '../text/phrasalVerbs.ts';
import { normalizeTerm, terms, tokenize } from '../text/terms.ts';
import { isCommonEnglish, solePartOfSpeech } from '../text/wordRelations.ts';
import { dictionaryRow, generalRarity } from '../text/wordVectors.ts';
import { asFollowUp } from './followUps.ts';
import { casedAs, MIN_TYPO_LENGTH, withTyposRead } from './misspellings.ts';
import {
	askedKindAt,
	countedWordAt,
	isEmphaticOwn,
	isScaffolding,
	isUnit,
	qualifiesType,
	roleWordAt,
	whereInScopeAt,
	withoutAskedUnit,
	withoutSmallTalk,
} from './questionRoles.ts';
import { questionType } from './questionType.ts';
import { spelledOutAcronyms } from './spelledOutAcronyms.ts';
import { formsOf } from './wordForms.ts';

/**
 * One thing a question asks about, and the terms that count as a sentence mentioning it: the term
 * itself, an abbreviation of the name it is part of, or, for a word the corpus lacks, its close spellings
 * ("Beijng"); or, for an abbreviation, the whole name it stands for.
 */
export interface QueryConcept {
	term: string;
	/** The word as the question typed it (its first use): what the user is told about it. */
	word: string;
	alternatives: ReadonlySet<string>;
	/**
	 * The phrasal verb the word begins, as typed ("beefing up"), and its one-word synonyms among `alternatives`
	 * ("strengthen"; see phrasalVerbs.ts): matched as the word itself, but a meaning, not a spelling of it.
	 */
	phrasal?: { verb: string; synonyms: ReadonlySet<string> };
	/** Names of several words ("Shanghai Cooperation Organisation" for SCO), each to be found whole. */
	phrases: ReadonlyArray<readonly string[]>;
	weight: number;
	/** Typed with a capital inside the question ("Poland", "SCO"): an answer must be about it. */
	isName: boolean;
	/** No form of it occurs in the corpus at all. */
	isUnknown: boolean;
	/** The thing a "how many" question counts ("tourists"): a number about anything else is no answer. */
	isCounted?: boolean;
	/**
	 * The role a "who is" question asks the holder of ("ambassador"), or the attribute a "what is the … of"
	 * asks the value of ("theme"): an answer must speak of it.
	 */
	isRole?: boolean;
	/**
	 * The kind of thing a "which" or "what" question asks for, when no document uses the word ("Which Chinese
	 * bank…"): an answer must name it or a close synonym, or it is about something else.
	 */
	isKind?: boolean;
	/** The word's row in the word-vector table, for crediting near-synonyms; absent for names. */
	vectorRow?: number;
	/** For a typo, the English word it was read as ("founded" for "fuonded"), cased as typed. */
	reading?: string;
	/** Typed in lower case in a question all in lower case: whether it is a name is for the documents to tell. */
	caseless?: boolean;
	/**
	 * The terms of the other half of a name joined by "of" ("Education" of "Secretary of Education"): a
	 * sentence names it only with both halves, and "his secretary" is no Secretary of Education.
	 */
	namedWith?: ReadonlySet<string>;
	/**
	 * The terms of the rest of a name typed in several words ("Mueller" of "Kayla Mueller"): a speech calls
	 * someone it has introduced by one of them ("Kayla was kidnapped…").
	 */
	restOfName?: ReadonlySet<string>;
	/**
	 * Carried over from an earlier question of the conversation: context, which helps choose the answer but
	 * need not be in it ("What did Xi call Belarus when he greeted Lukashenko?" after "What is the CSTO?").
	 */
	inherited?: boolean;
}

/**
 * Words the corpus never uses say little about which passage answers: they are as likely to be a
 * paraphrase ("sell" for "markets") as a topic the corpus lacks. They count, but as an average word.
 */
const UNKNOWN_WORD_WEIGHT = 2;
/** How much an everyday English word still weighs, relative to a rare one with the same corpus frequency. */
const GENERAL_RARITY_FLOOR = 0.25;
const NAME_WEIGHT_FLOOR = 2.5;
/**
 * A verb before "to" and another verb says how rather than what ("tried to mediate", "going to send"): the
 * verb after it is the topic, and the answer may say "attempted" or nothing at all.
 */
const LEADING_VERB_WEIGHT = 0.5;
/**
 * An adverb says how, when or how much ("mostly", "so badly", "lately"): an answer seldom repeats it, and a
 * rare one would otherwise outweigh the topic.
 */
const ADVERB_WEIGHT = 0.5;
/**
 * Typos of a question read as English words (a few hundred table lookups each). A question with more words
 * no dictionary has is junk or another language: reading them all would cost time and find nothing.
 */
const MAX_TYPOS_READ = 3;
/** Words after which a capital is a place, not its government. */
const PLACING = /^(?:in|at|to|into|from|near|outside|inside|around|across|visit|visits|visited|visiting)$/i;

export interface AnalyzedQuery {
	concepts: QueryConcept[];
	/** The question's content words, as typed: what is sent to the search index. */
	searchText: string;
}

/** How far back a conversation is read: further, a topic has faded to nothing (and each costs a reading). */
const MAX_CONTEXT_QUESTIONS = 5;

/**
 * The concepts of a question. With `context` (earlier questions in a conversation, oldest first), it is read
 * as a follow-up to the question before it, as that one was read in turn (see followUps.ts).
 */
export function analyzeQuery(
	index: CorpusIndex,
	question: string,
	context: readonly string[] = [],
): AnalyzedQuery {
	const { concepts, words } = conceptsOf(index, question);
	const own = { concepts: [...concepts.values()], searchText: words.join(' ') };
	const recent = context.slice(-MAX_CONTEXT_QUESTIONS);
	const previous = recent.at(-1);
	if (previous === undefined) return own;
	return asFollowUp(withoutShouting(question), own, analyzeQuery(index, previous, recent.slice(0, -1)));
}

function conceptsOf(index: CorpusIndex, typed: string) {
	const text = withoutSmallTalk(withoutShouting(typed));
	const concepts = new Map<string, QueryConcept>();
	const words: string[] = [];
	// A word that says what kind of answer is asked for may be mistyped ("ncknamed").
	const read = withTyposRead(text);
	const readTokens = tokenize(withoutAskedUnit(read));
	// …and so may the unit asked for ("By what prcentage…"), which is then read before it is left out, so that
	// both lists of words stay aligned.
	const unitTyped = tokenize(withoutAskedUnit(text)).length !== readTokens.length;
	const tokens = tokenize(withoutAskedUnit(unitTyped ? read : text));
	const asked = new Set(terms(text));
	const type = questionType(text);
	const counted = countedWordAt(tokens, readTokens);
	const role = roleWordAt(tokens, type);
	const kind = askedKindAt(tokens);
	const scope = whereInScopeAt(tokens);
	const acronyms = spelledOutAcronyms(index, tokens);
	// Typed all in lower case, as chat often is, case tells no name (but see isNameInLowerCase); the
	// documents' own use tells the rest (see caselessNames.ts).
	const caseless = text === text.toLowerCase();
	const abbreviations = new Set(caseless ? index.data.aliases.map((alias) => alias.abbreviationTerm) : []);
	let typos = 0;
	const tokenTerms = tokens.map((word) => normalizeTerm(word));
	// Where a country's name of several words ends ("the United States"): its words are searched, one concept.
	let nameEnd = -1;
	for (const [position, word] of tokens.entries()) {
		if (position < nameEnd) {
			words.push(word);
			continue;
		}
		const nation = caseless || /^\p{Lu}/u.test(word) ? nationPhraseAt(tokenTerms, position) : undefined;
		if (nation !== undefined) {
			nameEnd = position + nation.terms.length;
			words.push(word);
			const concept = nationConcept(index, tokens.slice(position, nameEnd).join(' '), nation);
			if (!concepts.has(concept.term)) concepts.set(concept.term, concept);
			continue;
		}
		const term = normalizeTerm(word);
		const qualifies = qualifiesType(word, type) || qualifiesType(readTokens[position] ?? word, type);
		if (term === null || isScaffolding(term) || qualifies || isEmphaticOwn(tokens, position)) continue;
		// "up" of "beefing up" is part of the verb, which stands for "strengthen" (see phrasalVerbs.ts).
		if (phrasalSynonyms(tokens[position - 1] ?? '', word).length > 0) continue;
		const typedAt = words.push(word) - 1;
		if (concepts.has(term) || position === scope) continue;
		// A capital says a name inside the question; an acronym says it anywhere ("SCO observer status").
		const typedAsName = caseless
			? isNameInLowerCase(index, word, term, abbreviations)
			: (position > 0 && /^\p{Lu}/u.test(word)) || /^\p{Lu}{2,}s?$/u.test(word);
		const isCounted = position === counted;
		const isRole = position === role;
		const readTypo = typos < MAX_TYPOS_READ;
		const { alternatives, phrases, isKnown, isTypo, reading, apart } = formsOf(
			index,
			word,
			term,
			// In lower case, a word no dictionary has may be a name, and is spelt as freely ("xi jinpng").
			typedAsName || (caseless && dictionaryRow(word) === undefined),
			asked,
			readTypo,
			caseless ? word.toUpperCase() : word,
		);
		// The corpus's "cease fire" is searched for a "ceasefire" too; and a typo read as a word the corpus uses
		// is searched as that word ("rinforcements" as "reinforcements"), not only as a close spelling, which
		// the search weighs at less than half.
		words.push(...apart);
		if (reading !== undefined && index.vocabulary.has(normalizeTerm(reading) ?? '')) words[typedAt] = reading;
		// …and one no document has either, nor a typo of an English word, is one ("zelensky"): someone the
		// documents never mention, whom an answer must be about all the same.
		const isName =
			typedAsName ||
			(caseless && isTypo && reading === undefined && word.length >= MIN_TYPO_LENGTH) ||
			// …and so is one read as a name ("cimea" as "crimea").
			(caseless &&
				reading !== undefined &&
				isNameInLowerCase(index, reading, normalizeTerm(reading) ?? reading, abbreviations));
		const acronym = acronyms.get(position);
		if (acronym !== undefined) alternatives.add(acronym);
		const particle = tokens[position + 1] ?? '';
		const synonyms = new Set(phrasalSynonyms(word, particle).flatMap((w) => normalizeTerm(w) ?? []));
		for (const synonym of synonyms) alternatives.add(synonym);
		const inCorpus = isKnown || acronym !== undefined;
		// "Does Minsk admit…", "What did Minsk try…": a capital that acts is its country's government, and a
		// sentence on Belarus answers for it; a capital visited or stayed in is the city ("visit Minsk").
		if (!PLACING.test(tokens[position - 1] ?? ''))
			for (const country of countryOfCapital(term))
				if (index.vocabulary.has(country)) alternatives.add(country);
		if (isTypo) typos++;
		const row = dictionaryRow(reading ?? word);
		const weight = weightOf(index, word, [...alternatives, ...phrases.flat()], {
			isKnown: inCorpus,
			isTypo,
			isName,
			...(reading === undefined ? {} : { reading }),
			leadsAVerb: leadsAVerb(tokens, position),
			isAdverb: row !== undefined && solePartOfSpeech(row) === 'adverb',
		});
		// Names are matched exactly: "Japan" is close to "China" in vector space, and must not answer for it.
		const vectorRow = isName ? undefined : row;
		// The kind a "which" or "what" question asks for, when the documents lack its word. A typo read as a word
		// they use is no kind they lack ("Which cuontries…"), nor one read as a unit asked in ("which nmber summit").
		const isKind =
			position === kind &&
			!inCorpus &&
			!isName &&
			row !== undefined &&
			(reading === undefined || !(index.vocabulary.has(normalizeTerm(reading) ?? '') || isUnit(reading)));
		concepts.set(term, {
			term,
			word,
			alternatives,
			phrases,
			weight,
			isName,
			isUnknown: !inCorpus,
			...(isCounted ? { isCounted } : {}),
			...(isRole ? { isRole } : {}),
			...(isKind ? { isKind } : {}),
			...(synonyms.size > 0 ? { phrasal: { verb: `${word} ${particle}`, synonyms } } : {}),
			...(vectorRow === undefined ? {} : { vectorRow }),
			...(reading === undefined ? {} : { reading: casedAs(word, reading) }),
			...(caseless && !isName && isKnown ? { caseless } : {}),
		});
	}
	linkNamesJoinedByOf(text, concepts);
	linkNamesTypedTogether(text, concepts);
	return { concepts, words };
}

// Two capitalised words joined by "of": "Secretary of Education", "Bank of China", "Ministry of Foreign…".
const NAME_OF_NAME = /\b(\p{Lu}[\p{L}'’]+)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’]+)/gu;

/** Marks each half of a name joined by "of" as named only with the other (see `QueryConcept.namedWith`). */
function linkNamesJoinedByOf(text: string, concepts: Map<string, QueryConcept>): void {
	for (const [, first = '', second = ''] of text.matchAll(NAME_OF_NAME)) {
		const a = concepts.get(normalizeTerm(first) ?? '');
		const b = concepts.get(normalizeTerm(second) ?? '');
		if (a === undefined || b === undefined || a === b || !a.isName || !b.isName) continue;
		concepts.set(a.term, { ...a, namedWith: b.alternatives });
		concepts.set(b.term, { ...b, namedWith: a.alternatives });
	}
}

// Capitalised words in a row, inside the question: "Kayla Mueller", "Xi Jinping".
const NAME_IN_WORDS = /(?<=\S\s+)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+/gu;

/** Marks each word of a name typed in several words with the rest of it (see `QueryConcept.restOfName`). */
function linkNamesTypedTogether(text: string, concepts: Map<string, QueryConcept>): void {
	for (const [name] of text.matchAll(NAME_IN_WORDS)) {
		// A person's: no word of it a place, a people or a common word ("the European Commission").
		const words = name.split(/\s+/);
		const parts = words.flatMap((word) => concepts.get(normalizeTerm(word) ?? '') ?? []);
		if (parts.length < words.length || !parts.every(isPersonalName)) continue;
		for (const part of new Set(parts)) {
			const rest = parts.filter((other) => other !== part).flatMap((other) => [...other.alternatives]);
			if (rest.length > 0) concepts.set(part.term, { ...part, restOfName: new Set(rest) });
		}
	}
}

/** Whether a name may be a person's: no place, no people, and no word WordNet has as a common one. */
function isPersonalName(concept: QueryConcept): boolean {
	const { alternatives } = concept;
	if (
		!concept.isName ||
		namesAnyPlace(alternatives) ||
		[...alternatives].some((term) => nationTerms(term).size > 0)
	)
		return false;
	return !isCommonEnglish(concept.word);
}

/**
 * A country named in several words ("the United States"): a name, matched by its one-word names ("U.S.",
 * "American") or by all its words together.
 */
function nationConcept(index: CorpusIndex, typed: string, nation: NationPhrase): QueryConcept {
	const alternatives = new Set([...nation.names].filter((name) => index.vocabulary.has(name)));
	const isKnown = alternatives.size > 0 || nation.terms.every((term) => index.vocabulary.has(term));
	return {
		term: [...nation.names][0] ?? nation.terms.join(' '),
		word: typed,
		alternatives,
		phrases: [nation.terms],
		weight: weightOf(index, typed, [...alternatives, ...nation.terms], {
			isKnown,
			isTypo: false,
			isName: true,
			leadsAVerb: false,
			isAdverb: false,
		}),
		isName: true,
		isUnknown: !isKnown,
	};
}

/**
 * How much a word counts toward an answer: as rare as its rarest form in the corpus (`forms`), and in
 * English. A typo ("cuontries") weighs as the word it was read as; a real word the corpus lacks as an
 * average word, whatever look-alike it found ("currency" is not "current"). A name weighs at least a name's
 * floor, however often the corpus repeats it ("Belarus"); a verb leading another ("tried to mediate") half,
 * and so does an adverb.
 */
function weightOf(
	index: CorpusIndex,
	word: string,
	forms: readonly string[],
	read: {
		isKnown: boolean;
		isTypo: boolean;
		isName: boolean;
		reading?: string;
		leadsAVerb: boolean;
		isAdverb: boolean;
	},
): number {
	const used = forms.filter((term) => index.vocabulary.has(term));
	const corpusWeight =
		(read.isKnown || read.isTypo) && used.length > 0
			? Math.max(...used.map((term) => index.idf(term)))
			: UNKNOWN_WORD_WEIGHT;
	const generalWeight =
		corpusWeight * (GENERAL_RARITY_FLOOR + (1 - GENERAL_RARITY_FLOOR) * generalRarity(read.reading ?? word));
	if (read.isName) return Math.max(generalWeight, NAME_WEIGHT_FLOOR);
	return generalWeight * (read.leadsAVerb ? LEADING_VERB_WEIGHT : 1) * (read.isAdverb ? ADVERB_WEIGHT : 1);
}

/**
 * Whether a word of a question typed all in lower case is a name all the same: a country or a people, an
 * abbreviation the corpus spells out ("sco"), a word the corpus uses but no dictionary has ("macron"), or
 * one WordNet knows only as a name, whether or not the corpus uses it ("crimea", "brussels").
 */
function isNameInLowerCase(
	index: CorpusIndex,
	word: string,
	term: string,
	abbreviations: ReadonlySet<string>,
): boolean {
	// A number is no name, though the corpus has it and no dictionary does ("2021").
	if (/^\d/.test(word)) return false;
	if (nationTerms(term).size > 0 || abbreviations.has(term)) return true;
	const row = dictionaryRow(word.replace(/['’]s?$/u, ''));
	return row === undefined ? index.vocabulary.has(term) : solePartOfSpeech(row) === 'name';
}

/**
 * Whether the word at `position` comes before "to" and what looks like a verb: a lower-case word that is no
 * article or pronoun ("tried to mediate", not "went to the summit").
 */
function leadsAVerb(tokens: readonly string[], position: number): boolean {
	const next = tokens[position + 2] ?? '';
	return (
		/^to$/i.test(tokens[position + 1] ?? '') &&
		/^\p{Ll}/u.test(next) &&
		!NOT_VERBS.test(next) &&
		// A place in lower case is no verb either ("travel to china").
		!namesPlace(normalizeTerm(next) ?? '')
	);
}

const NOT_VERBS = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|them|him|me|us|it)$/;

/**
 * A question in capitals throughout ("WHEN DID BELARUS JOIN THE SCO") tells no more by its case than one in
 * lower case, and is read as one: otherwise every word of it would be taken for a name.
 */
export function withoutShouting(question: string): string {
	return /\p{Ll}/u.test(question) ? question : question.toLowerCase();
}

/** The concept taken as a name: what an answer must be about, matched exactly, weighing at least a name's weight. */
export function asName(concept: QueryConcept): QueryConcept {
	const { vectorRow: _, caseless: __, ...rest } = concept;
	return { ...rest, isName: true, weight: Math.max(concept.weight, NAME_WEIGHT_FLOOR) };
}

/** Whether a set of terms (a sentence's, a passage's, a document's) mentions the concept. */
export function mentions(terms: { has(term: string): boolean }, concept: QueryConcept): boolean {
	for (const term of concept.alternatives) if (terms.has(term)) return true;
	return concept.phrases.some((phrase) => phrase.every((term) => terms.has(term)));
}

/** The weight of the concepts a set of terms mentions, and the total weight of all of them. */
export function mentionedWeight(
	terms: { has(term: string): boolean },
	concepts: readonly QueryConcept[],
): { mentioned: number; total: number } {
	let mentioned = 0;
	let total = 0;
	for (const concept of concepts) {
		total += concept.weight;
		if (mentions(terms, concept)) mentioned += concept.weight;
	}
	return { mentioned, total };
}

/** Every term of the concepts: what is marked in bold where it occurs. */
export function conceptTerms(concepts: readonly QueryConcept[]): Set<string> {
	return new Set(concepts.flatMap((concept) => [...concept.alternatives, ...concept.phrases.flat()]));
}
