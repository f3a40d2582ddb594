import type { CorpusIndex, SentenceWords } from '../corpusIndex.ts';
import { fileNameStem } from '../load/sourceMeta.ts';
import { countryOfCapital, namesAnyPlace, nationTerms } from '../text/nations.ts';
import { terms } from '../text/terms.ts';
import { sameFamily } from '../text/wordRelations.ts';
import type { Passage, TextSpan } from '../types.ts';
import {
	type AnswerSought,
	COUNTRY_TERMS,
	evidenceIn,
	isYear,
	ranksSomething,
	withoutRelativeDays,
} from './answerEvidence.ts';
import { slice } from './excerpt.ts';
import { nearSynonymCredit, synonymSimilarity } from './nearSynonyms.ts';
import { conceptTerms, mentions, type QueryConcept } from './queryConcepts.ts';
import type { QuestionType } from './questionType.ts';

/**
 * A candidate answer: one sentence, or two adjacent ones when the second completes the first (three for
 * "who", whose answer a story may name in its last).
 */
export interface AnswerUnit {
	passage: Passage;
	span: TextSpan;
	/** Weighted share of the question's concepts the unit mentions (with partial credit, see SCORING). */
	coverage: number;
	score: number;
	/** Whether it holds the kind of answer asked for (a date for "when"…; see answerEvidence.ts). */
	hasEvidence: boolean;
}

/** Tuning, measured on the evaluation set in tests/eval (never on single questions). */
const SCORING = {
	/** Credit for a concept found in the unit's passage but not in the unit itself. */
	passageCredit: 0.5,
	/** Credit for a concept found elsewhere in the same document. */
	documentCredit: 0.25,
	/**
	 * An answer about something else: an asked name its document never mentions, another country instead, or
	 * no word for the role a "who is" question asks about.
	 */
	missingNamePenalty: 0.55,
	/**
	 * The similarity at which another word names the role a "who is" question asks about: "envoy" is 0.76
	 * from "ambassador"; "finance" is 0.70 from "minister", but as its neighbour in "finance minister".
	 */
	roleSynonymFloor: 0.75,
	/**
	 * Likewise for the kind of thing a "which" or "what" question asks for, when no document uses its word
	 * ("Which Chinese bank…"): looser, as an answer names the thing more often than its kind.
	 */
	kindSynonymFloor: 0.55,
	/**
	 * The share of its coverage a unit keeps without the kind of answer asked for (a date for "when", a count
	 * of the asked thing for "how many"…; see answerEvidence.ts).
	 */
	missingEvidencePenalty: 0.6,
	/**
	 * How much its passage's BM25 relevance (the best passage's being 1) adds to a unit's score: enough to
	 * choose between units that say as much, not to outweigh one that says more.
	 */
	passageWeight: 0.2,
	/** Two sentences must earn their place over one. */
	pairPenalty: 0.04,
} as const;

/** Whether the concept is the word "country" or "nation", as typed or as its typo is read ("coutnries"). */
function asksCountries(concept: QueryConcept): boolean {
	for (const term of concept.alternatives) if (COUNTRY_TERMS.has(term)) return true;
	return false;
}

/**
 * What a sentence offers: its terms, and how close its words come to a concept. Closeness costs a dot
 * product per word, so it is worked out only for concepts the sentence does not name outright.
 */
class SentenceFeatures {
	private readonly closeness = new Map<QueryConcept, number>();

	constructor(
		private readonly words: SentenceWords,
		/** How well the sentence holds the kind of answer asked for, from 0 to 1 (see `evidenceIn`). */
		readonly evidence: number,
		/**
		 * The terms of every asked concept. A word that is one concept's own ("foreign") is no near-synonym of
		 * another ("minister"): words that go together are close in vector space, and would count twice.
		 */
		private readonly asked: ReadonlySet<string>,
		private readonly text: string,
	) {}

	private pointsBack: boolean | undefined;
	private ranking: boolean | undefined;

