import type { IndexedDocument } from '../corpusIndex.ts';
import { authorNames, surnameInAnyCase } from '../load/byline.ts';
import { baseForm, normalizeTerm, terms, tokenize } from '../text/terms.ts';
import { DOCUMENT_KIND, designatedDocuments } from './designatedDocuments.ts';
import { spellsNearly } from './misspellings.ts';

/** A question about what some sources say: those documents, who they are by, and the words that are no topic. */
export interface SourceScope {
	docIds: ReadonlySet<string>;
	/** The publishers or authors named, as the documents' metadata spells them. */
	sources: readonly string[];
	/** The terms that name the sources ("ibra", "digit") or ask what they say ("say"): who is asked, not about what. */
	notTopics: ReadonlySet<string>;
	/** Whether the question asks what the sources themselves say ("What did the WSJ say…"), not someone in them. */
	speaks: boolean;
}

/**
 * The verbs that ask what someone says or thinks ("What does CGTN say about…", "How does the CGTN author
 * describe…", "What does Mikovic think of…"): what they wrote answers, not who they are.
 */
const SAYING_VERBS = [
	'say',
	'says',
	'said',
	'tell',
	'tells',
	'think',
	'thinks',
	'believe',
	'believes',
	'argue',
	'argues',
	'describe',
	'describes',
	'report',
	'reports',
	'view',
	'views',
];
/** Whether a question asks what someone says or thinks (see `SAYING_VERBS`), or what is so according to them. */
export const ASKS_SAYING = new RegExp(`\\b(?:${SAYING_VERBS.join('|')}|according to)\\b`, 'i');
/** The terms of those verbs ("sai" of "says"), which are no topic of such a question. */
export const SAYING_TERMS: ReadonlySet<string> = new Set(
	SAYING_VERBS.map((word) => normalizeTerm(word) ?? word),
);

/**
 * The verbs that tell how a source said something ("did Carter joke that…", "how many jobs did he claim…"):
 * the question's word for it, seldom the source's own.
 */
const SPEECH_ACTS = [
	'claim',
	'joke',
	'boast',
	'brag',
	'complain',
	'admit',
	'concede',
	'acknowledge',
	'quip',
	'remark',
	'insist',
	'assert',
];

/**
 * The words that ask what a source says rather than about what, or that name the source itself ("the WSJ
 * article").
 */
const SOURCE_WORDS = new Set([
	...SAYING_TERMS,
	...['write', 'according', 'call', 'author', 'writer', 'article', 'piece', 'op', 'ed', ...SPEECH_ACTS].map(
		(word) => normalizeTerm(word) ?? word,
	),
]);

/**
 * Initials stand for a name of three words or more ("WSJ", "JFK"); fewer letters stand for too much else.
 */
const MIN_INITIALS = 3;

/**
 * The sources a question names by their publisher ("What does IBRA Digital say about Belarus?", "the WSJ")
 * or author ("How does Mikovic rate…"), points at by date and kind ("in his 2013 speech"), or asks of by the
 * role of their voice alone ("did the President say…"), so that it is answered from those alone. `undefined`
 * when it names none: then every document may answer.
 */
export function sourceScope(
	documents: readonly IndexedDocument[],
	question: string,
): SourceScope | undefined {
	const docIds = new Set<string>();
	const sources = new Set<string>();
	const notTopics = new Set<string>();
	/** Keeps to the document `id`, by `source` as the metadata spells it, named in the question by `words`. */
	const keepTo = (id: string, source: string, words: readonly string[] | undefined) => {
		if (words === undefined) return;
		docIds.add(id);
		sources.add(source);
		for (const term of terms(words.join(' '))) notTopics.add(term);
	};
	for (const { meta } of documents) {
		if (meta.publisher !== undefined)
			for (const called of [meta.publisher, initialsOf(meta.publisher), leadingAcronymOf(meta.publisher)])
				if (called !== undefined) keepTo(meta.id, meta.publisher, wordsNaming(question, called));
		// An author, by their whole name in any case or their initials ("JFK"), or by their surname as a name
		// ("What does Mikovic think…"), or in any case when it is no English word too ("mikovic") or stands where
		// a person does ("according to bush", "did bush ask…", "bush's last speech": no shrub says anything).
		for (const author of authorNames(meta.author)) {
			const surname = author.split(/\s+/).at(-1) ?? author;
			const cased = !surnameInAnyCase(surname) && !standsForSomeone(question, surname);
			const initials = initialsOf(author);
			keepTo(
				meta.id,
				author,
				wordsNaming(question, author) ??
					(initials === undefined ? undefined : wordsNaming(question, initials)) ??
					withGivenName(question, surname, cased),
			);
		}
	}
	// "How many troops did the President say he was sending?": no one named, the voice of the documents that
	// have one (a speech's "I", whom no sentence names).
	const voice = docIds.size === 0 ? unnamedVoice(question) : undefined;
	if (voice !== undefined)
		for (const { meta } of documents)
			if (meta.author !== undefined) keepTo(meta.id, `the ${voice.name}`, [voice.typed]);
	// "In his 2013 speech": of the named author's documents, or of all, those the question points at by date.
	const pointed = designatedDocuments(
		docIds.size === 0 ? documents : documents.filter(({ meta }) => docIds.has(meta.id)),
		question,
	);
	if (pointed) {
		if (docIds.size === 0)
			for (const { meta } of documents) if (pointed.docIds.has(meta.id)) sources.add(meta.title ?? meta.id);
		docIds.clear();
		for (const id of pointed.docIds) docIds.add(id);
		for (const term of terms(pointed.words.join(' '))) notTopics.add(term);
	}
	if (docIds.size === 0) return undefined;
	for (const word of SOURCE_WORDS) notTopics.add(word);
	for (const [kind = ''] of question.matchAll(DOCUMENT_KIND))
		for (const term of terms(kind)) notTopics.add(term);
	return { docIds, sources: [...sources], notTopics, speaks: sourceSpeaks(question, notTopics) };
}

