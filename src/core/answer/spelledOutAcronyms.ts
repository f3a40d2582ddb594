import type { CorpusIndex } from '../corpusIndex.ts';
import { normalizeTerm } from '../text/terms.ts';

/*
 * "Purchasing power parity", asked of documents that only ever write "PPP": the question spells out an
 * acronym the corpus uses but never spells out itself (where it does, the aliases learned from it link the
 * two; see src/core/index/aliases.ts). Each word of the run is then matched by the acronym.
 */

/** Fewer initials than this are too likely by chance ("in the US"). */
const MIN_INITIALS = 3;
const MAX_INITIALS = 6;
/** Small words a spelled-out name holds without an initial ("Belt and Road Initiative"). */
const SMALL_WORD = /^(?:of|and|for|the|on|in)$/i;

/** The acronym (as a term) each word of such a run stands in, by the word's position among `tokens`. */
export function spelledOutAcronyms(index: CorpusIndex, tokens: readonly string[]): Map<number, string> {
	const found = new Map<number, string>();
	for (let start = 0; start < tokens.length; start++) {
		// The longest run first: "Collective Security Treaty Organization", not "Security Treaty Organization".
		for (let end = Math.min(tokens.length, start + 2 * MAX_INITIALS); end - start >= MIN_INITIALS; end--) {
			const acronym = initialsOf(tokens.slice(start, end));
			if (acronym === undefined || !writes(index, acronym)) continue;
			for (let at = start; at < end; at++) found.set(at, acronym.toLowerCase());
			start = end - 1;
			break;
		}
	}
	return found;
}

/** The initials of a run of words that could be a name's, or `undefined`. */
function initialsOf(run: readonly string[]): string | undefined {
	const [first = '', last = ''] = [run[0], run.at(-1)];
	if (SMALL_WORD.test(first) || SMALL_WORD.test(last)) return undefined;
	const words = run.filter((word) => !SMALL_WORD.test(word));
	if (words.length < MIN_INITIALS || words.length > MAX_INITIALS) return undefined;
	// Letters only, and no stop word: "famously declare about" spells no FDA.
	if (!words.every((word) => /^\p{L}+$/u.test(word) && normalizeTerm(word) !== null)) return undefined;
	return words.map((word) => word.charAt(0).toUpperCase()).join('');
}

/** Whether the corpus writes the acronym, in capitals: its best passage for the term has it so. */
function writes(index: CorpusIndex, acronym: string): boolean {
	if (!index.vocabulary.has(acronym.toLowerCase())) return false;
	const [best] = index.rankPassages(acronym, 1).results;
	const passage = best && index.passageOf(best);
	return passage !== undefined && new RegExp(`\\b${acronym}\\b`).test(passage.text);
}
