import { normalizeTerm, tokenize } from '../text/terms.ts';
import { MONTH_PATTERN, WEEKDAYS } from '../timeline/calendarWords.ts';
import { whereInScopeAt } from './questionRoles.ts';

/** What kind of answer a question wants; it decides which sentences get a bonus. */
export type QuestionType =
	| 'date'
	| 'when'
	| 'when-next'
	| 'how-long'
	| 'quantity'
	| 'share'
	| 'definition'
	| 'who'
	| 'where'
	| 'where-in'
	| 'statement'
	| 'name'
	| 'which'
	| 'other';

const WHAT_IS =
	/^\s*(?:[Ww]hat|[Ww]ho)(?:\s+(?:is|are|was|were)|['’]s)\s+(?:(?:the|an?)\s+)?(?<subject>.+?)\s*\??\s*$/u;
// A name: capitalised words, with the small words names hold ("Belt and Road Initiative").
const NAME = /^\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:(?:and|of|for|the|on)\s+)*\p{Lu}[\p{L}\p{N}'’.-]*)*$/u;
/** Typed in lower case, as chat often is, a name is a few words that are all topics ("great stone park"). */
const MAX_PLAIN_NAME_WORDS = 3;

/**
 * "What is the SCO?", "who is lukashenko": nothing asked but what something is. Not "What is the capital of
 * Australia?" nor "what is the biggest bri industrial park": more is asked than a name.
 */
function asksDefinition(question: string): boolean {
	const subject = WHAT_IS.exec(question)?.groups?.subject;
	if (subject === undefined) return false;
	if (NAME.test(subject)) return true;
	const words = tokenize(subject);
	return (
		subject === subject.toLowerCase() &&
		words.length <= MAX_PLAIN_NAME_WORDS &&
		words.length === subject.split(/\s+/).length &&
		words.every((word) => normalizeTerm(word) !== null)
	);
}

const PATTERNS: ReadonlyArray<[QuestionType, { test(question: string): boolean }]> = [
	['how-long', /\bhow long\b|\bfor how many years\b|\bsince when\b/i],
	// "When will…", "when is the next…": a time still to come, which a date in the past does not answer.
	['when-next', /^\s*(?:and\s+)?when\s+(?:will\b|.*\bnext\b)/i],
	// "On what date…", "What day…": a day, not just the year or month that answers "when".
	['date', /\b(?:what|which) (?:dates?|day)\b/i],
	[
		'when',
		/^\s*(?:and\s+)?when\b|\b(?:what|which) (?:year|month)\b|\bin what year\b|\bwhen did\b|\bdates? of\b|\band when\b/i,
	],
	// "What share of the world's people…": a part of a whole, which a percentage or a fraction gives.
	['share', /\bwhat (?:percentage|percent|share|proportion|fraction)\b/i],
	[
		'quantity',
		/\bhow (?:many|much|big|large|often)\b|\bwhat (?:number|amount)\b|\bhow many times\b|\bwhat (?:is|was|are|were) the (?:total|value|volume|size)\b/i,
	],
	['definition', { test: asksDefinition }],
	['who', /^\s*(?:and\s+)?(?:who|whom|whose)\b|\bwhich (?:person|leader|official|journalist|analyst)\b/i],
	['where', /^\s*(?:and\s+)?where\b|\bin which (?:city|country|place)\b/i],
	// "Which countries…", "which think tank…": one or more of a kind, named ("Armenia, Belarus…", "the Center
	// for…") or told apart ("the 31st anniversary"). Not "which article says…", which asks for a source.
	[
		'which',
		/^\s*(?:and\s+)?which\b(?!\s+(?:article|piece|source|report|paper|outlet|publication|document)s?\b)/i,
	],
	// "What is the park nicknamed?", "What nickname did they give…": what something is called.
	[
		'name',
		/\bwhat (?:(?:is|was|are|were) (?:the |its |their )?)?(?:code|nick)?names?\b|\b(?:called|nicknamed|dubbed|known as)\s*\??\s*$/i,
	],
	// "What did Xi say about…", "How did China react…": what someone said or did about it.
	['statement', /^\s*(?:and\s+)?what\b.*\b(?:say|tell)\b|^\s*(?:and\s+)?how did\b.*\b(?:react|respond)\b/i],
];

export function questionType(question: string): QuestionType {
	const type = PATTERNS.find(([, pattern]) => pattern.test(question))?.[0] ?? 'other';
	// "Where in Beijing were the talks held?" asks for a place inside Beijing, which no country names.
	return type === 'where' && whereInScopeAt(tokenize(question)) >= 0 ? 'where-in' : type;
}

/**
 * Number words. Not the vague ones: "several times" is a lead for "how many times", and ranks below a
 * source that gives the count ("15 times").
 */
export const COUNT_WORDS =
	'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?';

// Capitalised, as prose writes them: lower-case "may" is a verb, "mar" a word.
const capitalised = (names: readonly string[]) =>
	names.map((name) => name.charAt(0).toUpperCase() + name.slice(1)).join('|');
const MONTH = capitalised(MONTH_PATTERN.split('|'));
const WEEKDAY = capitalised(WEEKDAYS);

// A name after a word that places things: "near Minsk", "In the Zhongnanhai talks".
const PLACED = /\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Oo]utside|[Ii]nside)\s+(?:the\s+)?\p{Lu}/u;

