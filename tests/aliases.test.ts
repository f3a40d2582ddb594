import { afterEach, describe, expect, it } from 'vitest';
import { learnAcronyms } from '../src/core/index/acronyms.ts';
import { aliasFieldFor, expandTerms, learnAliases } from '../src/core/index/aliases.ts';
import { tempCorpus } from './support/tempCorpus.ts';

describe('learnAliases', () => {
	const aliases = learnAliases([
		'In July 2015, Belarus became an observer in the Shanghai Cooperation Organisation (SCO).',
		'After the announcement of the Belt and Road Initiative (BRI) in 2013, trade grew.',
		'The Collective Security Treaty Organization (CSTO) is an alliance.',
		'The Conference on Interaction and Confidence-Building Measures in Asia (CICA) is a forum.',
		'Prices rose (USA) sharply.',
		'North Atlantic Treaty Organization (NATO) members met.',
		"The People's Liberation Army (PLA) and the Armed Forces (AF) held drills.",
	]);

	it('GIVEN "Full Name (ABBR)" definitions THEN each abbreviation is paired with the words that spell it', () => {
		expect(Object.fromEntries(aliases.map((a) => [a.abbreviation, a.expansion]))).toEqual({
			// At the very start of a text, and two in one sentence.
			AF: 'Armed Forces',
			NATO: 'North Atlantic Treaty Organization',
			PLA: "People's Liberation Army",
			BRI: 'Belt and Road Initiative',
			CICA: 'Conference on Interaction and Confidence-Building Measures in Asia',
			CSTO: 'Collective Security Treaty Organization',
			SCO: 'Shanghai Cooperation Organisation',
		});
	});

	it('GIVEN a query with one form THEN expansion adds the other form', () => {
		expect(expandTerms(aliases, ['sco', 'join'])).toEqual(
			expect.arrayContaining(['shanghai', 'cooper', 'organis']),
		);
		expect(expandTerms(aliases, ['belt', 'road', 'initi'])).toContain('bri');
		expect(expandTerms(aliases, ['belt'])).toEqual(['belt']);
	});

	it('GIVEN a passage using one form THEN its alias field holds the other, so either form finds it', () => {
		expect(aliasFieldFor(aliases)('Belarus became a full member in the SCO.')).toBe(
			'Shanghai Cooperation Organisation',
		);
		expect(aliasFieldFor(aliases)('It joined the Shanghai Cooperation Organisation.')).toBe('SCO');
		expect(aliasFieldFor(aliases)('The Shanghai Cooperation Organisation (SCO) met.')).toBe('');
		expect(aliasFieldFor(aliases)('No aliases here.')).toBe('');
	});
});

describe('learnAcronyms', () => {
	it('GIVEN names the corpus spells out THEN their initials lead back to them, even inside a longer run of names', () => {
		const acronyms = new Map(
			learnAcronyms([
				"The same month, the People's Liberation Army and the Armed Forces of Belarus conducted joint exercises.",
				'Belarus voted at the United Nations Human Rights Council.',
			]),
		);
		expect(acronyms.get('PLA')).toEqual(['peopl', 'liber', 'armi']);
		expect(acronyms.get('UN')).toEqual(['unit', 'nation']);
		expect(acronyms.has('XYZ')).toBe(false);
	});
});

describe("a document's own words", () => {
	let cleanup: (() => Promise<void>) | undefined;
	afterEach(async () => {
		await cleanup?.();
		cleanup = undefined;
	});

	it('GIVEN a document that uses only an abbreviation THEN it does not count as using the words spelled out', async () => {
		// Its passages are found by "Shanghai" all the same (the aliases field), but the article never says it.
		const corpus = await tempCorpus({
			files: {
				'a.txt': 'The Shanghai Cooperation Organisation (SCO) met in Astana.',
				'b.txt': 'The SCO admitted Belarus as a full member.',
			},
		});
		cleanup = corpus.cleanup;
		const { index } = await corpus.open();
		expect(index.documentTerms('b.txt').has('sco')).toBe(true);
		expect(index.documentTerms('b.txt').has('shanghai')).toBe(false);
		expect(index.documentTerms('a.txt').has('shanghai')).toBe(true);
		expect(index.rankPassages('Shanghai', 5).results.length).toBe(2);
	});
});
