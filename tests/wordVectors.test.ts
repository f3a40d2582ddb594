import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseForm } from '../src/core/text/terms.ts';
import {
	dictionaryRow,
	generalRarity,
	rowSimilarity,
	WORD_VECTOR_FILES,
	wordVectorRow,
} from '../src/core/text/wordVectors.ts';

const row = (word: string) => wordVectorRow(word) ?? -1;

describe('word vectors', () => {
	it('GIVEN any word of the table THEN it is found at its own row, whatever its case or possessive', () => {
		const words = readFileSync(WORD_VECTOR_FILES.words, 'utf8').split('\n').filter(Boolean);
		const lost = words.filter((word, i) => wordVectorRow(word) !== i);
		expect(lost).toEqual([]);
		expect(wordVectorRow('Established')).toBe(row('established'));
		expect(wordVectorRow("world's")).toBe(row('world'));
		expect(wordVectorRow('Lukashenkovian')).toBeUndefined();
		expect(wordVectorRow('')).toBeUndefined();
	});

	it('GIVEN a question word and its paraphrase THEN they are closer than unrelated words', () => {
		expect(rowSimilarity(row('founded'), row('established'))).toBeGreaterThan(0.75);
		expect(rowSimilarity(row('army'), row('military'))).toBeGreaterThan(0.75);
		expect(rowSimilarity(row('founded'), row('banana'))).toBeLessThan(0.3);
		// An everyday word weighs less than a rare one.
		expect(generalRarity('use')).toBeLessThan(generalRarity('fertilizers'));
	});

	it('GIVEN an inflected word THEN its base form is found, which sits nearer the base forms questions use', () => {
		expect(['seeks', 'imports', 'planned', 'called', 'won'].map(baseForm)).toEqual([
			'seek',
			'import',
			'plan',
			'call',
			'win',
		]);
		// Not a derivation, whose stem may be another word ("cooperation" → "cooper").
		expect(['cooperation', 'digital', 'seek', 'Minsk'].map(baseForm)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
		]);
		expect(rowSimilarity(row('want'), row('seek'))).toBeGreaterThan(rowSimilarity(row('want'), row('seeks')));
		// A form the table lacks is found by its base, even where the stemmer cut a letter too many.
		expect(row('bankrolling')).toBe(-1);
		expect(dictionaryRow('bankrolling')).toBe(row('bankroll'));
		// So is an adverb, by its adjective: "concretely" is no name nor a typo of "concept".
		expect(row('concretely')).toBe(-1);
		expect(dictionaryRow('concretely')).toBe(row('concrete'));
		expect(dictionaryRow('Lukashenkovian')).toBeUndefined();
	});
});
