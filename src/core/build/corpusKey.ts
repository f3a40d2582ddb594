import { createHash } from 'node:crypto';
import { INDEX_FORMAT_VERSION } from '../index/searchIndex.ts';
import { PASSAGE_LIMITS } from '../segment/passages.ts';
import { compareText } from '../util/compareText.ts';
import { codeFingerprint } from './codeFingerprint.ts';

/** A short content hash: how documents are compared between two index builds. */
export function contentHash(content: string): string {
	return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

/**
 * Identifies an index: the same documents, manifest and index settings always give the same key, so a
 * snapshot with this key can be loaded instead of rebuilding.
 */
export function corpusKey(documents: ReadonlyArray<{ id: string; hash: string }>, manifest: string): string {
	const hash = createHash('sha256');
	hash.update(JSON.stringify({ INDEX_FORMAT_VERSION, PASSAGE_LIMITS, code: codeFingerprint() }));
	hash.update(`\0manifest\0${manifest}`);
	for (const { id, hash: documentHash } of [...documents].sort((a, b) => compareText(a.id, b.id))) {
		hash.update(`\0${id}\0${documentHash}`);
	}
	return hash.digest('hex').slice(0, 24);
}
