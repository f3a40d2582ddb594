import {
	type APIButtonComponentWithCustomId,
	type APIMessage,
	ComponentType,
	MessageFlags,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexedDocument } from '../../src/core/corpusIndex.ts';
import { SOURCES_PAGE_SIZE } from '../../src/discord/render/sourcesReply.ts';
import { expectNoViolations } from '../support/discord/index.ts';
import { startTestBot, type TestBot } from '../support/startTestBot.ts';

const LONG_NAME = `${'belarus-china-industrial-park-great-stone-annual-review-'.repeat(3)}2024.txt`;
const LONG_TITLE =
	`Great Stone ${'and the long road of Belarusian–Chinese industrial cooperation '.repeat(5)}`.slice(0, 300);
const HOSTILE_TITLE = '@everyone **Breaking** <@&123456789012345678> [read this](http://evil.example)';

function note(n: number): string {
	return `---
title: "Field note ${n} on Belarus–China trade"
publisher: Notes Weekly
date: 2024-01-${String(n).padStart(2, '0')}
---
Field note ${n}. Trade between Belarus and China grew again this month, according to customs figures published in Minsk.
Exporters of potash and dairy products reported new contracts with buyers in Shandong and Jiangsu provinces.
`;
}

const FILES: Record<string, string> = {
	[LONG_NAME]:
		'The Great Stone industrial park near Minsk hosted new Chinese investors in 2024, its managers said.\n',
	'long-title.md': `---\ntitle: "${LONG_TITLE}"\npublisher: Park Herald\n---\nThe park opened its second phase in 2019, with logistics firms from Chongqing.\n`,
	'hostile.md': `---\ntitle: "${HOSTILE_TITLE}"\npublisher: "@here Wire"\n---\nA short report on the visit of a trade delegation to Minsk in March 2023.\n`,
	...Object.fromEntries(
		Array.from({ length: 24 }, (_, i) => [`note-${String(i + 1).padStart(2, '0')}.md`, note(i + 1)]),
	),
};

let bot: TestBot;
beforeAll(async () => {
	bot = await startTestBot({ files: FILES });
});
afterAll(() => bot?.stop());

const isPrivate = (message: APIMessage) => ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

function nextButton(message: APIMessage): APIButtonComponentWithCustomId | undefined {
	return (message.components ?? [])
		.flatMap((row) => (row.type === ComponentType.ActionRow ? row.components : []))
		.find(
			(c): c is APIButtonComponentWithCustomId =>
				c.type === ComponentType.Button && 'custom_id' in c && c.label === '▶',
		);
}

function document(id: string): IndexedDocument {
	const found = bot.dossier.sources().find((d) => d.meta.id === id);
	if (!found) throw new Error(`no document ${id}`);
	return found;
}

describe('/sources', () => {
	it('GIVEN more documents than fit one page THEN every document appears once across the pages, with its counts', async () => {
		const documents = bot.dossier.sources();
		expect(documents.length).toBeGreaterThan(2 * SOURCES_PAGE_SIZE);
		let page = await bot.discord.sendSlashCommand({ name: 'sources' }).reply();
		const listed = [page.embeds[0]?.description ?? ''];
		expect(page.embeds[0]?.footer?.text).toContain(
			`Page 1/${Math.ceil(documents.length / SOURCES_PAGE_SIZE)}`,
		);
		for (let next = nextButton(page); next && !next.disabled; next = nextButton(page)) {
			page = await bot.discord.clickButton({ message: page, customId: next.custom_id }).reply();
			listed.push(page.embeds[0]?.description ?? '');
		}
		const entries = listed.join('\n').split(/\n(?=\*\*\d+\.\*\*)/);

		expect(entries).toHaveLength(documents.length);
		const wsj = document('004_c1ee2db90f7e1517.txt');
		const entry = entries.find((text) =>
			text.includes(`${wsj.meta.title} · ${wsj.meta.publisher} · ${wsj.meta.date}`),
		);
		expect(entry).toContain(`${wsj.passages} passages · ${wsj.facts} facts`);
	});

	it('GIVEN a document whose title tries to ping and link THEN the list shows it defused', async () => {
		const reply = await bot.discord.sendSlashCommand({ name: 'sources' }).reply();
		const all = JSON.stringify(reply);

		expect(all).not.toMatch(/@(everyone|here)/);
		expect(all).not.toContain('<@&123456789012345678>');
		expect(reply.mention_everyone).toBe(false);
		expect(reply.mention_roles).toEqual([]);
	});
});

