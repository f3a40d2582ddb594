import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Dossier } from '../../src/core/dossier.ts';

export const SEED_DATA = join(import.meta.dirname, '../../data');

/** A scratch corpus folder (optionally a copy of the seed corpus) and index folder, removed by `cleanup`. */
export async function tempCorpus(
	options: { seed?: boolean; files?: Record<string, string | Uint8Array> } = {},
) {
	const root = await mkdtemp(join(tmpdir(), 'dossier-test-'));
	const dataDir = join(root, 'data');
	const indexDir = join(root, 'index');
	if (options.seed) await cp(SEED_DATA, dataDir, { recursive: true });
	else await cp(SEED_DATA, dataDir, { recursive: true, filter: (source) => source === SEED_DATA });
	for (const [name, content] of Object.entries(options.files ?? {}))
		await writeFile(join(dataDir, name), content);
	return {
		dataDir,
		indexDir,
		open: () => Dossier.open({ dataDir, indexDir }),
		cleanup: () => rm(root, { recursive: true, force: true }),
	};
}
