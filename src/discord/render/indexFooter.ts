/** The figures a reader needs to judge how current and how broad an answer's basis is. */
export interface IndexSummary {
	/** ISO time the index was built. */
	builtAt: string;
	documents: number;
	passages: number;
}

export function summarizeIndex(data: {
	builtAt: string;
	documents: readonly unknown[];
	passages: readonly unknown[];
}): IndexSummary {
	return { builtAt: data.builtAt, documents: data.documents.length, passages: data.passages.length };
}

/** "Index built 3 h ago · 5 documents · 76 passages" */
export function indexFooter(index: IndexSummary, now: number): string {
	const built = Date.parse(index.builtAt);
	const age = Number.isNaN(built) ? 'at an unknown time' : `${formatAge(now - built)} ago`;
	return `Index built ${age} · ${plural(index.documents, 'document')} · ${plural(index.passages, 'passage')}`;
}

/** "just now", "12 min", "3 h", "5 days": as precise as a reader needs. */
export function formatAge(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.round(seconds / 60);
	if (minutes < 60) return `${minutes} min`;
	const hours = Math.round(minutes / 60);
	if (hours < 48) return `${hours} h`;
	return `${Math.round(hours / 24)} days`;
}

export function plural(count: number, noun: string): string {
	return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}
