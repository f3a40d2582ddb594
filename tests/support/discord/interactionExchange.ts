/**
 * One interaction a test user started, and everything the bot answered to it: the initial callback, later
 * edits of the original response, follow-ups, deletions. The fake server records each answer here as it
 * arrives; tests wait on it:
 *
 *   const ask = discord.sendSlashCommand({ name: 'ask', options: { question: 'Who?' } });
 *   const answer = await ask.reply();         // the message the user ends up seeing
 *   const first = await ask.next();           // or every answer in order, raw
 */
import {
	type APIApplicationCommandOptionChoice,
	type APIInteraction,
	type APIMessage,
	InteractionType,
	MessageFlags,
} from 'discord.js';
import type { MessageStore } from './messageStore.ts';
import type { UploadedFile } from './requestBody.ts';
import type { Waiters, WaitOptions } from './waiting.ts';

export type BotResponseKind = 'callback' | 'edit' | 'delete' | 'follow-up';

export interface BotResponse {
	kind: BotResponseKind;
	/** The interaction callback type (4 reply, 5 defer, 6 deferred update, 7 update, 8 choices, 9 modal). */
	callbackType?: number;
	/** The JSON body as the bot sent it (for multipart requests, its `payload_json`). */
	body: unknown;
	files: readonly UploadedFile[];
	/** The message as it stands right after this answer, when the answer created or changed one. */
	message?: APIMessage;
	/** Whether the answer is about the original response (for components: the message clicked on). */
	original: boolean;
	/** Milliseconds from dispatching the interaction to receiving this answer. */
	elapsedMs: number;
}

export class InteractionExchange {
	readonly responses: BotResponse[] = [];
	readonly sentAt = Date.now();
	/** The message `@original` refers to, once there is one. */
	originalMessageId: string | undefined;
	readonly followUpIds = new Set<string>();
	#cursor = 0;

	constructor(
		readonly payload: APIInteraction,
		private readonly waiters: Waiters,
		private readonly messages: MessageStore,
	) {}

	get id(): string {
		return this.payload.id;
	}

	get token(): string {
		return this.payload.token;
	}

	/** `/ask`, `button "more"` …: how errors name this interaction. */
	get label(): string {
		const payload = this.payload;
		if (payload.type === InteractionType.MessageComponent) return `component "${payload.data.custom_id}"`;
		if (payload.type === InteractionType.ApplicationCommandAutocomplete)
			return `autocomplete for /${payload.data.name}`;
		if (payload.type === InteractionType.ApplicationCommand) return `/${payload.data.name}`;
		return `interaction ${payload.id}`;
	}

	/** The initial callback, once the bot acknowledged the interaction. */
	get callback(): BotResponse | undefined {
		return this.responses.find((response) => response.kind === 'callback');
	}

	/** The original response as it stands now. */
	get original(): APIMessage | undefined {
		return this.originalMessageId === undefined ? undefined : this.messages.get(this.originalMessageId);
	}

	/** Follow-up messages as they stand now (not counting one that replaced a deferred response). */
	get followUps(): APIMessage[] {
		return [...this.followUpIds].flatMap((id) => this.messages.get(id) ?? []);
	}

	record(response: BotResponse): void {
		this.responses.push(response);
		this.waiters.notify();
	}

	/** The next answer not yet returned by `next()`, in the order the bot sent them. */
	async next(options: WaitOptions = {}): Promise<BotResponse> {
		const response = await this.waiters.until(
			() => this.responses[this.#cursor],
			() => `waiting for answer #${this.#cursor + 1} to ${this.label}; ${this.describe()}`,
			options,
		);
		this.#cursor += 1;
		return response;
	}

	/** The first answer (past or future) that satisfies `predicate`. */
	waitFor(predicate: (response: BotResponse) => boolean, options: WaitOptions = {}): Promise<BotResponse> {
		return this.waiters.until(
			() => this.responses.find(predicate),
			() => `waiting for a matching answer to ${this.label}; ${this.describe()}`,
			options,
		);
	}

	/**
	 * The message the user sees as the reply: the reply itself, the updated message for a component
	 * update, or the deferred response once it has been edited (or replaced by a first follow-up).
	 */
	async reply(options: WaitOptions = {}): Promise<APIMessage> {
		const response = await this.waitFor(
			(r) => r.original && r.message !== undefined && ((r.message.flags ?? 0) & MessageFlags.Loading) === 0,
			options,
		);
		return response.message as APIMessage;
	}

	/** The choices the bot answered an autocomplete interaction with. */
	async choices(options: WaitOptions = {}): Promise<APIApplicationCommandOptionChoice[]> {
		const response = await this.waitFor((r) => r.kind === 'callback' && r.callbackType === 8, options);
		return (
			(response.body as { data?: { choices?: APIApplicationCommandOptionChoice[] } }).data?.choices ?? []
		);
	}

	/** What the bot has answered so far, for error messages. */
	describe(): string {
		if (this.responses.length === 0) return 'the bot has not answered at all';
		const answers = this.responses.map((r) =>
			r.kind === 'callback' ? `callback type ${r.callbackType}` : r.kind,
		);
		return `the bot answered: ${answers.join(', ')}`;
	}
}
