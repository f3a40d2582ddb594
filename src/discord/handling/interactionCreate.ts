import type { Interaction } from 'discord.js';
import type { BotContext } from '../context.ts';
import { tooFast } from '../cooldowns.ts';
import { inAllowedChannel, isModerator } from '../permissions.ts';
import { notify } from '../reply.ts';
import { type Command, isSlashCommand } from '../types.ts';
import { apologize, type InFlight, track } from './failures.ts';

/**
 * Routes every interaction to its command: slash and context-menu commands, autocomplete, and buttons
 * (custom id `<command>:<action>:…`). Enforces channel limits (autocomplete too, which then offers
 * nothing), moderator rights and the cooldown of commands (not of buttons), logs each interaction with its duration,
 * and turns any error into a private apology with an id found in the log.
 */
export function createInteractionHandler(
	commands: ReadonlyMap<string, Command>,
	base: BotContext,
	inFlight: InFlight,
) {
	return (interaction: Interaction): void =>
		track(inFlight, handle(commands, base, interaction), base.logger);
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
			// Outside the allowed channels, not even the documents' titles are offered.
			if (!inAllowedChannel(context.config, channelIdsOf(interaction))) await interaction.respond([]);
			else if (isSlashCommand(command)) await command.autocomplete?.(interaction, context);
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
		await apologize(logger, error, started, 'interaction failed', async (apology) => {
			if (interaction.isRepliable()) await notify(interaction, apology);
		});
	}
}

/** The interaction's channel, and the thread's parent when it is in one. */
function channelIdsOf(interaction: Interaction): Array<string | null> {
	const channel = interaction.channel;
	return [interaction.channelId, channel?.isThread() ? channel.parentId : null];
}

function commandNameOf(interaction: Interaction): string | undefined {
	if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
	if (interaction.isMessageComponent()) return interaction.customId.split(':')[0];
	return undefined;
}

/** Why this user may not run this here and now, or `undefined` when they may. */
function refusalFor(command: Command, interaction: Interaction, context: BotContext): string | undefined {
	if (!inAllowedChannel(context.config, channelIdsOf(interaction))) {
		return `I only answer in ${context.config.ALLOWED_CHANNEL_IDS.map((id) => `<#${id}>`).join(', ')}.`;
	}
	if (command.moderatorOnly && !isModerator(interaction, context.config)) {
		return 'Only moderators can use this command.';
	}
	if (command.cooldown && !interaction.isButton()) {
		const wait = context.cooldowns.take(interaction.user.id);
		if (wait > 0) return tooFast(wait);
	}
	return undefined;
}
