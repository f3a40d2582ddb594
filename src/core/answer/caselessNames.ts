import { isTitleAbbreviation } from '../segment/sentences.ts';
import { normalizeTerm, wordsWithOffsets } from '../text/terms.ts';
import { isCommonEnglish } from '../text/wordRelations.ts';
import { dictionaryRow } from '../text/wordVectors.ts';
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
	// Each concept's place in the question, to tell the words it says together ("great stone park").
	const asked = new Map(concepts.map((concept, at) => [concept.term, at]));
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
			const at = match.index ?? 0;
			if (count === undefined || startsSentence(text, at)) continue;
			if (!/^\p{Lu}/u.test(word)) count.lower++;
			else if (!inOtherName(text, at, word, stem ?? '', asked)) count.capital++;
		}
	}
	return concepts.map((concept) => {
		const count = usage.get(concept.term);
		return concept.caseless && count !== undefined && count.capital > 0 && count.lower === 0
			? asName(concept)
			: concept;
	});
}

/**
 * Whether a word is capitalised at `at` only as a word of some other name: "Rights" in "Human Rights
 * Council" makes no name of "right", nor "Army" at the end of "People's Liberation Army" of "army", though
 * "Great" in "Great Stone Industrial Park" does of "great" when the question says "great stone" (not
 * "People's" in "People's Republic of China" of "people" when it asks about China and what people expected;
 * a rarer word goes with any name asked: "Putin and Xi").
 * The last word of a name is one itself unless it is a common word, the kind of thing named: "Putin" ends
 * "Vladimir Putin".
 */
function inOtherName(
	text: string,
	at: number,
	word: string,
	term: string,
	asked: ReadonlyMap<string, number>,
): boolean {
	// A common word starts a name before "on" or "in" too ("War on Terror", "Council on Foreign Relations");
	// a rarer one is a name itself, whatever follows ("Lukashenko on Wednesday").
	const common = isCommonEnglish(word);
	const after = (common ? NAME_GOES_ON_LOOSELY : NAME_GOES_ON).exec(text.slice(at, at + 80));
	const following = [...wordsWithOffsets(after?.[1] ?? '')].map(([other]) => other);
	const before = /(?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:of|and|the|for)\s+)?)*$/u.exec(
		text.slice(Math.max(0, at - 60), at),
	);
	const preceding = [...wordsWithOffsets(before?.[0] ?? '')].map(([other]) => other);
	if (following.length === 0 && (preceding.length === 0 || !common)) return false;
	// An everyday word is part of the name only where the question says it with the name's next word.
	const place = asked.get(term) ?? Number.NaN;
	const everyday = (dictionaryRow(word) ?? Number.POSITIVE_INFINITY) < EVERYDAY_WORDS;
	const saidWith = (other: string) => {
		const otherPlace = asked.get(normalizeTerm(other) ?? '');
		return otherPlace !== undefined && (!everyday || Math.abs(otherPlace - place) === 1);
	};
	return ![...preceding, ...following].some(saidWith);
}

/**
 * The words after one word of a name that go on with it: capitalised, or after one of `joins` ("Republic
 * of China").
 */
const nameGoesOn = (joins: string) =>
	new RegExp(String.raw`^[\p{L}'’-]*((?:\s+(?:(?:${joins})\s+)?\p{Lu}[\p{L}'’.-]*)*)`, 'u');
const NAME_GOES_ON = nameGoesOn('of|and|the|for');
const NAME_GOES_ON_LOOSELY = nameGoesOn('of|and|the|for|on|in');

/** The most frequent English words (the word table is in frequency order: "people" is 55th, "xi" 8,636th). */
const EVERYDAY_WORDS = 5_000;

/** Whether a word at `at` starts a sentence, a line or a quotation, where a capital says nothing ("Mr. X" does not). */
function startsSentence(text: string, at: number): boolean {
	const before = text.slice(Math.max(0, at - 12), at);
	const gap = /\s*$/.exec(before)?.[0] ?? '';
	const last = before.at(-1 - gap.length);
	if (last === undefined || gap.includes('\n') || /[:;"“”‘’(]/.test(last)) return true;
	if (!/[.!?]/.test(last)) return false;
	return !isTitleAbbreviation(/\p{L}+$/u.exec(before.slice(0, -1 - gap.length))?.[0] ?? '');
}
