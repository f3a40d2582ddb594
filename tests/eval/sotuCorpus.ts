import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SOTU_DIR } from '../../bench/corpusFiles.ts';
import { Dossier } from '../../src/core/dossier.ts';

/**
 * A second corpus for the evaluation, unlike the seed articles: 48 State of the Union speeches and written
 * annual messages of 1790–2021 (from the benchmark's dev dependency), long texts with no paragraph breaks,
 * where a story runs over several sentences and the speaker never names himself. Its questions
 * (sotu/questions.json) were written from the texts alone, by someone who never ran the engine. Its manifest
 * (sotu/sources.json) states what a moderator would: the speaker, the year, a title.
 */
export const SOTU_EVAL_DIR = join(import.meta.dirname, 'sotu');

/**
 * Opens an engine on a scratch copy of the speeches the manifest lists, with the manifest or, to measure
 * what file names alone give, without it; `cleanup` removes the copy.
 */
export async function openSotuEval({ withManifest = true } = {}) {
	const root = await mkdtemp(join(tmpdir(), 'dossier-sotu-eval-'));
	const dataDir = join(root, 'data');
	await mkdir(dataDir);
	const manifest = join(SOTU_EVAL_DIR, 'sources.json');
	const files = Object.keys(JSON.parse(await readFile(manifest, 'utf8')));
	await Promise.all([
		...(withManifest ? [copyFile(manifest, join(dataDir, 'sources.json'))] : []),
		...files.map((file) => copyFile(join(SOTU_DIR, file), join(dataDir, file))),
	]);
	const dossier = await Dossier.open({ dataDir, indexDir: join(root, 'index') });
	return { dossier, cleanup: () => rm(root, { recursive: true, force: true }) };
}
