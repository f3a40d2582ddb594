/**
 * Files the fake serves at `GET /attachments/{channel}/{attachment}/{filename}`, like Discord's CDN:
 * uploads the bot makes, and files a test creates so a user can hand them to the bot (slash-command
 * attachment options, message attachments). The bot downloads them from `attachment.url` as usual.
 */
import type { APIAttachment } from 'discord.js';
import { newSnowflake } from './ids.ts';

export interface AttachmentInput {
	filename: string;
	/** The file's bytes; a string is stored as UTF-8. */
	data: Buffer | string;
	/** MIME type; default `application/octet-stream`. */
	contentType?: string;
	description?: string;
}

interface StoredFile {
	contentType: string;
	data: Buffer;
}

export class AttachmentStore {
	readonly #files = new Map<string, StoredFile>();

	constructor(private readonly baseUrl: () => string) {}

	/** Stores a file and returns it as Discord describes attachments, with a URL the bot can fetch. */
	add(input: AttachmentInput, channelId = 'uploads'): APIAttachment {
		const id = newSnowflake();
		const data = typeof input.data === 'string' ? Buffer.from(input.data, 'utf8') : input.data;
		const contentType = input.contentType ?? 'application/octet-stream';
		const path = `/attachments/${channelId}/${id}/${encodeURIComponent(input.filename)}`;
		this.#files.set(path, { contentType, data });
		const url = `${this.baseUrl()}${path}`;
		const attachment: APIAttachment = {
			id,
			filename: input.filename,
			size: data.length,
			url,
			proxy_url: url,
			content_type: contentType,
		};
		if (input.description !== undefined) attachment.description = input.description;
		return attachment;
	}

	/** The stored file at this request path, if any. */
	get(path: string): StoredFile | undefined {
		return this.#files.get(path);
	}
}
