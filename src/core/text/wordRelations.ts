import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionaryRow, wordVectorRow } from './wordVectors.ts';

/*
 * What WordNet says of two words of the word-vector table: whether some sense of one is within a few steps
 * of a sense of the other, going up to more general senses ("envoy" and "ambassador" are both a
 * "diplomat") or sideways to derived words and antonyms ("invade", "invasion"; "admit", "deny"). Word
 * vectors place words used together close ("wife" and "friend" are as close as "founded" and
 * "established"); a noun that WordNet sets apart from another is no synonym of it, however close. It also
 * says which words are of one family, which word vectors may place far apart ("friendship", "friend"), a
 * word's part of speech when all its senses share one (an adverb, a noun, a name), and whether its commonest
 * sense as a noun is a person ("veteran"). The table holds the vector table's words' senses and those within
 * reach of them (see src/tools/buildWordRelations.ts): 2.4 MB of array buffers, loaded at the first
 * question. Derived from WordNet 3.1, © Princeton University, used under the WordNet licence.
 */

/** How many steps apart two senses may be, at most, to count as related. */
export const WORD_RELATION_DEPTH = 3;

export const WORD_RELATIONS_FILE = join(import.meta.dirname, 'wordRelations.bin');

/**
 * A word's part of speech when every sense of it has the same one; `none` when they differ or it has none.
 * A `name` is a noun whose every sense is an instance of a kind ("Crimea", "Europe").
 */
export const SOLE_PART_OF_SPEECH = ['none', 'noun', 'adverb', 'name'] as const;
export type SolePartOfSpeech = (typeof SOLE_PART_OF_SPEECH)[number];

/** The table's contents, by the vector table's rows and by sense numbers. */
export interface WordRelationSections {
	wordSenses: number[][];
	/** Each word's sole part of speech, as its index in `SOLE_PART_OF_SPEECH`. */
	partOfSpeech: number[];
	/** Each sense's more general senses. */
	above: number[][];
	/** Each sense's derived words, antonyms, similar adjectives and verb groups. */
	beside: number[][];
	/** Each sense's family, both ways: the senses derived from it, or it from them. */
	family: number[][];
	/**
	 * Each word's commonest sense as a noun, by its lexicographer file (what kind of thing it is: see
	 * `PERSON_FILE`); -1 when it is no noun.
	 */
	commonestNounKind: number[];
}

/** Lists of lists, as stored: where each list starts in `values`, and the values. */
class Lists {
	constructor(
		private readonly offsets: Int32Array,
		private readonly values: Int32Array,
	) {}

	get(at: number): Int32Array {
		return this.values.subarray(this.offsets[at] ?? 0, this.offsets[at + 1] ?? 0);
	}

	/** Whether list `at` holds a value of `set`: `get` without the view it makes, for the hottest loop. */
	holdsAny(at: number, set: ReadonlySet<number>): boolean {
		const end = this.offsets[at + 1] ?? 0;
		for (let i = this.offsets[at] ?? 0; i < end; i++) if (set.has(this.values[i] ?? -1)) return true;
		return false;
	}
}

interface Table {
	wordSenses: Lists;
	above: Lists;
	beside: Lists;
	family: Lists;
	partOfSpeech: Int32Array;
	commonestNounKind: Int32Array;
}

let table: Table | undefined;

function load(): Table {
	if (table) return table;
	const bytes = readFileSync(WORD_RELATIONS_FILE);
	const numbers = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
	let at = 0;
	const lists = () => {
		const count = numbers[at] ?? 0;
		const offsets = numbers.subarray(at + 1, at + count + 2);
		const total = offsets[count] ?? 0;
		const values = numbers.subarray(at + count + 2, at + count + 2 + total);
		at += count + 2 + total;
		return { lists: new Lists(offsets, values), count };
	};
	const { lists: wordSenses, count: words } = lists();
	const above = lists().lists;
	const beside = lists().lists;
	const family = lists().lists;
	table = {
		wordSenses,
		above,
		beside,
		family,
		partOfSpeech: numbers.subarray(at, at + words),
		commonestNounKind: numbers.subarray(at + words, at + 2 * words),
	};
	return table;
}

/**
 * Each word's senses within reach and how many steps away. Bounded, as the sentences asked about vary: a
 * reach is about 1.5 KB of heap, and worked out again in some 5 µs.
 */
