import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let fingerprint: string | undefined;

/**
 * A hash of the engine's own source. Part of every index key, so a snapshot made by different cleaning,
 * segmentation or extraction code is rebuilt rather than served with stale passages; no version number
 * to remember to bump.
 */
export function codeFingerprint(): string {
	if (fingerprint !== undefined) return fingerprint;
	const coreDir = join(import.meta.dirname, '..');
	const hash = createHash('sha256');
	const files = readdirSync(coreDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.ts'))
		.sort();
	for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(join(coreDir, file)));
	fingerprint = hash.digest('hex').slice(0, 16);
	return fingerprint;
}
