import type { SourceMeta } from '../types.ts';
import type { SourceMetadata } from './manifest.ts';

const MAX_INFERRED_TITLE = 90;

/**
 * A document's metadata: the manifest wins, then what the file itself states (front matter, HTML meta),
 * then a title inferred from its first article line. Unknown fields stay absent rather than guessed.
 */
export function resolveSourceMeta(
	id: string,
	path: string,
	manifest: SourceMetadata | undefined,
	stated: SourceMetadata,
	firstArticleLine: string | undefined,
): SourceMeta {
	const merged: Record<string, string> = {};
	for (const [key, value] of Object.entries({ ...stated, ...manifest }))
		if (value !== undefined) merged[key] = value;
	const title = merged.title ?? inferTitle(firstArticleLine) ?? id;
	return { id, path, ...merged, title };
}

function inferTitle(line: string | undefined): string | undefined {
	// Only the start can become the title; a file with no line breaks is one line of its whole length.
	const start = line?.slice(0, 2 * MAX_INFERRED_TITLE);
	const text = start?.replace(/\s+/g, ' ').trim();
	if (!text) return undefined;
	if (text.length <= MAX_INFERRED_TITLE && start === line) return text;
	const cut = text.slice(0, MAX_INFERRED_TITLE);
	return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
