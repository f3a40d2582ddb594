import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoViolations } from '../support/discord/index.ts';
import { startTestBot, type TestBot } from '../support/startTestBot.ts';

let bot: TestBot;
beforeAll(async () => {
	bot = await startTestBot();
});
afterAll(() => bot?.stop());

it('GIVEN the bot started THEN its commands are registered and a command gets a reply', async () => {
	expect(bot.discord.commands.guild.map((c) => c.name).sort()).toContain('ask');
	const reply = await bot.discord.sendSlashCommand({ name: 'about' }).reply();
	expect(reply.content).toBeTruthy();
	expectNoViolations(bot.discord);
});
