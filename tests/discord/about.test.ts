import { type APIMessage, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoViolations } from '../support/discord/index.ts';
import { startTestBot, type TestBot } from '../support/startTestBot.ts';

let bot: TestBot;
let startedBefore: number;
beforeAll(async () => {
	startedBefore = Date.now();
	bot = await startTestBot();
});
afterAll(() => bot?.stop());

const field = (message: APIMessage, name: string) =>
	message.embeds[0]?.fields?.find((f) => f.name === name)?.value ?? '';

/** "12 s" → 12, "3 min" → 180: the reply gives one rounded unit. */
function secondsIn(text: string): number {
	const unit: Record<string, number> = { days: 86_400, h: 3600, min: 60, s: 1 };
	const [, count, name] = /(\d+) (days|h|min|s)\b/.exec(text) ?? [];
	if (count === undefined || name === undefined) throw new Error(`no duration in "${text}"`);
	return Number(count) * (unit[name] ?? 0);
}

it('GIVEN the bot is running THEN /about says what it is, what its index holds, how fresh it is and the uptime', async () => {
	const reply = await bot.discord.sendSlashCommand({ name: 'about' }).reply();
	const { data } = bot.dossier.index;
	const builtAt = Date.parse(data.builtAt);

	expect((reply.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
	expect(reply.content).toMatch(/Dossier.*answers questions from a folder of documents/);
	expect(field(reply, 'Holds')).toBe(
		`${data.documents.length} documents · ${data.passages.length} passages · ${data.facts.length} dated facts`,
	);
	expect(field(reply, 'Index')).toContain(`<t:${Math.floor(builtAt / 1000)}:f>`);
	const age = secondsIn(field(reply, 'Index').split('(')[0] ?? '');
	expect(age).toBeLessThanOrEqual((Date.now() - builtAt) / 1000 + 1);
	expect(secondsIn(field(reply, 'Uptime'))).toBeLessThanOrEqual((Date.now() - startedBefore) / 1000 + 1);
	expect(field(reply, 'Index')).not.toContain('reindex is running');
});

it('GIVEN a reindex is running THEN /about says so, and afterwards shows the new build time', async () => {
	const previous = Math.floor(Date.parse(bot.dossier.index.data.builtAt) / 1000);
	// Build times are shown to the second: make sure the new one falls in a later second.
	await new Promise((resolve) => setTimeout(resolve, Math.max(0, (previous + 1) * 1000 + 50 - Date.now())));
	const running = bot.dossier.reindex();
	const during = await bot.discord.sendSlashCommand({ name: 'about' }).reply();
	const report = await running;
	const after = await bot.discord.sendSlashCommand({ name: 'about' }).reply();

	expect(field(during, 'Index')).toContain('A reindex is running now.');
	expect(field(after, 'Index')).toContain(`<t:${Math.floor(Date.parse(report.builtAt) / 1000)}:f>`);
	expect(field(after, 'Index')).not.toContain(`<t:${previous}:f>`);
	expect(field(after, 'Index')).not.toContain('reindex is running');
});

it('sends nothing Discord would refuse', () => {
	expectNoViolations(bot.discord);
});
