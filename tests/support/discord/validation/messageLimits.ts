/**
 * Discord's documented limits on a message body that its OpenAPI description does not (or not exactly)
 * enforce: a bot's content is capped at 2000 characters (the spec allows 4000, the limit for Nitro users),
 * embed text has per-field and 6000-character total limits, classic component layouts allow five action
 * rows of five buttons, and a new message must not be empty.
 * Lengths count Unicode code points, as Discord does.
 */
import type { UploadedFile } from '../requestBody.ts';

export const LIMITS = {
	content: 2000,
	embeds: 10,
	embedTitle: 256,
	embedDescription: 4096,
	embedFields: 25,
	embedFieldName: 256,
	embedFieldValue: 1024,
	embedFooterText: 2048,
	embedAuthorName: 256,
	embedTotal: 6000,
	actionRows: 5,
	buttonsPerRow: 5,
	customId: 100,
	buttonLabel: 80,
	files: 10,
} as const;

/** `flags` bit that switches a message to the layout components (containers, text displays …). */
const IS_COMPONENTS_V2 = 1 << 15;
const SELECT_MENU_TYPES = new Set([3, 5, 6, 7, 8]);
const LINK_BUTTON_STYLE = 5;
const PREMIUM_BUTTON_STYLE = 6;

export interface MessageLimitContext {
	files: readonly UploadedFile[];
	/** A new message (must not be empty) rather than an edit. */
	creating: boolean;
	/** Largest upload allowed, in bytes. */
	attachmentSizeLimit: number;
}

type Json = Record<string, unknown>;

const length = (text: unknown): number => (typeof text === 'string' ? [...text].length : 0);
const asObject = (value: unknown): Json =>
	typeof value === 'object' && value !== null ? (value as Json) : {};
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function messageLimitProblems(body: unknown, context: MessageLimitContext): string[] {
	const message = asObject(body);
	const problems: string[] = [];
	const contentLength = length(message.content);
	if (contentLength > LIMITS.content) {
		problems.push(`content: ${contentLength} characters, the maximum is ${LIMITS.content}`);
	}
	problems.push(...embedProblems(asArray(message.embeds)));

	const componentsV2 = (Number(message.flags ?? 0) & IS_COMPONENTS_V2) !== 0;
	if (componentsV2) {
		if (contentLength > 0 || asArray(message.embeds).length > 0) {
			problems.push('flags: IS_COMPONENTS_V2 messages cannot have content or embeds');
		}
	} else {
		problems.push(...actionRowProblems(asArray(message.components)));
	}
	problems.push(...customIdProblems(asArray(message.components)));

	if (context.files.length > LIMITS.files) {
		problems.push(`files: ${context.files.length} uploads, the maximum is ${LIMITS.files}`);
	}
	for (const file of context.files) {
		if (file.data.length > context.attachmentSizeLimit) {
			problems.push(
				`${file.field}: ${file.filename} has ${file.data.length} bytes, the maximum is ${context.attachmentSizeLimit}`,
			);
		}
	}
	if (context.creating && isEmpty(message, context.files)) {
		problems.push('Cannot send an empty message: no content, embeds, components, files, stickers or poll');
	}
	return problems;
}

function isEmpty(message: Json, files: readonly UploadedFile[]): boolean {
	return (
		(typeof message.content !== 'string' || message.content.trim() === '') &&
		asArray(message.embeds).length === 0 &&
		asArray(message.components).length === 0 &&
		asArray(message.sticker_ids).length === 0 &&
		message.poll == null &&
		files.length === 0
	);
}

