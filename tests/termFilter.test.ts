import { describe, expect, it } from 'vitest';
import { TermFilter } from '../src/core/index/termFilter.ts';

const words = (prefix: string, count: number) =>
	Array.from({ length: count }, (_, i) => `${prefix}${i.toString(36)}`);

describe('TermFilter', () => {
	it('GIVEN the terms it was built from THEN it has every one of them, also after a base64 round trip', () => {
		const terms = [...words('belaru', 3000), 'sco', 'lukashenko', '2023', 'ü', ''];
		const filter = TermFilter.fromBase64(TermFilter.of(terms, terms.length).toBase64());
		expect(terms.filter((term) => !filter.has(term))).toEqual([]);
	});

	it('GIVEN terms it was not built from THEN it says no to nearly all of them', () => {
		const filter = TermFilter.of(words('in', 3000), 3000);
		const falsePositives = words('out', 10_000).filter((term) => filter.has(term)).length;
		expect(falsePositives / 10_000).toBeLessThan(0.03);
	});
});
