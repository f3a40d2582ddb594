import { escapeUntrusted } from './escape.ts';
import { truncate } from './limits.ts';

/**
 * Untrusted text (a document's title, a sentence, a user's question) cut to `max` characters on one line
 * and then escaped. Cutting the raw text first keeps the cut from landing inside an escape sequence; the
 * escaped result may be longer than `max`, so callers budget for that or trim the assembled whole again.
 */
export function clipText(text: string, max: number): string {
	return escapeUntrusted(truncate(text.replace(/\s+/g, ' ').trim(), max));
}
