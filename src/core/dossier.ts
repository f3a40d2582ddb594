import { type Answer, type AskOptions, ask } from './answer/ask.ts';
import { type SearchPage, searchPassages } from './answer/search.ts';
import { buildInWorker } from './build/buildInWorker.ts';
import { scanCorpus } from './build/scanCorpus.ts';
import type { CorpusIndex, IndexedDocument } from './corpusIndex.ts';
import { documentNamed } from './documentNames.ts';
import { loadSnapshot, snapshotDocuments } from './index/snapshot.ts';
import type { SkippedFile } from './load/readCorpus.ts';
import {
	compareFacts,
	type FactFilter,
	filterFacts,
	type NearestFacts,
	nearestFacts,
} from './timeline/filterFacts.ts';
import type { Fact } from './types.ts';
import { createTimeSlicer } from './util/timeSlicer.ts';

export interface DossierOptions {
	/** The folder of documents. */
	dataDir: string;
	/** Where the index snapshot is kept between runs; it must be writable (a new index is handed over through it). */
	indexDir: string;
}

/** What a (re)index did: the figures a moderator sees after /reindex and `cli index`. */
export interface IndexReport {
	documents: number;
	passages: number;
	facts: number;
	skipped: SkippedFile[];
	problems: string[];
	furnitureLinesRemoved: number;
	/** How long building took; 0 when the snapshot was loaded instead. */
	buildMs: number;
	durationMs: number;
	loadedFromSnapshot: boolean;
	snapshotBytes?: number;
	changes: { added: string[]; changed: string[]; removed: string[] };
	/** Built with no earlier index to compare with (a new folder, or an emptied cache): `changes` is empty. */
	firstIndex: boolean;
	builtAt: string;
}

export class ReindexInProgressError extends Error {
	override name = 'ReindexInProgressError';
	constructor() {
		super('Dossier: a reindex is already running; wait for it to finish.');
	}
}

/**
 * The engine the bot, the console, the CLI and the tests all drive. It serves one immutable index and
 * replaces it only with a complete new one: a failed rebuild leaves the old index serving.
 */
export class Dossier {
	private running: Promise<IndexReport> | undefined;

	private constructor(
		private readonly options: DossierOptions,
		private current: CorpusIndex,
		readonly openReport: IndexReport,
	) {}

	/** Loads the snapshot when the corpus is unchanged since it was saved, and builds the index otherwise. */
	static async open(options: DossierOptions): Promise<Dossier> {
		const { index, report } = await prepareIndex(options, undefined, false);
		return new Dossier(options, index, report);
	}

	get index(): CorpusIndex {
		return this.current;
	}

	get isReindexing(): boolean {
		return this.running !== undefined;
	}

	/**
	 * Rebuilds from the corpus folder and swaps the new index in when complete. Only one runs at a time
	 * (a second call rejects with `ReindexInProgressError`); on any failure the old index keeps serving.
	 */
	reindex(): Promise<IndexReport> {
		if (this.running) return Promise.reject(new ReindexInProgressError());
		const run = prepareIndex(this.options, this.current, true).then(({ index, report }) => {
			this.current = index;
			return report;
		});
		this.running = run.finally(() => {
			this.running = undefined;
		});
		return this.running;
	}

	ask(question: string, options?: AskOptions): Answer {
		return ask(this.current, question, options);
	}

	search(query: string, page?: number): SearchPage {
		return searchPassages(this.current, query, page);
	}

	timeline(filter: FactFilter = {}): Fact[] {
		return filterFacts(this.current.data.facts, filter, (terms) => this.current.expandTerms(terms));
	}

	/**
	 * The timeline as a person browses it: `timeline(filter)`, or, when that finds nothing for a topic of
	 * several words, the facts that mention most of them, saying which (`nearest`). Scripts get the former.
	 */
	timelineForReader(filter: FactFilter): { facts: Fact[]; nearest?: Omit<NearestFacts, 'facts'> } {
		const facts = this.timeline(filter);
		if (facts.length > 0 || filter.query === undefined) return { facts };
		const { facts: near, ...nearest } = nearestFacts(this.current.data.facts, filter, (terms) =>
			this.current.expandTerms(terms),
		);
		return near.length > 0 ? { facts: near, nearest } : { facts };
	}

	sources(): IndexedDocument[] {
		return this.current.data.documents;
	}

	/** A document by id, path or title, or a part of its title, publisher, author or id that only it matches. */
	findSource(name: string): IndexedDocument | undefined {
		return documentNamed(this.current.data.documents, name);
	}

	/** Facts stated in one document, by date. */
	factsOf(docId: string): Fact[] {
		return this.current.data.facts
			.filter((fact) => fact.mentions.some((mention) => mention.docId === docId))
			.sort(compareFacts);
	}
}

/**
 * The index to serve: the snapshot when it matches the corpus (unless `rebuild`), otherwise a fresh build
 * made in a worker thread and read back from its snapshot. Both reads pause between files, so the process
 * keeps answering throughout.
 */
async function prepareIndex(options: DossierOptions, previous: CorpusIndex | undefined, rebuild: boolean) {
	const started = performance.now();
	const slicer = createTimeSlicer();
	let index: CorpusIndex | undefined;
	if (!rebuild) {
		const scan = await scanCorpus(options.dataDir);
		index = await loadSnapshot(options.indexDir, scan.key, slicer);
	}
	const loadedFromSnapshot = index !== undefined;
	let snapshotBytes: number | undefined;
	// What the last index held, to report what changed: the serving index, or at start-up the snapshot
	// about to be replaced.
	let before = previous?.data.documents;
	if (index === undefined) {
		before ??= await snapshotDocuments(options.indexDir);
		const built = await buildInWorker({ dataDir: options.dataDir, indexDir: options.indexDir });
		snapshotBytes = built.snapshotBytes;
		let damage: unknown;
		index = await loadSnapshot(options.indexDir, built.key, slicer, (error) => {
			damage = error;
		});
		if (index === undefined) {
			const why = damage instanceof Error ? ` (${damage.message})` : '';
			throw new Error(`Dossier: the new index could not be read back from ${options.indexDir}${why}.`, {
				cause: damage,
			});
		}
	}
	const report: IndexReport = {
		documents: index.data.documents.length,
		passages: index.data.passages.length,
		facts: index.data.facts.length,
		skipped: index.data.skipped,
		problems: index.data.problems,
		furnitureLinesRemoved: index.data.documents.reduce((sum, d) => sum + d.cleaning.linesRemoved, 0),
		buildMs: loadedFromSnapshot ? 0 : index.data.buildMs,
		durationMs: Math.round(performance.now() - started),
		loadedFromSnapshot,
		...(snapshotBytes === undefined ? {} : { snapshotBytes }),
		changes: changesBetween(before, index),
		firstIndex: !loadedFromSnapshot && before === undefined,
		builtAt: index.data.builtAt,
	};
	return { index, report };
}

function changesBetween(
	previous: readonly IndexedDocument[] | undefined,
	next: CorpusIndex,
): IndexReport['changes'] {
	const before = new Map(previous?.map((d) => [d.meta.id, d.hash]) ?? []);
	const after = new Map(next.data.documents.map((d) => [d.meta.id, d.hash]));
	// With no earlier index at all, nothing is "added": everything is simply there.
	const added = [...after.keys()].filter((id) => previous !== undefined && !before.has(id));
	const changed = [...after]
		.filter(([id, hash]) => before.has(id) && before.get(id) !== hash)
		.map(([id]) => id);
	const removed = [...before.keys()].filter((id) => !after.has(id));
	return { added, changed, removed };
}
