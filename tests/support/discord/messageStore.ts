/**
 * Every message in the fake guild, kept as Discord would return it (`APIMessage`), whether a test user
 * posted it or the bot did (through a channel, an interaction response or a follow-up). Message bodies the
 * bot sends are turned into stored messages here: uploads become attachments the fake serves, mentions
 * are resolved, replies get their `referenced_message`.
 */
import {
	type APIAttachment,
	type APIEmbed,
	type APIMessage,
	type APIMessageTopLevelComponent,
	type APIUser,
	MessageFlags,
	MessageType,
} from 'discord.js';
import type { AttachmentStore } from './attachmentStore.ts';
import { type FakeGuild, isThread } from './fakeGuild.ts';
import { newSnowflake } from './ids.ts';
import { resolveMentions } from './mentions.ts';
import { fileIndex, type UploadedFile } from './requestBody.ts';

/** Who made a message: a test user, the bot through the channel API, or the bot answering an interaction. */
export type MessageSource = 'user' | 'bot' | 'interaction';

type Json = Record<string, unknown>;

export interface NewMessage {
	channelId: string;
	author: APIUser;
	/** The JSON body the message was sent with (content, embeds, components, attachments …). */
	body: unknown;
	files?: readonly UploadedFile[];
	/** Attachments that already exist (a test user's uploads). */
	attachments?: APIAttachment[];
	source: MessageSource;
	type?: MessageType;
	/** Flags Discord adds itself (ephemeral, loading), on top of the ones in the body. */
	extraFlags?: number;
	/** Forces the id, for thread starter messages that share their thread's id. */
	id?: string;
	/** Extra fields interaction responses carry. */
	extra?: Pick<APIMessage, 'webhook_id' | 'application_id' | 'interaction_metadata'>;
}

const asObject = (value: unknown): Json =>
	typeof value === 'object' && value !== null ? (value as Json) : {};

export class MessageStore {
	readonly #messages = new Map<string, { message: APIMessage; source: MessageSource }>();

	constructor(
		private readonly guild: FakeGuild,
		private readonly attachments: AttachmentStore,
	) {}

	create(input: NewMessage): APIMessage {
		const body = asObject(input.body);
		const content = typeof body.content === 'string' ? body.content : '';
		const reference = this.reference(body.message_reference);
		const referenced = reference ? this.get(reference.message_id) : undefined;
		const message: APIMessage = {
			id: input.id ?? newSnowflake(),
			channel_id: input.channelId,
			author: input.author,
			content,
			timestamp: new Date().toISOString(),
			edited_timestamp: null,
			tts: body.tts === true,
			...resolveMentions(content, body.allowed_mentions, this.guild, referenced),
			attachments: [...(input.attachments ?? []), ...this.uploads(input.files ?? [], body, input.channelId)],
			embeds: this.embeds(body.embeds),
			components: Array.isArray(body.components) ? (body.components as APIMessageTopLevelComponent[]) : [],
			pinned: false,
			type: input.type ?? (reference ? MessageType.Reply : MessageType.Default),
			flags: (Number(body.flags ?? 0) | (input.extraFlags ?? 0)) as MessageFlags,
			...input.extra,
		};
		if (reference) {
			message.message_reference = { ...reference, type: 0 };
			message.referenced_message = referenced ?? null;
		}
		this.#messages.set(message.id, { message, source: input.source });
		this.touchChannel(input.channelId, message.id);
		return message;
	}

	/** Applies an edit body (content, embeds, components, attachments, allowed_mentions) to a message. */
	edit(id: string, body: unknown, files: readonly UploadedFile[] = []): APIMessage {
		const stored = this.#messages.get(id);
		if (!stored) throw new Error(`MessageStore: no message with id "${id}"`);
		const edit = asObject(body);
		const message = { ...stored.message };
		if ('content' in edit) message.content = typeof edit.content === 'string' ? edit.content : '';
		if ('embeds' in edit) message.embeds = this.embeds(edit.embeds);
		if ('components' in edit)
			message.components = (
				Array.isArray(edit.components) ? edit.components : []
			) as APIMessageTopLevelComponent[];
		if ('attachments' in edit || files.length > 0) {
			const kept = Array.isArray(edit.attachments)
				? message.attachments.filter((a) =>
						(edit.attachments as Json[]).some((entry) => String(entry.id) === a.id),
					)
				: message.attachments;
			message.attachments = [...kept, ...this.uploads(files, edit, message.channel_id)];
		}
		if ('content' in edit || 'allowed_mentions' in edit) {
			const referenced = message.message_reference?.message_id
				? this.get(message.message_reference.message_id)
				: undefined;
			Object.assign(message, resolveMentions(message.content, edit.allowed_mentions, this.guild, referenced));
		}
		// An edit is what ends the "thinking…" state of a deferred interaction response.
		message.flags = ((message.flags ?? 0) & ~MessageFlags.Loading) as MessageFlags;
		message.edited_timestamp = new Date().toISOString();
		stored.message = message;
		return message;
	}

	/** Replaces fields Discord changes itself (e.g. the thread flag on a thread's starter message). */
	patch(id: string, fields: Partial<APIMessage>): APIMessage | undefined {
		const stored = this.#messages.get(id);
		if (!stored) return undefined;
		stored.message = { ...stored.message, ...fields };
		return stored.message;
	}

	delete(id: string): boolean {
		return this.#messages.delete(id);
	}

	get(id: string): APIMessage | undefined {
		return this.#messages.get(id)?.message;
	}

	source(id: string): MessageSource | undefined {
		return this.#messages.get(id)?.source;
	}

	/** Messages of a channel or thread, oldest first. */
	inChannel(channelId: string): APIMessage[] {
		return this.all().filter((message) => message.channel_id === channelId);
	}

	/** Every message, oldest first. */
	all(): APIMessage[] {
		return [...this.#messages.values()].map((stored) => stored.message);
	}

	private reference(
		value: unknown,
	): { message_id: string; channel_id: string; guild_id: string } | undefined {
		const reference = asObject(value);
		if (typeof reference.message_id !== 'string') return undefined;
		const target = this.get(reference.message_id);
		return {
			message_id: reference.message_id,
			channel_id:
				typeof reference.channel_id === 'string' ? reference.channel_id : (target?.channel_id ?? ''),
			guild_id: this.guild.id,
		};
	}

	private embeds(value: unknown): APIEmbed[] {
		return Array.isArray(value)
			? value.map((embed) => ({ type: 'rich', ...asObject(embed) }) as APIEmbed)
			: [];
	}

	/** Stores uploaded files, taking each one's description from the `attachments` entry that names it. */
	private uploads(files: readonly UploadedFile[], body: Json, channelId: string): APIAttachment[] {
		const described = Array.isArray(body.attachments) ? (body.attachments as Json[]) : [];
		return files.map((file) => {
			const entry = described.find((attachment) => String(attachment.id) === fileIndex(file));
			return this.attachments.add(
				{
					filename: typeof entry?.filename === 'string' ? entry.filename : file.filename,
					data: file.data,
					contentType: file.contentType,
					...(typeof entry?.description === 'string' ? { description: entry.description } : {}),
				},
				channelId,
			);
		});
	}

	private touchChannel(channelId: string, messageId: string): void {
		const channel = this.guild.channel(channelId);
		if (!channel) return;
		channel.last_message_id = messageId;
		if (isThread(channel)) {
			channel.message_count = (channel.message_count ?? 0) + 1;
			channel.total_message_sent = (channel.total_message_sent ?? 0) + 1;
		}
	}
}
