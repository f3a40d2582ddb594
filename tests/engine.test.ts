import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../src/core/build/buildCorpusIndex.ts';
import { fingerprintOf } from '../src/core/build/codeFingerprint.ts';
import { scanCorpus } from '../src/core/build/scanCorpus.ts';
import { ReindexInProgressError } from '../src/core/dossier.ts';
import { loadSnapshot, saveSnapshot } from '../src/core/index/snapshot.ts';
import { terms } from '../src/core/text/terms.ts';
import { createTimeSlicer } from '../src/core/util/timeSlicer.ts';
import { tempCorpus } from './support/tempCorpus.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
	await cleanup?.();
	cleanup = undefined;
});

async function seedCorpus() {
	const corpus = await tempCorpus({ seed: true });
	cleanup = corpus.cleanup;
	return corpus;
}

describe('Dossier index lifecycle', () => {
	it('GIVEN an unchanged corpus THEN the second start loads the snapshot and answers exactly as the first', async () => {
		const corpus = await seedCorpus();
		const first = await corpus.open();
		expect(first.openReport.loadedFromSnapshot).toBe(false);
		expect(first.openReport.firstIndex).toBe(true);
		const second = await corpus.open();
		expect(second.openReport.loadedFromSnapshot).toBe(true);
		expect(second.openReport.firstIndex).toBe(false);
		expect((await second.reindex()).firstIndex).toBe(false);
		expect(second.openReport.passages).toBe(first.openReport.passages);
		const question = 'What did the West impose on Minsk?';
		expect(second.ask(question)).toEqual(first.ask(question));
		expect(second.timeline()).toEqual(first.timeline());
	});

	it('GIVEN an index saved and loaded back THEN it finds the same passages with the same scores and quotes the same facts', async () => {
		const corpus = await seedCorpus();
		const built = await buildCorpusIndex(await scanCorpus(corpus.dataDir));
		await saveSnapshot(corpus.indexDir, built);
		const loaded = await loadSnapshot(corpus.indexDir, built.data.key, createTimeSlicer());
		if (loaded === undefined) throw new Error('the snapshot did not load');
		expect(loaded.search.termCount).toBe(built.search.termCount);
		expect(loaded.search.documentCount).toBe(built.search.documentCount);
		for (const query of [
			'sanctions Minsk',
			'Shanghai Cooperation Organisation',
			'Lukashenko 1994',
			'Beijng',
		]) {
			expect(loaded.search.search(query, loaded.searchOptions)).toEqual(
				built.search.search(query, built.searchOptions),
			);
		}
		// How many passages use a word, read from the term table: a passage counts once, however often it says it.
		const passagesSaying = (term: string) =>
			built.data.passages.filter((passage) => terms(passage.text).includes(term)).length;
		expect(loaded.vocabulary.passagesWith('sanction')).toBe(passagesSaying('sanction'));
		expect(loaded.vocabulary.passagesWith('lukashenko')).toBe(passagesSaying('lukashenko'));
		// "SCO" also stands in the alias field of passages that spell the name out, and each counts once.
		expect(loaded.vocabulary.passagesWith('sco')).toBeGreaterThan(passagesSaying('sco'));
		expect(loaded.vocabulary.passagesWith('xylophon')).toBe(0);
		expect(loaded.vocabulary.has('xylophon')).toBe(false);
		expect(loaded.data.facts).toEqual(built.data.facts);
		expect(loaded.data.passages).toEqual(built.data.passages);
		// A passage's terms, as answering looks them up in the term table: exactly those of its text, built or loaded.
		for (const index of [built, loaded]) {
			for (const passage of index.data.passages) {
				const own = new Set(terms(passage.text));
				const looked = index.termsOfPassage(passage);
				for (const term of own) expect(looked.has(term), term).toBe(true);
				for (const term of ['sanction', 'lukashenko', 'sco', 'xylophon'])
					expect(looked.has(term), term).toBe(own.has(term));
			}
		}
	});

	it('GIVEN any query THEN the top passages come out as MiniSearch ranks them, to the same scores and order', async () => {
		const corpus = await seedCorpus();
		const built = await buildCorpusIndex(await scanCorpus(corpus.dataDir));
		for (const query of [
			'Shanghai Cooperation Organisation', // alias field and ties between equal passages
			'China trade China', // a repeated word adds score, not a word matched
			'Beijng Lukashenkko', // close spellings of words the corpus lacks
			'the president said on Wednesday that the war',
			'xylophone',
		]) {
			const miniSearch = built.search.search(query, built.searchOptions);
			const ranked = built.rankPassages(query, 12);
			expect(ranked.total).toBe(miniSearch.length);
			expect(ranked.results).toEqual(miniSearch.slice(0, 12).map(({ id, score }) => ({ id, score })));
			// Kept to some documents, the same ranking, of their passages only.
			const within = new Set([built.data.documents[3]?.meta.id ?? '']);
			const inDocument = miniSearch.filter(({ id }) => within.has(built.data.passages[id]?.docId ?? ''));
			expect(built.rankPassages(query, 4, (passage) => within.has(passage.docId)).results).toEqual(
				inDocument.slice(0, 4).map(({ id, score }) => ({ id, score })),
			);
		}
	});

	it('GIVEN a damaged snapshot THEN start-up rebuilds from the documents instead of failing', async () => {
		const corpus = await seedCorpus();
		const first = await corpus.open();
		const folder = (await readdir(corpus.indexDir)).find((name) => name.startsWith('snapshot-')) ?? '';
		await writeFile(join(corpus.indexDir, folder, 'passages-0.json'), '[{"truncated');
		// The loader says why it gave the snapshot up, for the message when a fresh one cannot be read back.
		const damage: unknown[] = [];
		const key = (await scanCorpus(corpus.dataDir)).key;
		await loadSnapshot(corpus.indexDir, key, createTimeSlicer(), (error) => damage.push(error));
		expect(damage).toHaveLength(1);
		expect(String(damage[0])).toMatch(/JSON/);
		const reopened = await corpus.open();
		expect(reopened.openReport.loadedFromSnapshot).toBe(false);
		expect(reopened.openReport.passages).toBe(first.openReport.passages);
	});

	it('GIVEN a changed corpus THEN start-up rebuilds instead of serving a stale snapshot', async () => {
		const corpus = await seedCorpus();
		await corpus.open();
		await writeFile(
			join(corpus.dataDir, 'new.txt'),
			'The Great Stone park opened a new robotics plant in Minsk.',
		);
		const reopened = await corpus.open();
		expect(reopened.openReport.loadedFromSnapshot).toBe(false);
		expect(reopened.search('robotics plant').total).toBeGreaterThan(0);
	});

	it('GIVEN the engine code or its pinned libraries changed THEN the index fingerprint changes, so no stale snapshot is served', async () => {
		const corpus = await tempCorpus({ files: {} });
		cleanup = corpus.cleanup;
		const project = join(corpus.dataDir, '..', 'project');
		const core = join(project, 'src', 'core');
		await mkdir(core, { recursive: true });
		await writeFile(join(core, 'clean.ts'), 'export const x = 1;');
		await writeFile(
			join(project, 'package-lock.json'),
			'{"packages":{"node_modules/stemmer":{"version":"2.0.1"}}}',
		);
		const first = fingerprintOf(core, project);
		expect(fingerprintOf(core, project)).toBe(first);
		await writeFile(
			join(project, 'package-lock.json'),
			'{"packages":{"node_modules/stemmer":{"version":"2.1.0"}}}',
		);
		const upgraded = fingerprintOf(core, project);
		expect(upgraded).not.toBe(first);
		await writeFile(join(core, 'clean.ts'), 'export const x = 2;');
		expect(fingerprintOf(core, project)).not.toBe(upgraded);
	});

	it('GIVEN documents added, changed and removed THEN the reindex report names each', async () => {
		const corpus = await seedCorpus();
		const dossier = await corpus.open();
		await writeFile(
			join(corpus.dataDir, 'added.md'),
			'---\ntitle: Added note\n---\nBelarus exported potash to China in 2024.',
		);
		await writeFile(join(corpus.dataDir, '002_3c212b257184c127.txt'), 'Belarus and China met again in 2025.');
		await rm(join(corpus.dataDir, '003_b293d0d3c255c380.txt'));
		await writeFile(join(corpus.dataDir, 'broken.txt'), new Uint8Array([0xff, 0xfe, 0x00, 0x41]));
		const report = await dossier.reindex();
		expect(report.changes).toEqual({
			added: ['added.md'],
			changed: ['002_3c212b257184c127.txt'],
			removed: ['003_b293d0d3c255c380.txt'],
		});
		expect(report.skipped).toEqual([{ file: 'broken.txt', reason: expect.stringMatching(/binary/) }]);
		expect(report.documents).toBe(5);
		expect(dossier.findSource('Added note')?.meta.id).toBe('added.md');
	});

	it('GIVEN a reindex that fails THEN the old index keeps serving and the error says why', async () => {
		const corpus = await seedCorpus();
		const dossier = await corpus.open();
		const before = dossier.ask('What did the West impose on Minsk?');
		await rename(corpus.dataDir, `${corpus.dataDir}-moved`);
		await expect(dossier.reindex()).rejects.toThrow(/cannot read the corpus folder/);
		expect(dossier.ask('What did the West impose on Minsk?')).toEqual(before);
		expect(dossier.isReindexing).toBe(false);
	});

	it('GIVEN a reindex already running THEN a second one is refused and the first completes', async () => {
		const corpus = await seedCorpus();
		const dossier = await corpus.open();
		const first = dossier.reindex();
		await expect(dossier.reindex()).rejects.toBeInstanceOf(ReindexInProgressError);
		await expect(first).resolves.toMatchObject({ documents: 5 });
		await expect(dossier.reindex()).resolves.toMatchObject({ documents: 5 });
	});

	it('GIVEN the seed corpus THEN the index report counts documents, passages, facts and removed furniture', async () => {
		const corpus = await seedCorpus();
		const report = (await corpus.open()).openReport;
		expect(report.documents).toBe(5);
		expect(report.passages).toBeGreaterThan(30);
		expect(report.facts).toBeGreaterThan(20);
		expect(report.furnitureLinesRemoved).toBeGreaterThan(100);
		expect(report.skipped).toEqual([]);
	});

	it('GIVEN a document named by title, path, publisher or author THEN /source finds it, and an ambiguous name finds none', async () => {
		const dossier = await (await seedCorpus()).open();
		const fileOf = (name: string) => dossier.findSource(name)?.meta.id.split('/').at(-1);
		expect(fileOf('Belarus–China relations')).toBe('001_df13a2f1528550f3.txt');
		const wiki = dossier.sources().find((document) => document.meta.title === 'Belarus–China relations');
		expect(fileOf(wiki?.meta.path ?? '')).toBe('001_df13a2f1528550f3.txt');
		expect(fileOf('ibra')).toBe('003_b293d0d3c255c380.txt');
		expect(fileOf('Mityushnikov')).toBe('002_3c212b257184c127.txt');
		// Two titles say "relations": the user is sent to /sources rather than shown a guess.
		expect(fileOf('relations')).toBeUndefined();
		expect(fileOf('  ')).toBeUndefined();
	});

	it('GIVEN a document THEN its card lists the facts it states in date order', async () => {
		const dossier = await (await seedCorpus()).open();
		for (const { meta } of dossier.sources()) {
			const dates = dossier.factsOf(meta.id).map((fact) => fact.date.start);
			expect(dates).toEqual([...dates].sort());
		}
		expect(dossier.factsOf('001_df13a2f1528550f3.txt').length).toBeGreaterThan(5);
	});
});
