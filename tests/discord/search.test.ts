import { type APIEmbed, type APIMessage, MessageFlags } from 'discord.js';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { SessionStore } from '../../src/discord/sessions.ts';
import { expectNoViolations } from '../support/discord/index.ts';
import { startTestBot, type TestBot } from '../support/startTestBot.ts';

// A 30-second cooldown, as a server would set it: each test acts as its own user so they don't collide.
let bot: TestBot;
beforeAll(async () => {
	bot = await startTestBot({ env: { COOLDOWN_SECONDS: '30' } });
});
afterAll(() => bot?.stop());
afterEach(() => {
	vi.restoreAllMocks();
	expectNoViolations(bot.discord);
});

const embedOf = (message: APIMessage) => message.embeds[0] as APIEmbed;
const isEphemeral = (message: APIMessage) => ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
interface Button {
	label?: string;
	custom_id?: string;
	disabled?: boolean;
}
const pageButton = (message: APIMessage, label: string) => {
	const rows = (message.components ?? []) as unknown as Array<{ components: Button[] }>;
	const button = rows.flatMap((row) => row.components).find((component) => component.label === label);
	if (button?.custom_id === undefined) throw new Error(`no "${label}" button on message ${message.id}`);
	return { customId: button.custom_id, disabled: button.disabled === true };
};
const search = (query: string, user: ReturnType<typeof bot.discord.addMember>) =>
	bot.discord.sendSlashCommand({ name: 'search', options: { query }, user }).reply();

it('GIVEN /search THEN five ranked passages show with matched words bold, "page 1/N" and ◀ disabled', async () => {
	const reply = await search('Belarus China', bot.discord.addMember('sam'));
	expect(isEphemeral(reply)).toBe(false);
	const embed = embedOf(reply);
	expect(embed.title).toBe('Search: Belarus China');
	expect(embed.description?.match(/^\*\*\d+\.\*\* /gm)).toEqual([
		'**1.** ',
		'**2.** ',
		'**3.** ',
		'**4.** ',
		'**5.** ',
	]);
	expect(embed.description).toMatch(/\*\*(Belarus|China)\*\*/);
	const pages = Number(embed.footer?.text.match(/^Page 1\/(\d+) · /)?.[1]);
	expect(pages).toBeGreaterThan(2);
	expect(pageButton(reply, '◀').disabled).toBe(true);
	expect(pageButton(reply, `page 1/${pages}`).disabled).toBe(true);
	expect(pageButton(reply, '▶').disabled).toBe(false);
});

it('GIVEN the person who searched pages with ▶ and ◀ THEN the same message moves to page 2 and back', async () => {
	const user = bot.discord.addMember('paula');
	const first = await search('Belarus China', user);
	const second = await bot.discord
		.clickButton({ message: first, customId: pageButton(first, '▶').customId, user })
		.reply();
	expect(second.id).toBe(first.id);
	expect(embedOf(second).footer?.text).toMatch(/^Page 2\//);
	expect(embedOf(second).description).toMatch(/^\*\*6\.\*\* /);
	expect(embedOf(second).description).not.toBe(embedOf(first).description);
	const back = await bot.discord
		.clickButton({ message: second, customId: pageButton(second, '◀').customId, user })
		.reply();
	expect(embedOf(back).description).toBe(embedOf(first).description);
});

it('GIVEN someone else clicks ▶ THEN they are told privately that only the searcher can page, and the results stay put', async () => {
	const owner = bot.discord.addMember('olivia');
	const reply = await search('Lukashenko Xi', owner);
	const click = bot.discord.clickButton({
		message: reply,
		customId: pageButton(reply, '▶').customId,
		user: bot.discord.users.moderator,
	});
	const notice = await click.reply();
	expect(isEphemeral(notice)).toBe(true);
	expect(notice.content).toMatch(/Only the person who ran this \/search can turn its pages/);
	expect(embedOf(bot.discord.messages.get(reply.id) as APIMessage).footer?.text).toMatch(/^Page 1\//);
});

it('GIVEN the paging state has expired THEN a click removes the buttons and says to search again', async () => {
	const user = bot.discord.addMember('eve');
	const reply = await search('Belarus China', user);
	vi.spyOn(SessionStore.prototype, 'get').mockReturnValue(undefined);
	const click = bot.discord.clickButton({ message: reply, customId: pageButton(reply, '▶').customId, user });
	expect((await click.reply()).components).toEqual([]);
	const notice = (await click.waitFor((response) => response.kind === 'follow-up')).message as APIMessage;
	expect(isEphemeral(notice)).toBe(true);
	expect(notice.content).toMatch(/expired.*Run \/search again/);
});

it('GIVEN words found nowhere THEN it says so, without buttons', async () => {
	const reply = await search('zeppelin quokka', bot.discord.addMember('nina'));
	expect(embedOf(reply).description).toMatch(/No passage in the documents matches/);
	expect(reply.components).toEqual([]);
});

it('GIVEN a second /search or /ask within the cooldown THEN the user is told privately to try again in N s', async () => {
	const user = bot.discord.addMember('speedy');
	await search('Belarus', user);
	for (const name of ['search', 'ask']) {
		const options = name === 'search' ? { query: 'China' } : { question: 'When did Belarus join the SCO?' };
		const refusal = await bot.discord.sendSlashCommand({ name, options, user }).reply();
		expect(isEphemeral(refusal)).toBe(true);
		const wait = Number(refusal.content.match(/try again in (\d+) s/)?.[1]);
		expect(wait).toBeGreaterThan(25);
		expect(wait).toBeLessThanOrEqual(30);
	}
	// Someone else is not held up by it.
	expect(embedOf(await search('China', bot.discord.addMember('calm'))).title).toBe('Search: China');
});

it('GIVEN a thread follow-up or Find sources within the cooldown THEN they wait as /ask does', async () => {
	const user = bot.discord.addMember('hasty');
	const opened = await bot.discord
		.sendSlashCommand({
			name: 'ask',
			options: { question: 'When did Belarus join the SCO?', thread: true },
			user,
		})
		.reply();
	const threadId = opened.content.match(/<#(\d+)>/)?.[1] ?? '';
	const followUp = bot.discord.sendMessage({
		channelId: threadId,
		content: 'and who founded it?',
		author: user,
	});
	expect((await bot.discord.waitForBotMessage({ replyTo: followUp.id })).content).toMatch(
		/try again in \d+ s/,
	);
	const claim = bot.discord.sendMessage({ content: 'Belarus joined the SCO in 2024.' });
	const check = await bot.discord
		.sendMessageContextCommand({ name: 'Find sources', message: claim, user })
		.reply();
	expect(isEphemeral(check)).toBe(true);
	expect(check.content).toMatch(/try again in \d+ s/);
	// Another member's follow-up in the same thread is answered.
	const other = bot.discord.addMember('patient');
	const theirs = bot.discord.sendMessage({
		channelId: threadId,
		content: 'and who founded it?',
		author: other,
	});
	expect(embedOf(await bot.discord.waitForBotMessage({ replyTo: theirs.id })).title).toBe(
		'and who founded it?',
	);
});
