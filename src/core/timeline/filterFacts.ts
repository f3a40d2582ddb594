import { terms } from '../text/terms.ts';
import type { Fact, FactDate } from '../types.ts';
import { compareText } from './compareText.ts';
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
	const from = filter.from === undefined ? undefined : firstDay(boundary('from', filter.from));
	const to = filter.to === undefined ? undefined : lastDay(boundary('to', filter.to));
	const wanted = terms(filter.query ?? '');
	return facts
		.filter(
			(fact) =>
				(from === undefined || lastDay(fact.date) >= from) && (to === undefined || firstDay(fact.date) <= to),
		)
		.filter((fact) => wanted.length === 0 || saysAll(fact, wanted, expandTerms))
		.sort(compareFacts);
}

/** By start date (a year before its months), then end date, then text. */
function compareFacts(a: Fact, b: Fact): number {
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

function saysAll(fact: Fact, wanted: readonly string[], expandTerms: ExpandTerms | undefined): boolean {
	const said = fact.mentions.flatMap((mention) => terms(mention.text));
	const known = new Set(expandTerms ? expandTerms(said) : said);
	return wanted.every((term) => known.has(term));
}
