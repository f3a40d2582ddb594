import { escapeMarkdown } from 'discord.js';

/*
 * Text from documents and users goes through here before it reaches Discord: it must not ping anyone,
 * break the surrounding markdown, or pass itself off as a link. `allowedMentions: { parse: [] }` on every
 * message is the guarantee against pings; neutralising the syntax as well keeps the text readable
 * (no raw "<@123>" turning into a name) and safe if a payload ever lacks it.
 */

const ZERO_WIDTH_SPACE = '\u200b';

/** Escapes markdown and defuses mentions, masked links and invite-style URLs in untrusted text. */
export function escapeUntrusted(text: string): string {
	return defuseMentions(
		escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true }),
	)
		.replace(/\]\(/g, `]${ZERO_WIDTH_SPACE}(`)
		.replace(/(https?):\/\//gi, `$1:${ZERO_WIDTH_SPACE}//`);
}

/** Breaks @everyone, @here and <@id>, <@&id>, <#id> mention syntax without changing how it reads. */
function defuseMentions(text: string): string {
	return text
		.replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
		.replace(/<(@[!&]?|#)(\d+)>/g, `<${ZERO_WIDTH_SPACE}$1$2>`);
}

/** Untrusted text with the given ranges in bold (the ranges index the raw text). */
export function boldRanges(text: string, ranges: ReadonlyArray<{ start: number; end: number }>): string {
	let out = '';
	let at = 0;
	for (const { start, end } of ranges) {
		if (start < at) continue;
		out += `${escapeUntrusted(text.slice(at, start))}**${escapeUntrusted(text.slice(start, end))}**`;
		at = end;
	}
	return out + escapeUntrusted(text.slice(at));
}
