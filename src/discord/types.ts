import {
	ApplicationCommandType,
	type AutocompleteInteraction,
	type ButtonInteraction,
	type ChatInputCommandInteraction,
	type MessageContextMenuCommandInteraction,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
	type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from './context.ts';

interface CommandBase {
	/** Moderator commands are also checked on our side: Discord's default permissions can be overridden by a server. */
	moderatorOnly?: boolean;
	/** Subject to the per-user cooldown (`COOLDOWN_SECONDS`). */
	cooldown?: boolean;
	/** Buttons whose custom id starts with `<command name>:`; `args` are the id's further `:`-separated parts. */
	button?(interaction: ButtonInteraction, context: BotContext, args: string[]): Promise<void>;
}

/** A slash command, in the discord.js template's `{ data, execute }` shape. */
export interface SlashCommand extends CommandBase {
	data: RESTPostAPIChatInputApplicationCommandsJSONBody;
	execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
	autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}

/** A message context-menu command ("Apps → Find sources"). */
export interface MessageCommand extends CommandBase {
	data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
	execute(interaction: MessageContextMenuCommandInteraction, context: BotContext): Promise<void>;
}

export type Command = SlashCommand | MessageCommand;

export function isSlashCommand(command: Command): command is SlashCommand {
	return command.data.type === undefined || command.data.type === ApplicationCommandType.ChatInput;
}
