import { splitSentences } from '../segment/sentences.ts';
import { namesNationNearly } from '../text/nations.ts';
import { baseForm, normalizeTerm, tokenize } from '../text/terms.ts';
import { isPersonNoun } from '../text/wordRelations.ts';
import { withTyposRead } from './misspellings.ts';
import { ASKING_WHICH, AUXILIARY, whereInScopeAt, withoutSmallTalk } from './questionRoles.ts';

/** What kind of answer a question wants; it decides which sentences get a bonus. */
export type QuestionType =
	| 'date'
	| 'when'
	| 'when-next'
	| 'how-long'
	| 'quantity'
	| 'age'
	| 'share'
	| 'rate'
	| 'definition'
	| 'who'
	| 'where'
	| 'where-in'
	| 'statement'
	| 'name'
	| 'which'
	| 'why'
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

/** A count or an amount: what a number answers. */
const ASKS_AMOUNT = new RegExp(
	[
		String.raw`\bhow (?:many|much|big|large|often)\b`,
		String.raw`\bwhat (?:number|amount|percentage|percent)\b`,
		String.raw`\bwhat (?:is|was|are|were) the (?:total|value|volume|size|cost|price)\b`,
		// "What would the wall cost?"; not "what did he say about the cost", where "cost" only names the topic.
		String.raw`\bwhat (?:did|does|do|would|will|could|might)\s+(?:[\p{L}'’-]+\s+){1,12}?(?<!\b(?:the|a|an|its|their|his|her|our|of)\s)cost\b`,
	].join('|'),
	'iu',
);

const PATTERNS: ReadonlyArray<[QuestionType, { test(question: string): boolean }]> = [
	// "Why did…", "In his 1994 address, why did…": a reason, which the answer need not state in so many words.
	['why', /(?:^|[,;]\s*)(?:and\s+|so\s+)?why\b/i],
	// "How much time did the plan allow?" too: a stretch of time ("thirty-seven years"), not a count of something.
	['how-long', /\bhow long\b|\bfor how many years\b|\bsince when\b|\bhow much time\b/i],
	// "When will…", "when is the next…": a time still to come, which a date in the past does not answer.
	['when-next', /^\s*(?:and\s+)?when\s+(?:will\b|.*\bnext\b)/i],
	// "On what date…", "What day…": a day, not just the year or month that answers "when".
	['date', new RegExp(`${ASKING_WHICH}(?:dates?|day)\\b`, 'i')],
	[
		'when',
		new RegExp(
			`^\\s*(?:and\\s+)?when\\b|${ASKING_WHICH}(?:year|month)\\b|\\bin what year\\b|\\bwhen did\\b|\\bdates? of\\b|\\band when\\b`,
			'i',
		),
	],
	// "What share of the world's people…": a part of a whole, which a percentage or a fraction gives.
	// "By what percentage did trade grow?" asks for a change, which any number gives (see 'quantity').
	// "What unemployment rate, in percent…" asks for a percentage too.
	[
		'share',
		/\bwhat (?:percentage|percent|share|proportion|fraction) of\b|\b(?:in|as a) per ?cent(?:age)?\b/i,
	],
	// "What was the unemployment rate…", "What interest rate did the loan carry?": a percentage, or so much per
	// hour or per ton. Not any figure ("a loan of 3,000,000 florins"), nor none ("unemployment is low").
	['rate', /\bwhat (?:(?:is|was|are|were) the )?(?:[\p{L}-]+ ){0,3}rates?\b/iu],
	// "How old was the woman…" asks for an age, which a number of years does not give by itself ("6 hours").
	['age', /\bhow old\b|\b(?:at )?what age\b/i],
	['quantity', ASKS_AMOUNT],
	['definition', { test: asksDefinition }],
	// "Which person…": WordNet files "person" itself under no kind (see asksForPerson).
	['who', /^\s*(?:and\s+)?(?:who|whom|whose)\b|\bwhich (?:person|individual)\b/i],
	// "Which baseball slugger did…", "what was the name of the nurse…": a kind of person, whom a name answers.
	['who', { test: asksForPerson }],
	['where', /^\s*(?:and\s+)?where\b|\bin which (?:\p{L}+ )?(?:city|town|country|place|region)\b/iu],
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
	const type = typeAsWritten(question);
	if (type !== 'other') return type;
	// "Monroe mentions a canal. Which two waterways would it join?": a statement may set the question up.
	const asking = askingSentence(question);
	const asked = asking === undefined ? 'other' : typeAsWritten(asking);
	return asked === 'other' ? typeAsWritten(withTyposRead(question)) : asked;
}

