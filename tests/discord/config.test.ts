import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands } from '../../commands/index.ts';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { deployCommands } from '../../src/discord/deployCommands.ts';
import { createLogger } from '../../src/logger.ts';
import { expectNoViolations, type FakeDiscord, startFakeDiscord } from '../support/discord/index.ts';
import { startTestBot, type TestBot } from '../support/startTestBot.ts';

const ROOT = join(import.meta.dirname, '../..');
const SECRET = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.secret-part.do-not-print-me';

function configError(env: Record<string, string>): string {
	try {
		loadConfig(env);
	} catch (error) {
		expect(error).toBeInstanceOf(ConfigError);
		return (error as Error).message;
	}
	throw new Error('the configuration was accepted');
}

describe('loadConfig', () => {
	it('GIVEN several malformed keys THEN one message names every one of them and never the token', () => {
		const malformedToken = `${SECRET} with spaces`;
		const message = configError({
			DISCORD_TOKEN: malformedToken,
			DISCORD_CLIENT_ID: 'my-app',
			DISCORD_GUILD_ID: '12ab',
			DISCORD_API_URL: 'ftp://discord.example',
			LOG_LEVEL: 'loud',
			MODERATOR_ROLE_IDS: '123456789012345678, mods',
			COOLDOWN_SECONDS: '-3',
		});

		for (const key of [
			'DISCORD_TOKEN',
			'DISCORD_CLIENT_ID',
			'DISCORD_GUILD_ID',
			'DISCORD_API_URL',
			'LOG_LEVEL',
			'MODERATOR_ROLE_IDS',
			'COOLDOWN_SECONDS',
		]) {
			expect(message).toContain(`${key}`);
		}
		expect(message).not.toContain(SECRET);
		expect(message).not.toContain('do-not-print-me');
		expect(message).not.toContain('mods');
	});

	it('GIVEN a token without the application id THEN the missing key is named, the token is not', () => {
		const message = configError({ DISCORD_TOKEN: SECRET, ALLOWED_CHANNEL_IDS: 'general' });

		expect(message).toMatch(/DISCORD_CLIENT_ID: required when DISCORD_TOKEN is set/);
		expect(message).toMatch(/ALLOWED_CHANNEL_IDS/);
		expect(message).toMatch(/2 problem/);
		expect(message).not.toContain(SECRET);
	});

	it('GIVEN a malformed token and no application id THEN both are named in the same message', () => {
		const message = configError({ DISCORD_TOKEN: 'short' });

		expect(message).toMatch(/DISCORD_TOKEN: does not look like a bot token/);
		expect(message).toMatch(/DISCORD_CLIENT_ID: required when DISCORD_TOKEN is set/);
		expect(message).not.toContain('short\n');
	});

	it('GIVEN empty values THEN they mean "none" and defaults apply', () => {
		const config = loadConfig({
			DISCORD_TOKEN: '',
			DISCORD_GUILD_ID: '',
			MODERATOR_ROLE_IDS: '',
			ALLOWED_CHANNEL_IDS: ' ',
			COOLDOWN_SECONDS: '',
			LOG_LEVEL: '',
		});

		expect(config.DISCORD_TOKEN).toBeUndefined();
		expect(config.DISCORD_GUILD_ID).toBeUndefined();
		expect(config.MODERATOR_ROLE_IDS).toEqual([]);
		expect(config.ALLOWED_CHANNEL_IDS).toEqual([]);
		expect(config.COOLDOWN_SECONDS).toBe(5);
		expect(config.LOG_LEVEL).toBe('info');
	});

	it('GIVEN .env.example THEN it lists every key the README and the issue promise', async () => {
		const example = await readFile(join(ROOT, '.env.example'), 'utf8');
		const keys = [
			'DISCORD_TOKEN',
			'DISCORD_CLIENT_ID',
			'DISCORD_GUILD_ID',
			'DISCORD_API_URL',
			'DATA_DIR',
			'INDEX_DIR',
			'LOG_LEVEL',
			'MODERATOR_ROLE_IDS',
			'ALLOWED_CHANNEL_IDS',
			'COOLDOWN_SECONDS',
		];
		for (const key of keys) expect(example).toMatch(new RegExp(`^${key}=`, 'm'));
	});
});

