import type { SourceMeta } from '../types.ts';
import type { SourceMetadata } from './manifest.ts';

const MAX_INFERRED_TITLE = 90;

/**
 * A document's metadata: the manifest wins, then what the file itself states (front matter, HTML meta),
 * then a title inferred from its first article line and a date from its file name. Unknown fields stay
 * absent rather than guessed.
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
	const title = merged.title ?? inferTitle(firstArticleLine, id);
	const date = merged.date ?? dateInFileName(id);
	return { id, path, ...merged, title, ...(date === undefined ? {} : { date }) };
}

/**
 * The first line when it is short enough to be a headline, else its opening words, cut short. But a first
 * line of a paragraph's length is the body itself (a speech on one unbroken line opens "Madam Speaker, Mr.
 * Vice President…"): a file name made of words tells the reader more ("2013_barack_obama.txt"), though not
 * one that says nothing ("003_b293d0d3.txt").
 */
function inferTitle(line: string | undefined, id: string): string {
	// Only the start can become the title; a file with no line breaks is one line of its whole length.
	const start = line?.slice(0, 2 * MAX_INFERRED_TITLE);
	const text = start?.replace(/\s+/g, ' ').trim();
	if (!text) return id;
	if (text.length <= MAX_INFERRED_TITLE && start === line) return text;
	if (start !== line && namedInWords(id)) return id;
	const cut = text.slice(0, MAX_INFERRED_TITLE);
	return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** Whether a file's name, its extension aside, has two words or more ("barack_obama", not "b293d0d3"). */
function namedInWords(id: string): boolean {
	const name = fileNameStem(id);
	return (name.match(/(?<![\p{L}\d])\p{L}{3,}(?![\p{L}\d])/gu) ?? []).length >= 2;
}

// A year, or a year and month, or a whole date opening a file name: "2013_barack_obama.txt", "2023-03-01 visit.md".
const DATED_NAME =
	/^((?:1[6-9]|20)\d\d)(?:[-_.]?(0[1-9]|1[0-2])(?:[-_.]?(0[1-9]|[12]\d|3[01]))?)?(?=[-_. ]|$)/;

/** The date a file's name opens with, as people name files by their date; `undefined` when it has none. */
function dateInFileName(id: string): string | undefined {
	const match = DATED_NAME.exec(fileNameOf(id));
	return match ? match.slice(1).filter(Boolean).join('-') : undefined;
}

/** A document's file name, without the folders its id may hold. */
function fileNameOf(id: string): string {
	return id.split('/').at(-1) ?? id;
}

/** A document's file name without its folders and extension ("2013_barack_obama"). */
export function fileNameStem(id: string): string {
	return fileNameOf(id).replace(/\.[^.]*$/, '');
}
