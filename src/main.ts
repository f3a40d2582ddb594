import 'dotenv/config';
import { commands } from '../commands/index.ts';
import { ConfigError, loadConfig } from './config.ts';
import { startConsole } from './console/startConsole.ts';
import { Dossier } from './core/dossier.ts';
import { startBot } from './discord/bot.ts';
import { createLogger } from './logger.ts';
import { renderIndexReport } from './render/textReplies.ts';

/*
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the local console speaking the same
 * slash commands.
 */
let config: ReturnType<typeof loadConfig>;
try {
	config = loadConfig();
} catch (error) {
	if (!(error instanceof ConfigError)) throw error;
	console.error(error.message);
	process.exit(2);
}
const logger = createLogger(
	config.DISCORD_TOKEN ? config.LOG_LEVEL : 'warn',
	config.DISCORD_TOKEN ? [config.DISCORD_TOKEN] : [],
);
const dossier = await Dossier.open({
	dataDir: config.DATA_DIR,
	indexDir: config.INDEX_DIR,
});

if (config.DISCORD_TOKEN) {
	logger.info({ report: dossier.openReport }, 'index ready');
	const bot = await startBot(config, dossier, logger, commands);
	const shutdown = (signal: string) => {
		logger.info({ signal }, 'shutting down: finishing replies in flight');
		void bot.stop().then(() => process.exit(0));
	};
	process.once('SIGINT', shutdown);
	process.once('SIGTERM', shutdown);
} else {
	process.stderr.write(`${renderIndexReport(dossier.openReport)}\n\n`);
	await startConsole(dossier, process.stdin, process.stdout);
}