	/** Whether it ranks something ("the 24th summit", "his third visit"). */
	get ranks(): boolean {
		this.ranking ??= ranksSomething(this.text);
		return this.ranking;
	}

	/** Whether it points back to the sentence before ("met with him", "The same month"). */
	get refersBack(): boolean {
		this.pointsBack ??= REFERS_BACK.test(this.text);
		return this.pointsBack;
	}

	get span(): TextSpan {
		return this.words.span;
	}

	get terms(): ReadonlySet<string> {
		return this.words.terms;
	}

	mentions(concept: QueryConcept): boolean {
		if (concept.namedWith && !this.namesAny(concept.namedWith)) return false;
		return mentions(this.words.terms, concept) || (asksCountries(concept) && this.namesCountry());
	}

	/** Whether it says any of these terms. */
	namesAny(terms: ReadonlySet<string>): boolean {
		for (const term of terms) if (this.words.terms.has(term)) return true;
		return false;
	}

	/** Whether the sentence names a country or its people: "Kazakhstan and Tajikistan" answer "which countries". */
	private namesCountry(): boolean {
		for (const term of this.words.terms) if (nationTerms(term).size > 0) return true;
		return false;
	}

	/** Whether the sentence names a country (or its people) other than these places (countries or capitals). */
	namesOtherCountry(places: readonly QueryConcept[]): boolean {
		const isAsked = (term: string) =>
			places.some((place) => place.alternatives.has(term) || countryOfCapital(place.term).has(term));
		for (const term of this.words.terms) if (nationTerms(term).size > 0 && !isAsked(term)) return true;
		return false;
	}

	/** Whether it uses a word of the concept's family, as WordNet derives them ("loan" for "lend"). */
	saysFamilyOf(concept: QueryConcept): boolean {
		const { vectorRow } = concept;
		if (vectorRow === undefined) return false;
		for (const row of this.words.rows.keys()) if (sameFamily(vectorRow, row)) return true;
		return false;
	}

	/** The best similarity of any of the sentence's words to the concept (see `synonymSimilarity`; 0 for names). */
	closenessTo(concept: QueryConcept): number {
		if (concept.vectorRow === undefined) return 0;
		let best = this.closeness.get(concept);
		if (best === undefined) {
			best = 0;
			for (const [row, term] of this.words.rows)
				if (!this.asked.has(term)) best = Math.max(best, synonymSimilarity(concept, row));
			this.closeness.set(concept, best);
		}
		return best;
	}
}

/**
 * Scores every unit of one and two sentences (and three, for "who") of the retrieved passages against the
 * question's concepts. `relevance` is the passage's MiniSearch score relative to the best passage (1).
 */
