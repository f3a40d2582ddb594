/**
 * Checks a request body against Discord's OpenAPI description, through the zod schemas generated from it
 * by the `discord-api-spec` package. Each kind of body the bot sends maps to the request-body schema of
 * its route in the spec (see `paths` in Discord's openapi.json):
 *
 * | body kind              | route                                                   | schema |
 * | ---------------------- | ------------------------------------------------------- | ------ |
 * | interaction-callback   | POST /interactions/{id}/{token}/callback                | by `type`, see CALLBACK_SCHEMAS |
 * | webhook-execute        | POST /webhooks/{app}/{token} (follow-ups)               | IncomingWebhookRequestPartial |
 * | webhook-edit           | PATCH /webhooks/{app}/{token}/messages/{id or @original}| IncomingWebhookUpdateRequestPartial |
 * | message-create         | POST /channels/{id}/messages                            | MessageCreateRequest |
 * | message-edit           | PATCH /channels/{id}/messages/{id}                      | MessageEditRequestPartial |
 * | forum-thread-create    | POST /channels/{forum}/threads                          | CreateForumThreadRequest |
 * | thread-create          | POST /channels/{text}/threads                           | CreateTextThreadWithoutMessageRequest |
 * | thread-from-message    | POST /channels/{id}/messages/{id}/threads               | CreateTextThreadWithMessageRequest |
 * | commands-overwrite     | PUT /applications/{app}(/guilds/{guild})/commands       | ApplicationCommandUpdateRequest[] (≤ 130) |
 * | command-create         | POST /applications/{app}(/guilds/{guild})/commands      | ApplicationCommandCreateRequest |
 *
 * The spec is a "public preview"; where it contradicts Discord's documentation the documentation wins,
 * and `alignWithDocs` rewrites those fields before validation (each case says which).
 */
import {
	ApplicationCommandAutocompleteCallbackRequestSchema,
	ApplicationCommandCreateRequestSchema,
	ApplicationCommandUpdateRequestSchema,
	CreateForumThreadRequestSchema,
	CreateMessageInteractionCallbackRequestSchema,
	CreateTextThreadWithMessageRequestSchema,
	CreateTextThreadWithoutMessageRequestSchema,
	IncomingWebhookRequestPartialSchema,
	IncomingWebhookUpdateRequestPartialSchema,
	LaunchActivityInteractionCallbackRequestSchema,
	MessageCreateRequestSchema,
	MessageEditRequestPartialSchema,
	ModalInteractionCallbackRequestSchema,
	PongInteractionCallbackRequestSchema,
	UpdateMessageInteractionCallbackRequestSchema,
} from 'discord-api-spec/zod';
import type { ZodMiniType } from 'zod/mini';

export type BodyKind =
	| 'interaction-callback'
	| 'webhook-execute'
	| 'webhook-edit'
	| 'message-create'
	| 'message-edit'
	| 'forum-thread-create'
	| 'thread-create'
	| 'thread-from-message'
	| 'commands-overwrite'
	| 'command-create';

/** The spec's request body for each interaction callback type (its `anyOf`, split on `type`). */
const CALLBACK_SCHEMAS: Record<number, ZodMiniType> = {
	1: PongInteractionCallbackRequestSchema,
	4: CreateMessageInteractionCallbackRequestSchema,
	5: CreateMessageInteractionCallbackRequestSchema,
	6: UpdateMessageInteractionCallbackRequestSchema,
	7: UpdateMessageInteractionCallbackRequestSchema,
	8: ApplicationCommandAutocompleteCallbackRequestSchema,
	9: ModalInteractionCallbackRequestSchema,
	12: LaunchActivityInteractionCallbackRequestSchema,
};

const MAX_COMMANDS_PER_OVERWRITE = 130;

const SCHEMAS: Record<Exclude<BodyKind, 'interaction-callback' | 'commands-overwrite'>, ZodMiniType> = {
	'webhook-execute': IncomingWebhookRequestPartialSchema,
	'webhook-edit': IncomingWebhookUpdateRequestPartialSchema,
	'message-create': MessageCreateRequestSchema,
	'message-edit': MessageEditRequestPartialSchema,
	'forum-thread-create': CreateForumThreadRequestSchema,
	'thread-create': CreateTextThreadWithoutMessageRequestSchema,
	'thread-from-message': CreateTextThreadWithMessageRequestSchema,
	'command-create': ApplicationCommandCreateRequestSchema,
};

