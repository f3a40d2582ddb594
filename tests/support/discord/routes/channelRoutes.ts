/**
 * Channel routes: reading channels and messages, posting, editing and deleting the bot's messages,
 * typing, reactions, and creating threads (in a text channel, from a message, or as a forum post).
 * Posting needs the permissions Discord checks; every change is also dispatched on the gateway.
 */
import {
	type APIMessage,
	type APIThreadChannel,
	type ChannelFlags,
	ChannelType,
	MessageFlags,
	PermissionFlagsBits,
	type ThreadAutoArchiveDuration,
	type ThreadMemberFlags,
} from 'discord.js';
import { discordErrors, found } from '../discordErrors.ts';
import { type FakeChannel, isThread } from '../fakeGuild.ts';
import { newSnowflake } from '../ids.ts';
import type { ServerState } from '../serverState.ts';
import { noContent, ok, type Route, type RouteRequest, type RouteResult, route } from './router.ts';

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json =>
	typeof value === 'object' && value !== null ? (value as Json) : {};

export function channelRoutes(state: ServerState): Route[] {
	const channel = (request: RouteRequest) =>
		found(state.guild.channel(request.params.channelId ?? ''), discordErrors.unknownChannel);
	const messageIn = (request: RouteRequest) => {
		const message = state.messages.get(request.params.messageId ?? '');
		if (!message || message.channel_id !== channel(request).id) throw discordErrors.unknownMessage();
		return message;
	};
	const messages = '/channels/:channelId/messages';
	const reaction = `${messages}/:messageId/reactions/:emoji/@me`;

	return [
		route('GET', '/channels/:channelId', (request) => ok(channel(request))),
		route('GET', messages, (request) => ok(listMessages(state, channel(request).id, request.query))),
		route('POST', messages, (request) => postMessage(state, request, channel(request))),
		route('GET', `${messages}/:messageId`, (request) => ok(messageIn(request))),
		route('PATCH', `${messages}/:messageId`, (request) => {
			const message = messageIn(request);
			if (message.author.id !== state.applicationId) throw discordErrors.cannotEditOthersMessage();
			state.checkBody(request, 'message-edit');
			const edited = state.messages.edit(message.id, request.body, request.files);
			state.announceMessageUpdate(edited);
			return ok(edited);
		}),
		route('DELETE', `${messages}/:messageId`, (request) => {
			const message = messageIn(request);
			if (message.author.id !== state.applicationId)
				state.requireBotPermissions(PermissionFlagsBits.ManageMessages);
			state.messages.delete(message.id);
			state.announceMessageDelete(message);
			return noContent();
		}),
		route('PUT', reaction, (request) => {
			messageIn(request);
			state.requireBotPermissions(PermissionFlagsBits.AddReactions | PermissionFlagsBits.ReadMessageHistory);
			return noContent();
		}),
		route('DELETE', reaction, (request) => {
			messageIn(request);
			return noContent();
		}),
		route('POST', '/channels/:channelId/typing', (request) => {
			channel(request);
			return noContent();
		}),
		route('PUT', '/channels/:channelId/thread-members/@me', (request) => {
			if (!isThread(channel(request))) throw discordErrors.unknownChannel();
			return noContent();
		}),
		route('POST', '/channels/:channelId/threads', (request) =>
			createThread(state, request, channel(request)),
		),
		route('POST', `${messages}/:messageId/threads`, (request) =>
			threadFromMessage(state, request, messageIn(request)),
		),
	];
}

function listMessages(state: ServerState, channelId: string, query: URLSearchParams): APIMessage[] {
	const limit = Math.min(Number(query.get('limit') ?? 50), 100);
	const before = query.get('before');
	const after = query.get('after');
	const newestFirst = state.messages
		.inChannel(channelId)
		.filter((message) => (before ? BigInt(message.id) < BigInt(before) : true))
		.filter((message) => (after ? BigInt(message.id) > BigInt(after) : true))
		.reverse();
	return newestFirst.slice(0, limit);
}

