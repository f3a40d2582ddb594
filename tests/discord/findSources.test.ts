import { type APIEmbed, type APIMessage, MessageFlags } from 'discord.js';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { expectNoViolations } from '../support/discord/index.ts';
import { startTestBot, type TestBot } from '../support/startTestBot.ts';

let bot: TestBot;
beforeAll(async () => {
	bot = await startTestBot();
});
afterAll(() => bot?.stop());
afterEach(() => expectNoViolations(bot.discord));

const findSources = (message: APIMessage) =>
	bot.discord
		.sendMessageContextCommand({ name: 'Find sources', message, user: bot.discord.users.moderator })
		.reply();
const isEphemeral = (message: APIMessage) => ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
const blocksOf = (message: APIMessage) => ((message.embeds[0] as APIEmbed).description ?? '').split('\n\n');

it('GIVEN a message stating a claim THEN its sources are listed privately, the matching one marked consistent and one with another year as possibly contradicting', async () => {
	const claim = bot.discord.sendMessage({ content: 'Belarus became a full member of the SCO in July 2024.' });
	const reply = await findSources(claim);
	expect(isEphemeral(reply)).toBe(true);
	const blocks = blocksOf(reply);
	expect(blocks[0]).toBe('> Belarus became a full member of the SCO in July 2024.');
	expect(blocks.find((b) => b.includes('July 2024**, **Belarus became'))).toMatch(
		/^✓ \*same dates or figures as the claim\*\n/,
	);
	expect(blocks.find((b) => b.includes('In 2023,'))).toMatch(
		/^⚠ \*different dates or figures — may contradict the claim\*/,
	);
	const sources = (reply.embeds[0] as APIEmbed).fields?.find((f) => f.name === 'Sources')?.value;
	expect(sources).toMatch(/Belarus–China relations/);
	expect(JSON.stringify(reply.embeds)).not.toMatch(/prove/i);
});

it('GIVEN a claim the documents do not address THEN it says so and offers the nearest passages only as leads', async () => {
	const reply = await findSources(bot.discord.sendMessage({ content: 'Belarus joined the SCO in 2019.' }));
	expect(blocksOf(reply)[1]).toBe(
		'Nothing in the documents addresses it directly. The nearest passages, as leads only:',
	);
	expect(blocksOf(reply).length).toBeGreaterThan(2);
});

it('GIVEN a message with only an image THEN a private notice explains there is no text to look up', async () => {
	const image = bot.discord.createAttachment({
		filename: 'photo.png',
		data: Buffer.from([137, 80, 78, 71]),
		contentType: 'image/png',
	});
	const reply = await findSources(bot.discord.sendMessage({ content: '', attachments: [image] }));
	expect(isEphemeral(reply)).toBe(true);
	expect(reply.embeds).toEqual([]);
	expect(reply.content).toMatch(/no text to look up/);
});
