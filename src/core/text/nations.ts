import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { normalizeTerm } from './terms.ts';

/*
 * Countries and their people are one topic: a question about "the Chinese" is answered by a sentence
 * about China, "American" by "the U.S.". Stemming cannot see that, so the names come from the
 * world-countries data set (common name, single-word alternative spellings, English demonyms).
 */

let byTerm: Map<string, ReadonlySet<string>> | undefined;

/** Every term naming the same country as `term` (itself included), or an empty set when it names none. */
export function nationTerms(term: string): ReadonlySet<string> {
	byTerm ??= buildNationTerms();
	return byTerm.get(term) ?? NONE;
}

const NONE: ReadonlySet<string> = new Set();

function buildNationTerms(): Map<string, ReadonlySet<string>> {
	// Read as a file rather than imported: a module would keep all 250 countries' data in memory for good, and
	// the package's ESM entry imports its JSON without the import attribute Node requires.
	const path = createRequire(import.meta.url).resolve('world-countries/countries.json');
	const countries = JSON.parse(readFileSync(path, 'utf8')) as readonly Country[];
	const claims = new Map<string, Country[]>();
	for (const country of countries) {
		for (const term of termsOf(country)) claims.set(term, [...(claims.get(term) ?? []), country]);
	}
	const result = new Map<string, ReadonlySet<string>>();
	for (const [term, claimants] of claims) {
		// "American" is also the demonym of the Northern Mariana Islands; a sovereign state is the likelier meaning.
		const members = claimants.filter((country) => country.unMember);
		const meant = members.length > 0 ? members : claimants;
		result.set(term, new Set(meant.flatMap((country) => [...termsOf(country)])));
	}
	return result;
}

function termsOf(country: Country): Set<string> {
	const { demonyms } = country;
	const names = [country.name.common, ...country.altSpellings, demonyms?.eng?.m, demonyms?.eng?.f];
	const terms = new Set<string>();
	for (const name of names) {
		// Several words ("United Kingdom") are no single term. Two-letter codes ("CO", "PM") are more often
		// other abbreviations; the ones people write ("US", "UK") are spelled out in the data as well.
		if (name === undefined || name === country.cca2 || !/^[\p{L}.]+$/u.test(name)) continue;
		const term = normalizeTerm(name);
		if (term !== null) terms.add(term);
	}
	return terms;
}