function embedProblems(embeds: unknown[]): string[] {
	const problems: string[] = [];
	if (embeds.length > LIMITS.embeds)
		problems.push(`embeds: ${embeds.length} embeds, the maximum is ${LIMITS.embeds}`);
	let total = 0;
	const tooLong = (where: string, text: unknown, max: number) => {
		total += length(text);
		if (length(text) > max) problems.push(`${where}: ${length(text)} characters, the maximum is ${max}`);
	};
	embeds.forEach((value, index) => {
		const embed = asObject(value);
		const at = `embeds[${index}]`;
		tooLong(`${at}.title`, embed.title, LIMITS.embedTitle);
		tooLong(`${at}.description`, embed.description, LIMITS.embedDescription);
		tooLong(`${at}.footer.text`, asObject(embed.footer).text, LIMITS.embedFooterText);
		tooLong(`${at}.author.name`, asObject(embed.author).name, LIMITS.embedAuthorName);
		const fields = asArray(embed.fields);
		if (fields.length > LIMITS.embedFields) {
			problems.push(`${at}.fields: ${fields.length} fields, the maximum is ${LIMITS.embedFields}`);
		}
		fields.forEach((fieldValue, fieldIndex) => {
			const field = asObject(fieldValue);
			const fieldAt = `${at}.fields[${fieldIndex}]`;
			if (length(field.name) === 0) problems.push(`${fieldAt}.name: must not be empty`);
			if (length(field.value) === 0) problems.push(`${fieldAt}.value: must not be empty`);
			tooLong(`${fieldAt}.name`, field.name, LIMITS.embedFieldName);
			tooLong(`${fieldAt}.value`, field.value, LIMITS.embedFieldValue);
		});
	});
	if (total > LIMITS.embedTotal) {
		problems.push(`embeds: ${total} characters of embed text in total, the maximum is ${LIMITS.embedTotal}`);
	}
	return problems;
}

function actionRowProblems(rows: unknown[]): string[] {
	const problems: string[] = [];
	if (rows.length > LIMITS.actionRows) {
		problems.push(`components: ${rows.length} action rows, the maximum is ${LIMITS.actionRows}`);
	}
	rows.forEach((value, rowIndex) => {
		const row = asObject(value);
		const at = `components[${rowIndex}]`;
		if (row.type !== 1) {
			problems.push(
				`${at}: type ${String(row.type)} needs IS_COMPONENTS_V2; top-level components must be action rows (type 1)`,
			);
			return;
		}
		const children = asArray(row.components).map(asObject);
		const selects = children.filter((child) => SELECT_MENU_TYPES.has(Number(child.type)));
		if (selects.length > 0 && children.length > 1) {
			problems.push(`${at}: a select menu must be alone in its action row`);
		}
		if (children.length > LIMITS.buttonsPerRow) {
			problems.push(`${at}: ${children.length} components, the maximum is ${LIMITS.buttonsPerRow}`);
		}
		children.forEach((child, childIndex) => {
			if (child.type === 2) problems.push(...buttonProblems(child, `${at}.components[${childIndex}]`));
		});
	});
	return problems;
}

function buttonProblems(button: Json, at: string): string[] {
	const problems: string[] = [];
	if (length(button.label) > LIMITS.buttonLabel) {
		problems.push(`${at}.label: ${length(button.label)} characters, the maximum is ${LIMITS.buttonLabel}`);
	}
	if (button.style === LINK_BUTTON_STYLE) {
		if (typeof button.url !== 'string') problems.push(`${at}: a link button needs a url`);
		if (button.custom_id != null) problems.push(`${at}: a link button cannot have a custom_id`);
	} else if (button.style !== PREMIUM_BUTTON_STYLE && typeof button.custom_id !== 'string') {
		problems.push(`${at}: a button of style ${String(button.style)} needs a custom_id`);
	}
	return problems;
}

/** Every custom_id, at any depth, is at most 100 characters and unique within the message. */
function customIdProblems(components: unknown[]): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	const visit = (value: unknown) => {
		const component = asObject(value);
		const customId = component.custom_id;
		if (typeof customId === 'string') {
			if (length(customId) > LIMITS.customId) {
				problems.push(
					`custom_id "${customId.slice(0, 20)}…": ${length(customId)} characters, the maximum is ${LIMITS.customId}`,
				);
			}
			if (seen.has(customId)) problems.push(`custom_id "${customId}" is used twice in one message`);
			seen.add(customId);
		}
		for (const child of asArray(component.components)) visit(child);
		if (component.accessory !== undefined) visit(component.accessory);
	};
	for (const component of components) visit(component);
	return problems;
}
