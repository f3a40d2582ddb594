import { normalizeTerm, terms, tokenize } from '../text/terms.ts';
import type { Fact, FactDate } from '../types.ts';
import { compareText } from '../util/compareText.ts';
import type { ExpandTerms } from './eventSketch.ts';
import { firstDay, lastDay, readIsoDate } from './factDate.ts';

export interface FactFilter {
	/** Keeps facts whose mentions contain every term of the query (aliases count as the same term). */
	query?: string;
	/** ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; keeps facts that reach into or past it. */
	from?: string;
	/** ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; keeps facts that start in or before it. */
	to?: string;
}

/**
 * The facts that match, sorted by date, then text. `from` and `to` are inclusive and compared by
 * overlap: a fact is kept when any day it can mean lies between the first day of `from` and the last
 * day of `to`, so a fact dated only "2023" is inside `from=2023-03-01`, and a fact dated 2023-03-05 is
 * inside `to=2023-03`. A query term matches a fact that uses an alias of it when `expandTerms` knows
 * the alias.
 */
export function filterFacts(facts: readonly Fact[], filter: FactFilter, expandTerms?: ExpandTerms): Fact[] {
	const wanted = terms(filter.query ?? '');
	const saysAll = (fact: Fact) => {
		const said = saidIn(fact, expandTerms);
		return wanted.every((term) => said.has(term));
	};
	return withinDates(facts, filter)
		.filter((fact) => wanted.length === 0 || saysAll(fact))
		.sort(compareFacts);
}

/** The facts nearest a topic no fact matches whole, which of its words they mention and which not, as typed. */
export interface NearestFacts {
	facts: Fact[];
	words: string[];
	missing: string[];
}

/**
 * For a topic of several words that no fact mentions all of ("Lukashenko visit"): the facts within the dates
 * that mention the most of its words, the same ones ("Lukashenko"), so a reader is shown what there is
 * and told what is missing rather than nothing. Empty when no fact mentions any.
 */
export function nearestFacts(
	facts: readonly Fact[],
	filter: FactFilter,
	expandTerms?: ExpandTerms,
): NearestFacts {
	const words = tokenize(filter.query ?? '').filter((word) => normalizeTerm(word) !== null);
	const groups = new Map<string, NearestFacts>();
	for (const fact of withinDates(facts, filter)) {
		const said = saidIn(fact, expandTerms);
		const mentioned = words.filter((word) => said.has(normalizeTerm(word) ?? ''));
		if (mentioned.length === 0 || mentioned.length === words.length) continue;
		const key = mentioned.join(' ');
		const missing = words.filter((word) => !mentioned.includes(word));
		const group = groups.get(key) ?? { facts: [], words: mentioned, missing };
		group.facts.push(fact);
		groups.set(key, group);
	}
	const [nearest] = [...groups.values()].sort(
		(a, b) => b.words.length - a.words.length || b.facts.length - a.facts.length,
	);
	return nearest
		? { ...nearest, facts: nearest.facts.sort(compareFacts) }
		: { facts: [], words: [], missing: [] };
}

function withinDates(facts: readonly Fact[], filter: FactFilter): Fact[] {
	const from = filter.from === undefined ? undefined : firstDay(boundary('from', filter.from));
	const to = filter.to === undefined ? undefined : lastDay(boundary('to', filter.to));
	return facts.filter(
		(fact) =>
			(from === undefined || lastDay(fact.date) >= from) && (to === undefined || firstDay(fact.date) <= to),
	);
}

/** By start date (a year before its months), then end date, then text. */
export function compareFacts(a: Fact, b: Fact): number {
	return (
		compareText(a.date.start, b.date.start) ||
		compareText(a.date.end ?? a.date.start, b.date.end ?? b.date.start) ||
		compareText(a.text, b.text)
	);
}

function boundary(name: 'from' | 'to', value: string): FactDate {
	const date = readIsoDate(value);
	if (date === null)
		throw new Error(
			`filterFacts: "${name}" must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${value}"`,
		);
	return date;
}

/** The terms a fact's sources use for it, with their aliases. */
function saidIn(fact: Fact, expandTerms: ExpandTerms | undefined): Set<string> {
	const said = fact.mentions.flatMap((mention) => terms(mention.text));
	return new Set(expandTerms ? expandTerms(said) : said);
}
