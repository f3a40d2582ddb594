import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type APIEmbed, type APIMessage, ChannelType, MessageFlags } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FeedbackRecord, UnansweredRecord } from '../../src/discord/context.ts';
import { SessionStore } from '../../src/discord/sessions.ts';
import { expectNoViolations } from '../support/discord/index.ts';
import { startTestBot, type TestBot } from '../support/startTestBot.ts';

const SCO = 'Tell me about Belarus and the Shanghai Cooperation Organisation';
const HOSTILE = `Chess news from Minsk

The Minsk chess club announced that @everyone and <@123456789012345678> must attend the Zubrovka blitz tournament, which opens on 12 May 2021 in the old town; tickets are sold at [the club](https://evil.example) from Monday.
`;

let bot: TestBot;
beforeAll(async () => {
	bot = await startTestBot({ files: { 'chess-club.txt': HOSTILE } });
});
afterAll(() => bot?.stop());
afterEach(() => {
	vi.restoreAllMocks();
	expectNoViolations(bot.discord);
});

const ask = (
	options: Record<string, string | boolean>,
	extra: { user?: typeof bot.discord.users.alice; channelId?: string } = {},
) => bot.discord.sendSlashCommand({ name: 'ask', options, ...extra });
const embedOf = (message: APIMessage) => message.embeds[0] as APIEmbed;
const field = (message: APIMessage, name: string) =>
	embedOf(message).fields?.find((f) => f.name === name)?.value ?? '';
const isEphemeral = (message: APIMessage) => ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
const buttonId = (message: APIMessage, action: string) => {
	const ids = JSON.stringify(message.components).match(new RegExp(`"(ask:${action}:[^"]+)"`));
	if (!ids?.[1]) throw new Error(`no ${action} button on message ${message.id}`);
	return ids[1];
};
const threadIdIn = (content: string) => content.match(/<#(\d+)>/)?.[1] ?? '';
const readJsonLines = async <T>(name: string): Promise<T[]> => {
	const text = await readFile(join(bot.config.STATE_DIR, name), 'utf8').catch(() => '');
	return text
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as T);
};

