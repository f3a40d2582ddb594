import type { APIEmbed } from 'discord.js';
import type { Answer } from '../../core/answer/ask.ts';
import { compareFigures, type FigureAgreement } from '../../core/answer/claimFigures.ts';
import { disagreementLine } from './answerReply.ts';
import { excerptMarkdown, joinWithin, plainMarkdown, SourceNumbers } from './citedExcerpts.ts';
import { COLOR } from './colors.ts';
import { type IndexSummary, indexFooter } from './indexFooter.ts';
import { DISCORD_LIMITS, embedLength } from './limits.ts';

/*
 * "Find sources": the passages that bear on a claim, each marked when its dates or figures match or
 * differ from the claim's (see claimFigures.ts). It never rules on the claim; the reader compares.
 */

export interface ClaimReplyOptions {
	index: IndexSummary;
	now: number;
}

const MAX_CLAIM = 400;
const MAX_EXCERPT = 900;
const MAX_REFUSAL = 300;

const MARKERS: Record<FigureAgreement, string> = {
	'same-figures': '✓ *same dates or figures as the claim*\n',
	'different-figures': '⚠ *different dates or figures — may contradict the claim*\n',
	'no-comparison': '',
};

export function renderClaimCheck(
	claim: string,
	answer: Answer,
	options: ClaimReplyOptions,
): { embeds: APIEmbed[] } {
	const numbers = new SourceNumbers();
	const shown = answer.answered ? answer.excerpts : answer.leads;
	const blocks = shown.map(
		(excerpt) =>
			`${MARKERS[compareFigures(claim, excerpt.text)]}${excerptMarkdown(excerpt, MAX_EXCERPT)} **[${numbers.numberOf(excerpt.source)}]**`,
	);
	const fields = [
		{ name: 'Sources', lines: numbers.lines() },
		{
			name: '⚠ Sources disagree',
			lines: answer.disagreements.map((pair) => disagreementLine(pair, numbers)),
		},
	]
		.filter((field) => field.lines.length > 0)
		.map(({ name, lines }) => ({ name, value: joinWithin(lines, DISCORD_LIMITS.fieldValue) }));
	const embed: APIEmbed = {
		title: 'Sources for this claim',
		color: answer.answered ? COLOR.answered : COLOR.unanswered,
		fields,
		footer: {
			text: `Matched by words and figures, not judged: read the sources · ${indexFooter(options.index, options.now)}`,
		},
	};
	const intro = `> ${plainMarkdown(claim, MAX_CLAIM)}\n\n${introFor(answer, blocks.length)}`;
	const room =
		Math.min(DISCORD_LIMITS.embedDescription, DISCORD_LIMITS.embedTotal - embedLength(embed)) - intro.length;
	embed.description = intro + joinWithin(blocks, room, '\n\n');
	return { embeds: [embed] };
}

function introFor(answer: Answer, shown: number): string {
	if (answer.answered) return 'Passages in the documents that bear on it (matching words in bold):\n\n';
	// Why nothing was looked up ("Please ask in English…"), rather than a claim the documents would not touch.
	if (answer.refusal !== undefined && shown === 0) return plainMarkdown(answer.refusal, MAX_REFUSAL);
	if (shown > 0)
		return 'Nothing in the documents addresses it directly. The nearest passages, as leads only:\n\n';
	return 'Nothing in the documents comes close to this claim.';
}
