/** Discord's documented message and embed limits; replies are trimmed or paged to fit, never refused. */
export const DISCORD_LIMITS = {
	content: 2000,
	embedTitle: 256,
	embedDescription: 4096,
	embedFields: 25,
	fieldName: 256,
	fieldValue: 1024,
	footer: 2048,
	author: 256,
	embedTotal: 6000,
	embeds: 10,
	buttonLabel: 80,
	customId: 100,
	choices: 25,
	choiceName: 100,
	choiceValue: 100,
	threadName: 100,
} as const;

const ELLIPSIS = '…';
const BOLD = '**';

/** Cuts plain text (a thread's name, a choice's) to at most `max` characters, ending with "…". */
export function truncateText(text: string, max: number): string {
	if (text.length <= max) return text;
	return max < ELLIPSIS.length ? '' : `${cutNear(text, max - ELLIPSIS.length)}${ELLIPSIS}`;
}

/**
 * Cuts Discord markdown to at most `max` characters, ending with "…". A dangling backslash or half a "**"
 * would break the markdown of what follows, so neither is left at the cut, and bold left open is closed.
 */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	if (max < ELLIPSIS.length) return '';
	const cut = (length: number) => cutNear(text, Math.max(0, length)).replace(/[\\*]+$/, '');
	const clean = cut(max - ELLIPSIS.length);
	if (!opensBold(clean)) return `${clean}${ELLIPSIS}`;
	// Closing it takes two characters more: cut again, shorter.
	const shorter = cut(max - ELLIPSIS.length - BOLD.length);
	return `${shorter}${opensBold(shorter) ? BOLD : ''}${ELLIPSIS}`;
}

function opensBold(markdown: string): boolean {
	return (markdown.match(/(?<!\\)\*\*/g)?.length ?? 0) % 2 === 1;
}

/** The text's first `length` characters or fewer, at a word boundary when one is near. */
function cutNear(text: string, length: number): string {
	const cut = sliceWhole(text, length);
	const space = cut.lastIndexOf(' ');
	return space > length * 0.8 ? cut.slice(0, space) : cut;
}

/** The text's first `length` characters, or one fewer rather than half an emoji (a surrogate pair). */
export function sliceWhole(text: string, length: number): string {
	const cut = text.slice(0, length);
	return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Whole lines while they fit in `max` characters with the last line, which says how many of `total` were
 * left out ("…and 3 more"): a list cut short says so.
 */
export function fitLines(
	lines: readonly string[],
	max: number,
	more: (left: number) => string,
	total = lines.length,
): string {
	const shown: string[] = [];
	let length = 0;
	for (const [i, line] of lines.entries()) {
		const left = total - i - 1;
		const note = left > 0 ? more(left).length + 1 : 0;
		if (length + line.length + note > max) break;
		shown.push(line);
		length += line.length + 1;
	}
	const left = total - shown.length;
	// Not even the first line fits: the note alone says what there was, cut to fit if it must.
	if (shown.length === 0 && left > 0) return truncateText(more(left), max);
	return [...shown, ...(left > 0 ? [more(left)] : [])].join('\n');
}

/** Total characters Discord counts against the 6000 limit of one embed. */
export function embedLength(embed: {
	title?: string;
	description?: string;
	fields?: ReadonlyArray<{ name: string; value: string }>;
	footer?: { text: string };
	author?: { name: string };
}): number {
	return (
		(embed.title?.length ?? 0) +
		(embed.description?.length ?? 0) +
		(embed.footer?.text.length ?? 0) +
		(embed.author?.name.length ?? 0) +
		(embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
	);
}