describe('/ask', () => {
	it('GIVEN a question the documents answer THEN the public reply quotes them with matched words bold, numbered citations, key dates and the index footer', async () => {
		const reply = await ask({ question: SCO }).reply();
		expect(isEphemeral(reply)).toBe(false);
		const embed = embedOf(reply);
		expect(embed.title).toBe(SCO);
		expect(embed.description).toMatch(
			/\*\*Belarus\*\* became an observer in the \*\*Shanghai Cooperation Organisation\*\* \(\*\*SCO\*\*\)/,
		);
		expect(embed.description).toMatch(/\*\*\[1\]\*\*/);
		expect(field(reply, 'Sources')).toMatch(/\*\*\[\d\]\*\* Belarus–China relations/);
		expect(field(reply, 'Key dates')).toMatch(/\*\*2015-07\*\* — In July 2015, Belarus became an observer/);
		expect(field(reply, '⚠ Sources disagree')).toMatch(/\*\*2023\*\*.* — vs — .*\*\*2024-07\*\*/);
		expect(embed.footer?.text).toMatch(/^Index built \d+ s ago · 6 documents · \d+ passages$/);
	});

	it('GIVEN a question with Discord markup in it (a mention, a custom emoji) THEN that markup is no part of the question', async () => {
		const reply = await ask({
			question:
				'<@123456789012345678> When did Belarus become an observer in the SCO? <:sco:987654321098765432>',
		}).reply();
		expect(embedOf(reply).title).toBe('When did Belarus become an observer in the SCO?');
		expect(embedOf(reply).description).toMatch(/In July 2015, \*\*Belarus became\*\* an \*\*observer\*\*/);
		expect(field(reply, 'Not in any document')).toBe('');
	});

	it('GIVEN a question the documents cannot answer THEN it says so with the nearest leads and logs the question for moderators', async () => {
		const question = 'What did Lukashenko eat for breakfast in Beijing?';
		const reply = await ask({ question }).reply();
		expect(embedOf(reply).description).toMatch(
			/^I found no answer to this in the documents\. The nearest passages are leads/,
		);
		expect(embedOf(reply).description).toMatch(/\*\*Lukashenko\*\*/);
		const logged = await readJsonLines<UnansweredRecord>('unanswered.jsonl');
		expect(logged).toContainEqual(
			expect.objectContaining({
				question,
				userId: bot.discord.users.alice.id,
				channelId: bot.discord.channelId,
			}),
		);
	});

	it('GIVEN private:true THEN only the asker sees the answer', async () => {
		const reply = await ask({ question: 'When did Belarus join the SCO?', private: true }).reply();
		expect(isEphemeral(reply)).toBe(true);
		expect(embedOf(reply).description).toMatch(/\*\*SCO\*\*/);
	});

	it('GIVEN thread:true THEN a public thread named after the question holds the answer, and the asker is told where', async () => {
		const reply = await ask({ question: SCO, thread: true }).reply();
		expect(isEphemeral(reply)).toBe(true);
		const thread = bot.discord.guild.channel(threadIdIn(reply.content));
		expect(thread).toMatchObject({
			type: ChannelType.PublicThread,
			name: SCO,
			parent_id: bot.discord.channelId,
		});
		const answer = await bot.discord.waitForBotMessage({ channelId: thread?.id ?? '' });
		expect(embedOf(answer).title).toBe(SCO);
		expect(field(answer, 'Key dates')).toMatch(/2015-07/);
		expect(JSON.stringify(answer.components)).toContain('ask:more:');
	});

	it('GIVEN a question longer than a thread name THEN the thread is named with its first 100 characters', async () => {
		const question = `When did Belarus join the SCO, ${'and what did the members of that organisation say about it at the time, '.repeat(2)}?`;
		const reply = await ask({ question, thread: true }).reply();
		const name = (bot.discord.guild.channel(threadIdIn(reply.content)) as { name: string }).name;
		expect(name.length).toBeLessThanOrEqual(100);
		expect(name).toMatch(/^When did Belarus join the SCO, and what.*…$/);
	});

	it('GIVEN /ask in a forum channel THEN the answer becomes a new forum post named after the question', async () => {
		const question = 'When did Belarus join the SCO?';
		const reply = await ask({ question }, { channelId: bot.discord.forumChannelId }).reply();
		const postId = threadIdIn(reply.content);
		expect(bot.discord.guild.channel(postId)).toMatchObject({
			name: question,
			parent_id: bot.discord.forumChannelId,
		});
		// A forum post's first message shares the post's id.
		const starter = bot.discord.messages.get(postId);
		expect(starter && embedOf(starter).description).toMatch(/\*\*SCO\*\*/);
	});

	it('GIVEN a document whose text pings @everyone and a user THEN the reply pings nobody and carries no live mention', async () => {
		const exchange = ask({
			question: 'What did the Minsk chess club announce about the Zubrovka tournament?',
		});
		const reply = await exchange.reply();
		expect(embedOf(reply).description).toMatch(/Zubrovka/);
		expect(reply.mention_everyone).toBe(false);
		expect(reply.mentions).toEqual([]);
		const shown = JSON.stringify(reply.embeds);
		expect(shown).not.toMatch(/@everyone/);
		expect(shown).not.toMatch(/<@!?\d+>/);
		expect(shown).not.toContain('](https://evil.example)');
		const edit = exchange.responses.find((response) => response.kind === 'edit');
		expect(edit?.body).toMatchObject({ allowed_mentions: { parse: [] } });
	});

	it('GIVEN the core fails THEN the asker gets a private apology whose error id is in the log, and no public placeholder is left', async () => {
		vi.spyOn(bot.dossier, 'ask').mockImplementation(() => {
			throw new Error('index exploded');
		});
		const exchange = ask({ question: 'When did Belarus join the SCO?' });
		const apology = (await exchange.waitFor((response) => response.kind === 'follow-up'))
			.message as APIMessage;
		expect(isEphemeral(apology)).toBe(true);
		const errorId = apology.content.match(/error id `([0-9a-f]+)`/)?.[1];
		expect(bot.logs.some((line) => line.errorId === errorId && line.interactionId === exchange.id)).toBe(
			true,
		);
		expect(exchange.original).toBeUndefined();
	});
});

