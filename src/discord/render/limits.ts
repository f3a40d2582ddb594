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

/** Cuts text to `max` characters, at a word boundary when one is near, ending with "…". */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - ELLIPSIS.length);
	const space = cut.lastIndexOf(' ');
	// A dangling backslash or half a "**" would break the markdown of what follows.
	const clean = (space > max * 0.8 ? cut.slice(0, space) : cut).replace(/\\+$/, '').replace(/\*+$/, '');
	const openBold = (clean.match(/(?<!\\)\*\*/g)?.length ?? 0) % 2 === 1;
	return `${clean}${openBold ? '**' : ''}${ELLIPSIS}`;
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
