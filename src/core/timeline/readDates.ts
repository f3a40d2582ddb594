import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DatePrecision, FactDate } from '../types.ts';
import { formatIsoDate, PRECISION_RANK } from './factDate.ts';
import { newsDateParser } from './newsDateParser.ts';

/** The date a text was written on (a publication date, or "now" for a user), as precise as it is known. */
export interface DateReference {
	/** Local noon of the date, or of a representative day when only the month or year is known. */
	instant: Date;
	precision: DatePrecision;
}

export interface DateReading {
	date: FactDate;
	/** The words that gave the date, as written. */
	text: string;
}

// Stand-in reference when there is none; readings that depend on it are dropped, so its value is moot.
const NO_REFERENCE = new Date(2000, 0, 1, 12);

/**
 * The dates a text states, in order. A reading that depends on the reference date ("On Wednesday",
 * "March 1", "two years ago") is kept only when the reference is known at least as precisely as the
 * reading: "this year" needs the publication year, "yesterday" the publication day.
 */
export function readDates(text: string, reference?: DateReference): DateReading[] {
	const readings: DateReading[] = [];
	for (const result of newsDateParser.parse(text, reference?.instant ?? NO_REFERENCE)) {
		const date = toFactDate(result, reference);
		if (date !== null) readings.push({ date, text: trimPunctuation(result.text) });
	}
	return readings;
}

function toFactDate(result: ParsedResult, reference: DateReference | undefined): FactDate | null {
	const tags = result.tags();
	// "now" is an adverb in nearly every sentence that uses it.
	if (tags.has('casualReference/now')) return null;
	// "N years before/earlier" counts from an event named elsewhere, not from the publication date, and
	// "the past year" is a span up to it, not the date of an event.
	if (tags.has('result/relativeDate') && /\b(?:before|earlier)$|^past\b/i.test(result.text)) return null;
	const startPrecision = precisionOf(result.start);
	if (startPrecision === null) return null;
	// Numeric day/month without a year ("1/2", "9/11") is as often a fraction or a score as a date.
	if (tags.has('parser/SlashDateFormatParser') && !result.start.isCertain('year')) return null;
	const endPrecision = result.end ? precisionOf(result.end) : null;
	const precision = coarser(startPrecision, endPrecision ?? startPrecision);
	if (
		!namesItsYear(result) &&
		(reference === undefined || PRECISION_RANK[precision] > PRECISION_RANK[reference.precision])
	) {
		return null;
	}
	const start = formatIsoDate(partsOf(result.start), precision);
	const end = result.end && endPrecision !== null ? formatIsoDate(partsOf(result.end), precision) : undefined;
	return end === undefined || end <= start ? { start, precision } : { start, end, precision };
}

function precisionOf(components: ParsedComponents): DatePrecision | null {
	if (components.isCertain('day')) return 'day';
	if (components.isCertain('month')) return 'month';
	if (components.isCertain('year')) return 'year';
	return null;
}

function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
	return PRECISION_RANK[a] <= PRECISION_RANK[b] ? a : b;
}

/** An absolute date writes its year out; everything else was computed from the reference date. */
function namesItsYear(result: ParsedResult): boolean {
	return (
		result.start.isCertain('year') && /\d{4}/.test(result.text) && !result.tags().has('result/relativeDate')
	);
}

function partsOf(components: ParsedComponents): { year: number; month: number; day: number } {
	return {
		year: components.get('year') ?? 0,
		month: components.get('month') ?? 1,
		day: components.get('day') ?? 1,
	};
}

/** The text without the punctuation chrono keeps around a date ("On Wednesday," → "On Wednesday"). */
export function trimPunctuation(text: string): string {
	return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
