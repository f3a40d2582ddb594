import type { FactDate } from '../types.ts';
import { readIsoDate } from './factDate.ts';
import { readDates, trimPunctuation } from './readDates.ts';

/**
 * Reads a date a user typed for `--from`/`--to` or a Discord option: "2023", "2023-03-01", "March 2023",
 * "last year", "between 2015 and 2019". The whole input must be one date; `null` when it is not.
 * Relative dates count from `reference` (now by default).
 */
export function parseUserDate(input: string, reference: Date = new Date()): FactDate | null {
	const wanted = trimPunctuation(input);
	// chrono takes no bare number for a date, but a user's "2023" plainly is one.
	const iso = readIsoDate(wanted);
	if (iso !== null || wanted.length === 0) return iso;
	const instant = new Date(reference.getFullYear(), reference.getMonth(), reference.getDate(), 12);
	const readings = readDates(wanted, { instant, precision: 'day' });
	const [only] = readings;
	return readings.length === 1 && only?.text === wanted ? only.date : null;
}
