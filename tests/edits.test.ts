import { describe, expect, it } from 'vitest';
import { oneSlipApart, oneSlipFrom, swapsOf } from '../src/core/text/edits.ts';

describe('one slip from a word', () => {
	it('GIVEN a misspelt word THEN the word meant is among the spellings one slip away, whichever the slip', () => {
		expect(oneSlipFrom('fuonded')).toContain('founded'); // two letters swapped
		expect(oneSlipFrom('rsearch')).toContain('research'); // a letter left out
		expect(oneSlipFrom('reseearch')).toContain('research'); // a letter added
		expect(oneSlipFrom('resaarch')).toContain('research'); // a letter changed
		expect(oneSlipFrom('Beijng')).toContain('beijing'); // lower-cased, as the word table is
		expect(oneSlipFrom('research')).not.toContain('research');
	});

	it('GIVEN two letters swapped THEN that is one slip, and doubled letters give no swap', () => {
		expect(swapsOf('osberver')).toContain('observer');
		expect(swapsOf('book')).toEqual(['obok', 'boko']);
	});

	it('GIVEN two words THEN they are one slip apart exactly when one is among the other’s spellings one slip away', () => {
		for (const [a, b] of [
			['mikvoic', 'mikovic'],
			['mikovc', 'mikovic'],
			['mikoviic', 'mikovic'],
			['mikovix', 'mikovic'],
			['imkovic', 'mikovic'],
			['mikovic', 'mikovic'],
			['mkiovci', 'mikovic'],
			['kimovic', 'mikovic'],
			['mikov', 'mikovic'],
			['', 'a'],
			['ab', 'ba'],
		] as const) {
			expect(oneSlipApart(a, b), `${a} ~ ${b}`).toBe(oneSlipFrom(b).includes(a));
		}
	});

	it('GIVEN junk far longer than a word THEN no spellings are made of it', () => {
		expect(oneSlipFrom('x'.repeat(31))).toEqual([]);
		expect(swapsOf('xy'.repeat(16))).toEqual([]);
	});
});
