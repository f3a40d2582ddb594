import type { Parser, ParsingContext } from 'chrono-node';
import { MONTH_NUMBERS, MONTH_PATTERN, YEAR_PATTERN } from './calendarWords.ts';
import { daysInMonth } from './factDate.ts';

/*
 * chrono merges "15 to 16 September 2022" into a range but reads "between 15 and 16 September 2022" as
 * the 16th alone, because a bare "15" is no date to it. These parsers read the "between … and …" forms.
 */

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = `(?:,?\\s+(${YEAR_PATTERN}))?`;
const END = String.raw`(?![\p{L}\p{N}])`;

interface DayRange {
	month: number;
	firstDay: number;
	lastDay: number;
	year?: number;
}

function dayRangeForm(pattern: RegExp, read: (match: RegExpMatchArray) => DayRange): Parser {
	return {
		pattern: () => pattern,
		extract(context: ParsingContext, match: RegExpMatchArray) {
			const range = read(match);
			const year = range.year ?? context.refDate.getFullYear();
			const days = daysInMonth(year, range.month);
			if (range.firstDay < 1 || range.firstDay >= range.lastDay || range.lastDay > days) return null;
			const start = context.createParsingComponents({ day: range.firstDay, month: range.month });
			const end = context.createParsingComponents({ day: range.lastDay, month: range.month });
			for (const components of [start, end]) {
				// Without a stated year the reference's year is only implied, so the range stays reference-dependent.
				if (range.year === undefined) components.imply('year', year);
				else components.assign('year', year);
			}
			return context.createParsingResult(match.index ?? 0, match[0], start, end);
		},
	};
}

const monthOf = (name: string | undefined): number => MONTH_NUMBERS.get((name ?? '').toLowerCase()) ?? 0;
const yearOf = (year: string | undefined): { year?: number } =>
	year === undefined ? {} : { year: Number(year) };

export const dayRangeParsers: readonly Parser[] = [
	// "between 15 and 16 September 2022"
	dayRangeForm(
		new RegExp(
			String.raw`(?<![\p{L}\p{N}])between\s+${DAY}\s+and\s+${DAY}\s+(?:of\s+)?(${MONTH_PATTERN})\.?${YEAR}${END}`,
			'iu',
		),
		(match) => ({
			firstDay: Number(match[1]),
			lastDay: Number(match[2]),
			month: monthOf(match[3]),
			...yearOf(match[4]),
		}),
	),
	// "between September 15 and 16, 2022"
	dayRangeForm(
		new RegExp(
			String.raw`(?<![\p{L}\p{N}])between\s+(${MONTH_PATTERN})\.?\s+${DAY}\s+and\s+${DAY}${YEAR}${END}`,
			'iu',
		),
		(match) => ({
			month: monthOf(match[1]),
			firstDay: Number(match[2]),
			lastDay: Number(match[3]),
			...yearOf(match[4]),
		}),
	),
];
