import type { IndexedDocument } from '../../core/corpusIndex.ts';
import { citationLabel } from '../../render/citation.ts';
import { quiet } from '../reply.ts';
import { plainMarkdown } from './citedExcerpts.ts';
import { plural } from './indexFooter.ts';
import { DISCORD_LIMITS, truncate } from './limits.ts';
import { pageOf, pagerRows, type ReplyPayload } from './pager.ts';

/** Documents per page of /sources. */
export const SOURCES_PAGE_SIZE = 10;

/** The list of indexed documents: title · publisher · date, with passage and fact counts, paged. */
export function sourcesReply(
	documents: readonly IndexedDocument[],
	page: number,
	paging: { command: string; key: string },
): ReplyPayload {
	if (documents.length === 0) {
		return quiet({
			content: 'No documents are indexed yet. Moderators can add some with /upload.',
			embeds: [],
			components: [],
		});
	}
	const shown = pageOf(documents, page, SOURCES_PAGE_SIZE);
	const perDocument = Math.floor(DISCORD_LIMITS.embedDescription / SOURCES_PAGE_SIZE) - 1;
	const lines = shown.items.map((document, i) => {
		const counts = `${plural(document.passages, 'passage')} · ${plural(document.facts, 'fact')}`;
		const line = `**${shown.offset + i + 1}.** ${plainMarkdown(citationLabel(document.meta), 200)}\n${plainMarkdown(document.meta.id, 100)} · ${counts}`;
		return truncate(line, perDocument);
	});
	return quiet({
		embeds: [
			{
				title: `Sources · ${plural(documents.length, 'document')}`,
				description: lines.join('\n'),
				footer: { text: `Page ${shown.page}/${shown.pages} · /source shows one document's card` },
			},
		],
		components: pagerRows(paging.command, paging.key, shown.page, shown.pages),
	});
}
