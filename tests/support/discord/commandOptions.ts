/**
 * Turns the options a test writes (`{ question: 'Who visited Minsk?', limit: 5 }`) into the option tree
 * and `resolved` data Discord puts in an interaction. When the bot registered the command, its option
 * definitions decide each option's type and the Discord client's own rules apply (unknown or missing
 * required options, wrong types, choices, min/max): a test cannot send what a user could not type.
 * Before anything is registered, types are inferred from the JavaScript values.
 */
import {
	type APIApplicationCommand,
	type APIApplicationCommandOption,
	type APIAttachment,
	type APIInteractionDataResolved,
	type APIRole,
	type APIUser,
	ApplicationCommandOptionType as OptionType,
} from 'discord.js';
import type { FakeChannel, FakeGuild } from './fakeGuild.ts';

/** A value for one option: plain values, or the object the option refers to (user, role, attachment, channel). */
export type OptionValue = string | number | boolean | APIUser | APIRole | APIAttachment | FakeChannel;

export interface OptionsInput {
	subcommandGroup?: string;
	subcommand?: string;
	options?: Record<string, OptionValue>;
}

/** One option as it appears in `interaction.data.options`. */
export interface InteractionOption {
	name: string;
	type: OptionType;
	value?: string | number | boolean;
	options?: InteractionOption[];
	focused?: boolean;
}

export interface ConvertedOptions {
	options: InteractionOption[];
	resolved?: APIInteractionDataResolved;
}

type Definition = APIApplicationCommandOption & {
	options?: Definition[];
	required?: boolean;
	autocomplete?: boolean;
	choices?: { name: string; value: string | number }[];
	min_value?: number;
	max_value?: number;
	min_length?: number;
	max_length?: number;
};

/**
 * @param command the registered command, or undefined when the bot registered none
 * @param focused for autocomplete: the option being typed, whose value stays the raw text typed so far
 */
export function convertOptions(
	input: OptionsInput,
	command: APIApplicationCommand | undefined,
	guild: FakeGuild,
	focused?: string,
): ConvertedOptions {
	const label = `/${[command?.name, input.subcommandGroup, input.subcommand].filter(Boolean).join(' ')}`;
	const definitions = command
		? leafDefinitions(command.options as Definition[] | undefined, input, label)
		: undefined;
	const resolved: Required<APIInteractionDataResolved> = {
		users: {},
		members: {},
		roles: {},
		channels: {},
		attachments: {},
	};

	const leaves = Object.entries(input.options ?? {}).map(([name, value]): InteractionOption => {
		const definition = definitions?.find((d) => d.name === name);
		if (definitions && !definition) {
			const known = definitions.map((d) => d.name).join(', ') || 'none';
			throw new Error(`${label} has no option "${name}" (its options: ${known})`);
		}
		if (name === focused) {
			if (definition && !definition.autocomplete)
				throw new Error(`${label} option "${name}" has no autocomplete`);
			return { name, type: definition?.type ?? OptionType.String, value: String(value), focused: true };
		}
		const type = definition?.type ?? inferType(name, value);
		const converted = toDiscordValue(name, type, value, guild, resolved);
		if (definition) checkAgainstDefinition(label, definition, converted);
		return { name, type, value: converted };
	});

	if (focused !== undefined && !(focused in (input.options ?? {}))) {
		throw new Error(
			`${label}: the focused option "${focused}" needs a value in options (the text typed so far)`,
		);
	}
	if (definitions && focused === undefined) {
		const missing = definitions.filter((d) => d.required && !(d.name in (input.options ?? {})));
		if (missing.length > 0)
			throw new Error(`${label} needs option(s) ${missing.map((d) => `"${d.name}"`).join(', ')}`);
	}
	return { options: wrapInSubcommands(leaves, input), ...compactResolved(resolved) };
}

function leafDefinitions(
	options: Definition[] | undefined,
	input: OptionsInput,
	label: string,
): Definition[] {
	let level = options ?? [];
	const descend = (type: OptionType, name: string | undefined, what: string) => {
		const hasLevel = level.some((d) => d.type === type);
		if (name === undefined) {
			if (hasLevel)
				throw new Error(`${label} needs a ${what} (one of: ${level.map((d) => d.name).join(', ')})`);
			return;
		}
		const found = level.find((d) => d.type === type && d.name === name);
		if (!found) throw new Error(`${label}: there is no ${what} "${name}"`);
		level = found.options ?? [];
	};
	descend(OptionType.SubcommandGroup, input.subcommandGroup, 'subcommand group');
	descend(OptionType.Subcommand, input.subcommand, 'subcommand');
	return level;
}

function wrapInSubcommands(leaves: InteractionOption[], input: OptionsInput): InteractionOption[] {
	let options = leaves;
	if (input.subcommand !== undefined)
		options = [{ name: input.subcommand, type: OptionType.Subcommand, options }];
	if (input.subcommandGroup !== undefined) {
		options = [{ name: input.subcommandGroup, type: OptionType.SubcommandGroup, options }];
	}
	return options;
}

