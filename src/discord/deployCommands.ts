import { REST, Routes } from 'discord.js';
import type { Config } from '../config.ts';
import type { Command } from './types.ts';

/**
 * Registers the commands with Discord: to one server when `DISCORD_GUILD_ID` is set (instant, for
 * development), globally otherwise. A bulk overwrite, so running it again is safe and removes commands
 * that no longer exist.
 */
export async function deployCommands(
	config: Config,
	commands: readonly Command[],
): Promise<{ scope: string; count: number }> {
	if (!config.DISCORD_TOKEN || !config.DISCORD_CLIENT_ID) {
		throw new Error('Dossier: DISCORD_TOKEN and DISCORD_CLIENT_ID are needed to register commands.');
	}
	const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(
		config.DISCORD_TOKEN,
	);
	const route = config.DISCORD_GUILD_ID
		? Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID, config.DISCORD_GUILD_ID)
		: Routes.applicationCommands(config.DISCORD_CLIENT_ID);
	const registered = (await rest.put(route, { body: commands.map((command) => command.data) })) as unknown[];
	return {
		scope: config.DISCORD_GUILD_ID ? `server ${config.DISCORD_GUILD_ID}` : 'global',
		count: registered.length,
	};
}
