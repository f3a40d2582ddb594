import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CorpusData, CorpusIndex } from '../corpusIndex.ts';
import type { Passage } from '../types.ts';
import type { TimeSlicer } from '../util/timeSlicer.ts';
import { quotingFrom, type StoredFact, withoutTexts } from './factTexts.ts';
import { INDEX_FORMAT_VERSION } from './searchIndex.ts';
import {
	loadSearchIndex,
	type SearchIndexHead,
	serializeSearchIndex,
	type TermPostings,
} from './searchIndexSnapshot.ts';

/*
 * The snapshot is a folder of small JSON files rather than one big one, so that loading it never blocks
 * the event loop for long: every long list (passages, facts, document vocabularies, MiniSearch's own tables) is
 * split into files that each parse in a few milliseconds, with a pause between files. A pointer file names
 * the current folder; it is replaced atomically (written beside, then renamed), so a crash or a full disk
 * mid-save leaves the previous snapshot in force.
 */

const POINTER_FILE = 'current.json';

interface Pointer {
	formatVersion: number;
	key: string;
	folder: string;
}

/** The long lists, each stored as numbered files `<name>-<n>.json`. */
interface Lists {
	passages: CorpusData['passages'];
	facts: StoredFact[];
	documentTerms: Array<[string, string]>;
	/** MiniSearch's postings, and its per-document tables as entries. */
	terms: TermPostings[];
	documentIds: Array<[string, unknown]>;
	fieldLength: Array<[string, unknown]>;
}

type ListName = keyof Lists;
/** Entries per file, by list: at most a few hundred KB each, which parses in a few milliseconds on a slow machine. */
const ENTRIES_PER_FILE: Record<ListName, number> = {
	passages: 400,
	facts: 500,
	documentTerms: 100,
	terms: 1000,
	documentIds: 2500,
	fieldLength: 2500,
};
const LIST_NAMES = Object.keys(ENTRIES_PER_FILE) as ListName[];

interface SnapshotHead {
	data: Omit<CorpusData, 'passages' | 'facts' | 'documentTerms'>;
	/** The rest of MiniSearch's serialised form. */
	search: SearchIndexHead;
	files: Record<ListName, number>;
}

/** Writes the index as a new snapshot folder and points to it; returns its size in bytes. Blocking: for the build worker. */
export async function saveSnapshot(indexDir: string, index: CorpusIndex): Promise<number> {
	await mkdir(indexDir, { recursive: true });
	const folder = `snapshot-${index.data.key}-${process.pid}-${Date.now()}`;
	const target = join(indexDir, folder);
	await mkdir(target);
	let bytes = 0;
	const pointerTemporary = join(indexDir, `${POINTER_FILE}.${process.pid}.tmp`);
	const write = async (name: string, value: unknown) => {
		const json = JSON.stringify(value);
		bytes += Buffer.byteLength(json);
		await writeFile(join(target, name), json);
	};
	try {
		const { passages, facts, documentTerms, ...data } = index.data;
		const { head: searchHead, terms } = serializeSearchIndex(index.search);
		const { documentIds, fieldLength, ...search } = searchHead as {
			documentIds: Record<string, unknown>;
			fieldLength: Record<string, unknown>;
		};
		const lists: Lists = {
			passages,
			facts: withoutTexts(facts),
			documentTerms: Object.entries(documentTerms),
			terms,
			documentIds: Object.entries(documentIds),
			fieldLength: Object.entries(fieldLength),
		};
		const files = {} as Record<ListName, number>;
		for (const name of LIST_NAMES) {
			const list: readonly unknown[] = lists[name];
			const size = ENTRIES_PER_FILE[name];
			files[name] = Math.ceil(list.length / size);
			for (let i = 0; i < files[name]; i++)
				await write(`${name}-${i}.json`, list.slice(i * size, (i + 1) * size));
		}
		const head: SnapshotHead = { data, search, files };
		await write('head.json', head);
		const pointer: Pointer = { formatVersion: INDEX_FORMAT_VERSION, key: index.data.key, folder };
		await writeFile(pointerTemporary, JSON.stringify(pointer));
		await rename(pointerTemporary, join(indexDir, POINTER_FILE));
	} catch (error) {
		await rm(target, { recursive: true, force: true });
		await rm(pointerTemporary, { force: true });
		throw error;
	}
	// The new snapshot is in force: failing to tidy the old ones away is no failed save. The next save retries.
	await removeOtherSnapshots(indexDir, folder).catch(() => undefined);
	return bytes;
}

