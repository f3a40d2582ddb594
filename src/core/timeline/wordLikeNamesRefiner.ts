import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { MONTH_NUMBERS, WEEKDAYS } from './calendarWords.ts';

// Weekday abbreviations that are ordinary words far more often than dates ("the Sun", "Sat down").
const WEEKDAY_ABBREVIATIONS = new Set([
	'sun',
	'mon',
	'tue',
	'tues',
	'wed',
	'thu',
	'thur',
	'thurs',
	'fri',
	'sat',
]);
const CALENDAR_NAMES = new Set([...MONTH_NUMBERS.keys(), ...WEEKDAYS, ...WEEKDAY_ABBREVIATIONS]);

/**
 * chrono matches month and weekday names in any case, so "we will march" and "he sat down" become dates.
 * Edited prose capitalises calendar names, so a lower-case one is a word, and so is a bare weekday
 * abbreviation with no number beside it.
 */
export const wordLikeNamesRefiner: Refiner = {
	refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
		return results.filter((result) => !isWordLike(result.text));
	},
};

function isWordLike(text: string): boolean {
	const hasNumber = /\d/.test(text);
	for (const [word] of text.matchAll(/\p{L}+/gu)) {
		const lower = word.toLowerCase();
		if (!CALENDAR_NAMES.has(lower)) continue;
		if (word[0] === lower[0]) return true;
		if (!hasNumber && WEEKDAY_ABBREVIATIONS.has(lower)) return true;
	}
	return false;
}