describe('deploy-commands', () => {
	let discord: FakeDiscord;
	beforeAll(async () => {
		discord = await startFakeDiscord();
	});
	afterAll(() => discord?.close());

	const env = (guild: boolean) => ({
		DISCORD_TOKEN: discord.token,
		DISCORD_CLIENT_ID: discord.applicationId,
		DISCORD_API_URL: discord.apiUrl,
		...(guild ? { DISCORD_GUILD_ID: discord.guildId } : {}),
	});
	const names = (list: ReadonlyArray<{ name: string }>) => list.map((c) => c.name).sort();

	it('GIVEN DISCORD_GUILD_ID THEN every command is registered to that server, and running it again changes nothing', async () => {
		const first = await deployCommands(loadConfig(env(true)), commands);
		const registered = discord.commands.guild.map((c) => ({ id: c.id, name: c.name }));
		const second = await deployCommands(loadConfig(env(true)), commands);

		expect(first).toEqual({ scope: `server ${discord.guildId}`, count: commands.length });
		expect(second).toEqual(first);
		expect(names(discord.commands.guild)).toEqual(names(commands.map((c) => c.data)));
		expect(discord.commands.guild.map((c) => ({ id: c.id, name: c.name }))).toEqual(registered);
		expect(discord.commands.global).toEqual([]);
	});

	it('GIVEN no DISCORD_GUILD_ID THEN the commands are registered globally', async () => {
		const result = await deployCommands(loadConfig(env(false)), commands);
		await deployCommands(loadConfig(env(false)), commands);

		expect(result.scope).toBe('global');
		expect(names(discord.commands.global)).toEqual(names(commands.map((c) => c.data)));
	});

	it('GIVEN the npm script is run THEN it registers the commands and says where', async () => {
		const { stdout } = await promisify(execFile)(
			process.execPath,
			['--import', 'tsx', 'src/deploy-commands.ts'],
			{
				cwd: ROOT,
				env: { ...process.env, ...env(true) },
			},
		);

		expect(stdout.trim()).toBe(`Registered ${commands.length} commands (server ${discord.guildId}).`);
		expect(names(discord.commands.guild)).toEqual(names(commands.map((c) => c.data)));
		expectNoViolations(discord);
	});
});

describe('logging', () => {
	/** A logger that scrubs SECRET, writing its lines where the test reads them. */
	const capturedLogger = () => {
		const lines: string[] = [];
		const sink = new Writable({
			write(chunk, _encoding, done) {
				lines.push(String(chunk));
				done();
			},
		});
		return { logger: createLogger('info', [SECRET], sink), lines };
	};

	it('GIVEN log fields or an error that carry the token THEN the written line has it redacted', () => {
		const { logger, lines } = capturedLogger();

		logger.info(
			{ config: { DISCORD_TOKEN: SECRET }, headers: { authorization: `Bot ${SECRET}` } },
			'starting',
		);
		logger.error({ err: new Error(`login failed for ${SECRET}`) }, `could not log in with ${SECRET}`);

		expect(lines).toHaveLength(2);
		expect(lines.join('')).not.toContain(SECRET);
		expect(lines.join('')).toContain('[redacted]');
	});

	it('GIVEN a Discord API error or a thrown non-error THEN the line is written without the interaction token or the reply text', () => {
		const { logger, lines } = capturedLogger();
		const apiError = Object.assign(new Error('Unknown interaction'), {
			url: 'https://discord.com/api/v10/webhooks/1234567890/aW50ZXJhY3Rpb246c2VjcmV0/messages/@original',
			requestBody: { json: { content: 'a reply quoting a member' } },
		});
		logger.error({ err: apiError }, 'reply failed');
		for (const thrown of ['a string', null, 42]) logger.error({ err: thrown }, 'odd failure');
		// …and so is one wrapped in another.
		logger.error({ err: new AggregateError([apiError], `both failed near ${SECRET}`) }, 'wrapped');

		expect(lines).toHaveLength(5);
		expect(lines[4]).not.toContain(SECRET);
		const written = lines.join('');
		expect(written).not.toContain('aW50ZXJhY3Rpb246c2VjcmV0');
		expect(written).toContain('/webhooks/1234567890/[redacted]/messages');
		expect(written).not.toContain('a reply quoting a member');
		expect(JSON.parse(lines[1] ?? '{}').err).toEqual({ message: 'a string' });
	});
});

describe('the running bot', () => {
	let bot: TestBot;
	beforeAll(async () => {
		bot = await startTestBot();
	});
	afterAll(() => bot?.stop());

	it('GIVEN commands handled and one failing with the token in its error THEN no log line contains the token, and the apology id matches the log', async () => {
		await bot.discord.sendSlashCommand({ name: 'sources' }).reply();
		await bot.discord
			.sendSlashCommand({ name: 'reindex', user: bot.discord.users.owner })
			.reply({ timeout: 20_000 });
		vi.spyOn(bot.dossier, 'sources').mockImplementationOnce(() => {
			throw new Error(`index exploded near ${bot.discord.token}`);
		});
		const apology = await bot.discord.sendSlashCommand({ name: 'sources' }).reply();

		const logged = JSON.stringify(bot.logs);
		expect(logged).not.toContain(bot.discord.token);
		const errorId = /error id `([0-9a-f]+)`/.exec(apology.content)?.[1];
		const failure = bot.logs.find((line) => line.errorId === errorId);
		expect(failure?.msg).toBe('interaction failed');
		expect(failure?.command).toBe('sources');
		const handled = bot.logs.filter((line) => line.msg === 'interaction handled');
		expect(handled.map((line) => line.command)).toEqual(['sources', 'reindex']);
		for (const line of handled) {
			expect(line).toMatchObject({
				interactionId: expect.any(String),
				userId: expect.any(String),
				durationMs: expect.any(Number),
			});
		}
	});

	it('GIVEN a /reindex in flight WHEN the bot is stopped THEN its reply is delivered before the bot disconnects', async () => {
		const exchange = bot.discord.sendSlashCommand({ name: 'reindex', user: bot.discord.users.owner });
		expect((await exchange.next()).callbackType).toBe(5);

		await bot.bot.stop();

		const delivered = exchange.responses.find((response) => response.kind === 'edit');
		expect(delivered?.message?.embeds[0]?.title).toBe('Index rebuilt');
		expect(bot.bot.client.isReady()).toBe(false);
		expectNoViolations(bot.discord);
	});
});
