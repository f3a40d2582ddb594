import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';
import type { Acronyms } from './index/acronyms.ts';
import type { Alias } from './index/aliases.ts';
import { expandTerms } from './index/aliases.ts';
import { internalsOf, type MiniSearchInternals } from './index/miniSearchInternals.ts';
import { PassageRanker, type RankedPassage, type Ranking } from './index/passageRanker.ts';
import { fuzzinessFor, type IndexedPassage, searchOptionsFor } from './index/searchIndex.ts';
import { TermFilter } from './index/termFilter.ts';
import { Vocabulary } from './index/vocabulary.ts';
import type { DocumentFormat, SkippedFile } from './load/readCorpus.ts';
import { passageSentences } from './segment/passages.ts';
import { baseForm, normalizeTerm, terms, tokenize } from './text/terms.ts';
import { wordVectorRow } from './text/wordVectors.ts';
import type { Fact, FurnitureReason, Passage, Sentence, SourceMeta, TextSpan } from './types.ts';

/**
 * Passages whose sentence words are kept between questions: the last 256 worked out, about the last 32
 * questions' (8 a question), which a conversation's follow-ups come back to. A bound, since each costs about 3 KB of heap (measured on the
 * benchmark corpus), and a question about new passages works them out in a fraction of a millisecond.
 */
const SENTENCE_WORDS_CACHE_SIZE = 256;

/**
 * A sentence of a passage (offsets into its document), its search terms and its words' word-vector rows,
 * each with its word's term.
 */
export interface SentenceWords {
	span: TextSpan;
	terms: ReadonlySet<string>;
	rows: ReadonlyMap<number, string>;
}

function wordsOf({ start, end, text }: Sentence): SentenceWords {
	const terms = new Set<string>();
	const rows = new Map<number, string>();
	for (const word of tokenize(text)) {
		const term = normalizeTerm(word);
		if (term === null) continue;
		terms.add(term);
		const both = vectorRowsOf(word);
		// Row + 1 in the low half, the base form's in the high half; 0 is none.
		if (both & ROW_MASK) rows.set((both & ROW_MASK) - 1, term);
		if (both >>> ROW_BITS) rows.set((both >>> ROW_BITS) - 1, term);
	}
	return { span: { start, end }, terms, rows };
}

/** Terms whose postings are remembered: references to the index's own maps, so a few thousand cost little. */
const USERS_CACHE_SIZE = 4096;

/**
 * Checks that MiniSearch's short id of each passage is its position, as buildSearchIndex and the snapshot
 * loader add them in order: the term table is then read by position.
 */
function checkShortIds(internals: MiniSearchInternals, count: number): void {
	const ids = internals._documentIds;
	if (ids.size !== count || (count > 0 && (ids.get(0) !== 0 || ids.get(count - 1) !== count - 1)))
		throw new Error('Dossier: the search index does not hold the passages in order; rebuild the index.');
}

/**
 * The word-vector rows of a word and of its base form ("seeks": "seeks", "seek"), packed in one number and
 * worked out once per distinct word: answering reads the sentences of new passages at every question, and
 * the same few thousand words make them up. Bounded, as hostile documents could hold any number of words.
 */
const vectorRows = new Map<string, number>();
const MAX_WORDS_KEPT = 200_000;
// Rows fit in 16 bits: the table has 40,000 words (src/tools/buildWordVectors.ts).
const ROW_BITS = 16;
const ROW_MASK = (1 << ROW_BITS) - 1;

function vectorRowsOf(word: string): number {
	let both = vectorRows.get(word);
	if (both !== undefined) return both;
	const form = baseForm(word);
	const own = wordVectorRow(word);
	const base = form === undefined ? undefined : wordVectorRow(form);
	if (Math.max(own ?? 0, base ?? 0) >= ROW_MASK)
		throw new Error('Dossier: the word-vector table has outgrown the 16 bits its rows are packed in');
	both = (own === undefined ? 0 : own + 1) + (base === undefined ? 0 : (base + 1) * (ROW_MASK + 1));
	if (vectorRows.size >= MAX_WORDS_KEPT) vectorRows.clear();
	vectorRows.set(word, both);
	return both;
}

/** One document as the index knows it: its metadata and what indexing made of it. */
export interface IndexedDocument {
	meta: SourceMeta;
	/** Content hash, to tell what changed between two builds. */
	hash: string;
	format: DocumentFormat;
	characters: number;
	passages: number;
	facts: number;
	/**
	 * The sentence that names the author, then the rest of their note if it goes on ("His work focuses…"); when
	 * the metadata has an author and the text names them.
	 */
	byline?: Sentence[];
	/** Where the text writes the metadata's date ("2023-03-03", "02 Mar 2023"), when it does. */
	dateline?: Sentence;
	/** The line that holds the metadata's title, from the title on, when the text has it. */
	titleLine?: Sentence;
	/** The line that says where a republished piece first appeared ("Originally published by CGTN."). */
	originLine?: Sentence;
	cleaning: {
		linesRemoved: number;
		charactersKept: number;
		reasons: Partial<Record<FurnitureReason, number>>;
	};
}

