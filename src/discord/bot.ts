import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Config } from '../config.ts';
import type { Dossier } from '../core/dossier.ts';
import type { Logger } from '../logger.ts';
import { createBotContext } from './context.ts';
import type { InFlight } from './handling/failures.ts';
import { createInteractionHandler } from './handling/interactionCreate.ts';
import { createMessageHandler } from './handling/messageCreate.ts';
import { NO_MENTIONS } from './reply.ts';
import type { Command } from './types.ts';

export interface RunningBot {
	client: Client;
	/** Lets in-flight replies finish (up to `graceMs`), then disconnects. */
	stop(graceMs?: number): Promise<void>;
}

/**
 * Connects the bot and serves the commands. Without the privileged MessageContent intent (it must be
 * switched on in the developer portal) the bot still runs, answering thread follow-ups that mention it.
 */
export async function startBot(
	config: Config,
	dossier: Dossier,
	logger: Logger,
	commands: readonly Command[],
): Promise<RunningBot> {
	const byName = new Map(commands.map((command) => [command.data.name, command]));
	const inFlight: InFlight = new Set();
	const context = createBotContext(dossier, config, logger);
	const connect = async (withMessageContent: boolean): Promise<Client> => {
		const client = new Client({
			intents: [
				GatewayIntentBits.Guilds,
				GatewayIntentBits.GuildMessages,
				...(withMessageContent ? [GatewayIntentBits.MessageContent] : []),
			],
			allowedMentions: NO_MENTIONS,
			...(config.DISCORD_API_URL ? { rest: { api: config.DISCORD_API_URL } } : {}),
		});
		client.on(Events.InteractionCreate, createInteractionHandler(byName, context, inFlight));
		client.on(Events.MessageCreate, createMessageHandler(context, inFlight));
		client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
		client.once(Events.ClientReady, (ready) =>
			logger.info(
				{ user: ready.user.tag, guilds: ready.guilds.cache.size, messageContent: withMessageContent },
				'bot ready',
			),
		);
		await client.login(config.DISCORD_TOKEN);
		return client;
	};
	let client: Client;
	try {
		client = await connect(true);
	} catch (error) {
		if (!/disallowed intents|privileged intent/i.test(String(error))) throw error;
		logger.warn(
			'the MessageContent intent is not enabled for this application; thread follow-ups need a mention of the bot',
		);
		client = await connect(false);
	}
	return {
		client,
		async stop(graceMs = 10_000) {
			client.removeAllListeners(Events.InteractionCreate);
			client.removeAllListeners(Events.MessageCreate);
			const timeout = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
			await Promise.race([Promise.allSettled([...inFlight]), timeout]);
			await client.destroy();
		},
	};
}
