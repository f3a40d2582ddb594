import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CorpusData, CorpusIndex } from '../corpusIndex.ts';
import { INDEX_FORMAT_VERSION, loadSearchIndex } from './searchIndex.ts';

const SNAPSHOT_FILE = 'dossier-index.json';

interface SnapshotFile {
	formatVersion: number;
	data: CorpusData;
	searchIndex: unknown;
}

export function snapshotPath(indexDir: string): string {
	return join(indexDir, SNAPSHOT_FILE);
}

/**
 * Writes the index atomically: a temporary file renamed over the old one, so a crash or a full disk
 * mid-write leaves the previous snapshot intact. Returns the snapshot's size in bytes.
 */
export async function saveSnapshot(indexDir: string, index: CorpusIndex): Promise<number> {
	await mkdir(indexDir, { recursive: true });
	const file: SnapshotFile = {
		formatVersion: INDEX_FORMAT_VERSION,
		data: index.data,
		searchIndex: index.search,
	};
	const json = JSON.stringify(file);
	const target = snapshotPath(indexDir);
	const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
	try {
		await writeFile(temporary, json);
		await rename(temporary, target);
	} catch (error) {
		await rm(temporary, { force: true });
		throw error;
	}
	return Buffer.byteLength(json);
}

/** The snapshot for `key`, or `undefined` when there is none, it is for other documents, or it is unreadable. */
export async function loadSnapshot(indexDir: string, key: string): Promise<CorpusIndex | undefined> {
	let file: SnapshotFile;
	try {
		file = JSON.parse(await readFile(snapshotPath(indexDir), 'utf8')) as SnapshotFile;
	} catch {
		return undefined;
	}
	if (file.formatVersion !== INDEX_FORMAT_VERSION || file.data?.key !== key) return undefined;
	try {
		return new CorpusIndex(file.data, loadSearchIndex(file.searchIndex));
	} catch {
		return undefined;
	}
}
