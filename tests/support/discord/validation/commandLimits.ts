/**
 * Discord's documented rules for application commands and autocomplete results that its OpenAPI
 * description leaves out: name syntax, lower-case chat-input names, descriptions on chat-input commands
 * only, required options first, 4000 characters per command, and autocomplete choice lengths (the spec
 * allows 6000-character string values; choices are capped at 100).
 */

const NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const CHAT_INPUT = 1;
const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;
const STRING_OPTION = 3;
const MAX_OPTIONS = 25;
const MAX_CHOICES = 25;
const MAX_CHOICE_TEXT = 100;
const MAX_DESCRIPTION = 100;
const MAX_COMMAND_TEXT = 4000;

type Json = Record<string, unknown>;

const asObject = (value: unknown): Json =>
	typeof value === 'object' && value !== null ? (value as Json) : {};
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Problems with a list of commands registered together (one bulk overwrite). */
export function commandListProblems(commands: unknown): string[] {
	const list = asArray(commands).map(asObject);
	const problems = list.flatMap((command, index) => commandProblems(command).map((p) => `[${index}]${p}`));
	const seen = new Set<string>();
	for (const command of list) {
		const key = `${String(command.type ?? CHAT_INPUT)}:${text(command.name)}`;
		if (seen.has(key)) problems.push(`two commands of the same type are named "${text(command.name)}"`);
		seen.add(key);
	}
	return problems;
}

export function commandProblems(command: Json): string[] {
	const problems: string[] = [];
	const name = text(command.name);
	const chatInput = (command.type ?? CHAT_INPUT) === CHAT_INPUT;
	if (chatInput) {
		problems.push(...nameProblems('.name', name));
		problems.push(...descriptionProblems('.description', command.description));
		problems.push(...optionListProblems('.options', asArray(command.options), 0));
	} else {
		if (name.length < 1 || name.length > 32) problems.push(`.name: "${name}" must be 1-32 characters`);
		if (text(command.description) !== '')
			problems.push('.description: only chat-input commands have a description');
		if (asArray(command.options).length > 0) problems.push('.options: only chat-input commands have options');
	}
	const total = countText(command);
	if (total > MAX_COMMAND_TEXT) {
		problems.push(
			`: ${total} characters of names, descriptions and choices, the maximum is ${MAX_COMMAND_TEXT}`,
		);
	}
	return problems;
}

/** Problems with the choices an autocomplete interaction is answered with. */
export function autocompleteProblems(body: unknown): string[] {
	const choices = asArray(asObject(asObject(body).data).choices);
	const problems =
		choices.length > MAX_CHOICES
			? [`data.choices: ${choices.length} choices, the maximum is ${MAX_CHOICES}`]
			: [];
	return [
		...problems,
		...choices.flatMap((choice, index) => choiceProblems(`data.choices[${index}]`, asObject(choice))),
	];
}

function nameProblems(at: string, name: string): string[] {
	if (!NAME_PATTERN.test(name))
		return [`${at}: "${name}" is not a valid command name (1-32 letters, digits, - _ ')`];
	if (name !== name.toLowerCase()) return [`${at}: "${name}" must be lower case`];
	return [];
}

function descriptionProblems(at: string, description: unknown): string[] {
	const length = text(description).length;
	return length < 1 || length > MAX_DESCRIPTION
		? [`${at}: must be 1-${MAX_DESCRIPTION} characters, got ${length}`]
		: [];
}

function optionListProblems(at: string, options: unknown[], depth: number): string[] {
	const problems: string[] = [];
	if (options.length > MAX_OPTIONS)
		problems.push(`${at}: ${options.length} options, the maximum is ${MAX_OPTIONS}`);
	let sawOptional = false;
	const names = new Set<string>();
	options.map(asObject).forEach((option, index) => {
		const here = `${at}[${index}]`;
		const type = Number(option.type);
		const name = text(option.name);
		problems.push(
			...nameProblems(`${here}.name`, name),
			...descriptionProblems(`${here}.description`, option.description),
		);
		if (names.has(name)) problems.push(`${here}.name: "${name}" is used twice`);
		names.add(name);

		if (type === SUBCOMMAND || type === SUBCOMMAND_GROUP) {
			const allowedHere = depth === 0 || (depth === 1 && type === SUBCOMMAND);
			if (!allowedHere)
				problems.push(
					`${here}: a ${type === SUBCOMMAND ? 'subcommand' : 'subcommand group'} cannot be nested here`,
				);
			if (
				type === SUBCOMMAND_GROUP &&
				asArray(option.options).some((child) => asObject(child).type !== SUBCOMMAND)
			) {
				problems.push(`${here}.options: a subcommand group may only contain subcommands`);
			}
			problems.push(...optionListProblems(`${here}.options`, asArray(option.options), depth + 1));
			return;
		}
		if (option.required === true && sawOptional)
			problems.push(`${here}: required options must come before optional ones`);
		if (option.required !== true) sawOptional = true;
		const choices = asArray(option.choices);
		if (choices.length > MAX_CHOICES)
			problems.push(`${here}.choices: ${choices.length} choices, the maximum is ${MAX_CHOICES}`);
		if (choices.length > 0 && option.autocomplete === true)
			problems.push(`${here}: autocomplete cannot be combined with choices`);
		choices.forEach((choice, choiceIndex) => {
			problems.push(...choiceProblems(`${here}.choices[${choiceIndex}]`, asObject(choice), type));
		});
	});
	return problems;
}

function choiceProblems(at: string, choice: Json, optionType = STRING_OPTION): string[] {
	const problems: string[] = [];
	const nameLength = [...text(choice.name)].length;
	if (nameLength < 1 || nameLength > MAX_CHOICE_TEXT)
		problems.push(`${at}.name: must be 1-${MAX_CHOICE_TEXT} characters, got ${nameLength}`);
	if (typeof choice.value === 'string') {
		if (optionType !== STRING_OPTION) problems.push(`${at}.value: a string value for a non-string option`);
		const valueLength = [...choice.value].length;
		if (valueLength > MAX_CHOICE_TEXT)
			problems.push(`${at}.value: ${valueLength} characters, the maximum is ${MAX_CHOICE_TEXT}`);
	} else if (typeof choice.value !== 'number') {
		problems.push(`${at}.value: must be a string or a number`);
	}
	return problems;
}

/** Characters Discord counts towards a command's 4000: names, descriptions, choice names and values. */
function countText(node: Json): number {
	let total = text(node.name).length + text(node.description).length;
	for (const choice of asArray(node.choices).map(asObject))
		total += text(choice.name).length + String(choice.value ?? '').length;
	for (const option of asArray(node.options)) total += countText(asObject(option));
	return total;
}
