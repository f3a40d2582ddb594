import { quiet } from '../reply.ts';
import { formatAge, plural } from './indexFooter.ts';
import type { ReplyPayload } from './pager.ts';

export interface AboutFacts {
	/** When the index being served was built (ISO). */
	builtAt: string;
	documents: number;
	passages: number;
	facts: number;
	reindexing: boolean;
	startedAt: Date;
	now: Date;
}

/** What the bot is, how fresh its index is and what it holds, and how long it has been up. */
export function aboutReply(about: AboutFacts): ReplyPayload {
	const built = new Date(about.builtAt);
	const builtKnown = !Number.isNaN(built.getTime());
	const unix = Math.floor(built.getTime() / 1000);
	const freshness = builtKnown
		? `Built ${formatAge(about.now.getTime() - built.getTime())} ago (<t:${unix}:f>)`
		: 'Build time unknown';
	return quiet({
		content:
			'**Dossier** answers questions from a folder of documents with cited excerpts, and keeps a sourced timeline of the dates they state.',
		embeds: [
			{
				title: 'About Dossier',
				fields: [
					{
						name: 'Index',
						value: `${freshness}${about.reindexing ? '\nA reindex is running now.' : ''}`,
					},
					{
						name: 'Holds',
						value: `${plural(about.documents, 'document')} · ${plural(about.passages, 'passage')} · ${plural(about.facts, 'dated fact')}`,
					},
					{ name: 'Uptime', value: formatAge(about.now.getTime() - about.startedAt.getTime()) },
					{
						name: 'Try',
						value:
							'/ask a question · /search passages · /timeline of dates · /sources and /source for the documents',
					},
				],
			},
		],
		components: [],
	});
}
