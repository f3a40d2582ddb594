import { randomBytes } from 'node:crypto';
import type { Interaction } from 'discord.js';
import type { BotContext } from '../context.ts';
import { isModerator } from '../permissions.ts';
import { notify } from '../reply.ts';
import { type Command, isSlashCommand } from '../types.ts';

/** Work in progress, so shutdown can let replies finish before disconnecting. */
export type InFlight = Set<Promise<unknown>>;

/**
 * Routes every interaction to its command: slash and context-menu commands, autocomplete, and buttons
 * (custom id `<command>:<action>:…`). Enforces channel limits, moderator rights and cooldowns, logs each
 * interaction with its duration, and turns any error into a private apology with an id found in the log.
 */
export function createInteractionHandler(
	commands: ReadonlyMap<string, Command>,
	base: BotContext,
	inFlight: InFlight,
) {
	return (interaction: Interaction): void => {
		const work = handle(commands, base, interaction);
		inFlight.add(work);
		void work.finally(() => inFlight.delete(work));
	};
}

async function handle(
	commands: ReadonlyMap<string, Command>,
	base: BotContext,
	interaction: Interaction,
): Promise<void> {
	const started = performance.now();
	const name = commandNameOf(interaction);
	const logger = base.logger.child({
		interactionId: interaction.id,
		command: name,
		userId: interaction.user.id,
	});
	const context: BotContext = { ...base, logger };
	const command = name === undefined ? undefined : commands.get(name);
	try {
		if (command === undefined) {
			if (interaction.isRepliable()) await notify(interaction, 'That command is no longer available.');
			return;
		}
		if (interaction.isAutocomplete()) {
			if (isSlashCommand(command)) await command.autocomplete?.(interaction, context);
			return;
		}
		if (!interaction.isRepliable()) return;
		const refusal = refusalFor(command, interaction, context);
		if (refusal) {
			await notify(interaction, refusal);
			return;
		}
		if (interaction.isButton()) {
			const [, ...args] = interaction.customId.split(':');
			await command.button?.(interaction, context, args);
		} else if (interaction.isChatInputCommand() && isSlashCommand(command)) {
			await command.execute(interaction, context);
		} else if (interaction.isMessageContextMenuCommand() && !isSlashCommand(command)) {
			await command.execute(interaction, context);
		}
		logger.info({ durationMs: Math.round(performance.now() - started) }, 'interaction handled');
	} catch (error) {
		const errorId = randomBytes(4).toString('hex');
		logger.error(
			{ err: error, errorId, durationMs: Math.round(performance.now() - started) },
			'interaction failed',
		);
		if (interaction.isRepliable()) {
			await notify(
				interaction,
				`Sorry, something went wrong on my side (error id \`${errorId}\`). The moderators can look it up in the log.`,
			).catch((replyError: unknown) =>
				logger.warn({ err: replyError, errorId }, 'could not send the apology'),
			);
		}
	}
}

function commandNameOf(interaction: Interaction): string | undefined {
	if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
	if (interaction.isMessageComponent()) return interaction.customId.split(':')[0];
	return undefined;
}

/** Why this user may not run this here and now, or `undefined` when they may. */
function refusalFor(command: Command, interaction: Interaction, context: BotContext): string | undefined {
	const allowed = context.config.ALLOWED_CHANNEL_IDS;
	const channel = interaction.channel;
	const channelIds = [interaction.channelId, channel?.isThread() ? channel.parentId : null];
	if (allowed.length > 0 && !channelIds.some((id) => id !== null && allowed.includes(id))) {
		return `I only answer in ${allowed.map((id) => `<#${id}>`).join(', ')}.`;
	}
	if (command.moderatorOnly && !isModerator(interaction, context.config)) {
		return 'Only moderators can use this command.';
	}
	if (command.cooldown && !interaction.isButton()) {
		const wait = context.cooldowns.take(interaction.user.id);
		if (wait > 0) return `You're going a bit fast — try again in ${wait} s.`;
	}
	return undefined;
}
