import type { Dossier } from '../core/dossier.ts';
import type { Fact } from '../core/types.ts';

/** What a timeline was asked for: its topic, and the ISO bounds as applied after reading the user's dates. */
export interface TimelineFilter {
	topic?: string;
	from?: string;
	to?: string;
	/** Set when no fact mentions every word of the topic: the words the facts shown mention, and the rest. */
	nearest?: { words: readonly string[]; missing: readonly string[] };
}

/**
 * ` about “SCO” from 2001-01-01 to 2020-12-31`, for a reply's heading. The bounds are those applied, so a
 * reader sees how "from:2020 to:2001" or "to:2023" was read. `topicText` lets a reply escape the topic.
 */
export function timelineFilterText(
	filter: TimelineFilter,
	topicText: (topic: string) => string = (topic) => topic,
): string {
	const { nearest } = filter;
	const topic = nearest ? nearest.words.join(' ') : filter.topic;
	return [
		topic ? ` about “${topicText(topic)}”` : '',
		filter.from ? ` from ${filter.from}` : '',
		filter.to ? ` to ${filter.to}` : '',
		nearest ? ` (no dated fact also mentions “${nearest.missing.map(topicText).join('”, “')}”)` : '',
	].join('');
}

/**
 * The timeline a person asked for, with what its heading states: the topic, the bounds as applied, and,
 * when no fact mentions the whole topic, which of its words the facts shown do mention.
 */
export function readerTimeline(
	dossier: Dossier,
	bounds: { from?: string; to?: string },
	topic?: string,
): TimelineFilter & { facts: Fact[] } {
	const { facts, nearest } = dossier.timelineForReader({ ...bounds, ...(topic ? { query: topic } : {}) });
	return { facts, ...bounds, ...(topic ? { topic } : {}), ...(nearest ? { nearest } : {}) };
}
