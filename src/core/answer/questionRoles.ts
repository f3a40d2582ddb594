import { namesNationNearly, namesPlace, nationTerms } from '../text/nations.ts';
import { baseForm, normalizeTerm } from '../text/terms.ts';
import type { QuestionType } from './questionType.ts';

/*
 * The words of a question that say what kind of answer it wants rather than what it is about ("when",
 * "what year", "held"), and the words whose place in it gives them a role: the thing a "how many" counts,
 * the place a "where in" searches within.
 */

// The words of chat a question may come wrapped in, anywhere in it ("hey, please tell me…, thanks").
const CHAT_WORDS = ['hi', 'hey', 'hello', 'please', 'pls', 'plz', 'thanks', 'ok', 'okay', 'btw', 'hmm'];
// Question scaffolding: the question type already stands for these ("where was it held?" asks where it
// was), so they must not count as topics; nor do the words of chat.
const SCAFFOLDING = new Set(
	[
		...CHAT_WORDS,
		'when',
		'where',
		'why',
		'who',
		'whom',
		'whose',
		'which',
		'what',
		'did',
		'does',
		'do',
		'tell',
		'many',
		'much',
		'long',
		'happen',
		'occur',
		'held',
	].map((word) => normalizeTerm(word) ?? word),
);
/** The words that ask which one of a kind ("what", "which", "what was the exact…"), before the kind. */
export const ASKING_WHICH = String.raw`\b(?:what|which|whose)(?:\s+(?:is|was|are|were)\s+the)?(?:\s+(?:exact|precise|specific))?\s+`;
// "What year…", "on what date…": the unit stands for the question type; elsewhere ("how many days") it is a topic.
const UNITS = 'year|month|day|date|dates|time|number|share|percentage|proportion|amount';
const ASKED_UNIT = new RegExp(`${ASKING_WHICH}(?:${UNITS})\\b`, 'gi');
const UNIT = new RegExp(`^(?:${UNITS})$`, 'i');

/** Whether a word is one of the units a "what" question may ask in ("year", "number"…). */
export function isUnit(word: string): boolean {
	return UNIT.test(word);
}

// The small talk a question in a chat opens with: "hey quick q, …", "ok so…", "can you please tell me…".
const SMALL_TALK = new RegExp(
	`^\\s*(?:(?:${CHAT_WORDS.join('|')}|so|also|quick q(?:uestion)?|(?:can|could|would) you (?:please )?tell me|(?:does|do) (?:anyone|anybody|you) know|tell me)\\b[\\s,:;!.-]*)+`,
	'i',
);

/** The question without the small talk it opens with, which says nothing of what is asked. */
export function withoutSmallTalk(question: string): string {
	return question.replace(SMALL_TALK, '');
}

/** Whether a term is scaffolding, no topic to find. */
export function isScaffolding(term: string): boolean {
	return SCAFFOLDING.has(term);
}

// "When was Lukashenko first elected?" asks for the earliest of the dates: "first" qualifies the time asked,
// and a sentence on his "first trip" is no better an answer for saying it. "When is the next summit?" asks
// for one still to come (see the question type 'when-next').
const TIME_QUALIFIERS = new Set(['first', 'last', 'earliest', 'latest', 'next']);
// "Where is his think tank based?" asks where it is, as "where is it?" does: "in Warsaw" answers it.
const PLACE_VERBS = new Set(['based', 'located', 'situated']);

// "What is it nicknamed?": the question type asks for a name, so these words are no topic.
const NAMING_WORDS = new Set([
	'name',
	'names',
	'nickname',
	'codename',
	'called',
	'nicknamed',
	'dubbed',
	'known',
]);

const TYPE_WORDS: Partial<Record<QuestionType, ReadonlySet<string>>> = {
	when: TIME_QUALIFIERS,
	'when-next': TIME_QUALIFIERS,
	date: TIME_QUALIFIERS,
	where: PLACE_VERBS,
	'where-in': PLACE_VERBS,
	name: NAMING_WORDS,
	statement: new Set(['react', 'respond']),
	// "How much time did the plan allow?": the stretch of time asked for, no thing counted nor topic.
	'how-long': new Set(['time']),
};