/** The last sentence of a question of several, when it is the one that asks (it ends in "?"). */
function askingSentence(question: string): string | undefined {
	if (!question.trimEnd().endsWith('?')) return undefined;
	const sentences = splitSentences(question, { start: 0, end: question.length });
	return sentences.length > 1 ? sentences.at(-1)?.text : undefined;
}

function typeAsWritten(typed: string): QuestionType {
	const question = asking(typed);
	const type = PATTERNS.find(([, pattern]) => pattern.test(question))?.[0] ?? 'other';
	if (type !== 'where') return type;
	// "Where was Xi's line reported?" asks who reported it ("according to Chinese state TV"), not a place.
	if (REPORTED.test(question)) return 'statement';
	// "Where in Beijing were the talks held?" asks for a place inside Beijing, which no country names.
	return whereInScopeAt(tokenize(question)) >= 0 ? 'where-in' : type;
}

const REPORTED = /\b(?:reported|quoted)\b/i;

/** The question from the words that ask it: no chat opener, source named first, nor scene set before it. */
function asking(typed: string): string {
	return withoutSmallTalk(typed)
		.replace(SOURCE_LEAD_IN, '')
		.replace(SETTING_CLAUSE, '')
		.replace(CONTRACTED, '$1 is');
}

/**
 * Whether the question asks for a person's name: "Who is the CEO of…", "What was the name of the nurse…".
 * Not "Who criticised the plan?", which a sentence may answer with "said an analyst" or "Polish officials".
 */
export function asksForName(question: string): boolean {
	return ASKING_A_NAME.test(asking(question));
}

const NAME_OF = String.raw`what(?:['’]s|\s+(?:is|was|are|were))\s+the\s+names?\s+of`;
const ASKING_A_NAME = new RegExp(
	String.raw`^\s*(?:and\s+)?(?:${NAME_OF}\b|who\s+(?:is|was|are|were)\s+the\b)`,
	'i',
);
// The words that ask for one of a kind: "which…", "what is the name of (the)…".
const ASKING_FOR_KIND = new RegExp(
	String.raw`^\s*(?:and\s+)?(?:which|${NAME_OF}(?:\s+(?:the|a|an|his|her|their))?)\s+`,
	'i',
);

// A word after "which" (or "the name of") that goes on with the question rather than name the kind asked
// for: an auxiliary, a preposition or a relative pronoun ("which law affecting service members did…" asks
// for a law).
const AFTER_KIND = new RegExp(`^(?:${AUXILIARY}|of|in|on|at|for|from|with|to|about|by|who|whom|that)$`, 'i');
/** How many words may name the kind asked for ("which World War II veteran"). */
const KIND_WORDS = 4;

/**
 * Whether the question asks for one of a kind of person ("Which baseball slugger did…", "which American
 * diplomat was…", "what was the name of the nurse who…"), whom a name answers: the last word of the kind,
 * up to a verb, is one WordNet has as a person in its commonest sense. Not a people ("Which European
 * countries…": WordNet has "European" as a person too), nor a name.
 */
function asksForPerson(question: string): boolean {
	const lead = ASKING_FOR_KIND.exec(question);
	if (lead === null) return false;
	let head: string | undefined;
	for (const [i, word] of tokenize(question.slice(lead[0].length)).slice(0, KIND_WORDS).entries()) {
		// A verb's past ends the kind ("which city hosted…"), but not first: "which fallen Marine's mother".
		if (AFTER_KIND.test(word) || (i > 0 && isPast(word))) break;
		if (!/^\p{Lu}/u.test(word) && !namesNationNearly(normalizeTerm(word) ?? '')) head = word;
	}
	return head !== undefined && isPersonNoun(head.replace(/['’]s$/u, ''));
}

function isPast(word: string): boolean {
	return /ed$/i.test(word) || (baseForm(word) !== undefined && !/(?:s|ing)$/i.test(word));
}
// "When Macron and Xi met, what did they…", "if the plan won't work why does he…", "When Washington spoke in
// 1790, did he know…": a clause that sets the scene before the question itself. Its "when" is no question
// ("When did they meet?" is): no auxiliary follows it.
const SETTING_CLAUSE = new RegExp(
	`^\\s*(?:when|if|after|before|once|while|since)\\s+(?!${AUXILIARY})[^?]*?(?:,?\\s+(?=(?:what|why|how|who|whom|which|where)\\s+${AUXILIARY})|,\\s+(?=${AUXILIARY}))`,
	'i',
);
// "According to the WSJ, where…": the source comes before the word that says what is asked.
const SOURCE_LEAD_IN = /^\s*according to [^,?]{1,60},\s*/i;
// "whats", "wheres", as chat writes them.
const CONTRACTED = /\b(what|who|where|when|how)s\b/gi;
