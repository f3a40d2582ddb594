import { type ButtonInteraction, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../src/core/answer/ask.ts';
import { answerQuestion } from '../src/discord/answerQuestion.ts';
import { botThread, openAnswerThread, threadHomeOf } from '../src/discord/answerThreads.ts';
import { type AnswerSession, sessionOf } from '../src/discord/buttonSessions.ts';
import type { BotContext } from '../src/discord/context.ts';
import { deferThen } from '../src/discord/deferThen.ts';
import { expireButtons } from '../src/discord/expiredButtons.ts';
import { questionText } from '../src/discord/questionText.ts';
import { factsAround, renderTimelineAround } from '../src/discord/render/answerReply.ts';
import { summarizeIndex } from '../src/discord/render/indexFooter.ts';
import { notify, quiet } from '../src/discord/reply.ts';
import { firstSearchPage } from '../src/discord/searchResults.ts';
import type { SlashCommand } from '../src/discord/types.ts';

/** Facts shown on either side of each key date by the "Timeline" button. */
const TIMELINE_RADIUS = 2;

export default {
	data: new SlashCommandBuilder()
		.setName('ask')
		.setDescription('Ask a question about the documents; the answer quotes and cites them')
		.addStringOption((option) =>
			option
				.setName('question')
				.setDescription('Your question')
				.setRequired(true)
				.setMaxLength(MAX_QUESTION_LENGTH),
		)
		.addBooleanOption((option) =>
			option.setName('private').setDescription('Only you see the answer (no thread)'),
		)
		.addBooleanOption((option) =>
			option.setName('thread').setDescription('Open a public thread for this question and its follow-ups'),
		)
		.toJSON(),
	cooldown: true,

	async execute(interaction, context) {
		const question = questionText(interaction.options.getString('question', true));
		const isPrivate = interaction.options.getBoolean('private') ?? false;
		const home = threadHomeOf(interaction.client.channels.cache.get(interaction.channelId));
		// A forum holds posts, not messages: an answer there is always a new post. Inside a thread
		// (a forum post included) there is no new thread to open: the answer goes where it was asked.
		const wantsThread = home?.isThreadOnly() || (interaction.options.getBoolean('thread') ?? false);
		const threadHome = isPrivate || !wantsThread ? undefined : home;
		// With a thread, the answer is public there and the acknowledgement only tells the asker where.
		await deferThen(interaction, { private: isPrivate || threadHome !== undefined }, async () => {
			const outcome = await answerQuestion(context, question, {
				userId: interaction.user.id,
				channelId: interaction.channelId,
				conversation: botThread(interaction.channel, interaction.client.user.id),
			});
			if ('refusal' in outcome) {
				await interaction.editReply(quiet({ content: outcome.refusal }));
				return;
			}
			if (threadHome) {
				const thread = await openAnswerThread(threadHome, question, outcome.reply);
				context.conversations.start(thread.id, question);
				await interaction.editReply(
					quiet({ content: `Answered in a new thread: <#${thread.id}>. Ask follow-ups there.` }),
				);
				return;
			}
			await interaction.editReply(quiet(outcome.reply));
		});
	},

	async button(interaction, context, [action, key]) {
		const session = sessionOf(context.sessions, key, 'answer');
		if (session === undefined) {
			await expireButtons(interaction, '/ask');
			return;
		}
		if (action === 'more') await showMoreExcerpts(interaction, context, session);
		else if (action === 'timeline') await showTimeline(interaction, context, session);
		else if (action === 'helpful' || action === 'unhelpful')
			await recordFeedback(interaction, context, session, action === 'helpful');
		else await expireButtons(interaction, '/ask');
	},
} satisfies SlashCommand;

/**
 * "More excerpts" is a search for the question: ranked passages beyond the few sentences the answer
 * quotes, shown privately to whoever clicked, who can then page through them with ◀ ▶.
 */
async function showMoreExcerpts(
	interaction: ButtonInteraction,
	context: BotContext,
	session: AnswerSession,
): Promise<void> {
	const reply = firstSearchPage(
		context,
		session.searchQuery,
		`More excerpts: ${session.question}`,
		interaction.user.id,
	);
	await interaction.reply(quiet({ ...reply, flags: MessageFlags.Ephemeral }));
}

/** The stretch of the whole timeline around the answer's key dates, privately. */
async function showTimeline(
	interaction: ButtonInteraction,
	context: BotContext,
	session: AnswerSession,
): Promise<void> {
	const keyIds = new Set(session.keyDateIds);
	const facts = factsAround(context.dossier.timeline(), keyIds, TIMELINE_RADIUS);
	const reply = renderTimelineAround(facts, keyIds, {
		index: summarizeIndex(context.dossier.index.data),
		now: Date.now(),
	});
	await interaction.reply(quiet({ ...reply, flags: MessageFlags.Ephemeral }));
}

async function recordFeedback(
	interaction: ButtonInteraction,
	context: BotContext,
	session: AnswerSession,
	helpful: boolean,
): Promise<void> {
	if (session.raters.includes(interaction.user.id)) {
		await notify(interaction, 'You already rated this answer. Thanks!');
		return;
	}
	session.raters.push(interaction.user.id);
	await context.feedback.append({
		at: new Date().toISOString(),
		userId: interaction.user.id,
		question: session.question,
		helpful,
		answered: session.answered,
		excerpts: session.shown,
	});
	await notify(interaction, 'Thanks! Your feedback is noted and helps the moderators improve the documents.');
}
