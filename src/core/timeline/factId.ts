import { createHash } from 'node:crypto';
import type { FactMention } from '../types.ts';

/**
 * A fact's id: a short hash of its first mention (document, sentence offsets and date), so it stays the
 * same across rebuilds of the same corpus and can be cited or linked.
 */
export function factId(first: FactMention): string {
	const key = [first.docId, first.start, first.end, first.date.start, first.date.end ?? ''].join('\u0000');
	return createHash('sha256').update(key).digest('hex').slice(0, 12);
}
