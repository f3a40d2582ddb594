import {
	type APIButtonComponentWithCustomId,
	type APIMessage,
	ComponentType,
	MessageFlags,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { Fact } from '../../src/core/types.ts';
import { startBot } from '../../src/discord/bot.ts';
import { TIMELINE_PAGE_SIZE } from '../../src/discord/render/timelineReply.ts';
import { createLogger } from '../../src/logger.ts';
import { formatFactDate } from '../../src/render/citation.ts';
import { expectNoViolations } from '../support/discord/index.ts';
import { startTestBot, type TestBot } from '../support/startTestBot.ts';

/** Two publishers reporting one event (so it is corroborated), one of them trying to ping and forge markdown. */
const FILES = {
	'alpha.md': `---
title: "Tractor plant opens in Harbin"
publisher: Alpha News
date: 2019-06-14
---
# Tractor plant opens in Harbin

On 12 June 2019, the Minsk Tractor Works opened an assembly plant in Harbin, the first Belarusian factory in northern China.

The plant will assemble tractors for Chinese farms from kits shipped by rail from Minsk.
`,
	'beta.md': `---
title: "@everyone **Belarusian tractors** come to [Harbin](http://evil.example)"
publisher: Beta Wire
date: 2019-06-13
---
# Belarusian tractors come to Harbin

The Minsk Tractor Works opened an assembly plant in Harbin on 12 June 2019, its first factory in northern China.

On 13 June 2019, @everyone from both governments toured the Harbin plant, which <@123456789012345678> called **historic**.
`,
};

let bot: TestBot;
beforeAll(async () => {
	bot = await startTestBot({ files: FILES });
});
afterAll(() => bot?.stop());

const descriptionOf = (message: APIMessage) => message.embeds[0]?.description ?? '';
const footerOf = (message: APIMessage) => message.embeds[0]?.footer?.text ?? '';

function buttons(message: APIMessage): APIButtonComponentWithCustomId[] {
	return (message.components ?? []).flatMap((row) =>
		row.type === ComponentType.ActionRow
			? row.components.filter(
					(c): c is APIButtonComponentWithCustomId => c.type === ComponentType.Button && 'custom_id' in c,
				)
			: [],
	);
}

function button(message: APIMessage, label: '◀' | '▶'): APIButtonComponentWithCustomId {
	const found = buttons(message).find((b) => b.label === label);
	if (!found) throw new Error(`no ${label} button on the message`);
	return found;
}

/** The dates shown at the start of each fact, in order. */
function datesShown(message: APIMessage): string[] {
	return [...descriptionOf(message).matchAll(/^\*\*([^*]+)\*\* · /gm)].map((match) => match[1] ?? '');
}

const pages = (facts: readonly Fact[]) => Math.ceil(facts.length / TIMELINE_PAGE_SIZE);

describe('/timeline', () => {
	let first: APIMessage;

	it('GIVEN no filter THEN the first page lists the earliest facts in date order, with sources and a page count', async () => {
		const facts = bot.dossier.timeline();
		expect(pages(facts)).toBeGreaterThan(2);
		first = await bot.discord.sendSlashCommand({ name: 'timeline' }).reply();

		expect(datesShown(first)).toEqual(
			facts.slice(0, TIMELINE_PAGE_SIZE).map((fact) => formatFactDate(fact.date)),
		);
		expect(footerOf(first)).toContain(`Page 1/${pages(facts)}`);
		expect(footerOf(first)).toContain(`${facts.length} facts`);
		expect(descriptionOf(first)).toMatch(/· 1 source\b/);
		expect(button(first, '◀').disabled).toBe(true);
		expect(button(first, '▶').disabled).toBe(false);
		expect((first.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
	});

	it('WHEN the requester clicks ▶ THEN the same message shows the next page', async () => {
		const facts = bot.dossier.timeline();
		const click = bot.discord.clickButton({ message: first, customId: button(first, '▶').custom_id });
		const second = await click.reply();

		expect(second.id).toBe(first.id);
		expect(datesShown(second)).toEqual(
			facts.slice(TIMELINE_PAGE_SIZE, 2 * TIMELINE_PAGE_SIZE).map((fact) => formatFactDate(fact.date)),
		);
		expect(footerOf(second)).toContain(`Page 2/${pages(facts)}`);
		expect(button(second, '◀').disabled).toBe(false);
		first = second;
	});

	it('WHEN someone else clicks ▶ THEN they are refused privately and the page does not move', async () => {
		const click = bot.discord.clickButton({
			message: first,
			customId: button(first, '▶').custom_id,
			user: bot.discord.users.moderator,
		});
		const refusal = await click.reply();

		expect(refusal.id).not.toBe(first.id);
		expect((refusal.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
		expect(refusal.content).toMatch(/only the person who ran/i);
		expect(footerOf(bot.discord.messages.get(first.id) as APIMessage)).toContain('Page 2/');
	});

	it('GIVEN a fact two publishers report THEN it says "2 sources" and names both', async () => {
		const reply = await bot.discord
			.sendSlashCommand({ name: 'timeline', options: { topic: 'tractor plant Harbin' } })
			.reply();
		const corroborated = bot.dossier
			.timeline({ query: 'tractor plant Harbin' })
			.find((fact) => fact.corroboration === 2);
		expect(corroborated).toBeDefined();

		const block = descriptionOf(reply)
			.split('\n\n')
			.find((text) =>
				text.startsWith(`**${formatFactDate(corroborated?.date ?? { start: '', precision: 'day' })}**`),
			);
		expect(block).toContain('2 sources');
		expect(block).toContain('Alpha News');
		expect(block).toContain('Beta Wire');
	});

	it('GIVEN a document that tries to ping and forge markdown THEN its title and sentence are shown defused', async () => {
		const reply = await bot.discord
			.sendSlashCommand({ name: 'timeline', options: { topic: 'toured Harbin plant' } })
			.reply();
		const text = JSON.stringify(reply.embeds);

		expect(descriptionOf(reply)).toContain('toured the Harbin plant');
		expect(text).not.toMatch(/@everyone/);
		expect(text).not.toMatch(/<@123456789012345678>/);
		expect(text).not.toContain('](http');
		expect(text).not.toContain('**historic**');
		expect(reply.mention_everyone).toBe(false);
		expect(reply.mentions).toEqual([]);
	});

	it('GIVEN sources that disagree THEN the fact is marked ⚠ with what the other source says', async () => {
		const facts = bot.dossier.timeline({ query: 'SCO' });
		const disputed = facts.filter((fact) => fact.disagreements.length > 0);
		expect(disputed.length).toBeGreaterThan(0);
		expect(pages(facts)).toBeGreaterThan(1);
		let page = await bot.discord.sendSlashCommand({ name: 'timeline', options: { topic: 'SCO' } }).reply();
		const blocks = descriptionOf(page).split('\n\n');
		while (!button(page, '▶').disabled) {
			page = await bot.discord.clickButton({ message: page, customId: button(page, '▶').custom_id }).reply();
			blocks.push(...descriptionOf(page).split('\n\n'));
		}

		expect(blocks).toHaveLength(facts.length);
		for (const fact of disputed) {
			const block = blocks.find(
				(text) => text.startsWith(`**${formatFactDate(fact.date)}**`) && text.includes('⚠'),
			);
			const other = bot.dossier.index.factById.get(fact.disagreements[0] ?? '');
			expect(block).toBeDefined();
			expect(block).toContain(`says ${formatFactDate(other?.date ?? fact.date)}`);
			expect(block).toContain((other?.text ?? '').slice(0, 20));
		}
		expect(blocks.filter((text) => text.includes('⚠'))).toHaveLength(disputed.length);
	});

	it('GIVEN from and to in words THEN only facts in that range are listed', async () => {
		const expected = bot.dossier.timeline({ from: '2023-03', to: '2023-03-31' });
		const reply = await bot.discord
			.sendSlashCommand({ name: 'timeline', options: { from: 'March 2023', to: '2023-03-31' } })
			.reply();

		expect(footerOf(reply)).toContain(`${expected.length} facts`);
		expect(bot.dossier.timeline().length).toBeGreaterThan(expected.length);
		for (const date of datesShown(reply)) expect(date.startsWith('2023')).toBe(true);
	});

	it('GIVEN a date it cannot read THEN the user is told privately, quoting it', async () => {
		const reply = await bot.discord
			.sendSlashCommand({ name: 'timeline', options: { from: 'the blursday after' } })
			.reply();

		expect((reply.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
		expect(reply.content).toContain('could not read the date');
		expect(reply.content).toContain('the blursday after');
		expect(reply.embeds).toEqual([]);
	});

	it('GIVEN a topic no fact mentions THEN it says so plainly, without buttons', async () => {
		const reply = await bot.discord
			.sendSlashCommand({ name: 'timeline', options: { topic: 'zanzibar' } })
			.reply();

		expect(reply.content).toMatch(/No dated facts match about “zanzibar”/);
		expect(reply.components).toEqual([]);
	});

	it('GIVEN a topic no fact mentions whole THEN the facts that mention most of it are listed, and the title says what is missing', async () => {
		const reply = await bot.discord
			.sendSlashCommand({ name: 'timeline', options: { topic: 'SCO summit zanzibar' } })
			.reply();

		expect(reply.embeds[0]?.title).toBe(
			'Timeline about “SCO summit” (no dated fact also mentions “zanzibar”)',
		);
		expect(descriptionOf(reply)).toMatch(/SCO summit/);
	});

	it('sends nothing Discord would refuse', () => {
		expectNoViolations(bot.discord);
	});

	it('GIVEN the bot restarted since (its pages forgotten) WHEN ▶ is clicked THEN the buttons go and the user is told to run it again', async () => {
		const before = await bot.discord.sendSlashCommand({ name: 'timeline' }).reply();
		await bot.bot.stop();
		const restarted = await startBot(bot.config, bot.dossier, createLogger('silent'), commands);
		try {
			const click = bot.discord.clickButton({ message: before, customId: button(before, '▶').custom_id });
			const updated = await click.reply();
			const notice = await click.waitFor((response) => response.kind === 'follow-up');

			expect(updated.id).toBe(before.id);
			expect(buttons(updated)).toEqual([]);
			expect(datesShown(updated)).toEqual(datesShown(before));
			expect(notice.message?.content).toMatch(/expired.*run \/timeline again/i);
			expect((notice.message?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
			expectNoViolations(bot.discord);
		} finally {
			await restarted.stop();
		}
	});
});
