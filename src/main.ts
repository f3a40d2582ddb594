import 'dotenv/config';
import { startConsole } from './console/startConsole.ts';
import { Dossier } from './core/dossier.ts';
import { corpusPaths } from './paths.ts';
import { renderIndexReport } from './render/textReplies.ts';

/**
 * `npm start`: the local console, speaking the bot's slash commands. (With a DISCORD_TOKEN the Discord
 * bot takes this entry point's place.)
 */
const dossier = await Dossier.open({
	...corpusPaths(),
	onWarning: (message, error) => process.stderr.write(`warning: ${message}: ${String(error)}\n`),
});
process.stderr.write(`${renderIndexReport(dossier.openReport)}\n\n`);
await startConsole(dossier, process.stdin, process.stdout);
