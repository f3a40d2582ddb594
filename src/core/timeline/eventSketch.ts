import { normalizeTerm, terms, tokenize } from '../text/terms.ts';
import type { FactMention } from '../types.ts';
import { MONTH_NUMBERS, WEEKDAYS } from './calendarWords.ts';

/** Adds to a list of terms the other form of every alias it contains (SCO ↔ Shanghai Cooperation Organisation). */
export type ExpandTerms = (terms: string[]) => string[];

/** What a mention says about its event, in a form two mentions can be compared by. */
export interface EventSketch {
	/** Content terms; an alias and its expansion are one concept, kept under the abbreviation's term. */
	concepts: ReadonlySet<string>;
	/**
	 * The concepts written in lower case: what happened ("became", "member") rather than who or where
	 * ("Chinese President Xi Jinping"). Two sentences about one person are not one event unless these agree.
	 */
	eventWords: ReadonlySet<string>;
	/** The numbers the sentence states besides its dates ("$6 billion" gives "6"). */
	figures: ReadonlySet<string>;
}

// Words that place an event in time rather than say what happened.
const CALENDAR_TERMS = new Set(
	terms(
		[
			...MONTH_NUMBERS.keys(),
			...WEEKDAYS,
			'year years month months week weeks day days decade century quarter ago today yesterday tomorrow',
			'tonight last next past early late mid since until during spring summer autumn fall winter',
		].join(' '),
	),
);

// A term found in at least this share of the dated sentences is the corpus's subject ("Belarus" in a
// corpus about Belarus), not what tells one event from another.
const COMMON_TERM_SHARE = 0.5;
// Below this many dated sentences, shares say little, so no term counts as common.
const MIN_SENTENCES_FOR_COMMON_TERMS = 10;

/**
 * One sketch per mention, in the same order. Mentions of one sentence share a sketch: the words of all
 * the dates the sentence states are left out of it. Deterministic: depends only on the mentions and aliases.
 */
export function sketchEvents(mentions: readonly FactMention[], expandTerms?: ExpandTerms): EventSketch[] {
	const sentences = sentenceNumbers(mentions);
	const dateTerms = dateTermsBySentence(mentions, sentences);
	const foldAliases = aliasFolder(expandTerms);
	const termOf = memoized(normalizeTerm);
	const bySentence = new Map<number, EventSketch>();
	const sketches = mentions.map((mention, i) => {
		const sentence = sentences[i] ?? -1;
		let sketch = bySentence.get(sentence);
		if (sketch === undefined) {
			const skip = dateTerms.get(sentence) ?? new Set<string>();
			sketch = sketchSentence(mention.text, (word) => {
				const term = termOf(word);
				return term === null || skip.has(term) || CALENDAR_TERMS.has(term) ? null : term;
			});
			const concepts = foldAliases([...sketch.concepts]);
			const eventWords = new Set([...sketch.eventWords].filter((word) => concepts.has(word)));
			sketch = { concepts, eventWords, figures: sketch.figures };
			bySentence.set(sentence, sketch);
		}
		return sketch;
	});
	const common = commonConcepts([...bySentence.values()]);
	if (common.size === 0) return sketches;
	const uncommon = (set: ReadonlySet<string>): Set<string> =>
		new Set([...set].filter((concept) => !common.has(concept)));
	const withoutCommon = new Map(
		[...bySentence.values()].map((sketch) => [
			sketch,
			{
				concepts: uncommon(sketch.concepts),
				eventWords: uncommon(sketch.eventWords),
				figures: sketch.figures,
			},
		]),
	);
	return sketches.map((sketch) => withoutCommon.get(sketch) ?? sketch);
}

/** Splits a sentence's terms into figures and words, noting which words are written in lower case. */
function sketchSentence(text: string, termOf: (word: string) => string | null): EventSketch {
	const concepts = new Set<string>();
	const eventWords = new Set<string>();
	const figures = new Set<string>();
	for (const word of tokenize(text)) {
		const term = termOf(word);
		if (term === null) continue;
		if (isDigit(term.charCodeAt(0))) {
			figures.add(term);
			continue;
		}
		concepts.add(term);
		if (startsLowerCase(word)) eventWords.add(term);
	}
	return { concepts, eventWords, figures };
}

