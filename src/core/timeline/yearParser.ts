import type { Parser, ParsingContext } from 'chrono-node';
import { normalizeTerm } from '../text/terms.ts';
import { YEAR_PATTERN } from './calendarWords.ts';

/*
 * chrono reads "July 2015" but not a year on its own. A bare four-digit number is only taken for a year
 * where the words around it make it one ("in 2011", "since 2020", "the 2022 summit", "the 1990s",
 * "between 1995 and 2019"), so counts such as "1500 troops" are left alone.
 */

const YEAR = `(${YEAR_PATTERN})`;
const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
// Not part of a longer number, a decimal, an ISO date or a percentage.
const AFTER = String.raw`(?![\p{N}]|[.,:/\-–]\p{N}|\s*%)`;

// Words after which a year names a time: "in 2011", "by 2024", "mid-2020", "the end of 2023".
const LEAD_WORDS = [
	'in',
	'since',
	'by',
	'until',
	'till',
	'during',
	'from',
	'after',
	'before',
	'through',
	'throughout',
	'around',
	'circa',
	'early',
	'late',
	'mid',
	'fiscal(?:\\s+year)?',
	'(?:the\\s+)?year',
	'(?:the\\s+)?(?:end|beginning|start|middle|spring|summer|autumn|fall|winter)\\s+of',
	// "the waning days of 2021", "the first half of 2023": a stretch of the year.
	'(?:days|weeks|months|half|quarter|part)\\s+of',
	'spring',
	'summer',
	'autumn',
	'fall',
	'winter',
].join('|');

// A year followed by these words is a quantity ("by 2000 percent", "in 1500 million").
const QUANTITY_WORDS = new Set(['percent', 'per', 'million', 'billion', 'trillion', 'thousand', 'hundred']);

interface Years {
	first: number;
	last?: number;
}

type ReadYears = (match: RegExpMatchArray, following: string) => Years | null;

function yearForm(pattern: RegExp, read: ReadYears): Parser {
	return {
		pattern: () => pattern,
		extract(context: ParsingContext, match: RegExpMatchArray) {
			const index = match.index ?? 0;
			const years = read(match, context.text.slice(index + match[0].length, index + match[0].length + 40));
			if (years === null) return null;
			const end = years.last === undefined ? undefined : { year: years.last };
			return context.createParsingResult(index, match[0], { year: years.first }, end);
		},
	};
}

/** A plural noun right after a number makes it a count: "the 1500 soldiers". */
function countsSomething(following: string): boolean {
	const word = /^\s*(%|[\p{L}]+)/u.exec(following)?.[1] ?? '';
	if (word === '%' || QUANTITY_WORDS.has(word.toLowerCase())) return true;
	return /^[a-z]{3,}[^su]s$/.test(word) && normalizeTerm(word) !== null;
}

function single(match: RegExpMatchArray, following: string): Years | null {
	return countsSomething(following) ? null : { first: Number(match[1]) };
}

function range(match: RegExpMatchArray, following: string): Years | null {
	const first = Number(match[1]);
	const last = Number(match[2]);
	return last > first && !countsSomething(following) ? { first, last } : null;
}

/** Year parsers, longest forms first; chrono's overlap removal keeps the longest reading of any span. */
export const yearParsers: readonly Parser[] = [
	// "the 1990s", "the early 2000s": the whole decade.
	yearForm(
		new RegExp(
			String.raw`${BEFORE}the\s+(?:early\s+|late\s+|mid-?)?((?:1\d|20|21)\d0)['’]?s(?![\p{L}\p{N}])`,
			'iu',
		),
		(match) => ({ first: Number(match[1]), last: Number(match[1]) + 9 }),
	),
	// "between 1995 and 2019", "from 2015 to 2024"
	yearForm(
		new RegExp(
			String.raw`${BEFORE}(?:between|from)\s+${YEAR}\s+(?:and|to|until|till|through)\s+${YEAR}${AFTER}`,
			'iu',
		),
		range,
	),
	// "1995–2019"
	yearForm(new RegExp(String.raw`${BEFORE}(?<![\-/.])${YEAR}\s*[–—-]\s*${YEAR}${AFTER}`, 'u'), range),
	// "In 2011", "since 2020", "by 2024", "mid-2020", "the end of 2023"
	yearForm(new RegExp(String.raw`${BEFORE}(?:${LEAD_WORDS})[\s-]+${YEAR}${AFTER}`, 'iu'), single),
	// "the 2022 China–Belarus summit" (chrono drops a reading that is a bare number, so "the" stays in it)
	yearForm(new RegExp(String.raw`${BEFORE}the\s+${YEAR}(?=\s+[\p{L}])`, 'iu'), single),
];
