import type { CorpusIndex, IndexedDocument } from '../corpusIndex.ts';
import { authorNames } from '../load/byline.ts';
import { terms } from '../text/terms.ts';
import type { TextSpan } from '../types.ts';
import type { Excerpt } from './excerpt.ts';
import { mentions, type QueryConcept } from './queryConcepts.ts';

/*
 * "Who wrote the CGTN op-ed?" is about a document, not about what documents say: it is answered from the
 * metadata's author, quoting the line where the document names them (its byline) so the answer is cited
 * like any other.
 */

const ASKS_AUTHOR =
	/\bwho\s+(?:wrote|writes|has written|authored|penned)\b|\b(?:author|writer)s?\s+of\b|\bwritten by\b/i;

/** Share of the question's concepts a document's title and publisher must name for it to be the one meant. */
const MIN_SHARE = 0.3;
const MAX_BYLINES = 3;

/** The bylines of the documents an authorship question names, best match first; none for other questions. */
export function authorshipAnswer(
	index: CorpusIndex,
	question: string,
	concepts: readonly QueryConcept[],
): Excerpt[] {
	if (!ASKS_AUTHOR.test(question)) return [];
	const total = concepts.reduce((sum, concept) => sum + concept.weight, 0) || 1;
	const matches = index.data.documents.flatMap((document) => {
		if (document.byline === undefined) return [];
		const named = new Set(terms(`${document.meta.title} ${document.meta.publisher ?? ''}`));
		const share =
			concepts.filter((concept) => mentions(named, concept)).reduce((sum, c) => sum + c.weight, 0) / total;
		return share >= MIN_SHARE ? [{ document, byline: document.byline, share }] : [];
	});
	const best = Math.max(0, ...matches.map(({ share }) => share));
	// Only the best-named documents: a question naming one piece must not list every author.
	return matches
		.filter(({ share }) => share === best)
		.slice(0, MAX_BYLINES)
		.map(({ document, byline, share }) => ({
			text: byline.text,
			source: document.meta,
			start: byline.start,
			end: byline.end,
			score: Math.round(share * 1000) / 1000,
			highlights: namesIn(byline.text, document),
		}));
}

/** Where the author's names are in the byline, for marking in bold: they are the answer. */
function namesIn(text: string, document: IndexedDocument): TextSpan[] {
	return authorNames(document.meta.author).flatMap((name) => {
		const at = text.indexOf(name);
		return at < 0 ? [] : [{ start: at, end: at + name.length }];
	});
}
