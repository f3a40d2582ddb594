/**
 * Everything wrong with one request body: the spec's schema first, then the documented limits that
 * apply to that kind of body.
 */
import type { UploadedFile } from '../requestBody.ts';
import { autocompleteProblems, commandListProblems, commandProblems } from './commandLimits.ts';
import { messageLimitProblems } from './messageLimits.ts';
import { type BodyKind, specProblems } from './specSchemas.ts';

export type { BodyKind } from './specSchemas.ts';

export interface Problem {
	/** `spec`: Discord's OpenAPI description rejects it; `limit`: a documented limit the spec omits. */
	source: 'spec' | 'limit';
	message: string;
}

export interface BodyContext {
	files: readonly UploadedFile[];
	attachmentSizeLimit: number;
}

export function bodyProblems(kind: BodyKind, body: unknown, context: BodyContext): Problem[] {
	const spec = specProblems(kind, body).map((message) => ({ source: 'spec' as const, message }));
	const limits = limitProblems(kind, body, context).map((message) => ({ source: 'limit' as const, message }));
	return [...spec, ...limits];
}

function limitProblems(kind: BodyKind, body: unknown, context: BodyContext): string[] {
	const json = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
	const message = (payload: unknown, creating: boolean, prefix = '') =>
		messageLimitProblems(payload, { ...context, creating }).map((problem) => `${prefix}${problem}`);
	switch (kind) {
		case 'interaction-callback':
			if (json.type === 4) return message(json.data, true, 'data: ');
			if (json.type === 7) return message(json.data, false, 'data: ');
			if (json.type === 8) return autocompleteProblems(json);
			return [];
		case 'webhook-execute':
		case 'message-create':
			return message(json, true);
		case 'webhook-edit':
		case 'message-edit':
			return message(json, false);
		case 'forum-thread-create':
			return message(json.message, true, 'message: ');
		case 'commands-overwrite':
			return commandListProblems(body);
		case 'command-create':
			return commandProblems(json);
		case 'thread-create':
		case 'thread-from-message':
			return [];
	}
}
