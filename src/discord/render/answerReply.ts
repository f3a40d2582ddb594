import {
	type APIActionRowComponent,
	type APIButtonComponent,
	type APIEmbed,
	ButtonStyle,
	ComponentType,
} from 'discord.js';
import type { Answer } from '../../core/answer/ask.ts';
import type { Fact } from '../../core/types.ts';
import { formatFactDate } from '../../render/citation.ts';
import { type KeyDateLine, keyDateLines, lineOf } from '../../render/keyDates.ts';
import { unknownWordList } from '../../render/unknownWords.ts';
import { excerptMarkdown, joinWithin, plainMarkdown, SourceNumbers } from './citedExcerpts.ts';
import { COLOR } from './colors.ts';
import { escapeUntrusted } from './escape.ts';
import { type IndexSummary, indexFooter, plural } from './indexFooter.ts';
import { DISCORD_LIMITS, embedLength, truncate } from './limits.ts';

/*
 * /ask's reply (also a thread follow-up's): the answering excerpts with matched words in bold and numbered
 * citations, the key dates, a note when sources disagree, the index's age and size, and the buttons.
 * Every part is cut to fit Discord's limits; the excerpts get whatever room the rest leaves.
 */

export interface AnswerReply {
	embeds: APIEmbed[];
	components: Array<APIActionRowComponent<APIButtonComponent>>;
}

export interface AnswerReplyOptions {
	index: IndexSummary;
	/** Milliseconds since the epoch, for the index's age. */
	now: number;
	/** The key of the buttons' state; without one the reply has no buttons. */
	sessionKey?: string;
}

/** The actions behind an answer's buttons, each sent as `ask:<action>:<session key>`. */
type AnswerAction = 'more' | 'timeline' | 'helpful' | 'unhelpful';

const MAX_EXCERPT = 1000;
const MAX_FACT_TEXT = 240;

export function renderAnswer(answer: Answer, options: AnswerReplyOptions): AnswerReply {
	const numbers = new SourceNumbers();
	const shown = answer.answered ? answer.excerpts : answer.leads;
	const blocks = shown.map(
		(excerpt) => `${excerptMarkdown(excerpt, MAX_EXCERPT)} **[${numbers.numberOf(excerpt.source)}]**`,
	);
	const fields = [
		{ name: 'Sources', lines: numbers.lines() },
		{ name: 'Key dates', lines: keyDateLines(answer.keyDates).map(keyDateLine) },
		{
			name: 'Not in any document',
			lines: answer.unknownWords.length > 0 ? [plainMarkdown(unknownWordList(answer.unknownWords), 300)] : [],
		},
		{
			name: '⚠ Sources disagree',
			lines: answer.disagreements.map((pair) => disagreementLine(pair, numbers)),
		},
	]
		.filter((field) => field.lines.length > 0)
		.map(({ name, lines }) => ({ name, value: joinWithin(lines, DISCORD_LIMITS.fieldValue) }));
	const embed: APIEmbed = {
		title: truncate(escapeUntrusted(oneLine(answer.question)), DISCORD_LIMITS.embedTitle),
		color: answer.answered ? COLOR.answered : COLOR.unanswered,
		fields,
		footer: { text: indexFooter(options.index, options.now) },
	};
	embed.description = describe(answer, blocks, DISCORD_LIMITS.embedTotal - embedLength(embed));
	return {
		embeds: [embed],
		components:
			options.sessionKey === undefined ? [] : [answerButtons(options.sessionKey, answer.keyDates.length > 0)],
	};
}

function describe(answer: Answer, blocks: readonly string[], room: number): string {
	const budget = Math.min(DISCORD_LIMITS.embedDescription, room);
	if (answer.answered) return joinWithin(blocks, budget, '\n\n');
	const intro =
		blocks.length > 0
			? 'I found no answer to this in the documents. The nearest passages are leads to read, not an answer:\n\n'
			: 'I found no answer to this in the documents, and nothing in them comes close.';
	return intro + joinWithin(blocks, budget - intro.length, '\n\n');
}

function keyDateLine({ dates, text, corroboration, disputed }: KeyDateLine): string {
	const sources = corroboration > 1 ? ` · ${plural(corroboration, 'source')}` : '';
	return `**${dates}** — ${plainMarkdown(text, MAX_FACT_TEXT)}${sources}${disputed ? ' ⚠' : ''}`;
}

/** "2023 “…became a member of the SCO…” [1] vs 2024-07 “…became a full member…” [2]" */
export function disagreementLine([fact, other]: [Fact, Fact], numbers: SourceNumbers): string {
	const side = (f: Fact) => {
		const docId = f.mentions[0]?.docId;
		const number = docId === undefined ? undefined : numbers.numberOfId(docId);
		const cite =
			number !== undefined ? `[${number}]` : docId !== undefined ? `(${plainMarkdown(docId, 80)})` : '';
		return `**${formatFactDate(f.date)}** “${plainMarkdown(f.text, 160)}” ${cite}`.trimEnd();
	};
	return `${side(fact)} — vs — ${side(other)}`;
}

function answerButtons(key: string, withTimeline: boolean): APIActionRowComponent<APIButtonComponent> {
	const button = (action: AnswerAction, label: string, emoji?: string): APIButtonComponent => ({
		type: ComponentType.Button,
		style: ButtonStyle.Secondary,
		custom_id: `ask:${action}:${key}`,
		label,
		...(emoji ? { emoji: { name: emoji } } : {}),
	});
	return {
		type: ComponentType.ActionRow,
		components: [
			button('more', 'More excerpts'),
			...(withTimeline ? [button('timeline', 'Timeline')] : []),
			button('helpful', 'Helpful', '👍'),
			button('unhelpful', 'Not helpful', '👎'),
		],
	};
}

/**
 * The stretch of the timeline around an answer's key dates: each key date with up to `radius` facts on
 * either side, in date order. Facts the index no longer has (it was rebuilt since) are skipped.
 */
export function factsAround(timeline: readonly Fact[], keyIds: ReadonlySet<string>, radius: number): Fact[] {
	const wanted = new Set<number>();
	timeline.forEach((fact, at) => {
		if (!keyIds.has(fact.id)) return;
		for (let i = Math.max(0, at - radius); i <= Math.min(timeline.length - 1, at + radius); i++)
			wanted.add(i);
	});
	return [...wanted].sort((a, b) => a - b).flatMap((at) => timeline[at] ?? []);
}

/** The "Timeline" button's private reply: the facts around the answer, its own key dates marked ▸. */
export function renderTimelineAround(
	facts: readonly Fact[],
	keyIds: ReadonlySet<string>,
	options: AnswerReplyOptions,
): { embeds: APIEmbed[] } {
	const lines = facts.map((fact) => `${keyIds.has(fact.id) ? '▸ ' : ''}${keyDateLine(lineOf([fact]))}`);
	return {
		embeds: [
			{
				title: 'Timeline around this answer',
				color: COLOR.answered,
				description:
					lines.length > 0
						? joinWithin(lines, DISCORD_LIMITS.embedDescription)
						: 'The index was rebuilt since this answer; ask again to see its timeline.',
				footer: {
					text: `▸ the answer's key dates · /timeline shows the whole timeline · ${indexFooter(options.index, options.now)}`,
				},
			},
		],
	};
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
