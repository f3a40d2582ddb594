/**
 * The fake Discord a test starts: an HTTP server (REST under `/api/v10`, files under `/attachments`) and
 * the gateway on the same loopback port, one guild with a text channel and a forum, and helpers that act
 * as the guild's users. See index.ts for how an end-to-end test uses it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
	type APIApplicationCommand,
	type APIAttachment,
	type APIMessage,
	type APIUser,
	ApplicationCommandType,
	ApplicationFlags,
	ChannelType,
	ComponentType,
	GatewayIntentBits,
	InteractionType,
} from 'discord.js';
import { type AttachmentInput, AttachmentStore } from './attachmentStore.ts';
import { convertOptions, type OptionsInput } from './commandOptions.ts';
import { CommandRegistry } from './commandRegistry.ts';
import { collectCustomIds, findButton } from './components.ts';
import { FakeGateway } from './fakeGateway.ts';
import {
	DEFAULT_BOT_PERMISSIONS,
	DEFAULT_EVERYONE_PERMISSIONS,
	DEFAULT_MODERATOR_PERMISSIONS,
	FakeGuild,
	makeUser,
} from './fakeGuild.ts';
import { newSnowflake } from './ids.ts';
import { InteractionExchange } from './interactionExchange.ts';
import { type Actor, buildInteraction } from './interactionPayload.ts';
import { MessageStore } from './messageStore.ts';
import { API_BASE, createRestHandler, type RecordedRequest } from './restHandler.ts';
import { applicationRoutes } from './routes/applicationRoutes.ts';
import { channelRoutes } from './routes/channelRoutes.ts';
import { guildRoutes } from './routes/guildRoutes.ts';
import { interactionRoutes } from './routes/interactionRoutes.ts';
import { ServerState } from './serverState.ts';
import type { Violation } from './violations.ts';
import { Waiters, type WaitOptions } from './waiting.ts';

export interface FakeDiscordOptions {
	/** The bot token the client must log in with. Default: a fixed fake token. */
	token?: string;
	/** The bot's username. Default `Dossier`. */
	botUsername?: string;
	/** Heartbeat interval sent in HELLO, in ms. Default 1000, so heartbeats happen during tests. */
	heartbeatIntervalMs?: number;
	/** How long the bot has to acknowledge an interaction, in ms. Default 3000, as on Discord. */
	ackDeadlineMs?: number;
	/** Answer bodies that break the spec or a limit with 400, as Discord does. Default true. */
	rejectInvalidBodies?: boolean;
	/** Permissions of @everyone. Default: view, send, threads, embeds, files, reactions, commands. */
	everyonePermissions?: bigint;
	/** Permissions of the Moderator role. Default: manage messages and threads, moderate, kick. */
	moderatorPermissions?: bigint;
	/** Permissions of the bot's own role (on top of @everyone's). */
	botPermissions?: bigint;
	/** Largest upload the bot may send, in bytes. Default 10 MiB. */
	attachmentSizeLimit?: number;
	/**
	 * Whether the application may use the privileged MessageContent intent (a switch in the developer
	 * portal). Default true; when false, an IDENTIFY asking for it is closed with 4014, as on Discord.
	 */
	messageContentIntent?: boolean;
}

interface MessageTarget {
	/** The message acted on: as returned by the fake (a reply, a sent message) or its id. */
	message: APIMessage | string;
}

export interface SlashCommandInput extends Actor, OptionsInput {
	name: string;
}

export interface AutocompleteInput extends Actor, OptionsInput {
	name: string;
	/** The option being typed; its value in `options` is the text typed so far. */
	focused: string;
}

export interface ButtonClickInput extends Actor, MessageTarget {
	customId: string;
}

export interface MessageCommandInput extends Actor, MessageTarget {
	name: string;
}

export interface UserMessageInput {
	content: string;
	/** Default: alice. */
	author?: APIUser;
	/** Default: the text channel. */
	channelId?: string;
	/** Users pinged besides those written as `<@id>` in the content. */
	mentions?: APIUser[];
	/** Files attached, made with `createAttachment`. */
	attachments?: APIAttachment[];
	/** The id of the message this one replies to. */
	replyTo?: string;
}

export interface BotMessageFilter extends WaitOptions {
	channelId?: string;
	/** Only a message replying to this message id. */
	replyTo?: string;
	where?: (message: APIMessage) => boolean;
}

const DEFAULT_TOKEN = 'RkFLRS1ESVNDT1JELUJPVA.fake.dossier-test-token';

