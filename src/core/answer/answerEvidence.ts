import { isTitleAbbreviation } from '../segment/sentences.ts';
import { namesCountry, namesPlace, nationTerms } from '../text/nations.ts';
import { normalizeTerm, tokenize } from '../text/terms.ts';
import { isCommonEnglish, isCommonWord, isPersonNoun, solePartOfSpeech } from '../text/wordRelations.ts';
import { wordVectorRow } from '../text/wordVectors.ts';
import { MONTH_PATTERN, WEEKDAYS } from '../timeline/calendarWords.ts';
import { definesName } from './definitions.ts';
import { closeSynonymCredit } from './nearSynonyms.ts';
import { conceptTerms, type QueryConcept } from './queryConcepts.ts';
import { MONEY_WORDS } from './questionRoles.ts';
import type { QuestionType } from './questionType.ts';

/*
 * Whether a sentence holds the kind of answer a question asks for: a date for "when", a count of the very
 * thing a "how many" counts, a place for "where", what a name is for "what is"… Cheap signs, not parsing: a
 * sentence without them is not refused outright, but its coverage counts for less (see answerUnits.ts).
 */

/** Tuning, measured on the evaluation set in tests/eval (never on single questions). */
const PARTIAL_EVIDENCE = {
	/**
	 * The evidence a month or a year is for "what date" (a day is 1, nothing 0): an answer still, so not
	 * refused, but ranked below a sentence that gives the day.
	 */
	monthForDay: 0.25,
	/**
	 * Likewise, the evidence "in the Belt and Road Initiative" is for "where": a name after "in", but no
	 * country or capital ("near Minsk"); and "in Ukraine" for "where in Beijing", which asks for a place inside.
	 */
	placeLikeForPlace: 0.5,
	/**
	 * Likewise, a year alone for "when": an answer, but ranked below one that gives the month or day ("from
	 * April 5 to 7, 2023" over "his third visit since taking office in 2017").
	 */
	yearForWhen: 0.9,
	/** Likewise, a phrase in quotes for "what is it called": it may be a name ("friends of steel") or a quote. */
	quoteForName: 0.5,
	/**
	 * Likewise, a country or a people for "who" ("Polish officials"): an answer, but ranked below one naming a
	 * person, or a country doing what is asked ("established by China and Russia": see `nationEvidence`).
	 */
	nationForPerson: 0.5,
	/**
	 * Likewise, a person named by a first name alone ("I commuted Alice's sentence", "putting Joe in charge"),
	 * as a speech names its guests once introduced: ranked below a full name.
	 */
	firstNameForPerson: 0.5,
	/**
	 * Likewise, a sentence that gives no reason in so many words for "why": an answer may give one without
	 * "because", so this only ranks it below one that says "for its backing of…".
	 */
	noReasonForWhy: 0.75,
	/** Likewise, the evidence a sentence that names but does not define a name is for "What is the SCO?". */
	mentionForDefinition: 0.25,
} as const;

