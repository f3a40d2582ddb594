import type { BotContext } from './context.ts';
import { summarizeIndex } from './render/indexFooter.ts';
import { openPages } from './render/pager.ts';
import { renderSearchPage, type SearchReply } from './render/searchReply.ts';

/** What turning a search's pages needs to know. */
export interface SearchState {
	query: string;
	heading: string;
}

/**
 * The first page of ranked passages for a query (/search, an answer's "More excerpts"). When there are
 * more pages, their state is kept so that `ownerId`, and only they, can turn them.
 */
export function firstSearchPage(
	context: BotContext,
	query: string,
	heading: string,
	ownerId: string,
): SearchReply {
	const page = context.dossier.search(query, 1);
	const state: SearchState = { query, heading };
	const sessionKey = page.pages > 1 ? openPages(context.sessions, 'search', ownerId, state) : undefined;
	return renderSearchPage(page, {
		heading,
		index: summarizeIndex(context.dossier.index.data),
		now: Date.now(),
		...(sessionKey === undefined ? {} : { sessionKey }),
	});
}

/** Another page of a search whose state is kept under `sessionKey`. */
export function laterSearchPage(
	context: BotContext,
	state: SearchState,
	sessionKey: string,
	page: number,
): SearchReply {
	return renderSearchPage(context.dossier.search(state.query, page), {
		heading: state.heading,
		index: summarizeIndex(context.dossier.index.data),
		now: Date.now(),
		sessionKey,
	});
}
