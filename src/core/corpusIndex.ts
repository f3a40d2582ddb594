import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';
import type { Acronyms } from './index/acronyms.ts';
import type { Alias } from './index/aliases.ts';
import { expandTerms } from './index/aliases.ts';
import { type IndexedPassage, searchOptionsFor } from './index/searchIndex.ts';
import type { DocumentFormat, SkippedFile } from './load/readCorpus.ts';
import { terms } from './text/terms.ts';
import type { Fact, FurnitureReason, Passage, SourceMeta } from './types.ts';

/** Documents whose term sets are kept between questions; a bound so a huge corpus cannot fill memory. */
const DOCUMENT_TERMS_CACHE_SIZE = 512;

/** One document as the index knows it: its metadata and what indexing made of it. */
export interface IndexedDocument {
	meta: SourceMeta;
	/** Content hash, to tell what changed between two builds. */
	hash: string;
	format: DocumentFormat;
	characters: number;
	passages: number;
	facts: number;
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
	/** How many passages contain each term: the answerer's measure of how telling a word is. */
	documentFrequency: Array<[string, number]>;
	skipped: SkippedFile[];
	problems: string[];
}

/** A complete, immutable index: what the engine serves from and swaps as a whole on reindex. */
export class CorpusIndex {
	readonly documentById: ReadonlyMap<string, IndexedDocument>;
	readonly passageById: ReadonlyMap<string, Passage>;
	readonly documentFrequency: ReadonlyMap<string, number>;
	readonly searchOptions: SearchOptions;
	readonly factById: ReadonlyMap<string, Fact>;
	readonly acronyms: ReadonlyMap<string, readonly string[]>;
	private readonly termsByDocument = new Map<string, ReadonlySet<string>>();
	private readonly mentionsByDocument = new Map<string, Array<{ start: number; end: number; fact: Fact }>>();

	constructor(
		readonly data: CorpusData,
		readonly search: MiniSearch<IndexedPassage>,
	) {
		this.documentById = new Map(data.documents.map((document) => [document.meta.id, document]));
		this.passageById = new Map(data.passages.map((passage) => [passage.id, passage]));
		this.documentFrequency = new Map(data.documentFrequency);
		this.searchOptions = searchOptionsFor(new Set(this.documentFrequency.keys()));
		this.factById = new Map(data.facts.map((fact) => [fact.id, fact]));
		this.acronyms = new Map(data.acronyms);
		for (const fact of data.facts) {
			for (const mention of fact.mentions) {
				const list = this.mentionsByDocument.get(mention.docId) ?? [];
				list.push({ start: mention.start, end: mention.end, fact });
				this.mentionsByDocument.set(mention.docId, list);
			}
		}
	}

	/** Every term of a document's title and article text; computed on first use and cached, as most documents are never asked about. */
	documentTerms(docId: string): ReadonlySet<string> {
		let found = this.termsByDocument.get(docId);
		if (found === undefined) {
			if (this.termsByDocument.size >= DOCUMENT_TERMS_CACHE_SIZE) this.termsByDocument.clear();
			const all = new Set<string>(terms(this.source(docId).title));
			for (const passage of this.data.passages) {
				if (passage.docId === docId) for (const term of terms(passage.text)) all.add(term);
			}
			found = all;
			this.termsByDocument.set(docId, found);
		}
		return found;
	}

	/** Facts stated by text overlapping `[start, end)` of a document. */
	factsWithin(docId: string, start: number, end: number): Fact[] {
		const found = new Set<Fact>();
		for (const mention of this.mentionsByDocument.get(docId) ?? []) {
			if (mention.start < end && mention.end > start) found.add(mention.fact);
		}
		return [...found];
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
		const frequency = this.documentFrequency.get(term) ?? 0;
		return Math.log(1 + (this.data.passages.length + 1) / (frequency + 0.5));
	}
}
