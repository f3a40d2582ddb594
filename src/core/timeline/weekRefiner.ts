import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const WEEKS_AWAY = new Map([
	['last week', -1],
	['this week', 0],
	['next week', 1],
]);

/*
 * chrono reads "last week" as the single day seven days back. A week is a span, so it becomes a
 * day-precision range: "last week" and "next week" are the calendar weeks (Monday to Sunday) before and
 * after the reference's, and "this week" is the reference's own.
 */
export const weekRefiner: Refiner = {
	refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
		for (const result of results) {
			const weeksAway = WEEKS_AWAY.get(result.text.trim().toLowerCase().replace(/\s+/g, ' '));
			if (weeksAway === undefined) continue;
			const reference = context.refDate;
			const monday = -((reference.getDay() + 6) % 7) + weeksAway * 7;
			result.start = context.createParsingComponents(dayAfter(reference, monday));
			result.end = context.createParsingComponents(dayAfter(reference, monday + 6));
		}
		return results;
	},
};

function dayAfter(reference: Date, days: number): { year: number; month: number; day: number } {
	const date = new Date(reference.getFullYear(), reference.getMonth(), reference.getDate() + days, 12);
	return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}