/** Everything an index holds besides MiniSearch itself; plain JSON, saved in the snapshot as is. */
export interface CorpusData {
	key: string;
	builtAt: string;
	buildMs: number;
	/** Where the build's time went, for the benchmark and the index report. */
	phaseMs: { ingest: number; timeline: number; index: number };
	documents: IndexedDocument[];
	passages: Passage[];
	facts: Fact[];
	aliases: Alias[];
	/** Names the corpus spells out, by their initials, for acronyms it never uses itself. */
	acronyms: Acronyms;
	/** Each document's vocabulary (title and article text) as a base64 `TermFilter`. */
	documentTerms: Record<string, string>;
	skipped: SkippedFile[];
	problems: string[];
}

/** A complete, immutable index: what the engine serves from and swaps as a whole on reindex. */
export class CorpusIndex {
	readonly documentById: ReadonlyMap<string, IndexedDocument>;
	/** MiniSearch's options for searching this index, for anyone calling it directly. */
	readonly searchOptions: SearchOptions;
	private readonly ranker: PassageRanker;
	readonly factById: ReadonlyMap<string, Fact>;
	readonly acronyms: ReadonlyMap<string, readonly string[]>;
	private readonly termFilters = new Map<string, TermFilter>();
	private readonly wordsCache = new Map<Passage, SentenceWords[]>();
	private metadataTerms?: ReadonlySet<string>;
	private readonly mentionsByDocument = new Map<string, Array<{ start: number; end: number; fact: Fact }>>();
	/** Each document's passages, as a range of `data.passages` (a build lists them by document, in text order). */
	private readonly passageRanges = new Map<string, { first: number; end: number }>();

	/** The corpus's terms: which occur, in how many passages, and which are near a misspelt word. */
	readonly vocabulary: Vocabulary;

	/** Where the search index keeps the passages' text, by passage position. */
	private readonly textPostings: { table: MiniSearchInternals['_index']; field: number };
	private readonly usersCache = new Map<string, ReadonlyMap<number, number> | undefined>();

	constructor(
		readonly data: CorpusData,
		readonly search: MiniSearch<IndexedPassage>,
	) {
		const internals = internalsOf(search);
		this.vocabulary = new Vocabulary(internals._index);
		this.textPostings = { table: internals._index, field: internals._fieldIds.text ?? 0 };
		checkShortIds(internals, data.passages.length);
		this.documentById = new Map(data.documents.map((document) => [document.meta.id, document]));
		const fuzziness = fuzzinessFor(this.vocabulary);
		this.searchOptions = searchOptionsFor(fuzziness);
		this.ranker = new PassageRanker(search, this.vocabulary, fuzziness);
		this.factById = new Map(data.facts.map((fact) => [fact.id, fact]));
		this.acronyms = new Map(data.acronyms);
		data.passages.forEach(({ docId }, position) => {
			const range = this.passageRanges.get(docId);
			if (range === undefined) this.passageRanges.set(docId, { first: position, end: position + 1 });
			else range.end = position + 1;
		});
		for (const fact of data.facts) {
			for (const mention of fact.mentions) {
				const list = this.mentionsByDocument.get(mention.docId) ?? [];
				list.push({ start: mention.start, end: mention.end, fact });
				this.mentionsByDocument.set(mention.docId, list);
			}
		}
	}

	/**
	 * The `limit` passages that best match a query, as MiniSearch would rank them; of those `keep` keeps, when
	 * given (one source's, or those holding a quoted phrase).
	 */
	rankPassages(query: string, limit: number, keep?: (passage: Passage) => boolean): Ranking {
		if (keep === undefined) return this.ranker.rank(query, limit);
		return this.ranker.rank(query, limit, (id) => {
			const passage = this.data.passages[id];
			return passage !== undefined && keep(passage);
		});
	}

	/** The passage a search result stands for (MiniSearch knows passages by their position in the list). */
	passageOf(result: RankedPassage): Passage | undefined {
		return this.data.passages[result.id];
	}

	/** The passage of a document that holds `[start, end)` whole, found by bisection. */
	passageContaining(docId: string, start: number, end: number): Passage | undefined {
		const at = this.firstPassageEnding(docId, end);
		const passage = at === undefined ? undefined : this.data.passages[at];
		return passage !== undefined && passage.start <= start ? passage : undefined;
	}

