import {
	type AnyThreadChannel,
	type Channel,
	ChannelType,
	type ForumChannel,
	type MediaChannel,
	type TextChannel,
} from 'discord.js';
import type { Conversations } from '../conversations.ts';
import type { AnswerReply } from './render/answerReply.ts';
import { DISCORD_LIMITS, truncateText } from './render/limits.ts';
import { quiet } from './reply.ts';

/*
 * Threads the bot opens for a question. Everything asked in one of them is read as one conversation,
 * so a follow-up can say "it".
 */

/** The channel, when it is a thread the bot opened. */
export function botThread(channel: Channel | null | undefined, botId: string): AnyThreadChannel | undefined {
	return channel?.isThread() && channel.ownerId === botId ? channel : undefined;
}

/**
 * The thread's earlier questions, oldest first. Conversations live in memory, so after a restart the
 * thread's name — the question that opened it — stands in for them.
 */
export function earlierQuestions(
	conversations: Conversations,
	thread: { id: string; name: string },
): string[] {
	if (!conversations.isTracked(thread.id)) conversations.start(thread.id, thread.name);
	return conversations.history(thread.id);
}

/** Where /ask can open a thread: a text channel, or a forum (where a thread is a post). */
export type ThreadHome = TextChannel | ForumChannel | MediaChannel;

/** The channel, when a thread can be opened in it (not inside another thread, for one). */
export function threadHomeOf(channel: Channel | null | undefined): ThreadHome | undefined {
	if (channel?.type === ChannelType.GuildText || channel?.isThreadOnly()) return channel;
	return undefined;
}

/** Opens a public thread named after the question and posts the answer in it. */
export async function openAnswerThread(
	home: ThreadHome,
	question: string,
	reply: AnswerReply,
): Promise<AnyThreadChannel> {
	const name = truncateText(question.replace(/\s+/g, ' ').trim(), DISCORD_LIMITS.threadName);
	if (home.isThreadOnly()) return home.threads.create({ name, message: quiet(reply) });
	const thread = await home.threads.create({ name, type: ChannelType.PublicThread });
	await thread.send(quiet(reply));
	return thread;
}
