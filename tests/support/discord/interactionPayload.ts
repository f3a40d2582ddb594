/**
 * The envelope Discord wraps every guild interaction in: who (member with their computed `permissions`),
 * where (guild, channel), what the bot may do there (`app_permissions`), and a fresh id and token.
 * The kind-specific `data` (and `message` for components) comes from the caller.
 */
import type { APIInteraction, APIMessage, APIUser, InteractionType } from 'discord.js';
import type { FakeGuild } from './fakeGuild.ts';
import { newSnowflake, newToken } from './ids.ts';

/** Who performs an interaction or sends a message, and from where. */
export interface Actor {
	/** The acting user; must be a guild member. Default: the fake's regular member, alice. */
	user?: APIUser;
	/** The channel or thread it happens in. Default: the text channel. */
	channelId?: string;
	/** Role ids the member holds for this interaction, instead of their stored roles. */
	roles?: readonly string[];
	/** The member's permissions, instead of the ones their roles give. */
	permissions?: bigint;
	/** The user's client locale. Default `en-US`. */
	locale?: string;
}

export interface EnvelopeContext {
	guild: FakeGuild;
	applicationId: string;
	defaultUser: APIUser;
	defaultChannelId: string;
	/** The bot's permissions in the channel, sent as `app_permissions`. */
	appPermissions: bigint;
	attachmentSizeLimit: number;
}

/** Guild install, invoked inside a guild: the only context this fake models. */
const GUILD_INSTALL = '0';
const GUILD_CONTEXT = 0;

export function buildInteraction(
	context: EnvelopeContext,
	actor: Actor,
	type: InteractionType,
	data: unknown,
	message?: APIMessage,
): APIInteraction {
	const { guild } = context;
	const user = actor.user ?? context.defaultUser;
	const stored = guild.member(user.id);
	if (!stored) throw new Error(`user "${user.username}" (${user.id}) is not a member of the fake guild`);
	const channel = guild.channel(actor.channelId ?? context.defaultChannelId);
	if (!channel) throw new Error(`no channel with id "${actor.channelId}" in the fake guild`);
	const roles = actor.roles ?? stored.roles;
	const permissions = actor.permissions ?? guild.permissionsFor(user.id, roles);

	const payload = {
		id: newSnowflake(),
		application_id: context.applicationId,
		type,
		data,
		token: newToken(),
		version: 1,
		guild: { id: guild.id, locale: 'en-US', features: [] },
		guild_id: guild.id,
		guild_locale: 'en-US',
		channel,
		channel_id: channel.id,
		member: { ...stored, roles: [...roles], user, permissions: permissions.toString() },
		app_permissions: context.appPermissions.toString(),
		locale: actor.locale ?? 'en-US',
		entitlements: [],
		authorizing_integration_owners: { [GUILD_INSTALL]: guild.id },
		context: GUILD_CONTEXT,
		attachment_size_limit: context.attachmentSizeLimit,
		...(message ? { message } : {}),
	};
	return payload as unknown as APIInteraction;
}