export class FakeDiscord {
	readonly token: string;
	/** Every REST request the bot made, oldest first. */
	readonly requests: RecordedRequest[] = [];
	readonly guild: FakeGuild;
	readonly gateway: FakeGateway;
	readonly messages: MessageStore;
	/** Test users: alice (plain member), moderator (has the Moderator role), owner (owns the guild). */
	readonly users: { alice: APIUser; moderator: APIUser; owner: APIUser };
	readonly #server: Server;
	readonly #state: ServerState;
	readonly #waiters = new Waiters();
	readonly #attachments: AttachmentStore;
	/** Per-command overrides a server admin set (command name → user and role ids allowed). */
	readonly #commandOverrides = new Map<string, Set<string>>();

	constructor(server: Server, options: FakeDiscordOptions = {}) {
		this.#server = server;
		this.token = options.token ?? DEFAULT_TOKEN;
		this.guild = new FakeGuild({
			botUsername: options.botUsername ?? 'Dossier',
			everyonePermissions: options.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS,
			moderatorPermissions: options.moderatorPermissions ?? DEFAULT_MODERATOR_PERMISSIONS,
			botPermissions: options.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
		});
		const alice = makeUser('alice');
		const moderator = makeUser('mona');
		this.guild.addMember(alice, []);
		this.guild.addMember(moderator, [this.guild.moderatorRole.id]);
		this.users = { alice, moderator, owner: this.guild.owner };

		this.#attachments = new AttachmentStore(() => this.baseUrl);
		this.messages = new MessageStore(this.guild, this.#attachments);
		const messageContent = options.messageContentIntent ?? true;
		const applicationFlags =
			(messageContent ? ApplicationFlags.GatewayMessageContentLimited : 0) |
			ApplicationFlags.ApplicationCommandBadge;
		this.gateway = new FakeGateway(server, {
			token: this.token,
			heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1000,
			disallowedIntents: messageContent ? 0 : GatewayIntentBits.MessageContent,
			readyPayload: (sessionId) => ({
				v: 10,
				user: { ...this.guild.botUser, verified: true, mfa_enabled: false, email: null },
				guilds: [{ id: this.guild.id, unavailable: true }],
				session_id: sessionId,
				session_type: 'normal',
				resume_gateway_url: this.gatewayUrl,
				shard: [0, 1],
				application: { id: this.applicationId, flags: applicationFlags },
				private_channels: [],
				relationships: [],
				presences: [],
				user_settings: {},
				guild_join_requests: [],
				geo_ordered_rtc_regions: [],
			}),
			guildPayload: () => this.guild.toGatewayGuild(),
			members: () => [...this.guild.members.values()],
		});
		this.#state = new ServerState({
			settings: {
				ackDeadlineMs: options.ackDeadlineMs ?? 3000,
				rejectInvalidBodies: options.rejectInvalidBodies ?? true,
				attachmentSizeLimit: options.attachmentSizeLimit ?? 10 * 1024 * 1024,
				applicationFlags,
			},
			guild: this.guild,
			gateway: this.gateway,
			messages: this.messages,
			attachments: this.#attachments,
			commands: new CommandRegistry(this.guild.botUser.id),
			waiters: this.#waiters,
			baseUrl: () => this.baseUrl,
		});
		server.on(
			'request',
			createRestHandler({
				routes: [
					...applicationRoutes(this.#state),
					...interactionRoutes(this.#state),
					...channelRoutes(this.#state),
					...guildRoutes(this.#state),
				],
				token: this.token,
				attachments: this.#attachments,
				record: (request) => {
					this.requests.push(request);
					this.#waiters.notify();
				},
				violate: (kind, request, message) => this.#state.violate(kind, request, message),
			}),
		);
	}

	/** `http://127.0.0.1:PORT`: where attachments are served. */
	get baseUrl(): string {
		const address = this.#server.address() as AddressInfo | null;
		if (!address) throw new Error('fake Discord is not listening');
		return `http://127.0.0.1:${address.port}`;
	}

	/** Pass as discord.js's `rest.api` option; discord.js appends `/v10` itself. */
	get apiUrl(): string {
		return `${this.baseUrl}${API_BASE}`;
	}

	get gatewayUrl(): string {
		return this.#state.gatewayUrl;
	}

	get applicationId(): string {
		return this.guild.botUser.id;
	}

	get botUser(): APIUser {
		return this.guild.botUser;
	}

	get guildId(): string {
		return this.guild.id;
	}

	/** The text channel `#general`. */
	get channelId(): string {
		return this.guild.textChannel.id;
	}

	/** The forum channel `#research`. */
	get forumChannelId(): string {
		return this.guild.forumChannel.id;
	}

	get roles() {
		return {
			everyone: this.guild.everyoneRole,
			moderator: this.guild.moderatorRole,
			bot: this.guild.botRole,
		};
	}

	/** Everything the bot did that Discord would reject or that the fake cannot vouch for. */
	get violations(): readonly Violation[] {
		return this.#state.violations;
	}

	/** The commands the bot registered, globally and for the guild. */
	get commands(): { global: APIApplicationCommand[]; guild: APIApplicationCommand[] } {
		const registry = this.#state.commands;
		return { global: registry.list({}), guild: registry.list({ guildId: this.guild.id }) };
	}

	/** A new guild member, optionally holding roles (ids, e.g. `discord.roles.moderator.id`). */
	addMember(username: string, options: { roles?: string[] } = {}): APIUser {
		const user = makeUser(username);
		this.guild.addMember(user, options.roles ?? []);
		return user;
	}

	/**
	 * What a server admin can do in Server Settings → Integrations: let these users or roles use a command
	 * whatever its `default_member_permissions` (the guild id stands for @everyone, as on Discord). The
	 * interaction still carries the member's real permissions, so the bot's own checks are what is left.
	 */
	overrideCommandPermissions(name: string, userOrRoleIds: readonly string[]): void {
		this.#commandOverrides.set(name, new Set(userOrRoleIds));
	}

	/** A file served by the fake, to attach to a slash command option or a user's message. */
	createAttachment(input: AttachmentInput): APIAttachment {
		return this.#attachments.add(input);
	}

	/** The interaction with this id, if a helper sent it. */
	interaction(id: string): InteractionExchange | undefined {
		return this.#state.exchanges.get(id);
	}

	/** A user runs a slash command (INTERACTION_CREATE type 2). */
	sendSlashCommand(input: SlashCommandInput): InteractionExchange {
		const command = this.registeredCommand(input.name, ApplicationCommandType.ChatInput, input);
		const { options, resolved } = convertOptions(input, command, this.guild);
		return this.dispatchInteraction(input, InteractionType.ApplicationCommand, {
			...this.commandData(input.name, ApplicationCommandType.ChatInput, command),
			...(options.length > 0 ? { options } : {}),
			...(resolved ? { resolved } : {}),
		});
	}

	/** A user types into an option with autocomplete (INTERACTION_CREATE type 4). */
	sendAutocomplete(input: AutocompleteInput): InteractionExchange {
		const command = this.registeredCommand(input.name, ApplicationCommandType.ChatInput, input);
		const { options } = convertOptions(input, command, this.guild, input.focused);
		return this.dispatchInteraction(input, InteractionType.ApplicationCommandAutocomplete, {
			...this.commandData(input.name, ApplicationCommandType.ChatInput, command),
			options,
		});
	}

	/** A user clicks a button on a message (INTERACTION_CREATE type 3, component_type 2). */
	clickButton(input: ButtonClickInput): InteractionExchange {
		const message = this.storedMessage(input.message);
		const button = findButton(message.components ?? [], input.customId);
		if (!button) {
			const ids = collectCustomIds(message.components ?? []);
			throw new Error(
				`message ${message.id} has no button "${input.customId}" (its custom ids: ${ids.join(', ') || 'none'})`,
			);
		}
		if (button.disabled === true)
			throw new Error(`button "${input.customId}" on message ${message.id} is disabled`);
		return this.dispatchInteraction(
			{ ...input, channelId: message.channel_id },
			InteractionType.MessageComponent,
			{ custom_id: input.customId, component_type: ComponentType.Button },
			message,
		);
	}

	/** A user runs a message context-menu command on a message (INTERACTION_CREATE type 2, data.type 3). */
	sendMessageContextCommand(input: MessageCommandInput): InteractionExchange {
		const message = this.storedMessage(input.message);
		const command = this.registeredCommand(input.name, ApplicationCommandType.Message, input);
		return this.dispatchInteraction(
			{ ...input, channelId: message.channel_id },
			InteractionType.ApplicationCommand,
			{
				...this.commandData(input.name, ApplicationCommandType.Message, command),
				target_id: message.id,
				resolved: { messages: { [message.id]: message } },
			},
		);
	}

	/** A user posts a message in a channel or thread (MESSAGE_CREATE); returns it as Discord stores it. */
	sendMessage(input: UserMessageInput): APIMessage {
		const author = input.author ?? this.users.alice;
		if (!this.guild.member(author.id))
			throw new Error(`user "${author.username}" is not a member of the fake guild`);
		const channelId = input.channelId ?? this.channelId;
		const channel = this.guild.channel(channelId);
		if (!channel) throw new Error(`no channel with id "${channelId}" in the fake guild`);
		if (channel.type === ChannelType.GuildForum) {
			throw new Error('users post in a forum by creating a thread, not a message');
		}
		const created = this.messages.create({
			channelId,
			author,
			body: {
				content: input.content,
				...(input.replyTo ? { message_reference: { message_id: input.replyTo } } : {}),
			},
			attachments: input.attachments ?? [],
			source: 'user',
		});
		const mentioned = new Map(
			[...created.mentions, ...(input.mentions ?? [])].map((user) => [user.id, user]),
		);
		const message = this.messages.patch(created.id, { mentions: [...mentioned.values()] }) ?? created;
		this.#state.announceMessageCreate(message);
		return message;
	}

	/** The first message the bot posts through the channel API (not as an interaction response) that matches. */
	waitForBotMessage(filter: BotMessageFilter = {}): Promise<APIMessage> {
		const matches = (message: APIMessage) =>
			this.messages.source(message.id) === 'bot' &&
			(filter.channelId === undefined || message.channel_id === filter.channelId) &&
			(filter.replyTo === undefined || message.message_reference?.message_id === filter.replyTo) &&
			(filter.where === undefined || filter.where(message));
		return this.#waiters.until(
			() => this.messages.all().find(matches),
			() =>
				`waiting for a bot message matching ${JSON.stringify({ ...filter, where: filter.where ? '(function)' : undefined })}`,
			filter,
		);
	}

	/** The first REST request (past or future) that matches. */
	waitForRequest(
		predicate: (request: RecordedRequest) => boolean,
		options: WaitOptions = {},
	): Promise<RecordedRequest> {
		return this.#waiters.until(
			() => this.requests.find(predicate),
			() =>
				`waiting for a matching request; seen: ${this.requests.map((r) => `${r.method} ${r.path}`).join(', ') || 'none'}`,
			options,
		);
	}

	/** Stops both servers and drops every connection. Destroy the discord.js client first. */
	async close(): Promise<void> {
		this.#waiters.closeAll('fake Discord was closed');
		await this.gateway.close();
		this.#server.closeAllConnections();
		await new Promise<void>((resolve, reject) =>
			this.#server.close((error) => (error ? reject(error) : resolve())),
		);
	}

	private dispatchInteraction(
		actor: Actor,
		type: InteractionType,
		data: unknown,
		message?: APIMessage,
	): InteractionExchange {
		if (!this.gateway.hasSession) throw new Error('no discord.js client has logged in to the fake Discord');
		const payload = buildInteraction(
			{
				guild: this.guild,
				applicationId: this.applicationId,
				defaultUser: this.users.alice,
				defaultChannelId: this.channelId,
				appPermissions: this.guild.permissionsFor(this.botUser.id),
				attachmentSizeLimit: this.#state.settings.attachmentSizeLimit,
			},
			actor,
			type,
			data,
			message,
		);
		const exchange = new InteractionExchange(payload, this.#waiters, this.messages);
		this.#state.exchanges.set(exchange.id, exchange);
		this.gateway.dispatch('INTERACTION_CREATE', payload);
		return exchange;
	}

	/**
	 * The registered command a user would invoke; undefined while the bot has registered none (then any
	 * name goes). A user lacking the command's `default_member_permissions` cannot see it at all.
	 */
	private registeredCommand(
		name: string,
		type: ApplicationCommandType,
		actor: Actor,
	): APIApplicationCommand | undefined {
		const registry = this.#state.commands;
		if (registry.isEmpty()) return undefined;
		const command = registry.find(name, type, this.guild.id);
		if (!command) {
			const known = [...this.commands.guild, ...this.commands.global]
				.filter((c) => c.type === type)
				.map((c) => c.name);
			throw new Error(
				`no ${ApplicationCommandType[type]} command "${name}" is registered (registered: ${known.join(', ') || 'none'})`,
			);
		}
		const user = actor.user ?? this.users.alice;
		const allowed = this.#commandOverrides.get(name);
		const roles = actor.roles ?? this.guild.member(user.id)?.roles ?? [];
		if (allowed && [user.id, this.guild.id, ...roles].some((id) => allowed.has(id))) return command;
		const held = actor.permissions ?? this.guild.permissionsFor(user.id, actor.roles);
		const needed =
			command.default_member_permissions === null ? 0n : BigInt(command.default_member_permissions);
		if ((held & needed) !== needed)
			throw new Error(`${user.username} cannot use "${name}": it needs permissions ${needed}`);
		return command;
	}

	private commandData(
		name: string,
		type: ApplicationCommandType,
		command: APIApplicationCommand | undefined,
	) {
		return {
			id: command?.id ?? newSnowflake(),
			name,
			type,
			...(command?.guild_id ? { guild_id: command.guild_id } : {}),
		};
	}

	private storedMessage(target: APIMessage | string): APIMessage {
		const id = typeof target === 'string' ? target : target.id;
		const message = this.messages.get(id);
		if (!message) throw new Error(`no message with id "${id}" in the fake Discord`);
		return message;
	}
}

/** Starts a fake Discord on an ephemeral loopback port. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
	const server = createServer();
	const discord = new FakeDiscord(server, options);
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	return discord;
}
