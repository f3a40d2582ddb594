import { detectLanguage } from '../clean/language.ts';
import type { CorpusIndex } from '../corpusIndex.ts';
import { normalizeTerm, terms, tokenize } from '../text/terms.ts';
import type { Fact, Passage, TextSpan } from '../types.ts';
import { answerSought } from './answerEvidence.ts';
import { disagreementsIn, keyDates } from './answerFacts.ts';
import { type AnswerUnit, scoreUnits } from './answerUnits.ts';
import { authorshipAnswer } from './authorship.ts';
import { namesByUsage } from './caselessNames.ts';
import { type Excerpt, excerptOf } from './excerpt.ts';
import { withTyposRead } from './misspellings.ts';
import { publicationAnswer } from './publication.ts';
import {
	type AnalyzedQuery,
	analyzeQuery,
	conceptTerms,
	type QueryConcept,
	withoutShouting,
} from './queryConcepts.ts';
import { asksForName, type QuestionType, questionType } from './questionType.ts';
import { holdingAll, quotedPhrases } from './quotedPhrases.ts';
import { type SourceScope, sourceScope } from './sourceScope.ts';
import { type StandIn, standInFor } from './standIns.ts';

export interface Answer {
	question: string;
	answered: boolean;
	questionType: QuestionType;
	/** Sentences that answer the question, best first; empty when `answered` is false. */
	excerpts: Excerpt[];
	/** When not answered: the nearest passages, offered as leads, never as the answer. */
	leads: Excerpt[];
	/** Up to three timeline facts related to the answer, by date. */
	keyDates: Fact[];
	/** Pairs of facts in the answer that sources state differently (another date or figure). */
	disagreements: Array<[Fact, Fact]>;
	/** Words of the question that no document uses in any form: what the answer cannot speak to. */
	unknownWords: UnknownWord[];
	/**
	 * Set when the question itself was refused, as a sentence for the user: empty, too long, naming a source
	 * but nothing to ask of it, or quoting a phrase no passage has.
	 */
	refusal?: string;
}

export interface UnknownWord {
	word: string;
	/** Taken for a misspelling, and matched by the corpus's close spellings of it ("Beijng", but also "currency" as "current"). */
	respelled: boolean;
	/** Taken for a typo of this English word ("founded" for "fuonded"), whether or not any document uses it. */
	readAs?: string;
	/** The answer's word that matched it instead, when one did. */
	standIn?: StandIn;
}

export const MAX_QUESTION_LENGTH = 500;

export interface AskOptions {
	/** Earlier questions of the same conversation, oldest first, so follow-ups can say "it". */
	context?: readonly string[];
}

/** Tuning, measured on the evaluation set in tests/eval (never on single questions). */
export const ANSWER = {
	/**
	 * Passages from the index whose sentences are considered. The evaluation set scores the same with 8 as
	 * with 16, and so do questions drawn from the benchmark corpus; each one more costs sentence scoring.
	 */
	candidatePassages: 8,
	/**
	 * For "what is" a name: a name is in many passages, and the one that says what it is need not be among
	 * the first eight by BM25 ("Who is Lukashenko?"). Three times as many: one or two words keep it cheap.
	 */
	definitionCandidatePassages: 24,
	/** The best unit's coverage (see answerUnits.ts) below which the corpus is taken not to answer. */
	minCoverage: 0.65,
	/** Further excerpts (another source's view) need this share of the best one's score… */
	relativeScore: 0.6,
	/** …and this share of `minCoverage`. */
	supportingCoverage: 0.7,
	maxExcerpts: 3,
	/** Excerpts (and leads) from one passage, at most. */
	perPassage: 2,
} as const;

