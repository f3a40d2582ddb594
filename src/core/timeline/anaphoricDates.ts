import type { DatePrecision, FactDate } from '../types.ts';
import { PRECISION_RANK } from './factDate.ts';

/*
 * Writers date an event by the one before it: "In July 2024, Belarus became a full member of the SCO. The
 * same month, the two armies held exercises near the Polish border." chrono reads one sentence at a time
 * and has no earlier date to go by, so these phrases are read here, against the date the document stated
 * last.
 */

// "the same month", "that year", "later that year": the unit of the earlier date they take over.
const SAME = /\b(?:later\s+)?(?:the\s+same|that)\s+(day|month|year)(?![-\p{L}])/iu;
// "the following year": the one after the earlier date's.
const FOLLOWING = /\bthe\s+(?:following|next)\s+year(?![-\p{L}])/iu;

// Plain literals, no flags: this runs on every sentence of the corpus (see datePrefilter.ts), and a false
// positive only costs the exact patterns above.
const MAY_REFER_BACK = /(?:ame|hat|owing|ext)\s+(?:day|month|year)/;

/** Whether a sentence may date itself by an earlier one; `false` means it does not. */
export function mayReferBack(text: string): boolean {
	return MAY_REFER_BACK.test(text);
}

/**
 * The date a sentence refers back to, as precise as its phrase says and the earlier date allows ("the same
 * day" needs an earlier day), or `undefined` when it has no such phrase or there is no earlier date.
 */
export function anaphoricDate(
	text: string,
	earlier: FactDate | undefined,
): { date: FactDate; text: string } | undefined {
	if (earlier === undefined) return undefined;
	const following = FOLLOWING.exec(text);
	if (following) {
		const year = String(Number(earlier.start.slice(0, 4)) + 1).padStart(4, '0');
		return { date: { start: year, precision: 'year' }, text: following[0] };
	}
	const same = SAME.exec(text);
	const unit = same?.[1]?.toLowerCase() as DatePrecision | undefined;
	if (same === null || unit === undefined || PRECISION_RANK[unit] > PRECISION_RANK[earlier.precision])
		return undefined;
	const length = { year: 4, month: 7, day: 10 }[unit];
	return { date: { start: earlier.start.slice(0, length), precision: unit }, text: same[0] };
}