describe('/source autocomplete', () => {
	it('GIVEN a few letters in any case THEN only matching documents are offered, title matches first', async () => {
		const choices = await bot.discord
			.sendAutocomplete({ name: 'source', options: { name: 'FIELD NOTE 1' }, focused: 'name' })
			.choices();

		expect(choices.map((c) => c.name)).toContain(
			'Field note 1 on Belarus–China trade · Notes Weekly · 2024-01-01',
		);
		expect(choices.every((c) => c.name.toLowerCase().includes('field note 1'))).toBe(true);
		// 1, 10–19: eleven notes start with "Field note 1".
		expect(choices).toHaveLength(11);
	});

	it('GIVEN a channel outside ALLOWED_CHANNEL_IDS THEN no document is offered there', async () => {
		const allowed = bot.config.ALLOWED_CHANNEL_IDS;
		try {
			allowed.splice(0, allowed.length, '123456789012345678');
			const choices = await bot.discord
				.sendAutocomplete({ name: 'source', options: { name: 'cgtn' }, focused: 'name' })
				.choices();
			expect(choices).toEqual([]);
		} finally {
			allowed.splice(0, allowed.length);
		}
	});

	it('GIVEN a publisher name THEN its documents are offered', async () => {
		const choices = await bot.discord
			.sendAutocomplete({ name: 'source', options: { name: 'cgtn' }, focused: 'name' })
			.choices();

		expect(choices.map((c) => c.value)).toEqual(['002_3c212b257184c127.txt']);
	});

	it('GIVEN nothing typed yet and more than 25 documents THEN 25 choices within 100 characters each', async () => {
		expect(bot.dossier.sources().length).toBeGreaterThan(25);
		const exchange = bot.discord.sendAutocomplete({ name: 'source', options: { name: '' }, focused: 'name' });
		const choices = await exchange.choices();

		expect(choices).toHaveLength(25);
		for (const choice of choices) {
			expect(choice.name.length).toBeGreaterThan(0);
			expect(choice.name.length).toBeLessThanOrEqual(100);
			expect(String(choice.value).length).toBeLessThanOrEqual(100);
		}
		expect(exchange.callback?.elapsedMs).toBeLessThan(3000);
	});

	it('GIVEN a document whose id is longer than a choice value may be THEN its choice still opens its card', async () => {
		expect(LONG_NAME.length).toBeGreaterThan(100);
		const [choice] = await bot.discord
			.sendAutocomplete({ name: 'source', options: { name: 'great stone industrial park' }, focused: 'name' })
			.choices();
		expect(choice).toBeDefined();
		expect(String(choice?.value).length).toBeLessThanOrEqual(100);

		const card = await bot.discord
			.sendSlashCommand({ name: 'source', options: { name: String(choice?.value) } })
			.reply();
		expect(card.embeds[0]?.footer?.text).toBe(LONG_NAME);
	});

	it('GIVEN a 300-character title THEN its choice name is trimmed to 100 characters with an ellipsis', async () => {
		const choices = await bot.discord
			.sendAutocomplete({ name: 'source', options: { name: 'long road of Belarusian' }, focused: 'name' })
			.choices();

		expect(choices).toHaveLength(1);
		expect(choices[0]?.name.length).toBeLessThanOrEqual(100);
		expect(choices[0]?.name.endsWith('…')).toBe(true);
		expect(choices[0]?.value).toBe('long-title.md');
	});
});

describe('/source', () => {
	it('GIVEN a chosen document THEN its card shows metadata, counts and how it was cleaned', async () => {
		const wanted = document('000_ad776cbc1b6960fa.txt');
		const card = await bot.discord
			.sendSlashCommand({ name: 'source', options: { name: wanted.meta.id } })
			.reply();
		const embed = card.embeds[0];
		const field = (name: string) => embed?.fields?.find((f) => f.name === name)?.value ?? '';
		const [topReason] = Object.entries(wanted.cleaning.reasons).sort(([, a], [, b]) => (b ?? 0) - (a ?? 0));

		expect(embed?.title).toBe(wanted.meta.title);
		expect(embed?.description).toContain(`**Publisher:** ${wanted.meta.publisher}`);
		expect(embed?.description).toContain(`**Author:** ${wanted.meta.author}`);
		expect(embed?.description).toContain(`**Date:** ${wanted.meta.date}`);
		expect(field('Passages')).toBe(String(wanted.passages));
		expect(field('Dated facts')).toBe(String(wanted.facts));
		expect(field('Cleaning')).toContain(`${wanted.cleaning.linesRemoved} lines of page furniture removed`);
		expect(field('Cleaning')).toContain(`${topReason?.[0].replace(/-/g, ' ')} ${topReason?.[1]}`);
		expect(field('Cleaning')).toContain(`${wanted.cleaning.charactersKept.toLocaleString('en-US')} of`);
		const facts = bot.dossier.factsOf(wanted.meta.id);
		expect(facts.length).toBeGreaterThan(0);
		for (const fact of facts.slice(0, 3)) expect(field('Facts')).toContain(`**${fact.date.start}`);
	});

	it('GIVEN part of a title typed without choosing THEN the one document it names is shown', async () => {
		const card = await bot.discord
			.sendSlashCommand({ name: 'source', options: { name: 'xi welcomes belarus' } })
			.reply();

		expect(card.embeds[0]?.title).toContain('Xi Welcomes Belarus President');
	});

	it('GIVEN the hostile document THEN its card is defused and pings nobody', async () => {
		const card = await bot.discord
			.sendSlashCommand({ name: 'source', options: { name: 'hostile.md' } })
			.reply();
		const all = JSON.stringify(card.embeds);

		expect(card.embeds[0]?.title).toContain('Breaking');
		expect(all).not.toMatch(/@(everyone|here)/);
		expect(all).not.toContain('](http');
		expect(card.mention_everyone).toBe(false);
	});

	it('GIVEN a name no document has THEN the user is told privately, with the nearest names when there are some', async () => {
		const none = await bot.discord
			.sendSlashCommand({ name: 'source', options: { name: 'Atlantis Gazette' } })
			.reply();
		expect(isPrivate(none)).toBe(true);
		expect(none.content).toContain('No document matches “Atlantis Gazette”');

		const ambiguous = await bot.discord
			.sendSlashCommand({ name: 'source', options: { name: 'field note 2' } })
			.reply();
		expect(isPrivate(ambiguous)).toBe(true);
		expect(ambiguous.content).toContain('Did you mean');
		expect(ambiguous.content).toContain('Field note 2 on Belarus–China trade');
	});

	it('sends nothing Discord would refuse (the 300-character title included)', () => {
		expectNoViolations(bot.discord);
	});
});