export function ask(index: CorpusIndex, question: string, options: AskOptions = {}): Answer {
	const text = withoutShouting(question);
	const type = questionType(text);
	const empty: Answer = {
		question,
		answered: false,
		questionType: type,
		excerpts: [],
		leads: [],
		keyDates: [],
		disagreements: [],
		unknownWords: [],
	};
	if (question.trim().length === 0)
		return { ...empty, refusal: 'Ask a question about the documents, e.g. "When did Belarus join the SCO?"' };
	if (question.length > MAX_QUESTION_LENGTH) {
		return {
			...empty,
			refusal: `That question is ${question.length} characters long; please keep it to ${MAX_QUESTION_LENGTH} at most.`,
		};
	}
	const analyzed = analyzeQuery(index, text, options.context);
	if (analyzed.concepts.length === 0 || analyzed.searchText === '') return empty;
	// "What does CGTN say about…" is answered from CGTN alone, about the rest of the question; so is "what
	// does he think…" after "who is Mikovic?", "he" being the person the earlier question named.
	const referred = analyzed.concepts.filter((concept) => concept.inherited === false);
	const scope = sourceScope(index.data.documents, [text, ...referred.map(({ word }) => word)].join(' '));
	const published = scope && publicationAnswer(index, text, type, scope);
	if (published)
		return published.excerpts.length > 0
			? { ...empty, answered: true, excerpts: published.excerpts }
			: { ...empty, refusal: published.refusal };
	const bylines = authorshipAnswer(index, text, analyzed.concepts);
	if (bylines.length > 0) return { ...empty, answered: true, excerpts: bylines };
	if (analyzed.concepts.every((concept) => concept.isUnknown) && !inEnglish(text))
		return { ...empty, refusal: IN_ENGLISH };
	const { concepts: asked, searchText } = scope ? withoutWords(analyzed, scope.notTopics) : analyzed;
	if (scope && (asked.length === 0 || searchText === ''))
		return {
			...empty,
			refusal: `Ask what ${scope.sources.join(' or ')} says about something, e.g. "What does ${scope.sources[0]} say about the visit?"`,
		};
	if (asked.length === 0 || searchText === '') return empty;
	const unknown = unknownConcepts(index, text, asked);
	// "What did the WSJ say about the visit?" asks what the source says, in any of its sentences: no one in
	// them need be saying it.
	const sought = type === 'statement' && scope?.speaks ? 'other' : type;
	const withWords = {
		...empty,
		questionType: sought,
		unknownWords: unknown.map((concept) => unknownWord(concept)),
	};

	const candidates = sought === 'definition' ? ANSWER.definitionCandidatePassages : ANSWER.candidatePassages;
	const { phrases, keep } = passageFilter(text, scope);
	let { results } = index.rankPassages(searchText, candidates, keep);
	if (results.length === 0 && phrases.length > 0) {
		// A typo inside the quotes ("comprehnsive") is read as the word meant before the phrase is given up.
		const read = passageFilter(withTyposRead(text), scope);
		if (read.phrases.join('\n') !== phrases.join('\n'))
			results = index.rankPassages(searchText, candidates, read.keep).results;
	}
	if (results.length === 0 && phrases.length > 0) {
		const quoted = phrases.map((phrase) => `“${phrase}”`).join(' and ');
		return {
			...withWords,
			refusal: `No passage has ${quoted} as written; ask without the quotes to find its words apart.`,
		};
	}
	const topScore = results[0]?.score ?? 1;
	const passages = results.flatMap((result) => {
		const passage = index.passageOf(result);
		return passage ? [{ passage, relevance: result.score / topScore }] : [];
	});
	// In a question typed in lower case, the passages found for it tell which of its words are names.
	const concepts = namesByUsage(
		asked,
		passages.map(({ passage }) => passage.text),
	);
	const askedFor = answerSought(concepts, sought, asksForName(text));
	const units = bestPerPassage(scoreUnits(index, concepts, askedFor, passages));
	const best = units[0];
	// An excerpt is the unit itself, so marking every asked term in it marks just what the unit matched.
	const marked = conceptTerms(concepts);
	const toExcerpt = (unit: AnswerUnit) => excerptOf(index, unit.passage, unit.span, unit.score, marked);
	if (best === undefined || best.coverage < ANSWER.minCoverage) {
		return { ...withWords, leads: units.slice(0, ANSWER.maxExcerpts).map(toExcerpt) };
	}
	const chosen = units
		.filter(
			(unit) =>
				unit.coverage >= ANSWER.minCoverage * ANSWER.supportingCoverage &&
				unit.score >= best.score * ANSWER.relativeScore &&
				// Another source's view answers the same kind of question: no past summit for "the next summit".
				(unit.hasEvidence || !best.hasEvidence),
		)
		.slice(0, ANSWER.maxExcerpts);
	const excerpts = chosen.map(toExcerpt);
	const { disagreements, extra } = disagreementsIn(index, excerpts, concepts);
	return {
		...withWords,
		unknownWords: unknown.map((concept) => unknownWord(concept, excerpts, marked)),
		answered: true,
		excerpts: [...excerpts, ...extra],
		keyDates: keyDates(
			index,
			excerpts,
			passages.map(({ passage }) => passage),
			concepts,
		),
		disagreements,
	};
}

