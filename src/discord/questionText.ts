/**
 * Discord's markup inside a message: mentions of members, roles and channels ("<@123>", "<@&123>", "<#123>"),
 * custom emoji ("<:dossier:123>"), timestamps ("<t:1700000000:R>") and command links ("</ask:123>").
 */
const MARKUP = /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:-?\d+(?::[tTdDfFR])?|\/[\w -]+:\d+)>/g;

/**
 * The question a member typed, without Discord's markup: a mention's id or an emoji's is no word of the
 * question, and the documents never contain it ("<@123> when did Belarus join the SCO?").
 */
export function questionText(content: string): string {
	return content.replace(MARKUP, ' ').replace(/\s+/g, ' ').trim();
}