describe("the answer's buttons", () => {
	let answer: APIMessage;
	beforeAll(async () => {
		answer = await ask({ question: SCO }).reply();
	});

	it('GIVEN "More excerpts" THEN the clicker privately gets ranked passages for the question, which they can page', async () => {
		const more = await bot.discord
			.clickButton({ message: answer, customId: buttonId(answer, 'more') })
			.reply();
		expect(isEphemeral(more)).toBe(true);
		expect(embedOf(more).title).toBe(`More excerpts: ${SCO}`);
		expect(embedOf(more).description).toMatch(/^\*\*1\.\*\* .*\*\*(Belarus|SCO|Shanghai)/);
		expect(embedOf(more).footer?.text).toMatch(/^Page 1\/\d+/);
		const next = JSON.stringify(more.components).match(/"(search:page:[^"]+:2)"/)?.[1] ?? '';
		const second = await bot.discord.clickButton({ message: more, customId: next }).reply();
		expect(embedOf(second).footer?.text).toMatch(/^Page 2\//);
		expect(embedOf(second).description).toMatch(/^\*\*6\.\*\* /);
	});

	it('GIVEN "Timeline" THEN the clicker privately gets the dated facts around the key dates, the key dates marked', async () => {
		const timeline = await bot.discord
			.clickButton({ message: answer, customId: buttonId(answer, 'timeline') })
			.reply();
		expect(isEphemeral(timeline)).toBe(true);
		const lines = embedOf(timeline).description?.split('\n') ?? [];
		expect(lines).toContain(
			'▸ **2015-07** — In July 2015, Belarus became an observer in the Shanghai Cooperation Organisation (SCO).',
		);
		expect(lines.filter((line) => line.startsWith('▸ ')).length).toBe(3);
		// Around each key date, the facts just before and after it.
		expect(lines.length).toBeGreaterThan(3);
		const dates = lines.map((line) => line.match(/\*\*(\d{4}[-\d]*)/)?.[1] ?? '');
		expect(dates).toEqual([...dates].sort());
	});

	it('GIVEN 👍 and 👎 THEN each is thanked privately and stored with the question, the excerpts and the user id, once per user', async () => {
		const { alice, moderator } = bot.discord.users;
		const thanks = await bot.discord
			.clickButton({ message: answer, customId: buttonId(answer, 'helpful'), user: alice })
			.reply();
		expect(isEphemeral(thanks)).toBe(true);
		expect(thanks.content).toMatch(/^Thanks/);
		await bot.discord
			.clickButton({ message: answer, customId: buttonId(answer, 'unhelpful'), user: moderator })
			.reply();
		const again = await bot.discord
			.clickButton({ message: answer, customId: buttonId(answer, 'helpful'), user: alice })
			.reply();
		expect(again.content).toMatch(/already rated/);

		const records = (await readJsonLines<FeedbackRecord>('feedback.jsonl')).filter((r) => r.question === SCO);
		expect(records.map((r) => [r.userId, r.helpful, r.answered])).toEqual([
			[alice.id, true, true],
			[moderator.id, false, true],
		]);
		expect(
			records[0]?.excerpts.some((e) => /observer in the Shanghai Cooperation Organisation/.test(e.text)),
		).toBe(true);
		// Feedback lives in the state folder, never next to the documents.
		expect(bot.config.STATE_DIR.startsWith(bot.dataDir)).toBe(false);
	});

	it('GIVEN the buttons have expired THEN a click removes them and says to ask again', async () => {
		const fresh = await ask({ question: 'When did Belarus join the SCO?' }).reply();
		vi.spyOn(SessionStore.prototype, 'get').mockReturnValue(undefined);
		const click = bot.discord.clickButton({ message: fresh, customId: buttonId(fresh, 'more') });
		const updated = await click.reply();
		expect(updated.components).toEqual([]);
		const notice = (await click.waitFor((response) => response.kind === 'follow-up')).message as APIMessage;
		expect(isEphemeral(notice)).toBe(true);
		expect(notice.content).toMatch(/expired.*Run \/ask again/);
	});
});