// The one who speaks or writes, asked about by role alone: "did the President say…", "why does the author think…".
const UNNAMED_VOICE = /\b(?:did|does|do|has|had|will|would)\s+the\s+(\p{L}+)\b/iu;
const VOICES = ['president', 'speaker', 'author', 'writer'];

/**
 * The role the question asks the documents' voice by, as typed, one slip off too ("did the Pesident…"), and
 * as it is named back to the user: as typed, unless mistyped.
 */
function unnamedVoice(question: string): { name: string; typed: string } | undefined {
	const typed = UNNAMED_VOICE.exec(question)?.[1];
	const role = typed === undefined ? undefined : VOICES.find((voice) => spellsNearly(typed, voice));
	if (role === undefined || typed === undefined) return undefined;
	return { name: typed.toLowerCase() === role ? typed : role, typed };
}

/**
 * Whether the word stands where only a person can in the question: after "according to", as the one who did
 * something ("did bush ask…", "the mayor bush welcomed"), or owning something ("bush's speech").
 */
function standsForSomeone(question: string, name: string): boolean {
	const words = tokenize(question.toLowerCase());
	const lowerName = name.toLowerCase();
	return words.some((word, i) => {
		if (word === `${lowerName}'s` || word === `${lowerName}’s`) return true;
		if (word !== lowerName) return false;
		const [before = '', first = '', after = ''] = [words[i - 1], words[i - 2], words[i + 1]];
		return PERSON_BEFORE.test(before) || (before === 'to' && first === 'according') || isPastTense(after);
	});
}

// The auxiliaries a question puts before the one who does something: "did bush ask", "does trump think".
const PERSON_BEFORE = /^(?:did|does|do|has|had|will|would|could|can)$/;

/** Whether a word is a verb in the past tense ("announced", "said"): the one before it did it ("the rule trump announced"). */
function isPastTense(word: string): boolean {
	return baseForm(word) !== undefined && !/(?:s|ing)$/.test(word);
}

// "did the WSJ say", "does Mikovic think": the words between the auxiliary and the verb of saying.
const SPEAKER = new RegExp(
	`\\b(?:do|does|did)\\s+((?:[\\p{L}&'’.-]+\\s+){1,5}?)(?:${SAYING_VERBS.join('|')}|write)\\b`,
	'iu',
);

/** Whether the one the question asks to say something is the source itself: every word before the verb names it. */
function sourceSpeaks(question: string, sourceTerms: ReadonlySet<string>): boolean {
	const speaker = SPEAKER.exec(question)?.[1];
	return speaker !== undefined && terms(speaker).every((term) => sourceTerms.has(term));
}

/**
 * The words by which the question says a surname, with the capitalised word before it, which is the rest
 * of the name as the question gives it ("Bill Clinton" for William J. Clinton, "President Obama").
 */
function withGivenName(question: string, surname: string, cased: boolean): string[] | undefined {
	const named = wordsNaming(question, surname, cased);
	if (named === undefined) return undefined;
	const asked = tokenize(question);
	const at = asked.findIndex((word, i) => i > 0 && word.replace(/['’]s?$/u, '') === named[0]);
	const before = asked[at - 1] ?? '';
	return at > 1 && /^\p{Lu}\p{Ll}+$/u.test(before) ? [before, ...named] : named;
}

/**
 * The words by which the question says the name, as whole words, in any case unless `cased` ("Rice" is no
 * "rice"); a long word of it may be one slip off ("Gopolitics & Empire"). `undefined` when it does not.
 */
function wordsNaming(question: string, name: string, cased = false): string[] | undefined {
	const asked = tokenize(question).map((word) => word.replace(/['’]s?$/u, ''));
	const named = tokenize(name);
	if (named.length === 0) return undefined;
	const start = asked.findIndex((_, at) =>
		named.every((word, i) => spellsWord(asked[at + i] ?? '', word, cased)),
	);
	return start < 0 ? undefined : asked.slice(start, start + named.length);
}

function spellsWord(typed: string, word: string, cased: boolean): boolean {
	return (!cased || typed.charAt(0) === word.charAt(0)) && spellsNearly(typed, word);
}

/** A publisher's name's first word when it is an acronym ("IBRA" of "IBRA Digital"): it names the publisher alone. */
function leadingAcronymOf(name: string): string | undefined {
	const [first, ...rest] = name.split(/\s+/);
	return rest.length > 0 && first !== undefined && /^\p{Lu}{3,}$/u.test(first) ? first : undefined;
}

/**
 * A name's initials ("WSJ" for the Wall Street Journal, "NYT" for The New York Times, "JFK" for John F.
 * Kennedy), when it has words enough for them to be distinct.
 */
function initialsOf(name: string): string | undefined {
	const words = name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word) && !/^(?:The|A|An)$/.test(word));
	return words.length >= MIN_INITIALS ? words.map((word) => word.charAt(0)).join('') : undefined;
}