/**
 * The concepts of this question (not those a follow-up inherits) whose word no document uses, said with the
 * answer so a reader can tell an excerpt about "current" affairs is no answer about "currency". A name only
 * a document's title or byline uses is in a document all the same.
 */
function unknownConcepts(index: CorpusIndex, question: string, concepts: readonly QueryConcept[]) {
	const typed = new Set(tokenize(question));
	return concepts.filter(
		(concept) => concept.isUnknown && typed.has(concept.word) && !index.namedInMetadata(concept.term),
	);
}

/** An unknown word, with what stood in for it in the first excerpt that has a stand-in. */
function unknownWord(
	concept: QueryConcept,
	excerpts: readonly Excerpt[] = [],
	asked: ReadonlySet<string> = new Set(),
): UnknownWord {
	const word = {
		word: concept.phrasal?.verb ?? concept.word,
		respelled: concept.alternatives.size - (concept.phrasal?.synonyms.size ?? 0) > 1,
		...(concept.reading === undefined ? {} : { readAs: concept.reading }),
	};
	for (const excerpt of excerpts) {
		const standIn = standInFor(concept, excerpt.text, asked);
		if (standIn) return { ...word, standIn };
	}
	return word;
}

/**
 * Dossier's word lists (stemming, stop words, word vectors) are English, and so are the documents it ships
 * with: a question in another language that shares no word with them is told so, not answered "not in any
 * document" word by word.
 */
const IN_ENGLISH =
	'Please ask in English: Dossier reads questions in English, the language of its documents.';

function inEnglish(question: string): boolean {
	const { script, code } = detectLanguage(question);
	return script === 'latin' && (code === 'eng' || code === null);
}

/**
 * Which passages may answer: those of the sources the question names, holding the phrases it quotes; no
 * test when it does neither. A quoted source name ("the "WSJ"") is who is asked, not words to hold.
 */
function passageFilter(question: string, scope: SourceScope | undefined) {
	const phrases = quotedPhrases(question).filter(
		(phrase) => scope === undefined || !terms(phrase).every((term) => scope.notTopics.has(term)),
	);
	const holdsPhrases = holdingAll(phrases);
	const keep =
		scope || holdsPhrases
			? (passage: Passage) =>
					(scope === undefined || scope.docIds.has(passage.docId)) && (holdsPhrases?.(passage) ?? true)
			: undefined;
	return { phrases, keep };
}

/** The query without the given terms, among its concepts and in its search text. */
function withoutWords(query: AnalyzedQuery, dropped: ReadonlySet<string>): AnalyzedQuery {
	// A typo is dropped as the word it was read as ("dscribe" for "describe").
	const isDropped = (concept: QueryConcept) =>
		dropped.has(concept.term) || dropped.has(normalizeTerm(concept.reading ?? '') ?? '');
	const droppedWords = new Set(query.concepts.filter(isDropped).map((concept) => concept.word));
	return {
		concepts: query.concepts.filter((concept) => !isDropped(concept)),
		searchText: query.searchText
			.split(' ')
			.filter((word) => !droppedWords.has(word) && !dropped.has(normalizeTerm(word) ?? ''))
			.join(' '),
	};
}

/**
 * The best units of each passage, two at most and not overlapping: three excerpts from one paragraph would
 * crowd out other sources, but one passage may hold both the sentence most like the question and the one
 * that answers it ("On the night that Special Forces ended Al-Baghdadi's life…" and "…had given their
 * mission a name: Task Force 8-14").
 */
function bestPerPassage(units: readonly AnswerUnit[]): AnswerUnit[] {
	const kept = new Map<Passage, AnswerUnit[]>();
	return units.filter((unit) => {
		const others = kept.get(unit.passage) ?? [];
		if (others.length >= ANSWER.perPassage || others.some((other) => overlap(other.span, unit.span)))
			return false;
		kept.set(unit.passage, [...others, unit]);
		return true;
	});
}

function overlap(a: TextSpan, b: TextSpan): boolean {
	return a.start < b.end && b.start < a.end;
}
