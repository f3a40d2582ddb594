import { normalizeTerm } from '../text/terms.ts';
import { nounsApart, sameFamily } from '../text/wordRelations.ts';
import { rowSimilarity, wordVectorRow } from '../text/wordVectors.ts';
import type { QueryConcept } from './queryConcepts.ts';

/*
 * Near-synonyms: a question's "founded" is answered by a sentence's "established", by word-vector similarity,
 * unless WordNet tells the two apart (a "friend" is no "wife", however often the two go together); and its
 * "friendship" by "friend", which WordNet derives from one another.
 */

/** Tuning, measured on the evaluation set in tests/eval (never on single questions). */
const NEAR_SYNONYMS = {
	/** Word-vector similarity at which a different word starts to count as the same concept… */
	floor: 0.5,
	/** …and the similarity at which it counts fully (as much as `credit`). */
	ceiling: 0.85,
	credit: 0.8,
	/**
	 * The similarity a word of the same family is given at least ("friendship" is 0.45 from "friend"): a
	 * near-synonym, not the word itself…
	 */
	family: 0.7,
	/** …when word vectors place it at least this close: WordNet is asked of few pairs, as it costs time. */
	familyAskedFrom: 0.4,
} as const;

/**
 * The credit `word` earns as a close synonym of the concept: at least half a synonym's full credit, else 0.
 * A looser one ("visit" for "trip") may add to a sentence's coverage, but does not stand for the concept.
 */
export function closeSynonymCredit(concept: QueryConcept, word: string): number {
	const row = wordVectorRow(word);
	if (row === undefined) return 0;
	const credit = nearSynonymCredit(synonymSimilarity(concept, row));
	return credit >= NEAR_SYNONYMS.credit / 2 ? credit : 0;
}

/**
 * How close a word (by its vector-table row) comes to a concept's word; 0 for a name, which has no row. A
 * noun no document uses is likely what the corpus lacks ("Lukashenko's wife"): a word that merely goes with
 * it ("friend") must not stand in for it, so WordNet must not set the two apart. A noun the documents use
 * keeps its neighbours, which tell passages on its topic ("peace" and "talks"), and so does a typo read as
 * one ("pinciples"). A word of its family is at least as close as `NEAR_SYNONYMS.family`.
 */
export function synonymSimilarity(concept: QueryConcept, row: number): number {
	const { vectorRow } = concept;
	if (vectorRow === undefined) return 0;
	const similarity = rowSimilarity(vectorRow, row);
	const { family, familyAskedFrom } = NEAR_SYNONYMS;
	if (similarity < family && similarity > familyAskedFrom && sameFamily(vectorRow, row)) return family;
	// WordNet is asked only about a pair close enough to earn credit: few are.
	const apart =
		concept.isUnknown &&
		similarity > NEAR_SYNONYMS.floor &&
		!readAsUsedWord(concept) &&
		// The kind a "which" question asks for is a noun there, whatever else the word may be ("ministers").
		nounsApart(vectorRow, row, concept.isKind === true);
	return apart ? 0 : similarity;
}

/** The credit a word earns as a near-synonym of a concept, from 0 to `NEAR_SYNONYMS.credit`. */
export function nearSynonymCredit(similarity: number): number {
	const { floor, ceiling, credit } = NEAR_SYNONYMS;
	return Math.min(1, Math.max(0, (similarity - floor) / (ceiling - floor))) * credit;
}

/** Whether a typo is read as a word the documents use ("pinciples" as "principles"): that word is no gap. */
function readAsUsedWord(concept: QueryConcept): boolean {
	return concept.reading !== undefined && concept.alternatives.has(normalizeTerm(concept.reading) ?? '');
}
