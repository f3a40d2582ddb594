import { isTitleAbbreviation } from '../segment/sentences.ts';
import { normalizeTerm, wordsWithOffsets } from '../text/terms.ts';
import { asName, type QueryConcept } from './queryConcepts.ts';

/**
 * A question typed all in lower case ("when did lukashenko visit beijing") names things all the same. The
 * words the given texts (the passages retrieved for it) write only with a capital, inside sentences, are
 * taken as names, as if typed so: an answer must be about them, and they weigh as names do.
 */
export function namesByUsage(concepts: readonly QueryConcept[], texts: readonly string[]): QueryConcept[] {
	const open = concepts.filter((concept) => concept.caseless);
	if (open.length === 0) return [...concepts];
	const usage = new Map(open.map((concept) => [concept.term, { capital: 0, lower: 0 }]));
	const starts = new Set(open.map((concept) => concept.word.slice(0, 3).toLowerCase()));
	const stems = new Map<string, string | null>();
	for (const text of texts) {
		for (const match of wordsWithOffsets(text)) {
			const word = match[0];
			// Most words cannot be an asked one; stemming only those that start alike, once each, keeps this cheap.
			if (!starts.has(word.slice(0, 3).toLowerCase())) continue;
			let stem = stems.get(word);
			if (stem === undefined) {
				stem = normalizeTerm(word);
				stems.set(word, stem);
			}
			const count = usage.get(stem ?? '');
			if (count === undefined || startsSentence(text, match.index ?? 0)) continue;
			if (/^\p{Lu}/u.test(word)) count.capital++;
			else count.lower++;
		}
	}
	return concepts.map((concept) => {
		const count = usage.get(concept.term);
		return concept.caseless && count !== undefined && count.capital > 0 && count.lower === 0
			? asName(concept)
			: concept;
	});
}

/** Whether a word at `at` starts a sentence, a line or a quotation, where a capital says nothing ("Mr. X" does not). */
function startsSentence(text: string, at: number): boolean {
	const before = text.slice(Math.max(0, at - 12), at);
	const gap = /\s*$/.exec(before)?.[0] ?? '';
	const last = before.at(-1 - gap.length);
	if (last === undefined || gap.includes('\n') || /[:;"“”‘’(]/.test(last)) return true;
	if (!/[.!?]/.test(last)) return false;
	return !isTitleAbbreviation(/\p{L}+$/u.exec(before.slice(0, -1 - gap.length))?.[0] ?? '');
}