export function scoreUnits(
	index: CorpusIndex,
	concepts: readonly QueryConcept[],
	askedFor: AnswerSought,
	passages: ReadonlyArray<{ passage: Passage; relevance: number }>,
): AnswerUnit[] {
	const { type } = askedFor;
	const units: AnswerUnit[] = [];
	const asked = conceptTerms(concepts);
	for (const { passage, relevance } of passages) {
		// "What day…" is not answered by "earlier today" in a speech dated by its year alone.
		const date = index.documentById.get(passage.docId)?.meta.date ?? '';
		const daysUnplaced = type === 'date' && !FULL_DATE.test(date);
		const sentences = index.sentenceWords(passage).map((words) => {
			const text = slice(passage, words.span);
			const judged = daysUnplaced ? withoutRelativeDays(text) : text;
			return new SentenceFeatures(words, evidenceIn(judged, askedFor), asked, text);
		});
		// Looked up only for a concept the passage lacks, in the search index: no neighbour is read.
		const termsOf = (neighbour: Passage | undefined) =>
			neighbour ? index.termsOfPassage(neighbour) : { has: () => false };
		const before = once(() => index.passageBefore(passage));
		const termsBefore = once(() => termsOf(before()));
		const termsAfter = once(() => termsOf(passage.continues ? index.passageAfter(passage) : undefined));
		const context: UnitContext = {
			passageTerms: new Set(sentences.flatMap((sentence) => [...sentence.terms])),
			documentTerms: index.documentTerms(passage.docId),
			documentYear: index.documentById.get(passage.docId)?.meta.date?.slice(0, 4),
			fileNameTerms: once(() => new Set(terms(fileNameStem(passage.docId)))),
			termsBefore,
			// A passage cut from a longer paragraph only to keep passages short (a speech on one unbroken line)
			// stands in that paragraph: the story it is part of goes on in the passages around it ("a young girl
			// named Hadiya Pendleton. She was 15 years old…" | "…she was shot in a Chicago park").
			neighbourTerms: once(() => [...(before()?.continues ? [termsBefore()] : []), termsAfter()]),
		};
		const score = (span: TextSpan, parts: SentenceFeatures[], pairPenalty: number): AnswerUnit => {
			const evidence = Math.max(...parts.map((part) => evidenceOf(part, parts, concepts, askedFor)));
			const raw = coverageOf(concepts, parts, context);
			// Any evidence makes an answer (a month answers "what date"); the fuller evidence ranks first (a day).
			const coverage = raw * withEvidence(evidence > 0 ? 1 : 0);
			const ranked = raw * withEvidence(evidence);
			return {
				passage,
				span,
				coverage,
				score: ranked + SCORING.passageWeight * relevance - pairPenalty,
				hasEvidence: evidence > 0,
			};
		};
		sentences.forEach((one, i) => {
			units.push(score(one.span, [one], 0));
			const next = sentences[i + 1];
			if (next)
				units.push(score({ start: one.span.start, end: next.span.end }, [one, next], SCORING.pairPenalty));
			// "Who" asks for someone a story may bring in unnamed and name two sentences on ("Last month a girl in
			// Lincoln, Rhode Island, sent me a letter. It began, "Dear George W. Bush. If there's anything you know
			// I, Ashley Pearson, age 10, can do…"): the whole story is a unit too. One that starts by naming
			// someone is answered, or not, by its own sentences.
			const third = sentences[i + 2];
			if (type === 'who' && next && third && one.evidence === 0)
				units.push(
					score({ start: one.span.start, end: third.span.end }, [one, next, third], 2 * SCORING.pairPenalty),
				);
		});
	}
	// On a tie, the same answer in fewer words ("…China accepted and congratulated him" over the pair before).
	return units.sort(
		(a, b) => b.score - a.score || length(a.span) - length(b.span) || a.span.start - b.span.start,
	);
}

// A document's date to the day (dates are written `YYYY[-MM[-DD]]`).
const FULL_DATE = /^\d{4}-\d\d-\d\d$/;

// The question types a date, a place or a count answers.
const DATE_PLACE_OR_COUNT: ReadonlySet<QuestionType> = new Set([
	'when',
	'when-next',
	'date',
	'how-long',
	'where',
	'where-in',
	'quantity',
	'age',
]);

/**
 * The evidence a sentence gives its unit. Of two sentences that do not hang together (the second points
 * back to nothing in the first), a date, a place or a number in one that speaks of nothing asked dates,
 * places or counts something else: "When did the first factory open in the Great Stone park?" is not
 * answered by the park's sentence followed by "There are 35 projects that China plans to finance by 2024",
 * nor "How many people work at the park?" by its sentence followed by "…brings together 107 residents".
 */
