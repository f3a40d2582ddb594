import {
	type APIActionRowComponent,
	type APIButtonComponentWithCustomId,
	type APIEmbed,
	type ButtonInteraction,
	ButtonStyle,
	ComponentType,
	type MessageMentionOptions,
} from 'discord.js';
import { expireButtons } from '../expiredButtons.ts';
import { notify } from '../reply.ts';
import type { SessionStore } from '../sessions.ts';

/*
 * ◀ ▶ paging for any list too long for one message (the timeline, the list of sources, search
 * results). A custom id holds at most 100 characters, so the pages' state lives in the session store and
 * the buttons carry its key: `<command>:page:<key>:<page to show>`. Only the person who ran the command
 * may turn its pages, and a click after the state expired removes the buttons with a clear notice.
 */

/** A message body that `reply`, `editReply` and a button's `update` all accept. */
export interface ReplyPayload {
	content?: string;
	embeds: APIEmbed[];
	components: Array<APIActionRowComponent<APIButtonComponentWithCustomId>>;
	allowedMentions: MessageMentionOptions;
}

/** The action in a pager button's custom id, after the command's name. */
const PAGE_ACTION = 'page';

/** What a paged reply keeps between clicks. `command` tells one command's state from another's in the shared store. */
export interface PagedState<T> {
	command: string;
	ownerId: string;
	data: T;
}

export interface Page<T> {
	items: T[];
	/** 1-based, clamped to the pages there are. */
	page: number;
	pages: number;
	/** Index of the first item of this page in the whole list. */
	offset: number;
}

/** One page of `items`; there is always at least one page, possibly empty. */
export function pageOf<T>(items: readonly T[], page: number, perPage: number): Page<T> {
	const pages = Math.max(1, Math.ceil(items.length / perPage));
	const current = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
	const offset = (current - 1) * perPage;
	return { items: items.slice(offset, offset + perPage), page: current, pages, offset };
}

/**
 * ◀ "page 2/7" ▶ for page `page` of `pages`; no row at all when everything fits on one page. ◀ and ▶ carry
 * the page they lead to; the middle one only shows where the reader is.
 */
export function pagerRows(
	command: string,
	key: string,
	page: number,
	pages: number,
): Array<APIActionRowComponent<APIButtonComponentWithCustomId>> {
	if (pages <= 1) return [];
	const button = (label: string, target: number, disabled: boolean): APIButtonComponentWithCustomId => ({
		type: ComponentType.Button,
		style: disabled ? ButtonStyle.Secondary : ButtonStyle.Primary,
		label,
		// The target page makes the ids differ even when buttons are disabled at an edge.
		custom_id: `${command}:${PAGE_ACTION}:${key}:${target}`,
		disabled,
	});
	return [
		{
			type: ComponentType.ActionRow,
			components: [
				button('◀', page - 1, page <= 1),
				button(`page ${page}/${pages}`, page, true),
				button('▶', page + 1, page >= pages),
			],
		},
	];
}

/** Stores a paged reply's state for its buttons; returns the key they carry. */
export function openPages<T>(
	sessions: SessionStore<unknown>,
	command: string,
	ownerId: string,
	data: T,
): string {
	const state: PagedState<T> = { command, ownerId, data };
	return sessions.put(state);
}

/**
 * Answers a click on a pager button (`args` are the custom id's parts after the command's name): shows
 * the requested page to the person who ran the command, refuses anyone else privately, and on expired
 * state removes the buttons and says to run the command again.
 */
export async function turnPage<T>(
	interaction: ButtonInteraction,
	sessions: SessionStore<unknown>,
	command: string,
	args: readonly string[],
	render: (data: T, page: number, key: string) => ReplyPayload,
): Promise<void> {
	const [action, key = '', target = ''] = args;
	const state = action === PAGE_ACTION ? sessions.get(key) : undefined;
	if (!isPagedState<T>(state, command)) {
		await expireButtons(interaction, `/${command}`);
		return;
	}
	if (state.ownerId !== interaction.user.id) {
		await notify(
			interaction,
			`Only the person who ran this /${command} can turn its pages. Run /${command} yourself to browse.`,
		);
		return;
	}
	await interaction.update(render(state.data, Number(target), key));
}

function isPagedState<T>(value: unknown, command: string): value is PagedState<T> {
	return typeof value === 'object' && value !== null && (value as Partial<PagedState<T>>).command === command;
}
