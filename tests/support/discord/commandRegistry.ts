/**
 * The application commands the bot registered, global and for the test guild, as Discord stores them:
 * a bulk overwrite replaces the whole list but keeps the id of a command whose name and type survive,
 * and every stored command gets a fresh `version`. Interactions a test sends use these ids and option
 * definitions.
 */
import {
	type APIApplicationCommand,
	type APIApplicationCommandOption,
	ApplicationCommandType,
} from 'discord.js';
import { newSnowflake } from './ids.ts';

type Json = Record<string, unknown>;

/** Which list a request is about: the global commands, or one guild's. */
export interface CommandScope {
	guildId?: string;
}

export class CommandRegistry {
	readonly #lists = new Map<string, APIApplicationCommand[]>();

	constructor(private readonly applicationId: string) {}

	list(scope: CommandScope): APIApplicationCommand[] {
		return this.#lists.get(scope.guildId ?? 'global') ?? [];
	}

	overwrite(scope: CommandScope, bodies: readonly unknown[]): APIApplicationCommand[] {
		const previous = this.list(scope);
		const commands = bodies.map((body) => this.toCommand(scope, body as Json, previous));
		this.#lists.set(scope.guildId ?? 'global', commands);
		return commands;
	}

	/** Creates or replaces (same name and type) one command; `created` is false for a replacement. */
	upsert(scope: CommandScope, body: unknown): { command: APIApplicationCommand; created: boolean } {
		const previous = this.list(scope);
		const command = this.toCommand(scope, body as Json, previous);
		const created = !previous.some((existing) => existing.id === command.id);
		this.#lists.set(scope.guildId ?? 'global', [...previous.filter((c) => c.id !== command.id), command]);
		return { command, created };
	}

	delete(scope: CommandScope, commandId: string): boolean {
		const previous = this.list(scope);
		this.#lists.set(
			scope.guildId ?? 'global',
			previous.filter((command) => command.id !== commandId),
		);
		return previous.some((command) => command.id === commandId);
	}

	/** The command a user would pick by this name, preferring the guild's over a global one. */
	find(name: string, type: ApplicationCommandType, guildId: string): APIApplicationCommand | undefined {
		const matches = (command: APIApplicationCommand) => command.name === name && command.type === type;
		return this.list({ guildId }).find(matches) ?? this.list({}).find(matches);
	}

	/** Whether the bot registered any command at all; until it does, tests may invoke any name. */
	isEmpty(): boolean {
		return [...this.#lists.values()].every((list) => list.length === 0);
	}

	private toCommand(
		scope: CommandScope,
		body: Json,
		previous: readonly APIApplicationCommand[],
	): APIApplicationCommand {
		const type = (
			typeof body.type === 'number' ? body.type : ApplicationCommandType.ChatInput
		) as ApplicationCommandType;
		const name = String(body.name);
		const existing = previous.find((command) => command.name === name && command.type === type);
		const permissions = body.default_member_permissions;
		const command: APIApplicationCommand = {
			id: existing?.id ?? newSnowflake(),
			type,
			application_id: this.applicationId,
			name,
			description: typeof body.description === 'string' ? body.description : '',
			default_member_permissions:
				permissions === undefined || permissions === null ? null : String(permissions),
			nsfw: body.nsfw === true,
			integration_types: Array.isArray(body.integration_types) ? body.integration_types : [0],
			contexts: Array.isArray(body.contexts) ? body.contexts : null,
			version: newSnowflake(),
		};
		if (Array.isArray(body.options)) command.options = body.options as APIApplicationCommandOption[];
		if (scope.guildId) command.guild_id = scope.guildId;
		return command;
	}
}
