import { parseUserDate } from './parseUserDate.ts';

export type TimelineBounds = { from?: string; to?: string } | { unreadable: string };

/**
 * Reads a person's `from`/`to` ("2023", "March 2023", "last year") into the ISO bounds the timeline
 * filters by — `from` the first day the input can mean, `to` the last — or names the first input that is
 * not a date, so the reply can quote it. Given the wrong way round ("from 2024 to 2015") it means the
 * years between, not nothing. Shared by the CLI, the console and the bot.
 */
export function readTimelineBounds(from?: string | null, to?: string | null): TimelineBounds {
	const dates = [];
	for (const input of [from, to]) {
		if (input === null || input === undefined || input.trim() === '') {
			dates.push(undefined);
			continue;
		}
		const date = parseUserDate(input);
		if (date === null) return { unreadable: input };
		dates.push(date);
	}
	const [first, last] = dates;
	// "2024" as an end runs to the year's last day, after any "2024-…": a high character stands for the rest.
	const backwards =
		first !== undefined && last !== undefined && first.start > `${last.end ?? last.start}\uffff`;
	const [early, late] = backwards ? [last, first] : [first, last];
	return {
		...(early === undefined ? {} : { from: early.start }),
		...(late === undefined ? {} : { to: late.end ?? late.start }),
	};
}
