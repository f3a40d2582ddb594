/**
 * The fake Discord's shared state, and the rules every route applies the same way: body validation
 * (recorded as violations, answered with 400 like Discord when `rejectInvalidBodies`), the bot's
 * permission checks, and the gateway events that follow a REST change (MESSAGE_CREATE …), filtered by
 * the session's intents the way Discord filters them.
 */
import { type APIMessage, GatewayIntentBits, MessageFlags, PermissionFlagsBits } from 'discord.js';
import type { AttachmentStore } from './attachmentStore.ts';
import type { CommandRegistry } from './commandRegistry.ts';
import { discordErrors } from './discordErrors.ts';
import { type FakeGateway, GATEWAY_PATH } from './fakeGateway.ts';
import { type FakeGuild, isThread } from './fakeGuild.ts';
import type { InteractionExchange } from './interactionExchange.ts';
import type { MessageStore } from './messageStore.ts';
import type { RouteRequest } from './routes/router.ts';
import { type BodyKind, bodyProblems } from './validation/bodyProblems.ts';
import type { Violation, ViolationKind } from './violations.ts';
import type { Waiters } from './waiting.ts';

export interface ServerSettings {
	ackDeadlineMs: number;
	rejectInvalidBodies: boolean;
	attachmentSizeLimit: number;
	applicationFlags: number;
}

export interface ServerParts {
	settings: ServerSettings;
	guild: FakeGuild;
	gateway: FakeGateway;
	messages: MessageStore;
	attachments: AttachmentStore;
	commands: CommandRegistry;
	waiters: Waiters;
	baseUrl: () => string;
}

export class ServerState {
	readonly exchanges = new Map<string, InteractionExchange>();
	readonly violations: Violation[] = [];
	readonly settings: ServerSettings;
	readonly guild: FakeGuild;
	readonly gateway: FakeGateway;
	readonly messages: MessageStore;
	readonly attachments: AttachmentStore;
	readonly commands: CommandRegistry;
	readonly waiters: Waiters;
	readonly #baseUrl: () => string;

	constructor(parts: ServerParts) {
		this.settings = parts.settings;
		this.guild = parts.guild;
		this.gateway = parts.gateway;
		this.messages = parts.messages;
		this.attachments = parts.attachments;
		this.commands = parts.commands;
		this.waiters = parts.waiters;
		this.#baseUrl = parts.baseUrl;
	}

	get applicationId(): string {
		return this.guild.botUser.id;
	}

	get baseUrl(): string {
		return this.#baseUrl();
	}

	get gatewayUrl(): string {
		return `${this.baseUrl.replace(/^http/, 'ws')}${GATEWAY_PATH}`;
	}

	violate(kind: ViolationKind, request: string, message: string): void {
		this.violations.push({ kind, request, message });
		this.waiters.notify();
	}

	/** Validates a request body; records what is wrong and, like Discord, refuses it with 400. */
	checkBody(request: RouteRequest, kind: BodyKind, body: unknown = request.body): void {
		const problems = bodyProblems(kind, body, {
			files: request.files,
			attachmentSizeLimit: this.settings.attachmentSizeLimit,
		});
		for (const problem of problems) this.violate(problem.source, request.route, problem.message);
		if (problems.length > 0 && this.settings.rejectInvalidBodies) {
			throw discordErrors.invalidFormBody(problems.map((problem) => problem.message));
		}
	}

	/** Throws Discord's 403 unless the bot holds every permission in `required`. */
	requireBotPermissions(required: bigint): void {
		const held = this.guild.permissionsFor(this.guild.botUser.id);
		if ((held & required) !== required) throw discordErrors.missingPermissions();
	}

	/** The permission needed to post in a channel: threads have their own. */
	sendPermissionFor(channelId: string): bigint {
		const channel = this.guild.channel(channelId);
		const send =
			channel && isThread(channel)
				? PermissionFlagsBits.SendMessagesInThreads
				: PermissionFlagsBits.SendMessages;
		return PermissionFlagsBits.ViewChannel | send;
	}

	announceMessageCreate(message: APIMessage): void {
		this.announce('MESSAGE_CREATE', message);
	}

	announceMessageUpdate(message: APIMessage): void {
		this.announce('MESSAGE_UPDATE', message);
	}

	announceMessageDelete(message: APIMessage): void {
		if (!this.gateway.hasSession || (message.flags ?? 0) & MessageFlags.Ephemeral) return;
		this.gateway.dispatch('MESSAGE_DELETE', (intents: number) =>
			intents & GatewayIntentBits.GuildMessages
				? { id: message.id, channel_id: message.channel_id, guild_id: this.guild.id }
				: undefined,
		);
	}

	/** Dispatches an event about a channel (THREAD_CREATE …) to sessions with the Guilds intent. */
	announceChannelEvent(event: string, data: unknown): void {
		if (!this.gateway.hasSession) return;
		this.gateway.dispatch(event, (intents: number) =>
			intents & GatewayIntentBits.Guilds ? data : undefined,
		);
	}

	/**
	 * Message events go only to sessions with the GuildMessages intent, never for ephemeral messages, and
	 * without the MessageContent intent their content, embeds, attachments and components arrive empty
	 * unless the bot wrote the message or is mentioned in it.
	 */
	private announce(event: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', message: APIMessage): void {
		if (!this.gateway.hasSession || (message.flags ?? 0) & MessageFlags.Ephemeral) return;
		const botId = this.guild.botUser.id;
		const member = this.guild.member(message.author.id);
		const withGuild = {
			...message,
			guild_id: this.guild.id,
			...(member ? { member: { ...member, user: undefined } } : {}),
		};
		this.gateway.dispatch(event, (intents: number) => {
			if (!(intents & GatewayIntentBits.GuildMessages)) return undefined;
			const readable =
				intents & GatewayIntentBits.MessageContent ||
				message.author.id === botId ||
				message.mentions.some((user) => user.id === botId);
			return readable
				? withGuild
				: { ...withGuild, content: '', embeds: [], attachments: [], components: [] };
		});
	}
}
