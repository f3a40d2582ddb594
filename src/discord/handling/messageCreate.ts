import type { Message } from 'discord.js';
import { answerQuestion } from '../answerQuestion.ts';
import { botThread } from '../answerThreads.ts';
import type { BotContext } from '../context.ts';
import { tooFast } from '../cooldowns.ts';
import { inAllowedChannel } from '../permissions.ts';
import { questionText } from '../questionText.ts';
import { quiet } from '../reply.ts';
import { apologize, type InFlight, track } from './failures.ts';

/**
 * Follow-ups in the threads the bot opened: a member's message there is a question read in the context of
 * the thread's earlier ones. Without the MessageContent intent Discord delivers the text only of messages
 * that mention the bot, so then only those are answered; the mention itself is not part of the question.
 * Other bots, the bot itself, and channels outside ALLOWED_CHANNEL_IDS are ignored.
 */
export function createMessageHandler(context: BotContext, inFlight: InFlight) {
	return (message: Message): void => track(inFlight, handle(context, message), context.logger);
}

async function handle(base: BotContext, message: Message): Promise<void> {
	if (message.author.bot || message.system || !message.inGuild()) return;
	const botId = message.client.user.id;
	const thread = botThread(message.channel, botId);
	if (thread === undefined || !inAllowedChannel(base.config, [thread.id, thread.parentId])) return;
	// The bot's mention is no part of the question, nor is any other.
	const question = questionText(message.content);
	// A bare mention: the member wants the bot's attention but has not asked anything yet.
	const bareMention = question === '' && message.mentions.users.has(botId);
	if (question === '' && !bareMention) return;

	const logger = base.logger.child({
		messageId: message.id,
		channelId: thread.id,
		userId: message.author.id,
	});
	const context: BotContext = { ...base, logger };
	const started = performance.now();
	try {
		if (bareMention) {
			const example = `@${message.client.user.username} and when did it happen?`;
			await message.reply(
				quiet({
					content: `Put your follow-up question in the same message as the mention, e.g. "${example}"`,
				}),
			);
			return;
		}
		// A follow-up is a question like /ask, and waits as long.
		const wait = context.cooldowns.take(message.author.id);
		if (wait > 0) {
			await message.reply(quiet({ content: tooFast(wait) }));
			return;
		}
		const outcome = await answerQuestion(context, question, {
			userId: message.author.id,
			channelId: thread.id,
			conversation: thread,
		});
		if ('refusal' in outcome) {
			await message.reply(quiet({ content: outcome.refusal }));
			return;
		}
		await message.reply(quiet(outcome.reply));
		logger.info(
			{ durationMs: Math.round(performance.now() - started), answered: outcome.answer.answered },
			'follow-up answered',
		);
	} catch (error) {
		await apologize(logger, error, started, 'follow-up failed', (apology) =>
			message.reply(quiet({ content: apology })),
		);
	}
}
