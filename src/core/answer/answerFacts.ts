import type { CorpusIndex } from '../corpusIndex.ts';
import { terms } from '../text/terms.ts';
import type { Fact, Passage } from '../types.ts';
import { type Excerpt, excerptOf } from './excerpt.ts';
import { conceptTerms, mentions, type QueryConcept } from './queryConcepts.ts';

/*
 * The timeline facts an answer carries: where its sources disagree on what was asked, and the key dates
 * around it.
 */

/** Tuning, measured on the evaluation set in tests/eval (never on single questions). */
export const KEY_DATES = {
	max: 3,
	/** Share of the question's concepts a nearby fact must mention to be offered as a key date. */
	relatedness: 0.4,
} as const;

/**
 * Facts in the answer that another source dates or counts differently. The other side is added to the
 * excerpts when missing, so the user sees both statements with their citations. Only a disagreement on
 * what was asked counts: the other statement must speak to every part of the question this one does, or
 * "Is Belarus in BRICS?" would be told that sources date its SCO membership differently.
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
	for (const excerpt of excerpts) {
		for (const fact of index.factsWithin(excerpt.source.id, excerpt.start, excerpt.end)) {
			for (const otherId of fact.disagreements) {
				const other = index.factById.get(otherId);
				if (other === undefined || disagreements.some(([a, b]) => a === other && b === fact)) continue;
				const otherStates = conceptsStatedBy(other, concepts);
				if (!conceptsStatedBy(fact, concepts).every((concept) => otherStates.includes(concept))) continue;
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
	const total = concepts.reduce((sum, concept) => sum + concept.weight, 0);
	const related = (fact: Fact) =>
		conceptsStatedBy(fact, concepts).reduce((sum, concept) => sum + concept.weight, 0) / (total || 1);
	const nearby = passages
		.flatMap((passage) => index.factsWithin(passage.docId, passage.start, passage.end))
		.filter((fact) => !found.has(fact))
		.map((fact) => ({ fact, relatedness: related(fact) }))
		.filter(({ relatedness }) => relatedness >= KEY_DATES.relatedness)
		.sort((a, b) => b.relatedness - a.relatedness);
	for (const { fact } of nearby) found.add(fact);
	return [...found].slice(0, KEY_DATES.max).sort((a, b) => a.date.start.localeCompare(b.date.start));
}

/** The question's concepts that a fact's sentence speaks of. */
function conceptsStatedBy(fact: Fact, concepts: readonly QueryConcept[]): QueryConcept[] {
	const factTerms = new Set(terms(fact.text));
	return concepts.filter((concept) => mentions(factTerms, concept));
}
