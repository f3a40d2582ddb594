import { sharedStart } from '../text/sharedStart.ts';
import { normalizeTerm, tokenize } from '../text/terms.ts';
import { closeSynonymCredit } from './nearSynonyms.ts';
import type { QueryConcept } from './queryConcepts.ts';

/** The word of an answer that stood in for a question's word no document uses, and why it counts. */
export interface StandIn {
	word: string;
	/**
	 * A close spelling of a misspelt word ("Beijing" for "Beijng"), or a near-synonym ("established" for
	 * "founded", "strengthened" for "beefing up").
	 */
	by: 'spelling' | 'meaning';
}

/**
 * What in `text` stood in for the concept: its close spelling, or else its closest synonym there. Saying so
 * lets the reader judge the match ("founded" read as "established" is sound; "currency" as "current" is not).
 * A word the question asks for itself stands in for nothing else ("foreign" for "minister" in "foreign
 * minister"), as in scoring.
 */
export function standInFor(
	concept: QueryConcept,
	text: string,
	asked: ReadonlySet<string>,
): StandIn | undefined {
	const words = tokenize(text);
	const respellings = words.filter((word) => {
		const term = normalizeTerm(word);
		return term !== null && term !== concept.term && concept.alternatives.has(term);
	});
	const [closest] = respellings.sort((a, b) => sharedStart(b, concept.word) - sharedStart(a, concept.word));
	if (closest !== undefined) {
		const synonym = concept.phrasal?.synonyms.has(normalizeTerm(closest) ?? '');
		return { word: closest, by: synonym ? 'meaning' : 'spelling' };
	}
	let nearest: { word: string; credit: number } | undefined;
	// Stop words are no synonyms (scoring skips them too), though their vectors may lie close ("the", "current").
	const candidates = words.filter((word) => {
		const term = normalizeTerm(word);
		return term !== null && !asked.has(term);
	});
	for (const word of candidates) {
		const credit = closeSynonymCredit(concept, word);
		if (credit > (nearest?.credit ?? 0)) nearest = { word, credit };
	}
	return nearest && { word: nearest.word, by: 'meaning' };
}
