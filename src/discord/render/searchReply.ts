import {
	type APIActionRowComponent,
	type APIButtonComponent,
	type APIEmbed,
	ButtonStyle,
	ComponentType,
} from 'discord.js';
import { SEARCH_PAGE_SIZE, type SearchPage } from '../../core/answer/search.ts';
import { excerptMarkdown, joinWithin, plainMarkdown, sourceLink } from './citedExcerpts.ts';
import { type IndexSummary, indexFooter, plural } from './indexFooter.ts';
import { DISCORD_LIMITS, embedLength } from './limits.ts';

/*
 * One page of ranked passages (/search, and an answer's "More excerpts"), with ◀ "page 2/7" ▶ buttons.
 * The page number travels in the button's custom id (`search:page:<session key>:<page>`); the query and
 * who may page live in the session.
 */

export interface SearchReply {
	embeds: APIEmbed[];
	components: Array<APIActionRowComponent<APIButtonComponent>>;
}

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
		color: 0x2f80ed,
		footer: {
			text: `Page ${page.page}/${page.pages} · ${plural(page.total, 'passage')} · ${indexFooter(options.index, options.now)}`,
		},
	};
	const room = Math.min(DISCORD_LIMITS.embedDescription, DISCORD_LIMITS.embedTotal - embedLength(embed));
	embed.description =
		blocks.length > 0 ? joinWithin(blocks, room, '\n\n') : 'No passage in the documents matches these words.';
	const key = page.pages > 1 ? options.sessionKey : undefined;
	return { embeds: [embed], components: key === undefined ? [] : [pageButtons(key, page)] };
}

/** ◀ and ▶ carry the page they lead to; the middle one shows where the reader is and does nothing. */
function pageButtons(key: string, page: SearchPage): APIActionRowComponent<APIButtonComponent> {
	const button = (target: number, label: string, disabled: boolean): APIButtonComponent => ({
		type: ComponentType.Button,
		style: disabled ? ButtonStyle.Secondary : ButtonStyle.Primary,
		custom_id: `search:page:${key}:${target}`,
		label,
		disabled,
	});
	return {
		type: ComponentType.ActionRow,
		components: [
			button(page.page - 1, '◀', page.page <= 1),
			button(page.page, `page ${page.page}/${page.pages}`, true),
			button(page.page + 1, '▶', page.page >= page.pages),
		],
	};
}