function evidenceOf(
	part: SentenceFeatures,
	parts: readonly SentenceFeatures[],
	concepts: readonly QueryConcept[],
	{ type, measured }: AnswerSought,
): number {
	// "How much did Belarus export?" is not answered by a figure for something else ("China's trade surplus
	// with Belarus jumped to $4.77 billion. From China, exports like cars…"): the sentence that gives the
	// figure says what it measures, or points back to the one before, which does ("…They rose to…"). It may
	// say it in a word of the family ("a loan" for "lend"), not in a near-synonym: "trade" is 0.72 from
	// "export", and "imports" 0.93.
	const saysMeasured = (sentence: SentenceFeatures | undefined) =>
		measured.some((concept) => sentence?.mentions(concept) || sentence?.saysFamilyOf(concept));
	const pointsBack = part === parts[1] && part.refersBack;
	if (measured.length > 0 && !saysMeasured(part) && !(pointsBack && saysMeasured(parts[0]))) return 0;
	if (parts.length === 1 || !DATE_PLACE_OR_COUNT.has(type) || parts[1]?.refersBack) return part.evidence;
	return concepts.some((concept) => part.mentions(concept)) ? part.evidence : 0;
}

// Words that point back to the sentence before: a personal pronoun ("met with him"), "the same month",
// "then". Not "its", which mostly points inside its own sentence ("Belarus … with its 'pearl'").
const REFERS_BACK = /\b(?:he|him|his|she|her|they|them|same|then)\b/i;

function length(span: TextSpan): number {
	return span.end - span.start;
}

/** The share of its coverage a unit keeps with this much evidence: all of it with full evidence. */
function withEvidence(evidence: number): number {
	const penalty = SCORING.missingEvidencePenalty;
	return penalty + (1 - penalty) * evidence;
}

type Terms = { has(term: string): boolean };

/** Where a unit stands: the terms of its passage, of its document, and of the passages around it. */
interface UnitContext {
	passageTerms: ReadonlySet<string>;
	documentTerms: { has(term: string): boolean };
	/** The year its document is dated, when it is. */
	documentYear: string | undefined;
	/** The words of its file's name ("2013_barack_obama.txt"). */
	fileNameTerms: () => ReadonlySet<string>;
	termsBefore: () => Terms;
	/** The terms of the passages around it that are of its paragraph, when it was cut from a longer one. */
	neighbourTerms: () => readonly Terms[];
}

/** `make`'s value, made at the first call only. */
function once<T>(make: () => T): () => T {
	let made: { value: T } | undefined;
	return () => {
		made ??= { value: make() };
		return made.value;
	};
}

/** Whether the unit's passage, or its paragraph around it, speaks of the concept. */
function inParagraph(concept: QueryConcept, context: UnitContext): boolean {
	return (
		mentions(context.passageTerms, concept) ||
		context.neighbourTerms().some((terms) => mentions(terms, concept))
	);
}

/**
 * The weighted share of concepts the unit speaks of: fully when it uses the word (or an alias or close
 * spelling), partly when it uses a near-synonym, or when the word is only in the surrounding passage or
 * document. An asked name the unit's surroundings lack scales the whole down.
 */
function coverageOf(
	concepts: readonly QueryConcept[],
	parts: readonly SentenceFeatures[],
	context: UnitContext,
): number {
	let total = 0;
	let found = 0;
	let missingName = false;
	for (const concept of concepts) {
		total += concept.weight;
		if (parts.some((part) => part.mentions(concept))) {
			found += concept.weight;
			continue;
		}
		const synonym = synonymCredit(concept, parts);
		const credit = Math.max(
			synonym,
			inParagraph(concept, context) || isDatedIn(concept, parts, context) || namesFile(concept, context)
				? SCORING.passageCredit
				: 0,
			mentions(context.documentTerms, concept) ? SCORING.documentCredit : 0,
		);
		found += concept.weight * credit;
		if (
			concept.isName &&
			!concept.inherited &&
			!namedAround(concept, context) &&
			!calledByRest(concept, parts, context)
		)
			missingName = true;
		// "Who is China's ambassador?" is not answered by a sentence that names no ambassador nor an envoy.
		if (concept.isRole && synonym < nearSynonymCredit(SCORING.roleSynonymFloor)) missingName = true;
		// …nor "Which Chinese bank…" by a sentence naming no bank; but a rank tells which one of any kind
		// ("which edition of the summit was that?": "the 24th").
		const kindMissing = synonym < nearSynonymCredit(SCORING.kindSynonymFloor);
		if (concept.isKind && kindMissing && !parts.some((part) => part.ranks)) missingName = true;
	}
	const coverage = total === 0 ? 0 : found / total;
	return missingName || isAboutOtherCountries(concepts, parts)
		? coverage * SCORING.missingNamePenalty
		: coverage;
}