/** A year as news writes it: a bare "1500" is taken for one too, as in news it mostly is. */
export const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)`;
const A_YEAR = new RegExp(`^${YEAR}$`);

/** Whether a word (or a term: a year is its own) is a year. */
export function isYear(word: string): boolean {
	return A_YEAR.test(word);
}

/**
 * Number words. Not the vague ones: "several times" is a lead for "how many times", and ranks below a
 * source that gives the count ("15 times"); "millions of Americans" counts none ("two million" does).
 */
const COUNT_WORDS =
	'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion';

// Capitalised, as prose writes them: lower-case "may" is a verb, "mar" a word.
const capitalised = (names: readonly string[]) =>
	names.map((name) => name.charAt(0).toUpperCase() + name.slice(1)).join('|');
const MONTH = capitalised(MONTH_PATTERN.split('|'));
const WEEKDAY = capitalised(WEEKDAYS);

// A time finer than a year: a month, a day, or one the document's date places ("last week").
const WITHIN_A_YEAR = new RegExp(
	`\\b(?:${MONTH}|${WEEKDAY}|yesterday|today|ago)\\b|\\b(?:last|this|past|next) (?:week|month)\\b`,
);

// A name after a word that places things: "near Minsk", "in the Zhongnanhai talks", "visiting Central Asia".
const PLACED_SOURCE = String.raw`\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Oo]utside|[Ii]nside|[Vv]isit(?:s|ed|ing)?)\s+(?:the\s+)?(\p{Lu}[\p{L}'’]*)`;
const PLACED = new RegExp(PLACED_SOURCE, 'u');
const PLACES = new RegExp(PLACED_SOURCE, 'gu');

// A percentage that is not a change by so much ("jumped by 47.6 percent").
const PERCENTAGE = String.raw`(?<!\bby\s+|[\d.,])\d[\d.,]*\s*(?:%|per ?cent\b)`;
// So much per unit: "$9 an hour", "3 cents a pound", "2 dollars per ton". Tried from a number's first digit
// only: from every digit, a run of thousands of them in a hostile document took seconds.
const PER_UNIT = String.raw`(?<![\d.,])\d[\d.,]*\s*(?:\p{L}+\s+){0,2}(?:per|an?|each)\s+(?:hour|day|week|month|year|annum|head|capita|person|ton|pound|gallon|barrel|bushel|mile|acre)\b`;

// A length, which "how long" asks for as much as a time: "how long was the march?" ("300 miles"). A number is
// tried from its first digit only, as above.
const DISTANCE = String.raw`(?:(?<![\d.,])\d[\d.,]*|\b(?:${COUNT_WORDS}))[- ](?:miles?|kilomet(?:er|re)s?|km|feet|foot|yards?|leagues?)\b`;

// A person named: "Mr.", "Dr.", or two capitalised words inside the sentence ("Kevin Jett").
const NAMED_PERSON = /\b(?:Mr|Mrs|Ms|Dr)\.|(?<=\S\s)\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+/u;

// Cheap signs that a sentence holds the kind of answer asked for; a bonus, never a filter.
const EVIDENCE: Record<QuestionType, RegExp | undefined> = {
	date: new RegExp(
		`\\b(?:${MONTH}) \\d{1,2}\\b|\\b\\d{1,2} (?:${MONTH})\\b|\\b(?:${WEEKDAY}|yesterday|today)\\b|\\b\\d{4}-\\d\\d-\\d\\d\\b`,
	),
	// A year, a month, a weekday, or a time the document's date places ("last week", "two years ago").
	when: new RegExp(
		`\\b${YEAR}\\b|\\b(?:${MONTH}|${WEEKDAY}|yesterday|ago)\\b|\\b(?:last|this|past|next) (?:week|month|year)\\b`,
	),
	// A date with a word that looks ahead ("will", "plans", "next"): not a sure sign, but the past has none.
	'when-next': new RegExp(
		`^(?=.*\\b(?:will|next|plans?|planned|scheduled|upcoming|expected|due to|set to)\\b)(?=.*(?:\\b${YEAR}\\b|\\b(?:${MONTH}|${WEEKDAY})\\b))`,
		's',
	),
	// A stretch of time ("31-year rule", "for years"), its start ("since 1994"), its end ("until they graduate")
	// or the time up to now ("over the past year"; not "last month", a time ago).
	'how-long': new RegExp(
		`\\b(?:\\d+|${COUNT_WORDS})[- ](?:minute|hour|day|week|month|year|decade)s?\\b|${DISTANCE}|\\b(?:since|until)\\b|\\b(?:years|decades)\\b|\\b(?:past|(?:over|for|in) the last) (?:(?:few|several|\\d+|${COUNT_WORDS}) )?(?:day|week|month|year|decade)s?\\b`,
		'i',
	),
	quantity: new RegExp(`\\d|\\b(?:${COUNT_WORDS})\\b`, 'i'),
	// "102 years old", "a 15-year-old", "twenty-five years old", "aged 30", "at age 30". Number words are
	// short: a bounded run keeps a junk word of thousands of letters cheap.
	age: new RegExp(
		`\\b(?:\\d{1,3}|${COUNT_WORDS}|\\w{2,6}teen|\\w{2,6}ty(?:-\\w{3,5})?)[- ](?:years?|months?)[- ]old\\b|\\b(?:aged|at age|age of)\\s+\\d{1,3}\\b`,
		'i',
	),
	// A part of a whole ("two-thirds"), not a change by so much ("jumped by 47.6 percent").
	share: new RegExp(`${PERCENTAGE}|\\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|majority)\\b`, 'i'),
	rate: new RegExp(`${PERCENTAGE}|${PER_UNIT}`, 'iu'),
	// Needs the names asked about: see definitions.ts.
	definition: undefined,
	// A person named, or a title or a verb of saying, which news mostly writes beside a name.
	who: new RegExp(
		String.raw`${NAMED_PERSON.source}|\b(?:President|Chairman|Secretary|Minister|leader|said|told|journalist|analyst)\b`,
		'u',
	),
	where: PLACED,
	'where-in': PLACED,
	// Needs the names asked about: see evidenceIn.
	which: undefined,
	// Words that give a reason or a purpose ("because", "in order to", "for its backing of…"): see evidenceIn.
	why: /\b(?:because|due to|owing to|thanks to|as a result|in order to|so that|so as to|in response to|amid|given that|in an effort to|aim(?:s|ed|ing)? (?:to|at)|seek(?:s|ing)? to|sought to|intended to|designed to|reasons?|why|therefore|hence|which means|this means|for (?:its|his|her|their) \w+ing)\b/i,
	// The words that give a name (a name in quotes is weaker evidence: see evidenceIn).
	name: /\b(?:called|calling|dubbed|nicknamed|named|known as|so-called|labell?ed)\b/,
	// A quotation, or a verb of saying or of taking a stand, in the past or present.
	statement:
		/["“”]|\b(?:said|says|saying|told|tells|stated|stressed|urged|urging|noted|added|declared|insisted|argued|warned|praised|praising|criticized|criticised|described|describing|announced|called|calling|according to|accepted|congratulated|welcomed|condemned|rejected|dismissed|denounced|hailed|recognized|recognised|responded|reacted)\b/,
	other: undefined,
};

// The days a document's own date places: "today", "yesterday".
const RELATIVE_DAY = /\b(?:yesterday|today)\b/g;

/**
 * The text without the days only its document's date places ("earlier today"), for a document dated by its
 * year or month alone: they do not say which day it was.
 */
export function withoutRelativeDays(text: string): string {
	return text.replace(RELATIVE_DAY, ' ');
}

// "From July 2 to 6", "February 28 to March 2", "between 3 and 4 July": a stretch of days.
const DATE_RANGE = new RegExp(
	`\\b(?:${MONTH}) \\d{1,2}(?:,? \\d{4})? ?(?:to|until|through|–|-) ?(?:(?:${MONTH}) )?\\d{1,2}\\b|\\bbetween \\d{1,2} and \\d{1,2} (?:${MONTH})\\b`,
);

/** Whether a text gives a stretch of days by its first and last, which answers "how many days". */
function namesDateRange(text: string): boolean {
	return DATE_RANGE.test(text);
}

// A year ("in July 2024"), a day of the month ("March 1", "24 February", "the 30th of September") or a
// footnote mark ("[6]") is no amount of anything. A bare "1500" is taken for a year too: in news it mostly
// is. Nor is "one" alone: it is mostly a pronoun ("one of the most important partners", "the most important
// one").
const NOT_AMOUNTS = new RegExp(
	`\\b${YEAR}\\b(?![.,]\\d)|\\[\\d{1,3}\\]|\\b[Oo]ne\\b|\\b(?:${MONTH})\\.? \\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:${MONTH})\\b`,
	'g',
);

/** A number as questions and answers are compared: "3,000" is "3000", "Twelve" is "twelve". */
function numberKey(number: string): string {
	return number.replaceAll(',', '').toLowerCase();
}

// A number as the text writes it ("35", "1.3", "3,000"), with its scale if it has one ("6 billion").
const NUMBER_IN_TEXT = /(\d(?:[\d.,]*\d)?)(?:\s+(?:hundred|thousand|million|billion|trillion)\b)?/g;

/**
 * Whether a sentence holds the kind of answer asked for; any sentence does for 'other'. `given`: the numbers
 * the question itself states, which answer no "how much" ("How much is China putting into the 35 projects?"
 * is not answered by "35 projects").
 */
export function hasEvidenceFor(
	type: QuestionType,
	sentence: string,
	given: ReadonlySet<string> = new Set(),
): boolean {
	const text =
		type === 'quantity'
			? sentence
					.replace(NOT_AMOUNTS, ' ')
					.replace(NUMBER_IN_TEXT, (amount, number: string) => (given.has(numberKey(number)) ? ' ' : amount))
			: sentence;
	if (type === 'how-long' && namesDateRange(text)) return true;
	return EVIDENCE[type]?.test(text) ?? true;
}

/** What kind of answer a question seeks, beyond its concepts. */
export interface AnswerSought {
	type: QuestionType;
	/** The thing a "how many" counts. */
	counted: QueryConcept | undefined;
	/** What a "what is" question asks about: its names, or all its words when typed in lower case. */
	names: readonly QueryConcept[];
	/** The numbers the question states itself, in digits or words: the answer to "how many" is another one. */
	given: ReadonlySet<string>;
	/** The terms of every asked concept. */
	asked: ReadonlySet<string>;
	/** The terms of the question's own concepts, not those a follow-up carries over. */
	ownTerms: ReadonlySet<string>;
	/** The terms of the names among those, which answer no "who" (see `withoutNamesAsked`). */
	ownNames: ReadonlySet<string>;
	/**
	 * What a "how much" that counts no thing measures: the question's own words that are no name nor number
	 * ("How much did Belarus export to China in 2024?": export). A figure answers only in a sentence that says
	 * one of them (see `evidenceOf` in answerUnits.ts).
	 */
	measured: readonly QueryConcept[];
	/**
	 * Whether only a person's name answers "who": "Who is the CEO of…", "What was the name of the nurse…". Not
	 * a verb of saying nor a people, which answer other "who" questions ("…, said an analyst", "Polish
	 * officials").
	 */
	wantsName: boolean;
}

/** What a question seeks; `asksForName`: whether it asks for someone's name in so many words (see `wantsName`). */
export function answerSought(
	concepts: readonly QueryConcept[],
	type: QuestionType,
	asksForName = false,
): AnswerSought {
	const named = concepts.filter((concept) => concept.isName);
	return {
		type,
		counted: concepts.find((concept) => concept.isCounted),
		names: named.length > 0 ? named : concepts,
		// As typed, as the numbers of an answer are compared: the term of "twelve" is "twelv".
		given: new Set(
			concepts.filter((concept) => NUMBER.test(concept.word)).map((concept) => numberKey(concept.word)),
		),
		asked: conceptTerms(concepts),
		ownTerms: conceptTerms(concepts.filter((concept) => !concept.inherited)),
		ownNames: conceptTerms(named.filter((concept) => !concept.inherited)),
		measured:
			type === 'quantity' && !concepts.some((concept) => concept.isCounted)
				? concepts.filter((concept) => !concept.inherited && !concept.isName && !NUMBER.test(concept.word))
				: [],
		wantsName: type === 'who' && asksForName,
	};
}

/**
 * How well a sentence holds the kind of answer asked for, from 0 to 1: a date for "when", a count of the
 * asked thing for "how many", what a name is for "what is"… A "what date" question is partly answered by a
 * month or a year, and "what is" by any sentence about the name.
 */
export function evidenceIn(text: string, sought: AnswerSought): number {
	const { type, counted, names, given, asked, ownTerms, ownNames, wantsName } = sought;
	if (counted !== undefined && !counts(text, counted, sought)) return 0;
	if (type === 'definition') return definesName(text, names) ? 1 : PARTIAL_EVIDENCE.mentionForDefinition;
	if (type === 'which') return namesAnother(text, asked) ? 1 : 0;
	// A country or capital answers "where", and only a place inside one answers "where in".
	if (type === 'where' || type === 'where-in') return placeEvidence(text, type === 'where', ownTerms);
	if (type === 'who') {
		const unasked = withoutNamesAsked(text, ownNames);
		const firstName = namesByFirstName(text, asked) ? PARTIAL_EVIDENCE.firstNameForPerson : 0;
		// "A few weeks ago, the CEO of Master Lock told me…" says that he spoke, not who he is.
		if (wantsName) return NAMED_PERSON.test(unasked) ? 1 : firstName;
		if (hasEvidenceFor(type, unasked)) return 1;
		return Math.max(nationEvidence(text, asked), firstName);
	}
	if (type === 'why') return hasEvidenceFor(type, text) ? 1 : PARTIAL_EVIDENCE.noReasonForWhy;
	if (type === 'when') {
		const unstated = withoutDatesStated(text, ownTerms);
		if (!hasEvidenceFor(type, unstated)) return 0;
		return WITHIN_A_YEAR.test(unstated) ? 1 : PARTIAL_EVIDENCE.yearForWhen;
	}
	if (hasEvidenceFor(type, text, given)) return 1;
	if (type === 'name' && QUOTED.test(text)) return PARTIAL_EVIDENCE.quoteForName;
	return type === 'date' && hasEvidenceFor('when', text) ? PARTIAL_EVIDENCE.monthForDay : 0;
}

const QUOTED = /["“”«]/;

/**
 * The text with the words of the names the question itself gives put out of sight, so that they answer no
 * "who": "Who was the Health and Human Services Secretary that Bush asked…" is not answered by "I have
 * asked the Secretary of Health and Human Services…", which says who is asked about, not who it was. A
 * name a follow-up carries over stays: it was the answer before ("who founded the organisation?").
 */
function withoutNamesAsked(text: string, named: ReadonlySet<string>): string {
	if (named.size === 0) return text;
	return text.replace(CAPITALISED, (word) => (named.has(normalizeTerm(word) ?? '') ? '_' : word));
}

// A word with a capital: only such words are names. Not after a letter: "McCain" is one word.
const CAPITALISED = /(?<!\p{L})\p{Lu}[\p{L}'’-]*/gu;

/**
 * How well the text answers "who" with a country or a people the question does not name: fully by a country
 * that does something ("established by China and Russia"), partly by any other ("Polish officials", "a visit
 * to China"): one is named in most sentences of news about it.
 */
function nationEvidence(text: string, asked: ReadonlySet<string>): number {
	let evidence = 0;
	for (const match of text.matchAll(CAPITALISED)) {
		const term = normalizeTerm(match[0]);
		if (term === null || asked.has(term) || nationTerms(term).size === 0) continue;
		if (namesCountry(term) && BY_AGENT.test(text.slice(0, match.index))) return 1;
		evidence = PARTIAL_EVIDENCE.nationForPerson;
	}
	return evidence;
}

/**
 * Whether the text names someone by a first name alone: a capitalised word inside the sentence that WordNet
 * has neither as a common word nor as a name ("Alice", "Joe", "Janiyah"; not "Plan", "Congress", "God" nor
 * "America"), and no place, month or day. Not one the question asks about.
 */
function namesByFirstName(text: string, asked: ReadonlySet<string>): boolean {
	for (const match of text.matchAll(CAPITALISED)) {
		const word = match[0].replace(/['’]s?$/u, '');
		if (!/^\p{Lu}\p{Ll}+$/u.test(word) || CALENDAR_WORD.test(word) || isTitleAbbreviation(word)) continue;
		// A capital at the start of the sentence, or of a quotation in it, is only the sentence's.
		const before = text.slice(0, match.index);
		if (!/[\p{L}\p{N}]/u.test(before) || /(?:[.!?:]["”']?|["“])\s*$/u.test(before.slice(-4))) continue;
		const term = normalizeTerm(word);
		if (term === null || asked.has(term) || nationTerms(term).size > 0 || namesPlace(term)) continue;
		const row = wordVectorRow(word);
		// WordNet has few first names, and knows the names it has mostly as places ("America", "Washington").
		if (row === undefined || (!isCommonWord(row) && solePartOfSpeech(row) !== 'name')) return true;
	}
	return false;
}

const CALENDAR_WORD = new RegExp(`^(?:${MONTH}|${WEEKDAY})$`);

// "by" before a country, or before one and a country ("by China and Russia"): it did what is asked about.
const BY_AGENT = /\bby\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+and\s+)?$/u;

// A year, or a month without its day ("July 2024", not "July 11", "July 11th" nor "11 July").
const YEAR_OR_MONTH = new RegExp(
	`\\b(?:\\d{4}|(?<!\\b\\d{1,2}(?:st|nd|rd|th)? )(?:${MONTH})(?!\\.? \\d{1,2}(?:st|nd|rd|th)?\\b))\\b`,
	'g',
);

/**
 * The text without the years and months the question states itself (`ownTerms`): "before the
 * July 2024 drills, when did…" is not answered by "In July 2024…". A day stays: "When in March…" is answered
 * by "March 1".
 */
function withoutDatesStated(text: string, ownTerms: ReadonlySet<string>): string {
	return text.replace(YEAR_OR_MONTH, (date) => (ownTerms.has(normalizeTerm(date) ?? '') ? ' ' : date));
}

/** Whether the text names something the question does not (a capitalised word inside it), or ranks one ("31st"). */
function namesAnother(text: string, asked: ReadonlySet<string>): boolean {
	return (
		ranksSomething(text) ||
		tokenize(text).some(
			(word, i) =>
				i > 0 &&
				/^\p{Lu}/u.test(word) &&
				!isTitleAbbreviation(word) &&
				!FIRST_PERSON.test(word) &&
				!asked.has(normalizeTerm(word) ?? ''),
		)
	);
}

// "I", "I'm", "I've": the one capital a speaker writes that names nothing asked for.
const FIRST_PERSON = /^I(?:['’]\p{L}+)?$/u;

/** Whether the text ranks something ("the 31st anniversary", "his third visit"). */
export function ranksSomething(text: string): boolean {
	return tokenize(text).some((word) => ORDINAL.test(word));
}

// Someone "of" a place: "Richard Anderson of Reno, Nevada", "Lee Metcalf of Montana". Not an office or a body
// ("the Secretary of State", "the Bank of China"): the word before "of" is a name, which WordNet lacks as a
// common word.
const NAMED_OF_PLACE = /(?<=\S\s)(\p{Lu}[\p{L}'’-]+)\s+of\s+(\p{Lu}[\p{L}'’]*)/gu;

/** The names a text places things at: "in Beijing", "near Minsk", "Richard Anderson of Reno". */
function* placesIn(text: string): Generator<string> {
	for (const [, name = ''] of text.matchAll(PLACES)) yield name;
	for (const [, person = '', place = ''] of text.matchAll(NAMED_OF_PLACE))
		if (!isCommonEnglish(person)) yield place;
}

/** The words for a country, which a country's name is an instance of. */
export const COUNTRY_TERMS: ReadonlySet<string> = new Set(
	['country', 'countries', 'nation', 'nations'].map((word) => normalizeTerm(word) ?? word),
);

/**
 * How well the text places something: fully at a country or capital (`known`, for "where"), or else at another
 * name (for "where in"); partly at a place of the other kind, unless a country is asked for; not at all when
 * it only names places asked about.
 */
function placeEvidence(text: string, known: boolean, ownTerms: ReadonlySet<string>): number {
	const asksCountry = [...COUNTRY_TERMS].some((term) => ownTerms.has(term));
	let evidence = 0;
	for (const name of placesIn(text)) {
		const term = normalizeTerm(name) ?? '';
		// A country the question names is no answer to where: "…Russia's war in Ukraine" does not say where
		// Ukraine is. Its capital may be ("In which Belarusian city…": "near Minsk").
		if (nationTerms(term).size > 0 && ownTerms.has(term)) continue;
		if (namesPlace(term) === known) return 1;
		// "In which country…" is answered by a country, not "in the Situation Room".
		if (asksCountry) continue;
		evidence = PARTIAL_EVIDENCE.placeLikeForPlace;
	}
	return evidence;
}

// Counting words: digits ("107") and number words ("three"). Not an ordinal: "the 22nd annual summit of heads
// of state" counts no heads of state (but see TIMES).
const NUMBER = new RegExp(`^(?:\\d[\\d.,]*|${COUNT_WORDS})$`, 'i');
/** How many words before the counted one a number may stand ("35 science and technology projects"). */
const NUMBER_REACH = 5;
// "How many times" counts occurrences, which an ordinal gives too ("his 13th visit"); not "first", which
// mostly means "earliest".
const TIMES = normalizeTerm('times');
// "How many days": "from July 2 to 6" counts them, as "a three-day trip" does.
const TIME_UNITS = new Set(['day', 'week', 'month', 'year'].map((unit) => normalizeTerm(unit)));
// A sum as the text writes it ("$30 billion", "3 million dollars").
const SUM_SOURCE = String.raw`[$€£]\s?\d[\d.,]*(?:\s*(?:million|billion|trillion))?|\b\d[\d.,]*\s*(?:(?:million|billion|trillion)\s+)?(?:dollars|euros|pounds|yuan|rubles|roubles)\b`;
const SUM = new RegExp(SUM_SOURCE, 'i');
// …and a sum or a share, which is no count of things.
const SUMS_AND_SHARES = new RegExp(String.raw`${SUM_SOURCE}|\d[\d.,]*\s*(?:%|per ?cent\b)`, 'gi');
const ORDINAL =
	/^(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/i;

// People in general: what "how many people" counts, however the sentence words it.
const PEOPLE = new Set(['people', 'persons', 'individuals'].map((word) => normalizeTerm(word) ?? word));

/**
 * Whether a sentence counts the thing a "how many" asks about: a number just before it or a close synonym
 * ("107 residents", "three-day trip", "35 science … projects" for research). A number about anything else
 * ("prices rose 4.5 percent since we sent troops") is no answer to "how many troops".
 */
function counts(
	text: string,
	counted: QueryConcept,
	{ given, asked, ownNames }: Pick<AnswerSought, 'given' | 'asked' | 'ownNames'>,
): boolean {
	if (counted.term === TIMES && tokenize(text).some((word) => ORDINAL.test(word))) return true;
	// "How much money" is answered by a sum, whatever it is said to be for ("an additional $30 billion").
	if (MONEY_WORDS.has(counted.term) && SUM.test(text)) return true;
	if (TIME_UNITS.has(counted.term) && namesDateRange(text)) return true;
	// Most sentences state no number at all.
	if (!EVIDENCE.quantity?.test(text)) return false;
	const words = tokenize(text);
	// "How many people…" counts people of any kind ("800 persons", "275 men and women") where the sentence says
	// what else is asked of them: "the 20 newborns in her care" are no count of a storm's dead.
	const countsPeople = PEOPLE.has(counted.term);
	const saysMore =
		countsPeople &&
		words.some((word) => {
			const term = normalizeTerm(word);
			const isOtherWord = term !== null && !counted.alternatives.has(term) && !ownNames.has(term);
			return isOtherWord && asked.has(term) && !NUMBER.test(word);
		});
	const isCounted = (word: string): boolean => {
		const term = normalizeTerm(word);
		if (countsPeople && term !== null && (PEOPLE.has(term) || (saysMore && isPersonNoun(word)))) return true;
		// A word another concept asks about is none of the counted thing ("signed" for "agreements", when "sign"
		// is asked too): words that go together are close in vector space.
		if (term === null || (asked.has(term) && !counted.alternatives.has(term))) return false;
		// "Times" have no synonyms: a "three-day trip" is no count of visits.
		return (
			counted.alternatives.has(term) || (counted.term !== TIMES && closeSynonymCredit(counted, word) > 0)
		);
	};
	// Whether a word the counted thing is stands up to NUMBER_REACH words after a number.
	const countedAfter = (isNumber: (word: string) => boolean) => {
		let lastNumber = Number.NEGATIVE_INFINITY;
		for (const [i, word] of words.entries()) {
			if (i - lastNumber <= NUMBER_REACH && isCounted(word)) return true;
			if (isNumber(word)) lastNumber = i;
		}
		return false;
	};
	const isAmount = (word: string) => NUMBER.test(word) && !isYear(word);
	if (countedAfter((word) => isAmount(word) && !given.has(numberKey(word)))) return true;
	// "How many of the top 55 officials…" is answered by another count where the sentence names those 55
	// ("Of the top 55 officials, we have captured or killed 45"), not by a sum or a share in it.
	return (
		countedAfter((word) => given.has(numberKey(word))) &&
		tokenize(text.replace(SUMS_AND_SHARES, ' ')).some((word) => isAmount(word) && !given.has(numberKey(word)))
	);
}
