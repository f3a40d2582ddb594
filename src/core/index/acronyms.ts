import { normalizeTerm, terms } from '../text/terms.ts';
import { compareText } from '../util/compareText.ts';
import { SpellingTally } from './spellingTally.ts';

/**
 * Acronyms the corpus never defines but whose spelled-out names it uses: a question about the "PLA"
 * should find "the People's Liberation Army". Learned from runs of capitalised words, and consulted only
 * for an all-capitals word of a question that the corpus itself never uses, so a chance match costs little.
 */
export type Acronyms = Array<[acronym: string, expansionTerms: string[]]>;

// Two to six capitalised words, with the small words names are made of in between.
const NAME = /\b\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|the|for|de)\s+)*\p{Lu}[\p{L}'’-]*){1,5}/gu;
/** A bound for huge corpora: the most used names win. */
const MAX_ACRONYMS = 5000;

export function learnAcronyms(texts: Iterable<string>): Acronyms {
	// Each run of capitalised words once, however often it recurs ("the United States"): reading a run's
	// stretches costs more than counting it.
	const runs = new Map<string, number>();
	for (const text of texts) for (const [run] of text.matchAll(NAME)) runs.set(run, (runs.get(run) ?? 0) + 1);
	const tally = new SpellingTally();
	for (const [run, seen] of runs) {
		// Every stretch of two or more of the run's capitalised words: "People's Liberation Army and the
		// Armed Forces" names both the PLA and the AF.
		const words = [...run.matchAll(/\p{Lu}[\p{L}'’-]*/gu)];
		// A capitalised function word ("The United States", "In Beijing") starts a sentence, not a name.
		const named = words.map((word) => normalizeTerm(word[0]) !== null);
		for (let first = 0; first < words.length - 1; first++) {
			if (!named[first]) continue;
			for (let last = first + 1; last < words.length && named[last]; last++) {
				const start = words[first]?.index ?? 0;
				const end = (words[last]?.index ?? 0) + (words[last]?.[0].length ?? 0);
				const acronym = words
					.slice(first, last + 1)
					.map((word) => word[0][0])
					.join('');
				tally.add(acronym, run.slice(start, end), seen);
			}
		}
	}
	return tally
		.mostFrequent()
		.sort((a, b) => b.seen - a.seen || compareText(a.key, b.key))
		.slice(0, MAX_ACRONYMS)
		.map(({ key, spelling }): [string, string[]] => [key, terms(spelling)]);
}
