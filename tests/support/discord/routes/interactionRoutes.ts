/**
 * How the bot answers interactions: the initial callback (once, within the deadline, of a type allowed
 * for that interaction) and, through the interaction's webhook, edits of the original response,
 * follow-ups and deletions. Every answer is recorded on the interaction's exchange.
 */
import {
	type APIMessage,
	type APIMessageInteractionMetadata,
	ApplicationCommandType,
	InteractionResponseType as Callback,
	InteractionType,
	MessageFlags,
	MessageType,
} from 'discord.js';
import { discordErrors, found } from '../discordErrors.ts';
import type { BotResponse, InteractionExchange } from '../interactionExchange.ts';
import type { UploadedFile } from '../requestBody.ts';
import type { ServerState } from '../serverState.ts';
import { noContent, ok, type Route, type RouteRequest, type RouteResult, route } from './router.ts';

/** Which initial responses Discord accepts for each kind of interaction. */
const ALLOWED_CALLBACKS: Record<number, readonly number[]> = {
	[InteractionType.ApplicationCommand]: [
		Callback.ChannelMessageWithSource,
		Callback.DeferredChannelMessageWithSource,
		Callback.Modal,
		Callback.LaunchActivity,
	],
	[InteractionType.MessageComponent]: [
		Callback.ChannelMessageWithSource,
		Callback.DeferredChannelMessageWithSource,
		Callback.DeferredMessageUpdate,
		Callback.UpdateMessage,
		Callback.Modal,
	],
	[InteractionType.ApplicationCommandAutocomplete]: [Callback.ApplicationCommandAutocompleteResult],
	[InteractionType.ModalSubmit]: [
		Callback.ChannelMessageWithSource,
		Callback.DeferredChannelMessageWithSource,
		Callback.DeferredMessageUpdate,
		Callback.UpdateMessage,
	],
};

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json =>
	typeof value === 'object' && value !== null ? (value as Json) : {};

export function interactionRoutes(state: ServerState): Route[] {
	const webhookMessage = '/webhooks/:applicationId/:token/messages/:messageId';
	return [
		route('POST', '/interactions/:interactionId/:token/callback', (request) => respond(state, request), {
			auth: false,
		}),
		route('POST', '/webhooks/:applicationId/:token', (request) => followUp(state, request), { auth: false }),
		route(
			'GET',
			webhookMessage,
			(request) =>
				ok(found(state.messages.get(target(state, request).messageId), discordErrors.unknownMessage)),
			{
				auth: false,
			},
		),
		route('PATCH', webhookMessage, (request) => editMessage(state, request), { auth: false }),
		route('DELETE', webhookMessage, (request) => deleteMessage(state, request), { auth: false }),
	];
}

