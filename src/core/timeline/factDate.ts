import type { DatePrecision, FactDate } from '../types.ts';

/** Coarse to fine, so a higher rank is a more precise date. */
export const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = { year: 0, month: 1, day: 2 };

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A calendar date; `month` and `day` are 1-based and only as present as the precision needs. */
export interface CalendarParts {
	year: number;
	month: number;
	day: number;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` for the parts, truncated to `precision`. */
export function formatIsoDate(parts: CalendarParts, precision: DatePrecision): string {
	const year = String(parts.year).padStart(4, '0');
	if (precision === 'year') return year;
	const month = `${year}-${String(parts.month).padStart(2, '0')}`;
	return precision === 'month' ? month : `${month}-${String(parts.day).padStart(2, '0')}`;
}

/**
 * Reads an ISO date of any precision; a time after the date ("2023-03-02T10:00:00Z") is ignored.
 * `null` when the text is not a real calendar date.
 */
export function readIsoDate(text: string): FactDate | null {
	const match = ISO_DATE.exec(text.trim().split('T')[0] ?? '');
	if (match === null) return null;
	const [, year, month, day] = match;
	if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return null;
	if (day !== undefined && (Number(day) < 1 || Number(day) > daysInMonth(Number(year), Number(month))))
		return null;
	const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
	return { start: match[0], precision };
}

/** The first day the date can mean, as `YYYY-MM-DD`. */
export function firstDay(date: FactDate): string {
	if (date.precision === 'day') return date.start;
	return date.precision === 'month' ? `${date.start}-01` : `${date.start}-01-01`;
}

/** The last day the date (or its range) can mean, as `YYYY-MM-DD`. */
export function lastDay(date: FactDate): string {
	const last = date.end ?? date.start;
	if (date.precision === 'day') return last;
	if (date.precision === 'year') return `${last}-12-31`;
	const [year, month] = last.split('-').map(Number);
	return `${last}-${String(daysInMonth(year ?? 0, month ?? 1)).padStart(2, '0')}`;
}

/** The days a date can mean, first and last as `YYYY-MM-DD`; computed once where dates are compared often. */
export interface DaySpan {
	first: string;
	last: string;
}

export function daySpan(date: FactDate): DaySpan {
	return { first: firstDay(date), last: lastDay(date) };
}

/** Whether two dates can mean the same moment: equal at the coarser precision, or overlapping ranges. */
export function spansOverlap(a: DaySpan, b: DaySpan): boolean {
	return a.first <= b.last && b.first <= a.last;
}

/** How many days the span covers; a narrower date says more. */
export function daysIn(span: DaySpan): number {
	return (Date.parse(span.last) - Date.parse(span.first)) / 86_400_000 + 1;
}

/** The calendar years the date touches, for bucketing. */
export function yearsOf(date: FactDate): number[] {
	const first = Number(date.start.slice(0, 4));
	const last = Number((date.end ?? date.start).slice(0, 4));
	return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
