/**
 * Errors the fake answers with, in Discord's JSON error shape (`{ message, code, errors? }`), with the
 * status and JSON error codes Discord documents, so the bot's error handling sees what production sends.
 */

export class DiscordApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: number,
		message: string,
		readonly errors?: unknown,
	) {
		super(message);
		this.name = 'DiscordApiError';
	}

	toBody(): { message: string; code: number; errors?: unknown } {
		return this.errors === undefined
			? { message: this.message, code: this.code }
			: { message: this.message, code: this.code, errors: this.errors };
	}
}

export const discordErrors = {
	unauthorized: () => new DiscordApiError(401, 0, '401: Unauthorized'),
	notFound: () => new DiscordApiError(404, 0, '404: Not Found'),
	missingAccess: () => new DiscordApiError(403, 50001, 'Missing Access'),
	unknownChannel: () => new DiscordApiError(404, 10003, 'Unknown Channel'),
	unknownMember: () => new DiscordApiError(404, 10007, 'Unknown Member'),
	unknownMessage: () => new DiscordApiError(404, 10008, 'Unknown Message'),
	unknownUser: () => new DiscordApiError(404, 10013, 'Unknown User'),
	unknownWebhook: () => new DiscordApiError(404, 10015, 'Unknown Webhook'),
	unknownGuild: () => new DiscordApiError(404, 10004, 'Unknown Guild'),
	unknownCommand: () => new DiscordApiError(404, 10063, 'Unknown application command'),
	unknownInteraction: () => new DiscordApiError(404, 10062, 'Unknown interaction'),
	alreadyAcknowledged: () => new DiscordApiError(400, 40060, 'Interaction has already been acknowledged.'),
	cannotEditOthersMessage: () =>
		new DiscordApiError(403, 50005, 'Cannot edit a message authored by another user'),
	cannotSendInNonText: () => new DiscordApiError(400, 50008, 'Cannot send messages in a non-text channel'),
	missingPermissions: () => new DiscordApiError(403, 50013, 'Missing Permissions'),
	invalidJson: () => new DiscordApiError(400, 50109, 'The request body contains invalid JSON.'),
	threadAlreadyCreated: () =>
		new DiscordApiError(400, 160004, 'A thread has already been created for this message'),
	/** Discord's answer to a body that breaks its schema or limits; `problems` become `errors._errors`. */
	invalidFormBody: (problems: readonly string[]) =>
		new DiscordApiError(400, 50035, 'Invalid Form Body', {
			_errors: problems.map((message) => ({ code: 'BASE_TYPE_INVALID', message })),
		}),
};

/** `value`, or Discord's error for a missing resource when there is none. */
export function found<T>(value: T | undefined, error: () => DiscordApiError): T {
	if (value === undefined) throw error();
	return value;
}