const reaches = new Map<number, Map<number, number>>();
const MAX_CACHED_REACHES = 1_000;

function reachOf(row: number): Map<number, number> {
	const cached = reaches.get(row);
	if (cached) return cached;
	const { wordSenses, above, beside } = load();
	const steps = new Map<number, number>();
	let frontier: number[] = [];
	const visit = (sense: number, distance: number, next: number[]) => {
		if ((steps.get(sense) ?? Number.POSITIVE_INFINITY) <= distance) return;
		steps.set(sense, distance);
		next.push(sense);
	};
	for (const sense of wordSenses.get(row)) visit(sense, 0, frontier);
	for (const sense of [...frontier]) for (const other of beside.get(sense)) visit(other, 1, frontier);
	while (frontier.length > 0) {
		const next: number[] = [];
		for (const sense of frontier) {
			const distance = (steps.get(sense) ?? 0) + 1;
			if (distance <= WORD_RELATION_DEPTH)
				for (const general of above.get(sense)) visit(general, distance, next);
		}
		frontier = next;
	}
	if (reaches.size >= MAX_CACHED_REACHES) reaches.clear();
	reaches.set(row, steps);
	return steps;
}

/**
 * Whether WordNet tells these two words of the vector table apart: the first a noun in every sense (or
 * `usedAsNoun`, where the question makes it one: "which ministers"), and no sense of either within
 * `WORD_RELATION_DEPTH` steps of one of the other's. False when WordNet lacks either word (a name, a rare
 * word), or the first is also a verb or an adjective: verbs are paraphrased more freely than WordNet links
 * them ("sell" for "markets").
 */
export function nounsApart(nounRow: number, otherRow: number, usedAsNoun = false): boolean {
	const { wordSenses } = load();
	const kind = solePartOfSpeech(nounRow);
	if ((!usedAsNoun && kind !== 'noun' && kind !== 'name') || wordSenses.get(otherRow).length === 0)
		return false;
	const nounReach = reachOf(nounRow);
	for (const [sense, distance] of reachOf(otherRow))
		if (distance + (nounReach.get(sense) ?? Number.POSITIVE_INFINITY) <= WORD_RELATION_DEPTH) return false;
	return true;
}

/** The part of speech of every sense WordNet gives a word of the vector table, if they share one. */
export function solePartOfSpeech(row: number): SolePartOfSpeech {
	return SOLE_PART_OF_SPEECH[load().partOfSpeech[row] ?? 0] ?? 'none';
}

/**
 * Whether two words of the vector table are of one family: a sense of one derived from a sense of the other
 * ("friendship" and "friend", "invasion" and "invaded"), or an adverb or adjective pertaining to it. The
 * first is the one asked about again and again, whose family is kept.
 */
export function sameFamily(asked: number, other: number): boolean {
	const relatives = familyOf(asked);
	return relatives.size > 0 && load().wordSenses.holdsAny(other, relatives);
}

/** Each word's family, by sense; bounded as the reaches are. */
const families = new Map<number, ReadonlySet<number>>();

function familyOf(row: number): ReadonlySet<number> {
	const cached = families.get(row);
	if (cached) return cached;
	const { wordSenses, family } = load();
	const relatives = new Set<number>();
	for (const sense of wordSenses.get(row)) for (const relative of family.get(sense)) relatives.add(relative);
	if (families.size >= MAX_CACHED_REACHES) families.clear();
	families.set(row, relatives);
	return relatives;
}

/** Whether WordNet has a word of the vector table, and not only as a name ("army", but not "putin"). */
export function isCommonWord(row: number): boolean {
	return load().wordSenses.get(row).length > 0 && solePartOfSpeech(row) !== 'name';
}

/** Whether WordNet has the word, or its base, and not only as a name: "army", but not "putin" nor "Metcalf". */
export function isCommonEnglish(word: string): boolean {
	const row = dictionaryRow(word);
	return row !== undefined && isCommonWord(row);
}

/** WordNet's lexicographer file of people ("noun.person"). */
const PERSON_FILE = 18;

/**
 * Whether a word names a kind of person in its commonest sense as a noun ("veteran", "astronaut", "men"): not
 * "jobs", which WordNet has as a person only in a rare sense (Job of the Bible).
 */
export function isPersonNoun(word: string): boolean {
	const row = wordVectorRow(word);
	return row !== undefined && load().commonestNounKind[row] === PERSON_FILE;
}
