/* The names news prose uses for months and weekdays, shared by the custom parsers and the pre-filter. */

export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
	['january', 1],
	['jan', 1],
	['february', 2],
	['feb', 2],
	['march', 3],
	['mar', 3],
	['april', 4],
	['apr', 4],
	['may', 5],
	['june', 6],
	['jun', 6],
	['july', 7],
	['jul', 7],
	['august', 8],
	['aug', 8],
	['september', 9],
	['sept', 9],
	['sep', 9],
	['october', 10],
	['oct', 10],
	['november', 11],
	['nov', 11],
	['december', 12],
	['dec', 12],
]);

export const WEEKDAYS = [
	'sunday',
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday',
] as const;

/** Alternation of every month name and abbreviation, longest first so "Sept" wins over "Sep". */
export const MONTH_PATTERN = [...MONTH_NUMBERS.keys()].sort((a, b) => b.length - a.length).join('|');

/** Years a text can plausibly mean: 1000–2199. Narrower than "four digits" so 8928 in "ISSN 2042-8928" is not one. */
export const YEAR_PATTERN = String.raw`(?:1\d{3}|20\d{2}|21\d{2})`;
