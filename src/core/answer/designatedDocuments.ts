import type { IndexedDocument } from '../corpusIndex.ts';
import { compareText } from '../util/compareText.ts';
import { YEAR } from './answerEvidence.ts';

/**
 * The documents a question points at by their date and kind: "in his 2013 speech", "according to the 2010
 * address", "the 2023 article", "his last State of the Union", "in Lincoln's 1862 message". A speech never
 * says its own year, nor a report that it is one: those words name where to look, not what the answer says.
 */
export interface DesignatedDocuments {
	docIds: ReadonlySet<string>;
	/** The words that point at them ("2013", "speech"), which are no topic of the question. */
	words: readonly string[];
}

/** The kinds of document a question may point at, each after a year or a word that picks one ("his last…"). */
const DOCUMENT_KINDS = [
	'speech',
	'speeches',
	'address',
	'addresses',
	'message',
	'messages',
	'remarks',
	'article',
	'articles',
	'piece',
	'op-ed',
	'column',
	'report',
	'post',
	'essay',
	'interview',
	'statement',
	'letter',
	'lecture',
	'testimony',
	'briefing',
	'state of the union',
];
const KIND = `(${DOCUMENT_KINDS.join('|').replaceAll(' ', String.raw`\s+`)})`;
/**
 * A kind of document, however the question points at it ("in the State of the Union given just before the
 * invasion"): where to look, no topic, once the question keeps to some sources.
 */
export const DOCUMENT_KIND = new RegExp(String.raw`\b${KIND}\b`, 'giu');
// A year before the kind ("the 2013 speech", "his 2009 address to Congress").
const BY_YEAR = new RegExp(String.raw`\b(${YEAR})\s+${KIND}\b`, 'giu');
// The latest or the earliest of them ("his last State of the Union", "the first article", "his later message",
// "the first of Lincoln's two messages").
const BY_ORDER = new RegExp(
	String.raw`\b(last|latest|later|final|most\s+recent|first|earliest|earlier)\s+(?:of\s+(?:(?:his|her|their|the|\p{Lu}[\p{L}.-]*['’]s?)\s+)?(?:(?:two|three|four)\s+)?)?${KIND}\b`,
	'giu',
);
const LATEST = /^(?:last|latest|later|final|most\s+recent)$/iu;

/**
 * The documents the question points at among `candidates` (all, or those by the author it names): those of
 * the year it gives, or the latest or earliest dated one. `undefined` when it points at none of them, so that a
 * year no document has stays a topic ("what happened in the 2008 report" may still be answered in the text).
 */
export function designatedDocuments(
	candidates: readonly IndexedDocument[],
	question: string,
): DesignatedDocuments | undefined {
	const dated = candidates.filter((document) => document.meta.date !== undefined);
	for (const [words, year = ''] of question.matchAll(BY_YEAR)) {
		const ofYear = dated.filter((document) => document.meta.date?.startsWith(year) === true);
		if (ofYear.length > 0) return designated(ofYear, words);
	}
	for (const [words, order = ''] of question.matchAll(BY_ORDER)) {
		const byDate = dated.toSorted((a, b) => compareText(a.meta.date ?? '', b.meta.date ?? ''));
		const picked = LATEST.test(order) ? byDate.at(-1) : byDate[0];
		if (picked) return designated([picked], words);
	}
	return undefined;
}

function designated(documents: readonly IndexedDocument[], words: string): DesignatedDocuments {
	return { docIds: new Set(documents.map((document) => document.meta.id)), words: words.split(/\s+/) };
}
