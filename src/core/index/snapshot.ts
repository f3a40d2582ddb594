import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type MiniSearch from 'minisearch';
import { type CorpusData, CorpusIndex } from '../corpusIndex.ts';
import type { TimeSlicer } from '../util/timeSlicer.ts';
import { INDEX_FORMAT_VERSION, type IndexedPassage, loadSearchIndex } from './searchIndex.ts';

/*
 * The snapshot is a folder of small JSON files rather than one big one, so that loading it never blocks
 * the event loop for long: each file parses in a few milliseconds, with a pause between files. A pointer
 * file names the current folder; it is replaced atomically (written beside, then renamed), so a crash or
 * full disk mid-save leaves the previous snapshot in force.
 */

const POINTER_FILE = 'current.json';
// Small enough that each file parses in a few milliseconds on a slow machine.
const PASSAGES_PER_FILE = 500;
const TERMS_PER_FILE = 1000;

interface Pointer {
	formatVersion: number;
	key: string;
	folder: string;
}

interface SnapshotHead {
	data: Omit<CorpusData, 'passages'>;
	passageFiles: number;
	/** MiniSearch's serialised form without its term index, which is split across files. */
	search: Record<string, unknown>;
	termFiles: number;
}

/** Writes the index as a new snapshot folder and points to it; returns its size in bytes. Blocking: for the build worker. */
export async function saveSnapshot(indexDir: string, index: CorpusIndex): Promise<number> {
	await mkdir(indexDir, { recursive: true });
	const folder = `snapshot-${index.data.key}-${process.pid}-${Date.now()}`;
	const target = join(indexDir, folder);
	await mkdir(target);
	let bytes = 0;
	const write = async (name: string, value: unknown) => {
		const json = JSON.stringify(value);
		bytes += Buffer.byteLength(json);
		await writeFile(join(target, name), json);
	};
	try {
		const { passages, ...data } = index.data;
		const { index: terms, ...search } = index.search.toJSON() as ReturnType<
			MiniSearch<IndexedPassage>['toJSON']
		> & { index: unknown[] };
		const passageFiles = await writeChunks(passages, PASSAGES_PER_FILE, (i, chunk) =>
			write(`passages-${i}.json`, chunk),
		);
		const termFiles = await writeChunks(terms, TERMS_PER_FILE, (i, chunk) => write(`terms-${i}.json`, chunk));
		const head: SnapshotHead = { data, passageFiles, search, termFiles };
		await write('head.json', head);
		const pointer: Pointer = { formatVersion: INDEX_FORMAT_VERSION, key: index.data.key, folder };
		const pointerTemporary = join(indexDir, `${POINTER_FILE}.${process.pid}.tmp`);
		await writeFile(pointerTemporary, JSON.stringify(pointer));
		await rename(pointerTemporary, join(indexDir, POINTER_FILE));
	} catch (error) {
		await rm(target, { recursive: true, force: true });
		throw error;
	}
	await removeOtherSnapshots(indexDir, folder);
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
 * documents or settings, or it is damaged (the caller then rebuilds).
 */
export async function loadSnapshot(
	indexDir: string,
	key: string,
	slicer: TimeSlicer,
): Promise<CorpusIndex | undefined> {
	const pointer = await readPointer(indexDir);
	if (pointer === undefined || pointer.formatVersion !== INDEX_FORMAT_VERSION || pointer.key !== key)
		return undefined;
	const folder = join(indexDir, pointer.folder);
	try {
		const head = await readJson<SnapshotHead>(join(folder, 'head.json'));
		const passages: CorpusData['passages'] = [];
		for (let i = 0; i < head.passageFiles; i++) {
			passages.push(...(await readJson<CorpusData['passages']>(join(folder, `passages-${i}.json`))));
			await slicer.pause();
		}
		const terms: unknown[] = [];
		for (let i = 0; i < head.termFiles; i++) {
			terms.push(...(await readJson<unknown[]>(join(folder, `terms-${i}.json`))));
			await slicer.pause();
		}
		const search = await loadSearchIndex({ ...head.search, index: terms });
		await slicer.pause();
		return new CorpusIndex({ ...head.data, passages }, search);
	} catch {
		return undefined;
	}
}

async function writeChunks<T>(
	items: readonly T[],
	size: number,
	write: (i: number, chunk: T[]) => Promise<void>,
): Promise<number> {
	let files = 0;
	for (let start = 0; start < items.length || files === 0; start += size) {
		await write(files, items.slice(start, start + size));
		files++;
	}
	return files;
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
