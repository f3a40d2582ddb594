import { sharedStart } from '../text/sharedStart.ts';
import { normalizeTerm, tokenize } from '../text/terms.ts';
import { closeSynonymCredit } from './answerUnits.ts';
import type { QueryConcept } from './queryConcepts.ts';

/** The word of an answer that stood in for a question's word no document uses, and why it counts. */
export interface StandIn {
	word: string;
	/** A close spelling of a misspelt word ("Beijing" for "Beijng"), or a near-synonym ("established" for "founded"). */
	by: 'spelling' | 'meaning';
}

/**
 * What in `text` stood in for the concept: its close spelling, or else its closest synonym there. Saying so
 * lets the reader judge the match ("founded" read as "established" is sound; "currency" as "current" is not).
 */
export function standInFor(concept: QueryConcept, text: string): StandIn | undefined {
	const words = tokenize(text);
	const respellings = words.filter((word) => {
		const term = normalizeTerm(word);
		return term !== null && term !== concept.term && concept.alternatives.has(term);
	});
	const [closest] = respellings.sort((a, b) => sharedStart(b, concept.word) - sharedStart(a, concept.word));
	if (closest !== undefined) return { word: closest, by: 'spelling' };
	let nearest: { word: string; credit: number } | undefined;
	// Stop words are no synonyms (scoring skips them too), though their vectors may lie close ("the", "current").
	for (const word of words.filter((w) => normalizeTerm(w) !== null)) {
		const credit = closeSynonymCredit(concept, word);
		if (credit > (nearest?.credit ?? 0)) nearest = { word, credit };
	}
	return nearest && { word: nearest.word, by: 'meaning' };
}
