/**
 * The one guild the fake bot lives in: its roles, members, channels and threads, and the permission
 * arithmetic Discord does over them (base permissions from @everyone plus the member's roles; the
 * owner and Administrator get everything; no channel overwrites, threads inherit their parent).
 */
import {
	type APIGuildForumChannel,
	type APIGuildMember,
	type APIRole,
	type APITextChannel,
	type APIThreadChannel,
	type APIUser,
	type ChannelFlags,
	ChannelType,
	type GuildMemberFlags,
	PermissionFlagsBits,
	type RoleFlags,
} from 'discord.js';
import { newSnowflake } from './ids.ts';

export type FakeChannel = APITextChannel | APIGuildForumChannel | APIThreadChannel;

/** Everything every member may do unless a test says otherwise. */
export const DEFAULT_EVERYONE_PERMISSIONS =
	PermissionFlagsBits.ViewChannel |
	PermissionFlagsBits.SendMessages |
	PermissionFlagsBits.SendMessagesInThreads |
	PermissionFlagsBits.CreatePublicThreads |
	PermissionFlagsBits.ReadMessageHistory |
	PermissionFlagsBits.EmbedLinks |
	PermissionFlagsBits.AttachFiles |
	PermissionFlagsBits.AddReactions |
	PermissionFlagsBits.UseApplicationCommands;

export const DEFAULT_MODERATOR_PERMISSIONS =
	PermissionFlagsBits.ManageMessages |
	PermissionFlagsBits.ManageThreads |
	PermissionFlagsBits.ModerateMembers |
	PermissionFlagsBits.KickMembers;

/** The bot's managed role; on top of @everyone this is what a typical invite link grants. */
export const DEFAULT_BOT_PERMISSIONS =
	PermissionFlagsBits.ViewChannel |
	PermissionFlagsBits.SendMessages |
	PermissionFlagsBits.SendMessagesInThreads |
	PermissionFlagsBits.CreatePublicThreads |
	PermissionFlagsBits.EmbedLinks |
	PermissionFlagsBits.AttachFiles |
	PermissionFlagsBits.ReadMessageHistory;

const ALL_PERMISSIONS = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);

export interface FakeGuildOptions {
	botUsername: string;
	everyonePermissions: bigint;
	moderatorPermissions: bigint;
	botPermissions: bigint;
}

export function makeUser(username: string, extra: Partial<APIUser> = {}): APIUser {
	return {
		id: newSnowflake(),
		username,
		global_name: `${username.charAt(0).toUpperCase()}${username.slice(1)}`,
		discriminator: '0',
		avatar: null,
		...extra,
	};
}

function makeRole(
	id: string,
	name: string,
	position: number,
	permissions: bigint,
	extra: Partial<APIRole> = {},
) {
	const role: APIRole = {
		id,
		name,
		color: 0,
		colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
		hoist: false,
		position,
		permissions: permissions.toString(),
		managed: false,
		mentionable: false,
		flags: 0 as RoleFlags,
		...extra,
	};
	return role;
}

export class FakeGuild {
	readonly id = newSnowflake();
	readonly name = 'Dossier Test Guild';
	readonly createdAt = new Date().toISOString();
	readonly botUser: APIUser;
	readonly owner: APIUser;
	readonly everyoneRole: APIRole;
	readonly moderatorRole: APIRole;
	readonly botRole: APIRole;
	readonly textChannel: APITextChannel;
	readonly forumChannel: APIGuildForumChannel;
	readonly roles = new Map<string, APIRole>();
	readonly members = new Map<string, APIGuildMember>();
	readonly channels = new Map<string, FakeChannel>();

