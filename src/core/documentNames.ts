import type { IndexedDocument } from './corpusIndex.ts';

/* Finding a document by what a user calls it: the console's and the CLI's /source, and the bot's autocomplete. */

const EXACT = 0;

/**
 * Documents matching what a user typed, compared case-insensitively: title, id or path exactly, else title,
 * publisher, author or id as substrings, best first (exact, then title prefix, title word, anywhere in the
 * title, publisher or author, id).
 */
export function matchingDocuments(documents: readonly IndexedDocument[], typed: string): IndexedDocument[] {
	return rankedMatches(documents, typed).map(({ document }) => document);
}

/**
 * The one document a name stands for: the exact match (title, id or path), else the only document that
 * matches at all. `undefined` when none does, or several do and none exactly.
 */
export function documentNamed(
	documents: readonly IndexedDocument[],
	name: string,
): IndexedDocument | undefined {
	const [best, next] = rankedMatches(documents, name);
	if (best === undefined || name.trim() === '') return undefined;
	return best.rank === EXACT || next === undefined ? best.document : undefined;
}

function rankedMatches(documents: readonly IndexedDocument[], typed: string) {
	const wanted = typed.trim().toLowerCase();
	return documents
		.flatMap((document) => {
			const rank = matchRank(document, wanted);
			return rank === undefined ? [] : [{ document, rank }];
		})
		.sort((a, b) => a.rank - b.rank || a.document.meta.title.localeCompare(b.document.meta.title, 'en'));
}

function matchRank(document: IndexedDocument, wanted: string): number | undefined {
	if (wanted === '') return EXACT;
	const { meta } = document;
	const title = meta.title.toLowerCase();
	const id = meta.id.toLowerCase();
	const byline = `${meta.publisher ?? ''} ${meta.author ?? ''}`.toLowerCase();
	if (title === wanted || id === wanted || meta.path.toLowerCase() === wanted) return EXACT;
	if (title.startsWith(wanted)) return 1;
	if (title.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(wanted))) return 2;
	if (title.includes(wanted)) return 3;
	if (byline.includes(wanted)) return 4;
	if (id.includes(wanted)) return 5;
	return undefined;
}
