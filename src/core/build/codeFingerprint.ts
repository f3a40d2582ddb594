import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let fingerprint: string | undefined;

/**
 * A hash of the engine's own source, and of the lockfile that pins the libraries it builds with (stemming,
 * stop words, dates, HTML). Part of every index key, so a snapshot made by different cleaning, segmentation
 * or extraction code is rebuilt rather than served with stale passages; no version number to remember to
 * bump.
 */
export function codeFingerprint(): string {
	fingerprint ??= fingerprintOf(join(import.meta.dirname, '..'), join(import.meta.dirname, '../../..'));
	return fingerprint;
}

/** The fingerprint of the TypeScript under `coreDir` and of `projectDir`'s package-lock.json, if any. */
export function fingerprintOf(coreDir: string, projectDir: string): string {
	const hash = createHash('sha256');
	const files = readdirSync(coreDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.ts'))
		.sort();
	for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(join(coreDir, file)));
	const lockfile = join(projectDir, 'package-lock.json');
	if (existsSync(lockfile)) hash.update('\0package-lock.json\0').update(readFileSync(lockfile));
	return hash.digest('hex').slice(0, 16);
}