function respond(state: ServerState, request: RouteRequest): RouteResult {
	const exchange = state.exchanges.get(request.params.interactionId ?? '');
	if (!exchange || exchange.token !== request.params.token) throw discordErrors.unknownInteraction();
	const elapsedMs = checkAcknowledgement(state, request, exchange);
	state.checkBody(request, 'interaction-callback');
	const body = asObject(request.body);
	const type = Number(body.type);
	const message = applyCallback(state, exchange, type, asObject(body.data), request.files);
	const original = type !== Callback.ApplicationCommandAutocompleteResult && type !== Callback.Modal;
	exchange.record(answer('callback', request, elapsedMs, original, message, type));
	if (request.query.get('with_response') !== 'true') return noContent();
	return ok({
		interaction: {
			id: exchange.id,
			type: exchange.payload.type,
			response_message_id: message?.id,
			response_message_loading: type === Callback.DeferredChannelMessageWithSource,
			response_message_ephemeral: ((message?.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
		},
		...(message ? { resource: { type, message } } : {}),
	});
}

/**
 * Refuses an initial response Discord would refuse: a second one, one after the deadline (the
 * interaction is gone by then), or a callback type that kind of interaction does not take.
 * Returns how long the bot took.
 */
function checkAcknowledgement(
	state: ServerState,
	request: RouteRequest,
	exchange: InteractionExchange,
): number {
	const elapsedMs = Date.now() - exchange.sentAt;
	const previous = exchange.callback;
	if (previous) {
		const problem = `${exchange.label} was already acknowledged (callback type ${previous.callbackType})`;
		state.violate('double-ack', request.route, problem);
		throw discordErrors.alreadyAcknowledged();
	}
	const deadline = state.settings.ackDeadlineMs;
	if (elapsedMs > deadline) {
		const problem = `${exchange.label} acknowledged after ${elapsedMs} ms; Discord allows ${deadline} ms`;
		state.violate('deadline', request.route, problem);
		throw discordErrors.unknownInteraction();
	}
	const type = asObject(request.body).type;
	if (!(ALLOWED_CALLBACKS[exchange.payload.type] ?? []).includes(Number(type))) {
		const problem = `callback type ${String(type)} is not allowed for ${exchange.label}`;
		state.violate('callback-type', request.route, problem);
		throw discordErrors.invalidFormBody([problem]);
	}
	return elapsedMs;
}

/** What a callback changes: the response message it creates, or the clicked message it updates. */
function applyCallback(
	state: ServerState,
	exchange: InteractionExchange,
	type: number,
	data: Json,
	files: readonly UploadedFile[],
): APIMessage | undefined {
	const clicked = 'message' in exchange.payload ? exchange.payload.message?.id : undefined;
	switch (type) {
		case Callback.ChannelMessageWithSource: {
			const message = createResponse(state, exchange, data, files, 0);
			exchange.originalMessageId = message.id;
			return message;
		}
		case Callback.DeferredChannelMessageWithSource: {
			// Discord shows "thinking…": an empty message flagged LOADING, ephemeral if the defer asked so.
			const message = createResponse(state, exchange, { flags: data.flags }, [], MessageFlags.Loading);
			exchange.originalMessageId = message.id;
			return message;
		}
		case Callback.DeferredMessageUpdate:
			exchange.originalMessageId = clicked;
			return undefined;
		case Callback.UpdateMessage: {
			exchange.originalMessageId = clicked;
			if (clicked === undefined || !state.messages.get(clicked)) return undefined;
			const message = state.messages.edit(clicked, data, files);
			state.announceMessageUpdate(message);
			return message;
		}
		default:
			return undefined;
	}
}

/**
 * A follow-up. After a deferred reply, the first follow-up takes the place of the "thinking…" message
 * (keeping the defer's ephemerality) instead of posting a new one, as Discord does.
 */
function followUp(state: ServerState, request: RouteRequest): RouteResult {
	const exchange = webhookExchange(state, request);
	state.checkBody(request, 'webhook-execute');
	const elapsedMs = Date.now() - exchange.sentAt;
	const loading = exchange.original;
	let message: APIMessage;
	if (loading && (loading.flags ?? 0) & MessageFlags.Loading) {
		message = state.messages.edit(loading.id, request.body, request.files);
		state.announceMessageUpdate(message);
		exchange.record(answer('follow-up', request, elapsedMs, true, message));
	} else {
		message = createResponse(state, exchange, asObject(request.body), request.files, 0);
		exchange.followUpIds.add(message.id);
		exchange.record(answer('follow-up', request, elapsedMs, false, message));
	}
	return request.query.get('wait') === 'true' ? ok(message) : noContent();
}

function editMessage(state: ServerState, request: RouteRequest): RouteResult {
	const { exchange, messageId, original } = target(state, request);
	if (!state.messages.get(messageId)) throw discordErrors.unknownMessage();
	state.checkBody(request, 'webhook-edit');
	const message = state.messages.edit(messageId, request.body, request.files);
	state.announceMessageUpdate(message);
	exchange.record(answer('edit', request, Date.now() - exchange.sentAt, original, message));
	return ok(message);
}

function deleteMessage(state: ServerState, request: RouteRequest): RouteResult {
	const { exchange, messageId, original } = target(state, request);
	const message = found(state.messages.get(messageId), discordErrors.unknownMessage);
	state.messages.delete(messageId);
	state.announceMessageDelete(message);
	exchange.record(answer('delete', request, Date.now() - exchange.sentAt, original));
	return noContent();
}

/** The interaction whose webhook a request uses; the webhook exists only once the interaction is acknowledged. */
function webhookExchange(state: ServerState, request: RouteRequest): InteractionExchange {
	if (request.params.applicationId !== state.applicationId) throw discordErrors.unknownWebhook();
	const exchange = [...state.exchanges.values()].find(
		(candidate) => candidate.token === request.params.token,
	);
	if (!exchange?.callback) throw discordErrors.unknownWebhook();
	return exchange;
}

/** The message a webhook message route addresses: `@original`, or one of the interaction's follow-ups. */
function target(state: ServerState, request: RouteRequest) {
	const exchange = webhookExchange(state, request);
	const requested = request.params.messageId;
	const original = requested === '@original' || requested === exchange.originalMessageId;
	const messageId = original ? exchange.originalMessageId : requested;
	if (messageId === undefined || (!original && !exchange.followUpIds.has(messageId)))
		throw discordErrors.unknownMessage();
	return { exchange, messageId, original };
}

/** A message the bot posts as the interaction's response or follow-up. */
function createResponse(
	state: ServerState,
	exchange: InteractionExchange,
	body: Json,
	files: readonly UploadedFile[],
	extraFlags: number,
): APIMessage {
	const payload = exchange.payload;
	const user = payload.member?.user ?? payload.user;
	const command = payload.type === InteractionType.ApplicationCommand ? payload.data : undefined;
	const message = state.messages.create({
		channelId: payload.channel?.id ?? state.guild.textChannel.id,
		author: state.guild.botUser,
		body,
		files,
		source: 'interaction',
		type: !command
			? MessageType.Default
			: command.type === ApplicationCommandType.ChatInput
				? MessageType.ChatInputCommand
				: MessageType.ContextMenuCommand,
		extraFlags,
		extra: {
			webhook_id: state.applicationId,
			application_id: state.applicationId,
			interaction_metadata: {
				id: exchange.id,
				type: payload.type,
				user,
				authorizing_integration_owners: payload.authorizing_integration_owners,
				...(payload.type === InteractionType.MessageComponent
					? { interacted_message_id: payload.message.id }
					: {}),
			} as APIMessageInteractionMetadata,
		},
	});
	state.announceMessageCreate(message);
	return message;
}

function answer(
	kind: BotResponse['kind'],
	request: RouteRequest,
	elapsedMs: number,
	original: boolean,
	message?: APIMessage,
	callbackType?: number,
): BotResponse {
	return {
		kind,
		body: request.body,
		files: request.files,
		original,
		elapsedMs,
		...(message ? { message } : {}),
		...(callbackType === undefined ? {} : { callbackType }),
	};
}
