import type { CorpusIndex } from '../corpusIndex.ts';
import { nationTerms } from '../text/nations.ts';
import { normalizeTerm, terms } from '../text/terms.ts';
import { MONTH_NUMBERS, WEEKDAYS } from '../timeline/calendarWords.ts';
import type { Fact, Passage } from '../types.ts';
import { type Excerpt, excerptOf } from './excerpt.ts';
import { conceptTerms, mentionedWeight, type QueryConcept } from './queryConcepts.ts';

/*
 * The timeline facts an answer carries: where its sources disagree on what was asked, and the key dates
 * around it.
 */

/** Tuning, measured on the evaluation set in tests/eval (never on single questions). */
const ANSWER_FACTS = {
	maxKeyDates: 3,
	/** Share of the question's concepts (by weight) a nearby fact must mention to be offered as a key date… */
	keyDateRelatedness: 0.4,
	/** …and each side of a disagreement, dates and figures aside, for it to be about what was asked. */
	disagreementRelatedness: 0.5,
} as const;

/**
 * Facts in the answer that another source dates or counts differently. The other side is added to the
 * excerpts when missing, so the user sees both statements with their citations. Only a disagreement on
 * what was asked counts: both statements must speak to most of the question, the dates and figures they
 * differ on aside, or "Is Belarus in BRICS?" would be told that sources date its SCO membership
 * differently; and the question must name most of what each statement is about, or "Who founded the SCO?"
 * would be told the same of Belarus's membership, a statement about the SCO too.
 */
export function disagreementsIn(
	index: CorpusIndex,
	excerpts: readonly Excerpt[],
	concepts: readonly QueryConcept[],
) {
	const disagreements: Array<[Fact, Fact]> = [];
	const extra: Excerpt[] = [];
	const shown = new Set(excerpts.map((e) => `${e.source.id}:${e.start}`));
	const asked = conceptTerms(concepts);
	const topics = concepts.filter((concept) => !isDateOrFigure(concept.word));
	const isAboutQuestion = (fact: Fact) =>
		relatedness(fact, topics) >= ANSWER_FACTS.disagreementRelatedness && namesMostlyAsked(fact, asked);
	for (const excerpt of excerpts) {
		for (const fact of index.factsWithin(excerpt.source.id, excerpt.start, excerpt.end)) {
			for (const otherId of fact.disagreements) {
				const other = index.factById.get(otherId);
				if (other === undefined || disagreements.some(([a, b]) => a === other && b === fact)) continue;
				if (!isAboutQuestion(fact) || !isAboutQuestion(other)) continue;
				disagreements.push([fact, other]);
				const mention = other.mentions[0];
				if (mention === undefined || shown.has(`${mention.docId}:${mention.start}`)) continue;
				const passage = index.passageContaining(mention.docId, mention.start, mention.end);
				if (passage === undefined) continue;
				shown.add(`${mention.docId}:${mention.start}`);
				extra.push(excerptOf(index, passage, mention, 0, asked));
			}
		}
	}
	return { disagreements, extra };
}

/**
 * Facts stated in the excerpts first, then facts of the other retrieved passages that speak of a good
 * share of what was asked; by date. Facts that merely sit near the answer would be noise.
 */
export function keyDates(
	index: CorpusIndex,
	excerpts: readonly Excerpt[],
	passages: readonly Passage[],
	concepts: readonly QueryConcept[],
): Fact[] {
	const found = new Set<Fact>();
	for (const excerpt of excerpts)
		for (const fact of index.factsWithin(excerpt.source.id, excerpt.start, excerpt.end)) found.add(fact);
	const nearby = passages
		.flatMap((passage) => index.factsWithin(passage.docId, passage.start, passage.end))
		.filter((fact) => !found.has(fact))
		.map((fact) => ({ fact, share: relatedness(fact, concepts) }))
		.filter(({ share }) => share >= ANSWER_FACTS.keyDateRelatedness)
		.sort((a, b) => b.share - a.share);
	for (const { fact } of nearby) found.add(fact);
	return [...found]
		.slice(0, ANSWER_FACTS.maxKeyDates)
		.sort((a, b) => a.date.start.localeCompare(b.date.start));
}

/** The weighted share of the concepts that a fact's sentence speaks of. */
function relatedness(fact: Fact, concepts: readonly QueryConcept[]): number {
	const { mentioned, total } = mentionedWeight(new Set(terms(fact.text)), concepts);
	return total === 0 ? 0 : mentioned / total;
}

/**
 * Whether the question names more than half of the names a fact's sentence uses (runs of capitalised
 * words: "Belarus", "Shanghai Cooperation Organisation", "SCO"), a name counting when any of its words
 * was asked. A sentence without names says nothing against it.
 */
function namesMostlyAsked(fact: Fact, asked: ReadonlySet<string>): boolean {
	const names = sentenceNames(fact.text);
	const named = names.filter((name) => name.some((term) => asked.has(term))).length;
	return names.length === 0 || named > names.length / 2;
}

// Capitalised words in a row, with inner dots and apostrophes ("U.S.", "Xi's"), and the parts of a
// hyphenated name ("Belarus–China").
const NAME = /\p{Lu}[\p{L}\p{M}.'’]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}.'’]*)*/gu;

/**
 * The names of a sentence, each as its terms. Calendar words and stop words ("In", "The") are no names;
 * a sentence's first word is capitalised anyway, and counts only when it names a country.
 */
function sentenceNames(sentence: string): string[][] {
	const names: string[][] = [];
	const start = sentence.search(/\p{L}/u);
	for (const match of sentence.matchAll(NAME)) {
		const words = match[0].split(/[ \u00a0]+/);
		const termsOf = words.flatMap((word, i) => {
			if (isDateOrFigure(word.replace(/\.$/, ''))) return [];
			const term = normalizeTerm(word);
			if (term === null) return [];
			const first = match.index === start && i === 0;
			return first && nationTerms(term).size === 0 ? [] : [term];
		});
		if (termsOf.length > 0) names.push(termsOf);
	}
	return names;
}

/** "2024", "13th", "July": what two accounts of one event differ on, not what the event is. */
function isDateOrFigure(word: string): boolean {
	const lower = word.toLowerCase();
	return /^\d/.test(lower) || MONTH_NUMBERS.has(lower) || (WEEKDAYS as readonly string[]).includes(lower);
}
