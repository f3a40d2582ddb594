/**
 * A tiny router for Discord's REST paths: templates like `/channels/:channelId/messages/:messageId`,
 * matched segment by segment, so `@original` or `@me` fill a parameter like any id.
 */
import type { UploadedFile } from '../requestBody.ts';

export interface RouteRequest {
	method: string;
	/** The path after `/api/v10`. */
	path: string;
	/** `METHOD /template`, how violations name the route. */
	route: string;
	params: Record<string, string>;
	query: URLSearchParams;
	body: unknown;
	files: UploadedFile[];
}

export interface RouteResult {
	status: number;
	body?: unknown;
}

export interface Route {
	method: string;
	template: string;
	/** Whether the request must carry the bot token (interaction webhooks and callbacks do not). */
	auth: boolean;
	handle(request: RouteRequest): RouteResult | Promise<RouteResult>;
}

export function route(
	method: string,
	template: string,
	handle: Route['handle'],
	options: { auth?: boolean } = {},
): Route {
	return { method, template, auth: options.auth ?? true, handle };
}

export const ok = (body: unknown): RouteResult => ({ status: 200, body });
export const noContent = (): RouteResult => ({ status: 204 });

export function matchRoute(
	routes: readonly Route[],
	method: string,
	path: string,
): { route: Route; params: Record<string, string> } | undefined {
	const segments = path.split('/').filter(Boolean);
	for (const candidate of routes) {
		if (candidate.method !== method) continue;
		const parts = candidate.template.split('/').filter(Boolean);
		if (parts.length !== segments.length) continue;
		const params: Record<string, string> = {};
		const matches = parts.every((part, index) => {
			const segment = decodeURIComponent(segments[index] ?? '');
			if (part.startsWith(':')) {
				params[part.slice(1)] = segment;
				return true;
			}
			return part === segment;
		});
		if (matches) return { route: candidate, params };
	}
	return undefined;
}