function inferType(name: string, value: OptionValue): OptionType {
	if (typeof value === 'string') return OptionType.String;
	if (typeof value === 'boolean') return OptionType.Boolean;
	if (typeof value === 'number') return Number.isInteger(value) ? OptionType.Integer : OptionType.Number;
	if ('filename' in value) return OptionType.Attachment;
	if ('username' in value) return OptionType.User;
	if ('permissions' in value && 'color' in value) return OptionType.Role;
	if ('type' in value && 'guild_id' in value) return OptionType.Channel;
	throw new Error(`option "${name}": cannot tell what kind of value ${JSON.stringify(value)} is`);
}

/** The option's `value` as Discord sends it, recording referenced objects in `resolved`. */
function toDiscordValue(
	name: string,
	type: OptionType,
	value: OptionValue,
	guild: FakeGuild,
	resolved: Required<APIInteractionDataResolved>,
): string | number | boolean {
	const wrong = () =>
		new Error(`option "${name}" is of type ${OptionType[type]}; got ${JSON.stringify(value)}`);
	const idOf = (v: OptionValue) => (typeof v === 'object' ? v.id : String(v));
	switch (type) {
		case OptionType.String:
			if (typeof value !== 'string') throw wrong();
			return value;
		case OptionType.Integer:
			if (typeof value !== 'number' || !Number.isInteger(value)) throw wrong();
			return value;
		case OptionType.Number:
			if (typeof value !== 'number') throw wrong();
			return value;
		case OptionType.Boolean:
			if (typeof value !== 'boolean') throw wrong();
			return value;
		case OptionType.User:
			return resolveUser(idOf(value), guild, resolved, wrong);
		case OptionType.Role:
			return resolveRole(idOf(value), guild, resolved, wrong);
		case OptionType.Mentionable:
			return guild.roles.has(idOf(value))
				? resolveRole(idOf(value), guild, resolved, wrong)
				: resolveUser(idOf(value), guild, resolved, wrong);
		case OptionType.Channel: {
			const channel = guild.channel(idOf(value));
			if (!channel) throw wrong();
			resolved.channels[channel.id] = {
				id: channel.id,
				name: channel.name ?? '',
				type: channel.type,
				permissions: guild.permissionsFor(guild.botUser.id).toString(),
			} as Required<APIInteractionDataResolved>['channels'][string];
			return channel.id;
		}
		case OptionType.Attachment: {
			if (typeof value !== 'object' || !('filename' in value)) throw wrong();
			resolved.attachments[value.id] = value;
			return value.id;
		}
		default:
			throw wrong();
	}
}

function resolveUser(
	id: string,
	guild: FakeGuild,
	resolved: Required<APIInteractionDataResolved>,
	wrong: () => Error,
): string {
	const member = guild.member(id);
	if (!member) throw wrong();
	const { user, deaf: _deaf, mute: _mute, ...rest } = member;
	resolved.users[id] = user;
	resolved.members[id] = { ...rest, permissions: guild.permissionsFor(id).toString() };
	return id;
}

function resolveRole(
	id: string,
	guild: FakeGuild,
	resolved: Required<APIInteractionDataResolved>,
	wrong: () => Error,
) {
	const role = guild.roles.get(id);
	if (!role) throw wrong();
	resolved.roles[id] = role;
	return id;
}

function checkAgainstDefinition(
	label: string,
	definition: Definition,
	value: string | number | boolean,
): void {
	const at = `${label} option "${definition.name}"`;
	if (
		definition.choices &&
		definition.choices.length > 0 &&
		!definition.choices.some((c) => c.value === value)
	) {
		throw new Error(`${at}: ${JSON.stringify(value)} is not one of its choices`);
	}
	if (typeof value === 'number') {
		if (definition.min_value !== undefined && value < definition.min_value)
			throw new Error(`${at}: below ${definition.min_value}`);
		if (definition.max_value !== undefined && value > definition.max_value)
			throw new Error(`${at}: above ${definition.max_value}`);
	}
	if (typeof value === 'string' && definition.type === OptionType.String) {
		const length = [...value].length;
		if (definition.min_length !== undefined && length < definition.min_length)
			throw new Error(`${at}: shorter than ${definition.min_length}`);
		if (definition.max_length !== undefined && length > definition.max_length)
			throw new Error(`${at}: longer than ${definition.max_length}`);
	}
}

function compactResolved(resolved: Required<APIInteractionDataResolved>): {
	resolved?: APIInteractionDataResolved;
} {
	const present = Object.fromEntries(
		Object.entries(resolved).filter(([, entries]) => Object.keys(entries).length > 0),
	);
	return Object.keys(present).length > 0 ? { resolved: present } : {};
}
