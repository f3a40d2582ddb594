import type { APIEmbedField } from 'discord.js';
import type { IndexReport } from '../../core/dossier.ts';
import { quiet } from '../reply.ts';
import { plainMarkdown } from './citedExcerpts.ts';
import { plural } from './indexFooter.ts';
import { DISCORD_LIMITS, fitLines, truncate } from './limits.ts';
import type { ReplyPayload } from './pager.ts';

/**
 * What a reindex did, for the moderator who ran it: documents added, changed and removed, files
 * skipped and why, passages, facts and time. `note` (plain text of ours, e.g. what an upload saved) opens
 * the message. Long lists end with "…and n more" rather than overflowing a field.
 */
export function indexReportReply(report: IndexReport, note?: string): ReplyPayload {
	const { added, changed, removed } = report.changes;
	const fields: APIEmbedField[] = [
		listField('Added', added),
		listField('Changed', changed),
		listField('Removed', removed),
		listField(
			'Skipped files',
			report.skipped.map((skipped) => `${skipped.file}: ${skipped.reason}`),
		),
		listField('Problems', report.problems),
	].flatMap((field) => field ?? []);
	const unchanged = added.length + changed.length + removed.length === 0;
	const how = report.loadedFromSnapshot ? 'loaded from its snapshot' : `built in ${seconds(report.buildMs)}`;
	return quiet({
		...(note === undefined ? {} : { content: truncate(note, DISCORD_LIMITS.content) }),
		embeds: [
			{
				title: 'Index rebuilt',
				description: [
					`${plural(report.documents, 'document')} · ${plural(report.passages, 'passage')} · ${plural(report.facts, 'dated fact')}`,
					`${plural(report.furnitureLinesRemoved, 'line')} of page furniture removed`,
					report.firstIndex
						? 'The first index of this folder: there was no earlier one to compare with.'
						: unchanged
							? 'No documents were added, changed or removed.'
							: '',
				]
					.filter(Boolean)
					.join('\n'),
				fields,
				footer: { text: `Index ${how}; ${seconds(report.durationMs)} in all · built at ${report.builtAt}` },
			},
		],
		components: [],
	});
}

/** A field listing untrusted names, one a line, or nothing for an empty list. */
function listField(name: string, items: readonly string[]): APIEmbedField | undefined {
	if (items.length === 0) return undefined;
	const lines = items.map((item) => `• ${plainMarkdown(item, 200)}`);
	const value = fitLines(lines, DISCORD_LIMITS.fieldValue, (left) => `…and ${left} more`);
	return { name: `${name} (${items.length.toLocaleString('en-US')})`, value };
}

function seconds(ms: number): string {
	return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function reindexBusyReply(note?: string): ReplyPayload {
	const busy = 'A reindex is already running. Run /reindex again once it has finished.';
	return quiet({ content: note === undefined ? busy : `${note}\n${busy}`, embeds: [], components: [] });
}

/** A failed rebuild changes nothing: the moderator sees why, and that the previous index still serves. */
export function reindexFailedReply(reason: string, note?: string): ReplyPayload {
	const failed = `The reindex failed: ${plainMarkdown(reason, 500)}\nThe previous index is still serving.`;
	return quiet({ content: note === undefined ? failed : `${note}\n${failed}`, embeds: [], components: [] });
}
