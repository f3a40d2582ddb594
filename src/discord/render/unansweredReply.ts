import { SNOWFLAKE } from '../../config.ts';
import type { UnansweredRecord } from '../context.ts';
import { quiet } from '../reply.ts';
import { plainMarkdown } from './citedExcerpts.ts';
import { plural } from './indexFooter.ts';
import { DISCORD_LIMITS, fitLines } from './limits.ts';
import type { ReplyPayload } from './pager.ts';

/**
 * Recent questions the documents could not answer, newest first, so moderators know what to add. As many
 * as fit one embed; the rest are counted.
 */
export function unansweredReply(records: readonly UnansweredRecord[]): ReplyPayload {
	if (records.length === 0) {
		return quiet({ content: 'No unanswered questions have been recorded.', embeds: [], components: [] });
	}
	const description = fitLines(
		[...records].reverse().map(questionLine),
		DISCORD_LIMITS.embedDescription,
		(left) => `…and ${plural(left, 'older question')}`,
	);
	return quiet({
		embeds: [
			{
				title: `Unanswered questions · the latest ${records.length.toLocaleString('en-US')}`,
				description,
				footer: { text: 'Documents that answer them can be added with /upload.' },
			},
		],
		components: [],
	});
}

function questionLine(record: UnansweredRecord): string {
	const at = Date.parse(record.at);
	const when = Number.isNaN(at) ? '' : `<t:${Math.floor(at / 1000)}:R> · `;
	// Ids come from our own log, but a hand-edited file must not turn into arbitrary mention syntax.
	const who = SNOWFLAKE.test(record.userId) ? `<@${record.userId}> · ` : '';
	const where =
		record.channelId !== null && SNOWFLAKE.test(record.channelId) ? ` in <#${record.channelId}>` : '';
	return `${when}${who}“${plainMarkdown(record.question, 300)}”${where}`;
}