	constructor(options: FakeGuildOptions) {
		this.botUser = makeUser(options.botUsername, { global_name: null, bot: true });
		this.owner = makeUser('olga');
		this.everyoneRole = makeRole(this.id, '@everyone', 0, options.everyonePermissions);
		this.moderatorRole = makeRole(newSnowflake(), 'Moderator', 1, options.moderatorPermissions, {
			mentionable: true,
		});
		this.botRole = makeRole(newSnowflake(), options.botUsername, 2, options.botPermissions, {
			managed: true,
			tags: { bot_id: this.botUser.id },
		});
		for (const role of [this.everyoneRole, this.moderatorRole, this.botRole]) this.roles.set(role.id, role);

		this.textChannel = {
			id: newSnowflake(),
			type: ChannelType.GuildText,
			guild_id: this.id,
			name: 'general',
			position: 0,
			permission_overwrites: [],
			topic: null,
			nsfw: false,
			last_message_id: null,
			rate_limit_per_user: 0,
			parent_id: null,
			default_auto_archive_duration: 1440,
			flags: 0 as ChannelFlags,
		};
		this.forumChannel = {
			id: newSnowflake(),
			type: ChannelType.GuildForum,
			guild_id: this.id,
			name: 'research',
			position: 1,
			permission_overwrites: [],
			topic: null,
			nsfw: false,
			last_message_id: null,
			rate_limit_per_user: 0,
			parent_id: null,
			default_auto_archive_duration: 4320,
			default_thread_rate_limit_per_user: 0,
			available_tags: [],
			default_reaction_emoji: null,
			default_sort_order: null,
			default_forum_layout: 0,
			flags: 0 as ChannelFlags,
		};
		for (const channel of [this.textChannel, this.forumChannel]) this.channels.set(channel.id, channel);

		this.addMember(this.botUser, [this.botRole.id]);
		this.addMember(this.owner, []);
	}

	/** Adds `user` as a member with the given role ids (the @everyone role is implicit, as on Discord). */
	addMember(user: APIUser, roleIds: readonly string[]): APIGuildMember {
		for (const roleId of roleIds) {
			if (!this.roles.has(roleId)) throw new Error(`FakeGuild: unknown role id "${roleId}"`);
		}
		const member: APIGuildMember = {
			user,
			nick: null,
			avatar: null,
			banner: null,
			roles: [...roleIds],
			joined_at: new Date().toISOString(),
			premium_since: null,
			deaf: false,
			mute: false,
			flags: 0 as GuildMemberFlags,
			pending: false,
			communication_disabled_until: null,
		};
		this.members.set(user.id, member);
		return member;
	}

	member(userId: string): APIGuildMember | undefined {
		return this.members.get(userId);
	}

	/** The user with this id, whether or not they are still a member. */
	user(userId: string): APIUser | undefined {
		return this.members.get(userId)?.user;
	}

	channel(channelId: string): FakeChannel | undefined {
		return this.channels.get(channelId);
	}

	/** Permissions of a member holding `roleIds`, the way Discord computes guild-level permissions. */
	permissionsFor(userId: string, roleIds: readonly string[] = this.member(userId)?.roles ?? []): bigint {
		if (userId === this.owner.id) return ALL_PERMISSIONS;
		let permissions = BigInt(this.everyoneRole.permissions);
		for (const roleId of roleIds) {
			const role = this.roles.get(roleId);
			if (role) permissions |= BigInt(role.permissions);
		}
		return permissions & PermissionFlagsBits.Administrator ? ALL_PERMISSIONS : permissions;
	}

	/** The guild as REST `GET /guilds/{id}` returns it (no members or channels). */
	toRestGuild() {
		return {
			id: this.id,
			name: this.name,
			icon: null,
			splash: null,
			discovery_splash: null,
			banner: null,
			description: null,
			owner_id: this.owner.id,
			afk_channel_id: null,
			afk_timeout: 300,
			verification_level: 0,
			default_message_notifications: 0,
			explicit_content_filter: 0,
			mfa_level: 0,
			nsfw_level: 0,
			premium_tier: 0,
			premium_subscription_count: 0,
			premium_progress_bar_enabled: false,
			preferred_locale: 'en-US',
			features: [],
			application_id: null,
			system_channel_id: this.textChannel.id,
			system_channel_flags: 0,
			rules_channel_id: null,
			public_updates_channel_id: null,
			safety_alerts_channel_id: null,
			vanity_url_code: null,
			max_members: 500_000,
			max_video_channel_users: 25,
			max_stage_video_channel_users: 50,
			roles: [...this.roles.values()],
			emojis: [],
			stickers: [],
		};
	}

	/** The full guild as GUILD_CREATE carries it, with members, channels and active threads. */
	toGatewayGuild() {
		const channels = [...this.channels.values()];
		return {
			...this.toRestGuild(),
			joined_at: this.createdAt,
			large: false,
			unavailable: false,
			member_count: this.members.size,
			voice_states: [],
			members: [...this.members.values()],
			channels: channels.filter((channel) => !isThread(channel)),
			threads: channels.filter(isThread),
			presences: [],
			stage_instances: [],
			guild_scheduled_events: [],
			soundboard_sounds: [],
		};
	}
}

export function isThread(channel: FakeChannel): channel is APIThreadChannel {
	return (
		channel.type === ChannelType.PublicThread ||
		channel.type === ChannelType.PrivateThread ||
		channel.type === ChannelType.AnnouncementThread
	);
}
