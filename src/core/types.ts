/*
 * Plain data shared by the core's stages. Nothing here knows about Discord, the console or files on disk:
 * every stage takes these values in and hands these values back.
 */

/** A half-open character range `[start, end)` into a document's text. */
export interface TextSpan {
	start: number;
	end: number;
}

/** What we know about one document, from the manifest, its front matter, or inferred from its text. */
export interface SourceMeta {
	/** Stable id: the file's path relative to the corpus folder, with forward slashes. */
	id: string;
	/** The file's path for display and citation: relative to the working directory when inside it. */
	path: string;
	title: string;
	publisher?: string;
	author?: string;
	/** Publication date as ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Relative dates resolve against it. */
	date?: string;
	url?: string;
}

/** A sentence of a document; `text` is always `document.text.slice(start, end)`. */
export interface Sentence extends TextSpan {
	text: string;
}

/** A retrievable unit: a paragraph, or a window of a few sentences of a long one. */
export interface Passage extends TextSpan {
	docId: string;
	/** Whole sentences; `passageSentences` finds them again when they are needed. */
	text: string;
	/** Set when the next passage goes on with the same paragraph, cut only to keep passages short. */
	continues?: true;
}

export type DatePrecision = 'year' | 'month' | 'day';

/** A date as precise as the text states it; `end` is set for ranges such as "February 28 to March 2". */
export interface FactDate {
	/** ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, truncated to `precision`. */
	start: string;
	end?: string;
	precision: DatePrecision;
}

/** One sentence of one source that states a dated event. */
export interface FactMention extends TextSpan {
	docId: string;
	/** The sentence, verbatim. */
	text: string;
	/** The words in the sentence that gave the date ("On Wednesday", "in July 2015"). */
	dateText: string;
	date: FactDate;
}

/** A dated event, merged across every source that reports it. */
export interface Fact {
	id: string;
	date: FactDate;
	/** The event as the first (earliest-cited) source states it. */
	text: string;
	mentions: FactMention[];
	/** Number of distinct publishers among the mentions (a source with no publisher counts on its own). */
	corroboration: number;
	/** Ids of facts about the same event that give a different date or figure. */
	disagreements: string[];
}

/** Why a line of a document was judged page furniture rather than article text. */
export type FurnitureReason =
	| 'blank'
	| 'html'
	| 'menu'
	| 'headline-list'
	| 'ui-phrase'
	| 'repeated'
	| 'short'
	| 'boilerplate-section'
	| 'foreign-chrome'
	| 'reference';

export interface RemovedLine extends TextSpan {
	reason: FurnitureReason;
}

/** The cleaner's verdict on a document: the article's paragraphs, and every removed line with its reason. */
export interface CleanedText {
	/** Paragraphs of article text, in order; each span contains no furniture. */
	paragraphs: TextSpan[];
	removed: RemovedLine[];
}
