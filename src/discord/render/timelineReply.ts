import type { Fact } from '../../core/types.ts';
import { citationLabel, formatFactDate } from '../../render/citation.ts';
import { type TimelineFilter, timelineFilterText } from '../../render/timelineFilter.ts';
import type { TimelineLookup } from '../../render/timelineLookup.ts';
import { quiet } from '../reply.ts';
import { plainMarkdown } from './citedExcerpts.ts';
import { plural } from './indexFooter.ts';
import { DISCORD_LIMITS, truncate, truncateText } from './limits.ts';
import { pageOf, pagerRows, type ReplyPayload } from './pager.ts';

/** Facts per page: five full facts with their sources and disagreements fit one embed description. */
export const TIMELINE_PAGE_SIZE = 5;

const MAX_SOURCES_NAMED = 3;
const MAX_DISAGREEMENTS_SHOWN = 2;

/** What a timeline shows, and what the user asked for (shown in the title). */
export interface TimelineView extends TimelineFilter {
	facts: readonly Fact[];
}

/**
 * One page of the timeline as an embed: each fact with its date, text, sources and corroboration, ⚠ and
 * the other account when sources disagree, ◀ ▶ buttons (`paging`) when there is more than one page.
 */
export function timelineReply(
	view: TimelineView,
	page: number,
	lookup: TimelineLookup,
	paging: { command: string; key: string },
): ReplyPayload {
	if (view.facts.length === 0) {
		return quiet({ content: `No dated facts match${filterText(view)}.`, embeds: [], components: [] });
	}
	const shown = pageOf(view.facts, page, TIMELINE_PAGE_SIZE);
	const separator = '\n\n';
	const perFact = Math.floor(
		(DISCORD_LIMITS.embedDescription - separator.length * (TIMELINE_PAGE_SIZE - 1)) / TIMELINE_PAGE_SIZE,
	);
	const disagreeing = shown.items.some((fact) => fact.disagreements.length > 0);
	return quiet({
		embeds: [
			{
				title: truncate(`Timeline${filterText(view)}`, DISCORD_LIMITS.embedTitle),
				description: shown.items.map((fact) => factBlock(fact, lookup, perFact)).join(separator),
				footer: {
					text: [
						`Page ${shown.page}/${shown.pages}`,
						plural(view.facts.length, 'fact'),
						...(disagreeing ? ['⚠ sources disagree'] : []),
					].join(' · '),
				},
			},
		],
		components: pagerRows(paging.command, paging.key, shown.page, shown.pages),
	});
}

function filterText(view: TimelineView): string {
	return timelineFilterText(view, (topic) => plainMarkdown(topic, 100));
}

function factBlock(fact: Fact, lookup: TimelineLookup, max: number): string {
	const flag = fact.disagreements.length > 0 ? ' ⚠' : '';
	const lines = [
		`**${formatFactDate(fact.date)}** · ${plural(fact.corroboration, 'source')}${flag}`,
		plainMarkdown(fact.text, 360),
		`— ${sourcesOf(fact, lookup)}`,
		...fact.disagreements
			.slice(0, MAX_DISAGREEMENTS_SHOWN)
			.map((id) => disagreement(lookup.fact(id), lookup)),
	];
	return truncate(lines.join('\n'), max);
}

function sourcesOf(fact: Fact, lookup: TimelineLookup): string {
	const docIds = [...new Set(fact.mentions.map((mention) => mention.docId))];
	const named = docIds.slice(0, MAX_SOURCES_NAMED).map((docId) => sourceName(docId, lookup, 70));
	const more = docIds.length - named.length;
	return `${named.join('; ')}${more > 0 ? `; +${more} more` : ''}`;
}

/** Title (shortened), publisher and date: a long title must not push out what a reader judges the source by. */
function sourceName(docId: string, lookup: TimelineLookup, titleMax: number): string {
	const meta = lookup.source(docId);
	if (meta === undefined) return plainMarkdown(docId, titleMax);
	return plainMarkdown(citationLabel({ ...meta, title: truncateText(meta.title, titleMax) }), titleMax + 60);
}

function disagreement(other: Fact | undefined, lookup: TimelineLookup): string {
	const docId = other?.mentions[0]?.docId;
	if (other === undefined || docId === undefined) return '⚠ Another source gives a different date or figure.';
	return `⚠ ${sourceName(docId, lookup, 50)} says ${formatFactDate(other.date)}: “${plainMarkdown(other.text, 180)}”`;
}