/** The documents of the snapshot in force, whatever its key: what a rebuild at start-up reports changes against. */
export async function snapshotDocuments(indexDir: string): Promise<CorpusData['documents'] | undefined> {
	const pointer = await readPointer(indexDir);
	if (pointer === undefined || pointer.formatVersion !== INDEX_FORMAT_VERSION) return undefined;
	try {
		return (await readJson<SnapshotHead>(join(indexDir, pointer.folder, 'head.json'))).data.documents;
	} catch {
		return undefined;
	}
}

/**
 * Loads the snapshot for `key` in time slices, or returns `undefined` when there is none, it is for other
 * documents or settings, or it is damaged (the caller then rebuilds); `onDamaged` hears why it was.
 */
export async function loadSnapshot(
	indexDir: string,
	key: string,
	slicer: TimeSlicer,
	onDamaged?: (error: unknown) => void,
): Promise<CorpusIndex | undefined> {
	const pointer = await readPointer(indexDir);
	if (pointer === undefined || pointer.formatVersion !== INDEX_FORMAT_VERSION || pointer.key !== key)
		return undefined;
	const folder = join(indexDir, pointer.folder);
	try {
		const head = await readJson<SnapshotHead>(join(folder, 'head.json'));
		// Each file's entries are made what they stand for (`as`) before the next pause: quoting every fact at
		// once took 10–20 ms on the benchmark corpus, with nothing to yield in between.
		const readAs = async <T, U>(name: ListName, as: (entry: T) => U): Promise<U[]> => {
			const list: U[] = [];
			for (let i = 0; i < head.files[name]; i++) {
				for (const entry of await readJson<T[]>(join(folder, `${name}-${i}.json`))) list.push(as(entry));
				await slicer.pause();
			}
			return list;
		};
		const read = <T>(name: ListName) => readAs(name, (entry: T) => entry);
		const passages = shareDocumentIds(await read<Passage>('passages'));
		const facts = await readAs('facts', quotingFrom(passages));
		const documentTerms = Object.fromEntries(await read<[string, string]>('documentTerms'));
		const search = await loadSearchIndex(
			{
				...head.search,
				documentIds: Object.fromEntries(await read<[string, unknown]>('documentIds')),
				fieldLength: Object.fromEntries(await read<[string, unknown]>('fieldLength')),
			},
			await read<TermPostings>('terms'),
			slicer,
		);
		await slicer.pause();
		return new CorpusIndex({ ...head.data, passages, facts, documentTerms }, search);
	} catch (error) {
		onDamaged?.(error);
		return undefined;
	}
}

/** JSON gives every passage its own copy of its document's id; one string per document is enough. */
function shareDocumentIds(passages: Passage[]): Passage[] {
	const ids = new Map<string, string>();
	for (const passage of passages) {
		const shared = ids.get(passage.docId);
		if (shared === undefined) ids.set(passage.docId, passage.docId);
		else passage.docId = shared;
	}
	return passages;
}

async function readPointer(indexDir: string): Promise<Pointer | undefined> {
	try {
		return await readJson<Pointer>(join(indexDir, POINTER_FILE));
	} catch {
		return undefined;
	}
}

async function readJson<T>(path: string): Promise<T> {
	return JSON.parse(await readFile(path, 'utf8')) as T;
}

async function removeOtherSnapshots(indexDir: string, keep: string): Promise<void> {
	for (const entry of await readdir(indexDir)) {
		if (entry.startsWith('snapshot-') && entry !== keep)
			await rm(join(indexDir, entry), { recursive: true, force: true });
	}
}
