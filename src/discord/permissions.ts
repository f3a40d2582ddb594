import { type GuildMember, type Interaction, PermissionFlagsBits } from 'discord.js';
import type { Config } from '../config.ts';

/**
 * Moderators are members with Manage Server (or Administrator) or one of `MODERATOR_ROLE_IDS`. Checked
 * on our side for every moderator command, because a server can override Discord's default permissions.
 */
export function isModerator(interaction: Interaction, config: Pick<Config, 'MODERATOR_ROLE_IDS'>): boolean {
	if (!interaction.inGuild()) return false;
	const permissions = interaction.memberPermissions;
	if (
		permissions?.has(PermissionFlagsBits.ManageGuild) ||
		permissions?.has(PermissionFlagsBits.Administrator)
	)
		return true;
	const member = interaction.member;
	const roles = Array.isArray(member?.roles)
		? member.roles
		: [...((member as GuildMember | null)?.roles.cache.keys() ?? [])];
	return roles.some((role) => config.MODERATOR_ROLE_IDS.includes(role));
}

/**
 * Whether the bot may answer in a channel (by its id, and a thread's by its parent's too): anywhere when
 * ALLOWED_CHANNEL_IDS is empty.
 */
export function inAllowedChannel(
	config: Pick<Config, 'ALLOWED_CHANNEL_IDS'>,
	channelIds: ReadonlyArray<string | null | undefined>,
): boolean {
	const allowed = config.ALLOWED_CHANNEL_IDS;
	return allowed.length === 0 || channelIds.some((id) => id != null && allowed.includes(id));
}