	/** The passage before this one in its document; `undefined` for a document's first. */
	passageBefore(passage: Passage): Passage | undefined {
		const at = this.firstPassageEnding(passage.docId, passage.end);
		const first = this.passageRanges.get(passage.docId)?.first ?? 0;
		return at !== undefined && at > first ? this.data.passages[at - 1] : undefined;
	}

	/** The passage after this one in its document; `undefined` for a document's last. */
	passageAfter(passage: Passage): Passage | undefined {
		const at = this.firstPassageEnding(passage.docId, passage.end);
		const end = this.passageRanges.get(passage.docId)?.end ?? 0;
		return at !== undefined && at + 1 < end ? this.data.passages[at + 1] : undefined;
	}

	/**
	 * The terms a passage's text uses, looked up in the search index rather than read from the passage: cheap
	 * enough to ask of the passages around every candidate (see answerUnits.ts).
	 */
	termsOfPassage(passage: Passage): { has(term: string): boolean } {
		const position = this.firstPassageEnding(passage.docId, passage.end);
		return { has: (term) => position !== undefined && this.passagesUsing(term)?.has(position) === true };
	}

	/**
	 * The positions of the passages whose text uses a term: the search index's postings, remembered (the term
	 * table is a radix tree, and answering asks the same few terms of many passages).
	 */
	private passagesUsing(term: string): ReadonlyMap<number, number> | undefined {
		if (this.usersCache.has(term)) return this.usersCache.get(term);
		const { table, field } = this.textPostings;
		const users = table.get(term)?.get(field);
		// The term kept longest goes first (a Map keeps insertion order), as for the sentence words.
		if (this.usersCache.size >= USERS_CACHE_SIZE)
			this.usersCache.delete(this.usersCache.keys().next().value as string);
		this.usersCache.set(term, users);
		return users;
	}

	/** The position of the document's first passage that ends at or after `end`, by bisection. */
	private firstPassageEnding(docId: string, end: number): number | undefined {
		const range = this.passageRanges.get(docId);
		if (range === undefined) return undefined;
		let low = range.first;
		let high = range.end;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if ((this.data.passages[middle]?.end ?? end) < end) low = middle + 1;
			else high = middle;
		}
		return low < range.end ? low : undefined;
	}

	/**
	 * Each sentence of a passage, with its terms and word-vector rows: what answering compares questions
	 * against. Cached with a bound, since the same passages come up again and again.
	 */
	sentenceWords(passage: Passage): SentenceWords[] {
		let words = this.wordsCache.get(passage);
		if (words === undefined) {
			words = passageSentences(passage).map(wordsOf);
			// The passage kept longest goes first (a Map keeps insertion order).
			if (this.wordsCache.size >= SENTENCE_WORDS_CACHE_SIZE)
				this.wordsCache.delete(this.wordsCache.keys().next().value as Passage);
			this.wordsCache.set(passage, words);
		}
		return words;
	}

	/** Whether a document (title or article text) uses a term: a filter, so a rare "yes" is wrong, never a "no". */
	documentTerms(docId: string): { has(term: string): boolean } {
		let filter = this.termFilters.get(docId);
		if (filter === undefined) {
			filter = TermFilter.fromBase64(this.data.documentTerms[docId] ?? '');
			this.termFilters.set(docId, filter);
		}
		return filter;
	}

	/** Facts stated by text overlapping `[start, end)` of a document. */
	factsWithin(docId: string, start: number, end: number): Fact[] {
		const found = new Set<Fact>();
		for (const mention of this.mentionsByDocument.get(docId) ?? []) {
			if (mention.start < end && mention.end > start) found.add(mention.fact);
		}
		return [...found];
	}

	/** Whether a document's title, author or publisher uses a term (an author may be named nowhere else). */
	namedInMetadata(term: string): boolean {
		this.metadataTerms ??= new Set(
			this.data.documents.flatMap(({ meta }) =>
				terms(`${meta.title} ${meta.author ?? ''} ${meta.publisher ?? ''}`),
			),
		);
		return this.metadataTerms.has(term);
	}

	source(docId: string): SourceMeta {
		const document = this.documentById.get(docId);
		if (document === undefined) throw new Error(`Dossier: no document with id ${JSON.stringify(docId)}`);
		return document.meta;
	}

	/** Query terms plus the other form of any alias among them. */
	expandTerms(terms: readonly string[]): string[] {
		return expandTerms(this.data.aliases, terms);
	}

	/** Inverse document frequency: rare words weigh more when judging whether a sentence answers. */
	idf(term: string): number {
		const frequency = this.vocabulary.passagesWith(term);
		return Math.log(1 + (this.data.passages.length + 1) / (frequency + 0.5));
	}
}