/** Whether the word, in a question of this type, says which kind of answer is asked for, not what about. */
export function qualifiesType(word: string, type: QuestionType): boolean {
	return TYPE_WORDS[type]?.has(word.toLowerCase()) ?? false;
}

/**
 * "its own soldiers" are its soldiers: after a possessive, "own" only stresses whose, and a sentence on
 * "Belarusian troops" answers without it. ("Who owns the park?" keeps its verb.)
 */
export function isEmphaticOwn(tokens: readonly string[], position: number): boolean {
	return /^own$/i.test(tokens[position] ?? '') && POSSESSIVE.test(tokens[position - 1] ?? '');
}

const POSSESSIVE = /^(?:my|your|his|her|its|our|their)$|['’]s?$/i;

// Words that only join the words around them: "What does Mikovic do for a living?" asks what he does, and
// "where does Ukraine sit in relation to Belarus?" where it sits from Belarus; neither "living" nor
// "relation" is a topic.
const CONNECTIVES =
	/\b(?:for a living|in relation to|with (?:respect|regard) to|in regard to|in terms of|as regards)\b/gi;

/** The question without the unit it asks for ("What year did…" → "did…"), or the words that only join. */
export function withoutAskedUnit(question: string): string {
	return question.replace(ASKED_UNIT, ' ').replace(CONNECTIVES, ' ');
}

/**
 * "Where in Beijing were the talks held?" asks for a place inside Beijing: the answer names that place ("In
 * the Zhongnanhai talks…") and need not name Beijing again. The place is searched for, but is no concept an
 * answer must cover. Its position, or -1.
 */
export function whereInScopeAt(tokens: readonly string[]): number {
	// A thread's "and where in Minsk…" asks the same.
	const start = /^and$/i.test(tokens[0] ?? '') ? 1 : 0;
	const [where, inside, place = ''] = tokens.slice(start);
	const isPlace = /^\p{Lu}/u.test(place) || namesPlace(normalizeTerm(place) ?? '');
	return /^where$/i.test(where ?? '') && /^in$/i.test(inside ?? '') && isPlace ? start + 2 : -1;
}

/**
 * Where the thing a "how many" or "how much" question counts is, or -1: the first word after it that is no
 * name ("How many Chinese tourists", "How much Belarusian potash"), or a capitalised one in the plural, a
 * people or an acronym ("How many Belarusians", "How many CEOs"); for "how many", the plural a few words on
 * that ends what is counted, if any ("how many sci/tech projects"). None for "How much did trade grow?",
 * which asks for an amount the text gives in any order: "trade soared to $6 billion". `read`: the same words
 * with their typos read, word for word ("aditional" as "additional").
 */
export function countedWordAt(tokens: readonly string[], read: readonly string[] = tokens): number {
	const asked = tokens.findIndex(
		(word, i) =>
			/^how$/i.test(tokens[i - 1] ?? '') &&
			(/^many$/i.test(word) || (/^much$/i.test(word) && !AMOUNT_OF_WHAT_IS_SAID.test(tokens[i + 1] ?? ''))),
	);
	if (asked < 0) return -1;
	const first = tokens.findIndex((word, i) => {
		// "How much additional money", "how many extra troops": more of the thing, which is the word after.
		// …mistyped too ("aditional"), as `read` reads it.
		const term =
			i > asked && !MORE_OF.test(word) && !MORE_OF.test(read[i] ?? '') ? normalizeTerm(word) : null;
		// A people's adjective is no thing counted, in lower case too ("how many chinese tourists").
		const named = /^\p{Lu}/u.test(word) || (nationTerms(term ?? '').size > 0 && !/s$/i.test(word));
		return term !== null && (!named || isPluralNoun(word, term));
	});
	if (first < 0) return first;
	// "How much college money": money, whatever it is for; else the first word ("how much potash").
	if (/^much$/i.test(tokens[asked] ?? '')) {
		const money = tokens.findIndex(
			(word, i) => i >= first && i < first + COUNTED_WORDS && MONEY_WORDS.has(normalizeTerm(word) ?? ''),
		);
		return money >= 0 ? money : first;
	}
	// "How many sci/tech projects", "how many science and technology projects": the plural that ends the
	// words counted, a few words on, before the verb.
	const end = Math.min(tokens.length, first + COUNTED_WORDS);
	for (let i = first; i < end; i++) {
		const word = tokens[i] ?? '';
		if (i > first && ALONE_AUXILIARY.test(word)) break;
		if (/[^s]s$/i.test(word) && normalizeTerm(word) !== null) return i;
	}
	return first;
}

const MORE_OF = /^(?:additional|extra|more|further)$/i;

/** The words that ask for a sum of money ("how much money", "how much federal funding"). */
export const MONEY_WORDS: ReadonlySet<string> = new Set(
	['money', 'funding', 'funds', 'cash', 'dollars', 'spending', 'budget'].map(
		(word) => normalizeTerm(word) ?? word,
	),
);

/** How many words a "how many" may count before the thing counted ("how many science and technology projects"). */
const COUNTED_WORDS = 4;

/**
 * Where the kind of thing a "which" or "what" question asks for is: the first word after it that is no name
 * nor people ("Which Chinese bank…", "what tariff cuts…", "near which Belarusian town…"), or -1. Not when
 * that word is a verb: a verb's past ("What struck Lukashenko…", "what happened"), or a word before a name
 * or an article ("What drives the…").
 */
export function askedKindAt(tokens: readonly string[]): number {
	const asking = tokens.findIndex((word) => /^(?:which|what)$/i.test(word));
	if (asking < 0) return -1;
	// A people mistyped is a people all the same ("which blarusian town").
	const isNamed = (word: string) => /^\p{Lu}/u.test(word) || namesNationNearly(normalizeTerm(word) ?? '');
	const kind = tokens.findIndex((word, i) => i > asking && !isNamed(word));
	const word = tokens[kind] ?? '';
	const next = tokens[kind + 1] ?? '';
	const isPast = baseForm(word) !== undefined && !/(?:s|ing)$/i.test(word);
	return kind >= 0 && !isPast && !/^\p{Lu}/u.test(next) && !ARTICLES.test(next) ? kind : -1;
}

const ARTICLES = /^(?:the|a|an|this|that|these|those|his|her|its|their)$/i;

/** The auxiliary verbs a question is built on ("did", "is", "will"…), as a pattern to build others with. */
export const AUXILIARY = String.raw`(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should)\b`;
// What follows "how much" when it asks an amount of what the sentence says ("How much did…", "how much of…").
const AMOUNT_OF_WHAT_IS_SAID = new RegExp(`^(?:${AUXILIARY}|of$)`, 'i');
const ALONE_AUXILIARY = new RegExp(`^${AUXILIARY}$`, 'i');

/** An acronym in the plural ("CEOs"), or a people, also as mistyped ("Blarusians"). */
function isPluralNoun(word: string, term: string): boolean {
	return /^\p{Lu}{2,}s$/u.test(word) || (/s$/.test(word) && namesNationNearly(term));
}

/**
 * Where the role a "who is" question asks the holder of is: "Who is China's ambassador in Minsk?", "Who is
 * the foreign minister of China?" ask for whoever holds the last word before "of", "in"… (or the end), or -1.
 * Likewise the attribute a "what is the … of" question asks the value of ("What was the official theme of
 * the summit?"): a sentence on the summit that names no theme does not answer it.
 */
export function roleWordAt(tokens: readonly string[], type: QuestionType): number {
	const start = /^and$/i.test(tokens[0] ?? '') ? 1 : 0;
	const asked = (tokens[start] ?? '').toLowerCase();
	const asks = (type === 'who' && asked === 'who') || (type === 'other' && asked === 'what');
	if (!asks || !/^(?:is|was|are|were)$/i.test(tokens[start + 1] ?? '')) return -1;
	const after = asked === 'who' ? /^(?:of|in|at|for|from|to)$/i : /^of$/i;
	const end = tokens.findIndex((word, i) => i > start + 1 && after.test(word));
	if (asked === 'what' && end < 0) return -1;
	const role = (end < 0 ? tokens.length : end) - 1;
	const word = tokens[role] ?? '';
	// A verb's participle asks who was done to, not who holds a role: "Who was that criticism aimed at?"
	// (not "-ing": "What was the main finding of the report?" asks for one).
	const participle = /ed$/i.test(word) && baseForm(word) !== undefined;
	return role > start + 1 && !/^\p{Lu}/u.test(word) && !participle ? role : -1;
}
