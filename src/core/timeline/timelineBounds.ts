import { parseUserDate } from './parseUserDate.ts';

export type TimelineBounds = { from?: string; to?: string } | { unreadable: string };

/**
 * Reads a person's `from`/`to` ("2023", "March 2023", "last year") into the ISO bounds the timeline
 * filters by — `from` the first day the input can mean, `to` the last — or names the first input that is
 * not a date, so the reply can quote it. Shared by the CLI, the console and the bot.
 */
export function readTimelineBounds(from?: string | null, to?: string | null): TimelineBounds {
	const bounds: { from?: string; to?: string } = {};
	for (const [name, input] of [
		['from', from],
		['to', to],
	] as const) {
		if (input === null || input === undefined || input.trim() === '') continue;
		const date = parseUserDate(input);
		if (date === null) return { unreadable: input };
		bounds[name] = name === 'from' ? date.start : (date.end ?? date.start);
	}
	return bounds;
}
