/**
 * The HTTP side of the fake: `/api/v10/...` REST routes (recorded, authenticated with the bot token where
 * Discord requires it, errors in Discord's JSON shape) and `/attachments/...` file downloads. A request to
 * a route the fake does not know is answered 404 and recorded as an `unknown-route` violation, so a test
 * notices when the bot relies on something the fake cannot vouch for.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AttachmentStore } from './attachmentStore.ts';
import { DiscordApiError, discordErrors } from './discordErrors.ts';
import { parseBody, readRaw, type UploadedFile } from './requestBody.ts';
import { matchRoute, type Route, type RouteResult } from './routes/router.ts';
import type { ViolationKind } from './violations.ts';

/** What discord.js's `rest.api` option points at; discord.js appends `/v10` to it. */
export const API_BASE = '/api';
const API_PREFIX = `${API_BASE}/v10`;

/** One REST request the bot made, as the fake understood and answered it. */
export interface RecordedRequest {
	method: string;
	/** The path after `/api/v10`, e.g. `/channels/123/messages`. */
	path: string;
	/** The matched template, e.g. `/channels/:channelId/messages`; null for unknown routes. */
	route: string | null;
	query: Record<string, string>;
	/** The JSON body (for multipart requests, `payload_json`). */
	body: unknown;
	files: UploadedFile[];
	status: number;
	/** Time of arrival, in ms since the epoch. */
	at: number;
}

export interface RestHandlerParts {
	routes: readonly Route[];
	token: string;
	attachments: AttachmentStore;
	record(request: RecordedRequest): void;
	violate(kind: ViolationKind, request: string, message: string): void;
}

export function createRestHandler(parts: RestHandlerParts) {
	return (request: IncomingMessage, response: ServerResponse): void => {
		handle(parts, request, response).catch((error: unknown) => {
			parts.violate('server-error', `${request.method} ${request.url}`, String(error));
			if (!response.headersSent) send(response, 500, { message: '500: Internal Server Error', code: 0 });
		});
	};
}

async function handle(
	parts: RestHandlerParts,
	request: IncomingMessage,
	response: ServerResponse,
): Promise<void> {
	const at = Date.now();
	const method = request.method ?? 'GET';
	const url = new URL(request.url ?? '/', 'http://localhost');
	const raw = await readRaw(request);

	if (method === 'GET' && url.pathname.startsWith('/attachments/')) {
		const file = parts.attachments.get(url.pathname);
		if (!file) return send(response, 404, discordErrors.notFound().toBody());
		response.writeHead(200, { 'content-type': file.contentType, 'content-length': file.data.length });
		response.end(file.data);
		return;
	}

	const path = url.pathname.startsWith(`${API_PREFIX}/`)
		? url.pathname.slice(API_PREFIX.length)
		: url.pathname;
	const matched = url.pathname.startsWith(`${API_PREFIX}/`)
		? matchRoute(parts.routes, method, path)
		: undefined;
	const recorded: RecordedRequest = {
		method,
		path,
		route: matched ? matched.route.template : null,
		query: Object.fromEntries(url.searchParams),
		body: undefined,
		files: [],
		status: 0,
		at,
	};
	const finish = (result: RouteResult) => {
		recorded.status = result.status;
		parts.record(recorded);
		send(response, result.status, result.body);
	};

	if (!matched) {
		parts.violate('unknown-route', `${method} ${url.pathname}`, 'the fake Discord has no such route');
		return finish({ status: 404, body: discordErrors.notFound().toBody() });
	}
	const routeName = `${method} ${matched.route.template}`;
	try {
		const parsed = await parseBody(raw, request.headers['content-type']);
		recorded.body = parsed.json;
		recorded.files = parsed.files;
		if (matched.route.auth && request.headers.authorization !== `Bot ${parts.token}`)
			throw discordErrors.unauthorized();
		const result = await matched.route.handle({
			method,
			path,
			route: routeName,
			params: matched.params,
			query: url.searchParams,
			body: parsed.json,
			files: parsed.files,
		});
		finish(result);
	} catch (error) {
		if (!(error instanceof DiscordApiError)) {
			parts.violate(
				'server-error',
				routeName,
				error instanceof Error ? (error.stack ?? error.message) : String(error),
			);
			return finish({ status: 500, body: { message: '500: Internal Server Error', code: 0 } });
		}
		finish({ status: error.status, body: error.toBody() });
	}
}

function send(response: ServerResponse, status: number, body: unknown): void {
	if (body === undefined) {
		response.writeHead(status);
		response.end();
		return;
	}
	const json = JSON.stringify(body);
	response.writeHead(status, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(json),
	});
	response.end(json);
}
