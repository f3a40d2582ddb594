import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { oneSlipApart } from './edits.ts';
import { normalizeTerm } from './terms.ts';

/*
 * Countries and their people are one topic: a question about "the Chinese" is answered by a sentence
 * about China, "American" by "the U.S.". And news names a government by its capital ("Beijing announced"),
 * so a question about China is answered by a sentence about Beijing; not the reverse, since a question
 * about Minsk may be about the city. Stemming cannot see any of this, so the names come from the
 * world-countries data set (common name, single-word alternative spellings, capitals, English demonyms).
 */

interface Nation {
	/** Every term naming the country or its people. */
	names: ReadonlySet<string>;
	/** Terms of its capital(s). */
	capitals: readonly string[];
}

interface Nations {
	byTerm: Map<string, Nation>;
	/** The names of each capital's country, by the capital's term. */
	byCapital: Map<string, ReadonlySet<string>>;
	/** The terms that name a country itself, not its people ("China", not "Chinese"). */
	countries: ReadonlySet<string>;
	/** Names of several words ("United States"), by their first term, longest first. */
	phrases: Map<string, NationPhrase[]>;
}

/** A country's name of several words ("United States", "South Korea"), as terms, and its one-word names. */
export interface NationPhrase {
	terms: readonly string[];
	names: ReadonlySet<string>;
}

let all: Nations | undefined;

/** Every term naming the same country as `term` (itself included), or an empty set when it names none. */
export function nationTerms(term: string): ReadonlySet<string> {
	return nations().byTerm.get(term)?.names ?? NONE;
}

/** The capital of the country `term` names, as terms; none when it names no country. */
export function capitalTerms(term: string): readonly string[] {
	return nations().byTerm.get(term)?.capitals ?? [];
}

/** Every term naming the country whose capital `term` is ("Belarus", "Belarusian" for Minsk); empty for none. */
export function countryOfCapital(term: string): ReadonlySet<string> {
	return nations().byCapital.get(term) ?? NONE;
}

/** Whether the term names a country or its people, as written or one slip off ("blarusian"). */
export function namesNationNearly(term: string): boolean {
	if (nationTerms(term).size > 0) return true;
	for (const name of nations().byTerm.keys()) if (oneSlipApart(term, name)) return true;
	return false;
}

/**
 * The country named by several words starting at `at` ("the United States", as the terms of its words: "unit",
 * "state"), the longest such name; `undefined` for none.
 */
export function nationPhraseAt(terms: ReadonlyArray<string | null>, at: number): NationPhrase | undefined {
	return nations()
		.phrases.get(terms[at] ?? '')
		?.find((phrase) => phrase.terms.every((term, i) => terms[at + i] === term));
}

/** Whether the term names a country itself ("China", "Russia"), not its people ("Chinese"). */
export function namesCountry(term: string): boolean {
	return nations().countries.has(term);
}

/** Whether the term names a country, its people or a capital: a place, which a whole article may refer back to. */
export function namesPlace(term: string): boolean {
	return nationTerms(term).size > 0 || countryOfCapital(term).size > 0;
}

/** Whether any of the terms names a place (see `namesPlace`): a word in any of its forms. */
export function namesAnyPlace(terms: Iterable<string>): boolean {
	for (const term of terms) if (namesPlace(term)) return true;
	return false;
}

const NONE: ReadonlySet<string> = new Set();

function nations(): Nations {
	all ??= buildNations();
	return all;
}

function buildNations(): Nations {
	// Read as a file rather than imported: a module would keep all 250 countries' data in memory for good, and
	// the package's ESM entry imports its JSON without the import attribute Node requires.
	const path = createRequire(import.meta.url).resolve('world-countries/countries.json');
	const countries = JSON.parse(readFileSync(path, 'utf8')) as readonly Country[];
	const claims = new Map<string, Country[]>();
	for (const country of countries) {
		for (const term of namesOf(country)) claims.set(term, [...(claims.get(term) ?? []), country]);
	}
	const byTerm = new Map<string, Nation>();
	const byCapital = new Map<string, ReadonlySet<string>>();
	for (const [term, claimants] of claims) {
		// "American" is also the demonym of the Northern Mariana Islands; a sovereign state is the likelier meaning.
		const members = claimants.filter((country) => country.unMember);
		const meant = members.length > 0 ? members : claimants;
		const nation = {
			names: new Set(meant.flatMap((country) => [...namesOf(country)])),
			// "Washington D.C." is "Washington" in the news: the district's initials are no part of the name.
			capitals: meant.flatMap((country) =>
				singleTerms(country.capital.map((capital) => capital.replace(/\s+(?:\p{Lu}\.)+$/u, ''))),
			),
		};
		byTerm.set(term, nation);
		for (const capital of nation.capitals) if (!byCapital.has(capital)) byCapital.set(capital, nation.names);
	}
	const countryNames = new Set(
		countries.flatMap((country) => singleTerms([country.name.common, ...country.altSpellings])),
	);
	return { byTerm, byCapital, countries: countryNames, phrases: phrasesOf(countries) };
}

/**
 * Each country's names of several words, by their first term. A state's is kept over a territory's when both
 * claim one, as for single words.
 */
function phrasesOf(countries: readonly Country[]): Map<string, NationPhrase[]> {
	const phrases = new Map<string, NationPhrase[]>();
	const ranked = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
	const seen = new Set<string>();
	for (const country of ranked) {
		for (const name of [country.name.common, ...country.altSpellings]) {
			// "Korea, Republic of" is a catalogue's order, not how anyone writes it.
			if (!/\s/.test(name) || name.includes(',')) continue;
			const terms = name.split(/\s+/).flatMap((word) => normalizeTerm(word) ?? []);
			const key = terms.join(' ');
			if (terms.length < 2 || seen.has(key)) continue;
			seen.add(key);
			const first = terms[0] ?? '';
			phrases.set(first, [...(phrases.get(first) ?? []), { terms, names: namesOf(country) }]);
		}
	}
	for (const list of phrases.values()) list.sort((a, b) => b.terms.length - a.terms.length);
	return phrases;
}

function namesOf(country: Country): Set<string> {
	const { demonyms } = country;
	// Two-letter codes ("CO", "PM") are more often other abbreviations; the ones people write ("US", "UK")
	// are spelled out in the data as well.
	const names = [country.name.common, ...country.altSpellings, demonyms?.eng?.m, demonyms?.eng?.f].filter(
		(name) => name !== country.cca2,
	);
	return new Set(singleTerms(names));
}

/** The names that are one word ("U.S." style abbreviations included): "United Kingdom" is no single term. */
function singleTerms(names: ReadonlyArray<string | undefined>): string[] {
	return names.flatMap((name) => {
		const term = name !== undefined && /^[\p{L}.]+$/u.test(name) ? normalizeTerm(name) : null;
		return term === null ? [] : [term];
	});
}
