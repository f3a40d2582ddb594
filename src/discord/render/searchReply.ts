import type { APIEmbed } from 'discord.js';
import { NOTHING_TO_SEARCH, SEARCH_PAGE_SIZE, type SearchPage } from '../../core/answer/search.ts';
import { excerptMarkdown, joinWithin, plainMarkdown, sourceLink } from './citedExcerpts.ts';
import { COLOR } from './colors.ts';
import { type IndexSummary, indexFooter, plural } from './indexFooter.ts';
import { DISCORD_LIMITS, embedLength } from './limits.ts';
import { pagerRows, type ReplyPayload } from './pager.ts';

/*
 * One page of ranked passages (/search, and an answer's "More excerpts"), with the pager's ◀ "page 2/7" ▶
 * buttons; the query and who may page live in the session behind them.
 */

export type SearchReply = Pick<ReplyPayload, 'embeds' | 'components'>;

export interface SearchReplyOptions {
	/** What the results are for, shown as the title ("Search: …"); untrusted, escaped here. */
	heading: string;
	index: IndexSummary;
	now: number;
	/** The key of the paging state; without one there are no buttons. */
	sessionKey?: string;
}

const MAX_PASSAGE = 650;

export function renderSearchPage(page: SearchPage, options: SearchReplyOptions): SearchReply {
	const first = (page.page - 1) * SEARCH_PAGE_SIZE;
	const blocks = page.results.map(
		(excerpt, i) =>
			`**${first + i + 1}.** ${excerptMarkdown(excerpt, MAX_PASSAGE)}\n— ${sourceLink(excerpt.source)}`,
	);
	const embed: APIEmbed = {
		title: plainMarkdown(options.heading, DISCORD_LIMITS.embedTitle),
		color: COLOR.answered,
		footer: {
			text: `Page ${page.page}/${page.pages} · ${plural(page.total, 'passage')} · ${indexFooter(options.index, options.now)}`,
		},
	};
	const room = Math.min(DISCORD_LIMITS.embedDescription, DISCORD_LIMITS.embedTotal - embedLength(embed));
	const empty = page.nothingToSearch
		? `${NOTHING_TO_SEARCH} e.g. \`/search sanctions\``
		: 'No passage in the documents matches these words.';
	embed.description = blocks.length > 0 ? joinWithin(blocks, room, '\n\n') : empty;
	const key = options.sessionKey;
	return {
		embeds: [embed],
		components: key === undefined ? [] : pagerRows('search', key, page.page, page.pages),
	};
}