function postMessage(state: ServerState, request: RouteRequest, channel: FakeChannel): RouteResult {
	if (channel.type === ChannelType.GuildForum) throw discordErrors.cannotSendInNonText();
	state.requireBotPermissions(state.sendPermissionFor(channel.id));
	if (request.files.length > 0) state.requireBotPermissions(PermissionFlagsBits.AttachFiles);
	state.checkBody(request, 'message-create');
	const message = state.messages.create({
		channelId: channel.id,
		author: state.guild.botUser,
		body: request.body,
		files: request.files,
		source: 'bot',
	});
	state.announceMessageCreate(message);
	return ok(message);
}

/** `POST /channels/{id}/threads`: a forum post (thread + first message) or a thread without a message. */
function createThread(state: ServerState, request: RouteRequest, parent: FakeChannel): RouteResult {
	const body = asObject(request.body);
	if (parent.type === ChannelType.GuildForum) {
		state.requireBotPermissions(PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages);
		state.checkBody(request, 'forum-thread-create');
		const thread = addThread(state, parent, body, ChannelType.PublicThread);
		// A forum post's first message shares the thread's id.
		const message = state.messages.create({
			id: thread.id,
			channelId: thread.id,
			author: state.guild.botUser,
			body: body.message,
			files: request.files,
			source: 'bot',
		});
		announceThread(state, thread);
		state.announceMessageCreate(message);
		return { status: 201, body: { ...thread, message } };
	}
	if (parent.type !== ChannelType.GuildText) throw discordErrors.cannotSendInNonText();
	const type = body.type === ChannelType.PrivateThread ? ChannelType.PrivateThread : ChannelType.PublicThread;
	state.requireBotPermissions(
		type === ChannelType.PrivateThread
			? PermissionFlagsBits.CreatePrivateThreads
			: PermissionFlagsBits.CreatePublicThreads,
	);
	state.checkBody(request, 'thread-create');
	const thread = addThread(state, parent, body, type);
	announceThread(state, thread);
	return { status: 201, body: thread };
}

/** `POST /channels/{id}/messages/{id}/threads`: the thread takes the starting message's id. */
function threadFromMessage(state: ServerState, request: RouteRequest, message: APIMessage): RouteResult {
	if ((message.flags ?? 0) & MessageFlags.HasThread) throw discordErrors.threadAlreadyCreated();
	const parent = found(state.guild.channel(message.channel_id), discordErrors.unknownChannel);
	state.requireBotPermissions(PermissionFlagsBits.CreatePublicThreads);
	state.checkBody(request, 'thread-from-message');
	const thread = addThread(state, parent, asObject(request.body), ChannelType.PublicThread, message.id);
	state.messages.patch(message.id, {
		flags: ((message.flags ?? 0) | MessageFlags.HasThread) as MessageFlags,
		thread,
	});
	announceThread(state, thread);
	return { status: 201, body: thread };
}

function addThread(
	state: ServerState,
	parent: FakeChannel,
	body: Json,
	type: ChannelType.PublicThread | ChannelType.PrivateThread,
	id = newSnowflake(),
): APIThreadChannel {
	const now = new Date().toISOString();
	const botId = state.applicationId;
	const parentDefault =
		'default_auto_archive_duration' in parent ? parent.default_auto_archive_duration : undefined;
	const autoArchive = Number(
		body.auto_archive_duration ?? parentDefault ?? 1440,
	) as ThreadAutoArchiveDuration;
	const thread: APIThreadChannel = {
		id,
		type,
		guild_id: state.guild.id,
		parent_id: parent.id,
		owner_id: botId,
		name: String(body.name ?? ''),
		last_message_id: null,
		message_count: 0,
		total_message_sent: 0,
		member_count: 1,
		rate_limit_per_user: Number(body.rate_limit_per_user ?? 0),
		flags: 0 as ChannelFlags,
		applied_tags: Array.isArray(body.applied_tags) ? (body.applied_tags as string[]) : [],
		thread_metadata: {
			archived: false,
			auto_archive_duration: autoArchive,
			archive_timestamp: now,
			locked: false,
			create_timestamp: now,
			...(type === ChannelType.PrivateThread ? { invitable: body.invitable !== false } : {}),
		},
		member: { id, user_id: botId, join_timestamp: now, flags: 0 as ThreadMemberFlags },
	};
	state.guild.channels.set(thread.id, thread);
	return thread;
}

function announceThread(state: ServerState, thread: APIThreadChannel): void {
	state.announceChannelEvent('THREAD_CREATE', { ...thread, newly_created: true });
}
