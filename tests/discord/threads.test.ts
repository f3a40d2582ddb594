import type { APIEmbed, APIMessage } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands } from '../../commands/index.ts';
import { startBot } from '../../src/discord/bot.ts';
import { createLogger } from '../../src/logger.ts';
import { expectNoViolations } from '../support/discord/index.ts';
import { startTestBot, type TestBot } from '../support/startTestBot.ts';

const SCO = 'Tell me about Belarus and the Shanghai Cooperation Organisation';
const FOLLOW_UP = 'and when did it join the SCO?';
/** What an answer to the follow-up must quote: a sentence on Belarus's SCO membership. */
const SCO_MEMBERSHIP =
	/\*\*Belarus\*\* (formally aligned itself .* and )?became (an observer|a full member|a member) (in|of) the/;

const embedOf = (message: APIMessage) => message.embeds[0] as APIEmbed;

/** Opens a thread with /ask thread:true and returns its id. */
async function openThread(bot: TestBot, question: string): Promise<string> {
	const reply = await bot.discord
		.sendSlashCommand({ name: 'ask', options: { question, thread: true } })
		.reply();
	const threadId = reply.content.match(/<#(\d+)>/)?.[1];
	if (!threadId) throw new Error(`no thread in "${reply.content}"`);
	return threadId;
}

/** Sends a message and expects no reply to it within `ms`. */
async function expectNoReplyTo(bot: TestBot, message: APIMessage, ms = 400): Promise<void> {
	await expect(bot.discord.waitForBotMessage({ replyTo: message.id, timeout: ms })).rejects.toThrow();
}

describe('with the MessageContent intent', () => {
	let bot: TestBot;
	let threadId: string;
	beforeAll(async () => {
		bot = await startTestBot();
		threadId = await openThread(bot, SCO);
	});
	afterAll(() => bot?.stop());
	afterEach(() => {
		vi.restoreAllMocks();
		expectNoViolations(bot.discord);
	});

	it('GIVEN a follow-up in the thread THEN it is answered with the thread’s first question as context', async () => {
		const ask = vi.spyOn(bot.dossier, 'ask');
		const sent = bot.discord.sendMessage({ channelId: threadId, content: FOLLOW_UP });
		const reply = await bot.discord.waitForBotMessage({ replyTo: sent.id });
		expect(ask).toHaveBeenCalledWith(FOLLOW_UP, { context: [SCO] });
		expect(embedOf(reply).title).toBe(FOLLOW_UP);
		expect(embedOf(reply).description).not.toMatch(/^I found no answer/);
		expect(embedOf(reply).description).toMatch(SCO_MEMBERSHIP);
		expect(reply.mentions).toEqual([]);
		expect(JSON.stringify(reply.components)).toContain('ask:more:');
	});

	it('GIVEN messages from the bot itself or another bot in the thread THEN they are ignored, while a member’s is answered', async () => {
		const fromItself = bot.discord.sendMessage({
			channelId: threadId,
			content: 'When did Belarus join the SCO?',
			author: bot.discord.botUser,
		});
		const helper = bot.discord.addMember('helperbot');
		const fromBot = bot.discord.sendMessage({
			channelId: threadId,
			content: 'When did Belarus join the SCO?',
			author: { ...helper, bot: true },
		});
		const fromMember = bot.discord.sendMessage({
			channelId: threadId,
			content: 'When did Belarus join the SCO?',
		});
		await bot.discord.waitForBotMessage({ replyTo: fromMember.id });
		await expectNoReplyTo(bot, fromItself);
		await expectNoReplyTo(bot, fromBot, 50);
	});

	it('GIVEN a message outside a thread the bot opened THEN it is ignored', async () => {
		await expectNoReplyTo(bot, bot.discord.sendMessage({ content: 'When did Belarus join the SCO?' }));
	});

	it('GIVEN ALLOWED_CHANNEL_IDS THEN a thread counts under its parent channel', async () => {
		const allowed = bot.config.ALLOWED_CHANNEL_IDS;
		try {
			allowed.splice(0, allowed.length, '123456789012345678');
			await expectNoReplyTo(
				bot,
				bot.discord.sendMessage({ channelId: threadId, content: 'When did Belarus join the SCO?' }),
			);
			allowed.splice(0, allowed.length, bot.discord.channelId);
			const sent = bot.discord.sendMessage({
				channelId: threadId,
				content: 'When did Belarus join the SCO?',
			});
			expect(embedOf(await bot.discord.waitForBotMessage({ replyTo: sent.id })).title).toBe(
				'When did Belarus join the SCO?',
			);
		} finally {
			allowed.splice(0, allowed.length);
		}
	});

	it('GIVEN only a mention of the bot THEN it explains how to ask', async () => {
		const sent = bot.discord.sendMessage({ channelId: threadId, content: `<@${bot.discord.botUser.id}>` });
		const reply = await bot.discord.waitForBotMessage({ replyTo: sent.id });
		expect(reply.content).toMatch(
			/Put your follow-up question in the same message as the mention, e\.g\. "@Dossier and when/,
		);
	});

	it('GIVEN the core fails on a follow-up THEN a short apology carries an error id found in the log', async () => {
		vi.spyOn(bot.dossier, 'ask').mockImplementation(() => {
			throw new Error('index exploded');
		});
		const sent = bot.discord.sendMessage({ channelId: threadId, content: 'Who visited Beijing?' });
		const reply = await bot.discord.waitForBotMessage({ replyTo: sent.id });
		const errorId = reply.content.match(/error id `([0-9a-f]+)`/)?.[1];
		expect(bot.logs.some((line) => line.errorId === errorId && line.messageId === sent.id)).toBe(true);
	});

	it('GIVEN the bot restarted THEN a follow-up in its old thread uses the thread’s name as the first question', async () => {
		const question = 'Who is Jakub Jakobowski?';
		const oldThread = await openThread(bot, SCO);
		await bot.bot.stop(2000);
		const restarted = await startBot(bot.config, bot.dossier, createLogger('silent'), commands);
		try {
			const ask = vi.spyOn(bot.dossier, 'ask');
			const sent = bot.discord.sendMessage({ channelId: oldThread, content: FOLLOW_UP });
			const reply = await bot.discord.waitForBotMessage({ replyTo: sent.id });
			expect(ask).toHaveBeenCalledWith(FOLLOW_UP, { context: [SCO] });
			expect(embedOf(reply).description).toMatch(SCO_MEMBERSHIP);
			// A question asked there after the restart joins the conversation too.
			const next = bot.discord.sendMessage({ channelId: oldThread, content: question });
			await bot.discord.waitForBotMessage({ replyTo: next.id });
			expect(ask).toHaveBeenLastCalledWith(question, { context: [SCO, FOLLOW_UP] });
		} finally {
			await restarted.stop(2000);
		}
	});
});

describe('without the MessageContent intent', () => {
	let bot: TestBot;
	let threadId: string;
	beforeAll(async () => {
		bot = await startTestBot({ fake: { messageContentIntent: false } });
		threadId = await openThread(bot, SCO);
	});
	afterAll(() => bot?.stop());
	afterEach(() => expectNoViolations(bot.discord));

	it('GIVEN a follow-up that does not mention the bot THEN it is not answered (its text never arrives)', async () => {
		await expectNoReplyTo(bot, bot.discord.sendMessage({ channelId: threadId, content: FOLLOW_UP }), 600);
	});

	it('GIVEN a follow-up that mentions the bot THEN it is answered in context, the mention left out of the question', async () => {
		const sent = bot.discord.sendMessage({
			channelId: threadId,
			content: `<@${bot.discord.botUser.id}> ${FOLLOW_UP}`,
		});
		const reply = await bot.discord.waitForBotMessage({ replyTo: sent.id });
		expect(embedOf(reply).title).toBe(FOLLOW_UP);
		expect(embedOf(reply).description).toMatch(SCO_MEMBERSHIP);
	});
});