// Cheap signs that a sentence holds the kind of answer asked for; a bonus, never a filter.
const EVIDENCE: Record<QuestionType, RegExp | undefined> = {
	date: new RegExp(
		`\\b(?:${MONTH}) \\d{1,2}\\b|\\b\\d{1,2} (?:${MONTH})\\b|\\b(?:${WEEKDAY}|yesterday|today)\\b|\\b\\d{4}-\\d\\d-\\d\\d\\b`,
	),
	// A year, a month, a weekday, or a time the document's date places ("last week", "two years ago").
	when: new RegExp(
		`\\b(?:1[5-9]\\d\\d|20\\d\\d)\\b|\\b(?:${MONTH}|${WEEKDAY}|yesterday|ago)\\b|\\b(?:last|this|past|next) (?:week|month|year)\\b`,
	),
	// A date with a word that looks ahead ("will", "plans", "next"): not a sure sign, but the past has none.
	'when-next': new RegExp(
		`^(?=.*\\b(?:will|next|plans?|planned|scheduled|upcoming|expected|due to|set to)\\b)(?=.*(?:\\b(?:1[5-9]\\d\\d|20\\d\\d)\\b|\\b(?:${MONTH}|${WEEKDAY})\\b))`,
		's',
	),
	'how-long': new RegExp(
		`\\b(?:\\d+|${COUNT_WORDS})[- ](?:day|week|month|year|decade)s?\\b|\\bsince\\b|\\b(?:years|decades)\\b`,
		'i',
	),
	quantity: new RegExp(`\\d|\\b(?:${COUNT_WORDS})\\b`, 'i'),
	share: /\d\s*%|\bper ?cent\b|\b(?:half|third|quarter|fifth|tenth|majority)\b/i,
	// Needs the names asked about: see definitions.ts.
	definition: undefined,
	who: /\b(?:Mr|Mrs|Ms|Dr)\.|\b(?:President|Chairman|Secretary|Minister|leader|said|told|journalist|analyst)\b|(?<=\S\s)\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+/u,
	where: PLACED,
	'where-in': PLACED,
	// Needs the names asked about: see answerUnits.ts.
	which: undefined,
	// The words that give a name (a name in quotes is weaker evidence: see answerUnits.ts).
	name: /\b(?:called|calling|dubbed|nicknamed|named|known as|so-called|labell?ed)\b/,
	// A quotation, or a verb of saying or of taking a stand, in the past or present.
	statement:
		/["“”]|\b(?:said|says|saying|told|tells|stated|stressed|urged|urging|noted|added|declared|insisted|argued|warned|praised|praising|criticized|criticised|described|describing|announced|called|calling|according to|accepted|congratulated|welcomed|condemned|rejected|dismissed|denounced|hailed|recognized|recognised|responded|reacted)\b/,
	other: undefined,
};

// "From July 2 to 6", "February 28 to March 2", "between 3 and 4 July": a stretch of days.
const DATE_RANGE = new RegExp(
	`\\b(?:${MONTH}) \\d{1,2}(?:,? \\d{4})? ?(?:to|until|through|–|-) ?(?:(?:${MONTH}) )?\\d{1,2}\\b|\\bbetween \\d{1,2} and \\d{1,2} (?:${MONTH})\\b`,
);

/** Whether a text gives a stretch of days by its first and last, which answers "how many days". */
export function namesDateRange(text: string): boolean {
	return DATE_RANGE.test(text);
}

// A year ("in July 2024"), a day of the month ("March 1", "24 February") or a footnote mark ("[6]") is no
// amount of anything. A bare "1500" is taken for a year too: in news it mostly is. Nor is "one" alone: it is
// mostly a pronoun ("one of the most important partners", "the most important one").
const NOT_AMOUNTS = new RegExp(
	`\\b(?:1[5-9]\\d\\d|20\\d\\d)\\b(?![.,]\\d)|\\[\\d{1,3}\\]|\\b[Oo]ne\\b|\\b(?:${MONTH})\\.? \\d{1,2}\\b|\\b\\d{1,2} (?:${MONTH})\\b`,
	'g',
);

// A number as the text writes it ("35", "1.3", "3,000").
const NUMBER_IN_TEXT = /\d(?:[\d.,]*\d)?/g;

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
					.replace(NUMBER_IN_TEXT, (number) => (given.has(number.replaceAll(',', '')) ? ' ' : number))
			: sentence;
	if (type === 'how-long' && namesDateRange(text)) return true;
	return EVIDENCE[type]?.test(text) ?? true;
}