interface Issue {
	code: string;
	path: PropertyKey[];
	expected?: unknown;
	maximum?: unknown;
	minimum?: unknown;
	values?: unknown;
	errors?: Issue[][];
}

/** Problems with `body` according to the spec, as `path: what is wrong` lines; empty when it conforms. */
export function specProblems(kind: BodyKind, body: unknown): string[] {
	if (kind === 'commands-overwrite') return commandsOverwriteProblems(body);
	const schema = kind === 'interaction-callback' ? callbackSchema(body) : SCHEMAS[kind];
	if (!schema)
		return [
			`type: ${JSON.stringify((body as { type?: unknown })?.type)} is not an interaction callback type`,
		];
	return issuesOf(schema, alignWithDocs(kind, body));
}

function callbackSchema(body: unknown): ZodMiniType | undefined {
	const type = (body as { type?: unknown } | null)?.type;
	return typeof type === 'number' ? CALLBACK_SCHEMAS[type] : undefined;
}

function commandsOverwriteProblems(body: unknown): string[] {
	if (!Array.isArray(body)) return ['(body): expected an array of application commands'];
	const problems =
		body.length > MAX_COMMANDS_PER_OVERWRITE
			? [`(body): ${body.length} commands, the maximum is ${MAX_COMMANDS_PER_OVERWRITE}`]
			: [];
	body.forEach((command, index) => {
		for (const problem of issuesOf(ApplicationCommandUpdateRequestSchema, alignCommand(command))) {
			problems.push(`[${index}].${problem}`);
		}
	});
	return problems;
}

function issuesOf(schema: ZodMiniType, body: unknown): string[] {
	const result = schema.safeParse(body);
	return result.success ? [] : (result.error.issues as Issue[]).map(describeIssue);
}

function describeIssue(issue: Issue): string {
	const where = formatPath(issue.path);
	switch (issue.code) {
		case 'too_big':
			return `${where}: too big (maximum ${String(issue.maximum)})`;
		case 'too_small':
			return `${where}: too small (minimum ${String(issue.minimum)})`;
		case 'invalid_type':
			return `${where}: expected ${String(issue.expected)}`;
		case 'invalid_value':
			return `${where}: expected one of ${JSON.stringify(issue.values)}`;
		case 'invalid_union': {
			// A union fails as a whole. Branches of another type entirely (their only issue is a type
			// mismatch at the union itself) say nothing useful; of the others, the one with fewest issues does.
			const wrongType = (branch: Issue[]) =>
				branch.every((nested) => nested.code === 'invalid_type' && nested.path.length === 0);
			const closest = (issue.errors ?? [])
				.filter((branch) => !wrongType(branch))
				.sort((a, b) => a.length - b.length)[0];
			if (!closest) return `${where}: matches none of the allowed types`;
			return closest
				.map((nested) => describeIssue({ ...nested, path: [...issue.path, ...nested.path] }))
				.join('; ');
		}
		default:
			return `${where}: ${issue.code}`;
	}
}

function formatPath(path: readonly PropertyKey[]): string {
	if (path.length === 0) return '(body)';
	return path
		.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
		.join('');
}

/** Rewrites fields where the spec and Discord's documentation disagree, so the documentation wins. */
function alignWithDocs(kind: BodyKind, body: unknown): unknown {
	return kind === 'command-create' ? alignCommand(body) : body;
}

/**
 * `default_member_permissions` is a string-encoded bit set in Discord's documentation (and discord.js
 * sends it as one); the spec types it as an integer. A numeric string becomes the number it encodes.
 */
function alignCommand(command: unknown): unknown {
	if (typeof command !== 'object' || command === null) return command;
	const permissions = (command as { default_member_permissions?: unknown }).default_member_permissions;
	if (typeof permissions !== 'string' || !/^\d+$/.test(permissions)) return command;
	return { ...command, default_member_permissions: Number(permissions) };
}
