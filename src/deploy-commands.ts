import 'dotenv/config';
import { commands } from '../commands/index.ts';
import { ConfigError, loadConfig } from './config.ts';
import { deployCommands } from './discord/deployCommands.ts';

try {
	const { scope, count } = await deployCommands(loadConfig(), commands);
	console.log(`Registered ${count} commands (${scope}).`);
} catch (error) {
	console.error(
		error instanceof ConfigError
			? error.message
			: `Could not register the commands: ${(error as Error).message}`,
	);
	process.exitCode = 1;
}