/**
 * Whether the year asked is the one the unit's document is dated, and the unit states no other: a speech of
 * 2010 speaks of 2010 when it says "this year", or nothing at all ("In 2010, what did Obama promise…").
 */
function isDatedIn(concept: QueryConcept, parts: readonly SentenceFeatures[], context: UnitContext): boolean {
	return concept.term === context.documentYear && !parts.some((part) => [...part.terms].some(isYear));
}

/**
 * "When did Belarus gain independence?" is not answered by "After Ukraine gained independence…", nor "When
 * did Belarus and China establish relations?" by "China and Russia established relations…", nor "When did
 * Xi visit Minsk?" by "Xi will pay state visits to Kazakhstan…": a unit that leaves out a country or capital
 * asked about and names another country instead is about something else (its own country is no other:
 * "Minsk" may be answered by "Belarus").
 */
function isAboutOtherCountries(
	concepts: readonly QueryConcept[],
	parts: readonly SentenceFeatures[],
): boolean {
	// A country is one in lower case too ("belarus and china"); a capital, or a country mistyped ("Blarus",
	// read as Belarus), only with its capital letter.
	const places = concepts.filter(
		(concept) =>
			!concept.inherited &&
			(nationTerms(concept.term).size > 0 ||
				(concept.isName &&
					(countryOfCapital(concept.term).size > 0 ||
						[...concept.alternatives].some((term) => nationTerms(term).size > 0)))),
	);
	return (
		places.length > 0 &&
		!places.every((place) => parts.some((part) => part.mentions(place))) &&
		parts.some((part) => part.namesOtherCountry(places))
	);
}

/**
 * Whether the unit's surroundings name the asked name (in any spelling); if not, it is likely an answer about
 * something else ("What did Putin say about the trip?" is not answered by a paragraph on Blinken's, though
 * the article names Putin further on), and certainly so when no document names it ("Japan" here). A country
 * or capital may be named anywhere in the document: news refers back to "the two countries" once it has
 * named them. A person or a body must be named in the passage or the one before ("The two leaders signed…").
 */
function namedAround(concept: QueryConcept, context: UnitContext): boolean {
	if (namesAnyPlace(concept.alternatives)) return mentions(context.documentTerms, concept);
	return (
		inParagraph(concept, context) || mentions(context.termsBefore(), concept) || namesFile(concept, context)
	);
}

/**
 * Whether the unit calls someone by the rest of the name asked ("Kayla was kidnapped…" for "Kayla Mueller")
 * in a document that gives the whole name: a speech names its guests in full once, then by first name.
 */
function calledByRest(
	concept: QueryConcept,
	parts: readonly SentenceFeatures[],
	context: UnitContext,
): boolean {
	const { restOfName } = concept;
	return (
		restOfName !== undefined &&
		parts.some((part) => part.namesAny(restOfName)) &&
		mentions(context.documentTerms, concept)
	);
}

/**
 * Whether the name is in the name of the unit's file, which says whom the whole document is by or about
 * ("2013_barack_obama.txt": a speech never names its speaker).
 */
function namesFile(concept: QueryConcept, context: UnitContext): boolean {
	return concept.isName === true && mentions(context.fileNameTerms(), concept);
}

function synonymCredit(concept: QueryConcept, parts: readonly SentenceFeatures[]): number {
	let best = 0;
	for (const part of parts) best = Math.max(best, part.closenessTo(concept));
	return nearSynonymCredit(best);
}
