import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const MODIFIER = /\b(?:last|past|next|this)\b/i;

/**
 * News is written in the past tense, so a bare weekday ("On Wednesday") is the most recent one on or
 * before the reference date, where chrono picks the nearest, which may lie after it. Weekdays with a
 * modifier ("next Friday") keep chrono's reading. Either way the day becomes certain, so the result
 * carries day precision.
 */
export const weekdayRefiner: Refiner = {
	refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
		for (const result of results) {
			if (!result.start.isOnlyWeekdayComponent()) continue;
			const start = MODIFIER.test(result.text)
				? impliedDate(result.start)
				: onOrBefore(context.refDate, weekdayOf(result.start));
			assignDate(result.start, start);
			if (result.end?.isOnlyWeekdayComponent()) {
				// "Monday to Wednesday": the end is the first such weekday from the start on.
				const days = (weekdayOf(result.end) - start.getDay() + 7) % 7;
				assignDate(result.end, new Date(start.getFullYear(), start.getMonth(), start.getDate() + days, 12));
			}
		}
		return results;
	},
};

function weekdayOf(components: ParsingComponents): number {
	return components.get('weekday') ?? 0;
}

function onOrBefore(reference: Date, weekday: number): Date {
	const back = (reference.getDay() - weekday + 7) % 7;
	return new Date(reference.getFullYear(), reference.getMonth(), reference.getDate() - back, 12);
}

function impliedDate(components: ParsingComponents): Date {
	return new Date(
		components.get('year') ?? 0,
		(components.get('month') ?? 1) - 1,
		components.get('day') ?? 1,
		12,
	);
}

function assignDate(components: ParsingComponents, date: Date): void {
	components.assign('year', date.getFullYear());
	components.assign('month', date.getMonth() + 1);
	components.assign('day', date.getDate());
}
