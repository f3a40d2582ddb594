/**
 * Reads a REST request body the way Discord does: plain JSON, or multipart/form-data where the JSON rides
 * in the `payload_json` part and every other part is an uploaded file (`files[0]`, `files[1]`, …).
 */
import type { IncomingMessage } from 'node:http';
import { discordErrors } from './discordErrors.ts';

export interface UploadedFile {
	/** The form field, e.g. `files[0]`; the index is what `attachments[].id` refers to. */
	field: string;
	filename: string;
	contentType: string;
	data: Buffer;
}

export interface ParsedBody {
	/** The JSON body (or `payload_json`), `undefined` when the request had none. */
	json: unknown;
	files: UploadedFile[];
}

export async function readRaw(request: IncomingMessage): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		throw discordErrors.invalidJson();
	}
}

export async function parseBody(raw: Buffer, contentType: string | undefined): Promise<ParsedBody> {
	if (raw.length === 0) return { json: undefined, files: [] };
	if (!contentType?.startsWith('multipart/form-data'))
		return { json: parseJson(raw.toString('utf8')), files: [] };

	// The WHATWG Response parser understands exactly the multipart bodies undici's FormData writes.
	const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
	let json: unknown;
	const files: UploadedFile[] = [];
	for (const [field, value] of form.entries()) {
		if (typeof value === 'string') {
			if (field === 'payload_json') json = parseJson(value);
			continue;
		}
		files.push({
			field,
			filename: value.name,
			contentType: value.type || 'application/octet-stream',
			data: Buffer.from(await value.arrayBuffer()),
		});
	}
	return { json, files };
}

/** The index N of a `files[N]` field, which `attachments[].id` uses to describe that upload. */
export function fileIndex(file: UploadedFile): string {
	return /^files\[(\d+)\]$/.exec(file.field)?.[1] ?? file.field;
}