export interface SketchOverlap {
	/** Concepts both sketches have. */
	shared: number;
	/** Event words both sketches have. */
	sharedEventWords: number;
	/** `shared` over the size of the smaller concept set: 1 when one sentence's content is all in the other. */
	score: number;
}

export function compareSketches(a: EventSketch, b: EventSketch): SketchOverlap {
	const [small, large] = a.concepts.size <= b.concepts.size ? [a, b] : [b, a];
	let shared = 0;
	let sharedEventWords = 0;
	for (const concept of small.concepts) {
		if (!large.concepts.has(concept)) continue;
		shared++;
		if (small.eventWords.has(concept) || large.eventWords.has(concept)) sharedEventWords++;
	}
	return { shared, sharedEventWords, score: small.concepts.size === 0 ? 0 : shared / small.concepts.size };
}

/** Both state figures and none of them agree: "$6 billion in 2021" against "$5 billion in 2021". */
export function figuresConflict(a: EventSketch, b: EventSketch): boolean {
	if (a.figures.size === 0 || b.figures.size === 0) return false;
	for (const figure of a.figures) if (b.figures.has(figure)) return false;
	return true;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

// Called for every word of every dated sentence: an ASCII test first, the Unicode one only when needed.
function startsLowerCase(word: string): boolean {
	const code = word.charCodeAt(0);
	if (code < 128) return code >= 97 && code <= 122;
	return /^\p{Ll}/u.test(word);
}

/** Stemming dominates sketching; a corpus repeats its words, so each is stemmed once. */
function memoized(normalize: (word: string) => string | null): (word: string) => string | null {
	const cache = new Map<string, string | null>();
	return (word) => {
		let term = cache.get(word);
		if (term === undefined) {
			term = normalize(word);
			cache.set(word, term);
		}
		return term;
	};
}

/** Numbers each distinct sentence (document and offset) in order of appearance. */
function sentenceNumbers(mentions: readonly FactMention[]): number[] {
	const numbers = new Map<string, number>();
	return mentions.map((mention) => {
		const key = `${mention.docId}\u0000${mention.start}`;
		let number = numbers.get(key);
		if (number === undefined) {
			number = numbers.size;
			numbers.set(key, number);
		}
		return number;
	});
}

/** The words of every date stated in each sentence: a sentence with two dates drops both from both mentions. */
function dateTermsBySentence(
	mentions: readonly FactMention[],
	sentences: readonly number[],
): Map<number, Set<string>> {
	const bySentence = new Map<number, Set<string>>();
	mentions.forEach((mention, i) => {
		const sentence = sentences[i] ?? -1;
		const found = bySentence.get(sentence) ?? new Set<string>();
		for (const term of terms(mention.dateText)) found.add(term);
		bySentence.set(sentence, found);
	});
	return bySentence;
}

/**
 * Folds each alias into one concept, so "the Shanghai Cooperation Organisation (SCO)" counts once rather
 * than four times against a sentence that only says "SCO", and "cooperation" alone stays itself.
 */
function aliasFolder(expandTerms: ExpandTerms | undefined): (words: string[]) => Set<string> {
	if (expandTerms === undefined) return (words) => new Set(words);
	const expansions = new Map<string, string[]>();
	const expansionOf = (term: string): string[] => {
		let expansion = expansions.get(term);
		if (expansion === undefined) {
			expansion = expandTerms([term]).filter((other) => other !== term);
			expansions.set(term, expansion);
		}
		return expansion;
	};
	return (words) => {
		const concepts = new Set(expandTerms(words));
		for (const term of [...concepts]) {
			const expansion = expansionOf(term);
			if (expansion.length > 0 && expansion.every((other) => concepts.has(other))) {
				for (const other of expansion) concepts.delete(other);
			}
		}
		return concepts;
	};
}

/** Concepts in at least `COMMON_TERM_SHARE` of the dated sentences (one sketch per sentence). */
function commonConcepts(sketches: readonly EventSketch[]): Set<string> {
	if (sketches.length < MIN_SENTENCES_FOR_COMMON_TERMS) return new Set();
	const sentencesWith = new Map<string, number>();
	for (const { concepts } of sketches) {
		for (const concept of concepts) sentencesWith.set(concept, (sentencesWith.get(concept) ?? 0) + 1);
	}
	const common = new Set<string>();
	for (const [concept, count] of sentencesWith) {
		if (count >= COMMON_TERM_SHARE * sketches.length) common.add(concept);
	}
	return common;
}
