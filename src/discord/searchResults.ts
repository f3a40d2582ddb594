import type { SearchSession } from './buttonSessions.ts';
import type { BotContext } from './context.ts';
import { summarizeIndex } from './render/indexFooter.ts';
import { renderSearchPage, type SearchReply } from './render/searchReply.ts';

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
	const session: SearchSession = { kind: 'search', query, heading, ownerId };
	const sessionKey = page.pages > 1 ? context.sessions.put(session) : undefined;
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
	session: SearchSession,
	sessionKey: string,
	page: number,
): SearchReply {
	return renderSearchPage(context.dossier.search(session.query, page), {
		heading: session.heading,
		index: summarizeIndex(context.dossier.index.data),
		now: Date.now(),
		sessionKey,
	});
}
