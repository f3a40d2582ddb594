import { Writable } from 'node:stream';
import { commands } from '../../commands/index.ts';
import { loadConfig } from '../../src/config.ts';
import { startBot } from '../../src/discord/bot.ts';
import { deployCommands } from '../../src/discord/deployCommands.ts';
import { createLogger } from '../../src/logger.ts';
import { type FakeDiscord, startFakeDiscord } from './discord/index.ts';
import { tempCorpus } from './tempCorpus.ts';

/**
 * The whole bot as a server owner runs it — config from the environment, the real discord.js client,
 * commands registered with `deploy-commands` — against the fake Discord, over a scratch copy of the seed
 * corpus. `logs` holds every JSON log line the bot wrote.
 */
export async function startTestBot(
	options: {
		env?: Record<string, string>;
		files?: Record<string, string | Uint8Array>;
		fake?: Parameters<typeof startFakeDiscord>[0];
	} = {},
) {
	const discord: FakeDiscord = await startFakeDiscord(options.fake);
	const corpus = await tempCorpus({ seed: true, ...(options.files ? { files: options.files } : {}) });
	const config = loadConfig({
		DISCORD_TOKEN: discord.token,
		DISCORD_CLIENT_ID: discord.applicationId,
		DISCORD_GUILD_ID: discord.guildId,
		DISCORD_API_URL: discord.apiUrl,
		DATA_DIR: corpus.dataDir,
		INDEX_DIR: corpus.indexDir,
		STATE_DIR: `${corpus.indexDir}-state`,
		MODERATOR_ROLE_IDS: discord.roles.moderator.id,
		COOLDOWN_SECONDS: '0',
		...options.env,
	});
	const logs: Array<Record<string, unknown>> = [];
	const sink = new Writable({
		write(chunk, _encoding, done) {
			for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line));
			done();
		},
	});
	const logger = createLogger('debug', [discord.token], sink);
	const dossier = await corpus.open();
	await deployCommands(config, commands);
	const bot = await startBot(config, dossier, logger, commands);
	return {
		discord,
		dossier,
		config,
		bot,
		logs,
		dataDir: corpus.dataDir,
		async stop() {
			await bot.stop(2000);
			await discord.close();
			await corpus.cleanup();
		},
	};
}

export type TestBot = Awaited<ReturnType<typeof startTestBot>>;
