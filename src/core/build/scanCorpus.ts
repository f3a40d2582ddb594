import { relative, resolve, sep } from 'node:path';
import { type Manifest, readManifest } from '../load/manifest.ts';
import { type CorpusFiles, readCorpus } from '../load/readCorpus.ts';
import { compareText } from '../util/compareText.ts';
import { contentHash, corpusKey } from './corpusKey.ts';

/** The corpus folder as read from disk, before any indexing: enough to decide whether to rebuild. */
export interface CorpusScan {
	dataDir: string;
	files: CorpusFiles;
	manifest: Manifest;
	hashes: ReadonlyMap<string, string>;
	key: string;
}

export async function scanCorpus(dataDir: string): Promise<CorpusScan> {
	const [files, manifest] = await Promise.all([readCorpus(dataDir), readManifest(dataDir)]);
	const hashes = new Map(files.documents.map((document) => [document.id, contentHash(document.content)]));
	const key = corpusKey(
		[...hashes].map(([id, hash]) => ({ id, hash })),
		JSON.stringify([...manifest.entries].sort(([a], [b]) => compareText(a, b))),
	);
	return { dataDir, files, manifest, hashes, key };
}

/** How a document's path is shown in citations: relative to the working directory when inside it. */
export function displayPath(dataDir: string, id: string): string {
	const absolute = resolve(dataDir, id);
	const fromCwd = relative(process.cwd(), absolute);
	return fromCwd.startsWith('..') || fromCwd === '' ? absolute : fromCwd.split(sep).join('/');
}
