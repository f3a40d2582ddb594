import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addDocument } from '../src/core/load/addDocument.ts';
import { readDocumentText } from '../src/core/load/documentMetadata.ts';
import { readManifest } from '../src/core/load/manifest.ts';
import { MAX_DOCUMENT_BYTES, readCorpus } from '../src/core/load/readCorpus.ts';
import { tempCorpus } from './support/tempCorpus.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
	await cleanup?.();
	cleanup = undefined;
});

describe('readCorpus', () => {
	it('GIVEN broken files among good ones THEN each broken one is skipped with its reason and the rest load', async () => {
		const corpus = await tempCorpus({
			files: {
				'good.txt': 'Belarus and China signed an agreement.',
				'empty.txt': '',
				'blank.md': '   \n\n ',
				'binary.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]),
				'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]),
				'huge.txt': 'a'.repeat(MAX_DOCUMENT_BYTES + 1),
				'photo.png': new Uint8Array([1, 2, 3]),
			},
		});
		cleanup = corpus.cleanup;
		const { documents, skipped } = await readCorpus(corpus.dataDir);
		expect(documents.map((d) => d.id)).toEqual(['good.txt']);
		const reasons = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
		expect(reasons['empty.txt']).toMatch(/empty/);
		expect(reasons['blank.md']).toMatch(/empty/);
		expect(reasons['binary.txt']).toMatch(/binary/);
		expect(reasons['latin1.txt']).toMatch(/UTF-8/);
		expect(reasons['huge.txt']).toMatch(/too large/);
		expect(reasons['photo.png']).toMatch(/unsupported file type/);
	});

	it('GIVEN documents linked into the folder THEN they load, and a broken link is skipped with its reason', async () => {
		const corpus = await tempCorpus({ files: { 'good.txt': 'Belarus and China signed an agreement.' } });
		cleanup = corpus.cleanup;
		const elsewhere = join(corpus.dataDir, '..', 'elsewhere.txt');
		await writeFile(elsewhere, 'Xi met Lukashenko in Beijing.');
		await symlink(elsewhere, join(corpus.dataDir, 'linked.txt'));
		await symlink(join(corpus.dataDir, 'gone.txt'), join(corpus.dataDir, 'broken.txt'));
		const { documents, skipped } = await readCorpus(corpus.dataDir);
		expect(documents.map((d) => d.id)).toEqual(['good.txt', 'linked.txt']);
		expect(skipped).toEqual([{ file: 'broken.txt', reason: expect.stringMatching(/unreadable \(ENOENT\)/) }]);
	});

	it('GIVEN the seed corpus THEN all five articles load and the manifest is not taken for a document', async () => {
		const corpus = await tempCorpus({ seed: true });
		cleanup = corpus.cleanup;
		const { documents, skipped } = await readCorpus(corpus.dataDir);
		expect(documents).toHaveLength(5);
		expect(skipped).toEqual([]);
	});
});

describe('metadata inferred without a manifest', () => {
	it('GIVEN files named by their date THEN that is their date; a speech on one line is titled by its file name', async () => {
		const speech = `Madam Speaker, Mr. Vice President, Members of Congress: ${'the state of our Union is strong. '.repeat(8)}`;
		const corpus = await tempCorpus({
			files: {
				'2013_barack_obama.txt': speech,
				'2023-03-01 visit.md': '# Xi meets Lukashenko\n\nThe two leaders met in Beijing.',
				'003_b293d0d3.txt': speech,
				'1000_words.txt': 'A short note.',
			},
		});
		cleanup = corpus.cleanup;
		const dossier = await corpus.open();
		const meta = (id: string) => dossier.index.documentById.get(id)?.meta;
		expect(meta('2013_barack_obama.txt')).toMatchObject({ title: '2013_barack_obama.txt', date: '2013' });
		expect(meta('2023-03-01 visit.md')).toMatchObject({ title: 'Xi meets Lukashenko', date: '2023-03-01' });
		// A name that says nothing leaves the opening words as the title, cut short; "1000" is no year here.
		expect(meta('003_b293d0d3.txt')?.title).toMatch(/^Madam Speaker, Mr\. Vice President.*…$/);
		expect(meta('1000_words.txt')?.date).toBeUndefined();
	});
});

describe('readManifest', () => {
	it('GIVEN a manifest with one bad date THEN that problem is reported by path and the valid entries are kept', async () => {
		const corpus = await tempCorpus({
			files: {
				'sources.json': JSON.stringify({
					'a.txt': { title: 'A', date: 'March 2023' },
					'b.txt': { title: 'B' },
				}),
			},
		});
		cleanup = corpus.cleanup;
		const manifest = await readManifest(corpus.dataDir);
		expect(manifest.entries.get('b.txt')).toEqual({ title: 'B' });
		expect(manifest.entries.has('a.txt')).toBe(false);
		expect(manifest.problems.join('\n')).toMatch(/a\.txt\.date: expected YYYY/);
	});

	it('GIVEN a manifest that is not JSON THEN it is reported and ignored', async () => {
		const corpus = await tempCorpus({ files: { 'sources.json': '{ not json' } });
		cleanup = corpus.cleanup;
		const manifest = await readManifest(corpus.dataDir);
		expect(manifest.entries.size).toBe(0);
		expect(manifest.problems[0]).toMatch(/sources\.json: not valid JSON/);
	});
});

describe('readDocumentText', () => {
	const readHtml = (content: string) =>
		readDocumentText({ id: 'a.html', absolutePath: '/x/a.html', format: 'html', content });

	it('GIVEN Markdown with front matter THEN its metadata is read and the body offset skips it', () => {
		const content =
			'---\ntitle: Trade talks\ndate: 2023-03-01\nauthor: A. Writer\n---\n# Heading\nBody text.';
		const result = readDocumentText({ id: 'a.md', absolutePath: '/x/a.md', format: 'markdown', content });
		expect(result.stated).toEqual({ title: 'Trade talks', date: '2023-03-01', author: 'A. Writer' });
		expect(content.slice(result.bodyStart)).toBe('# Heading\nBody text.');
	});

	it('GIVEN HTML with meta tags THEN title, publisher, author and date come from them', () => {
		const content =
			'<html><head><title>Ignored when og:title exists</title><meta property="og:title" content="Xi meets Lukashenko"><meta property="og:site_name" content="Example News"><meta name="author" content="J. Doe"><meta property="article:published_time" content="2023-03-01T10:00:00Z"></head><body><p>Xi met Lukashenko in Beijing.</p></body></html>';
		const result = readHtml(content);
		expect(result.stated).toEqual({
			title: 'Xi meets Lukashenko',
			publisher: 'Example News',
			author: 'J. Doe',
			date: '2023-03-01',
		});
		expect(result.text).toContain('Xi met Lukashenko in Beijing.');
		expect(result.text).not.toContain('<p>');
	});

	it('GIVEN meta tags with an apostrophe or an entity THEN the whole value is read, decoded', () => {
		const content =
			'<html><head><title>Q&amp;A: Minsk</title><meta property="og:site_name" content="Trade &amp; Policy"><meta name="author" content=\'Anne "Nan" Doe\'></head><body><p>Text.</p></body></html>';
		expect(readHtml(content).stated).toEqual({
			title: 'Q&A: Minsk',
			publisher: 'Trade & Policy',
			author: 'Anne "Nan" Doe',
		});
		const apostrophe =
			'<html><head><meta property="og:title" content="China\'s role in Belarus"></head></html>';
		expect(readHtml(apostrophe).stated.title).toBe("China's role in Belarus");
		// A ">" inside a value, and another attribute that merely ends in "content", change nothing.
		const tricky = '<meta data-content="wrong" property="og:title" content="Trade > politics">';
		expect(readHtml(tricky).stated.title).toBe('Trade > politics');
	});
});

describe('addDocument', () => {
	it('GIVEN an uploaded name with accents, spaces or folders THEN it is saved under a plain name inside the corpus', async () => {
		const corpus = await tempCorpus({ files: {} });
		cleanup = corpus.cleanup;
		const text = new TextEncoder().encode('Belarus and China signed an agreement.');
		expect(await addDocument(corpus.dataDir, 'Zürich notes.md', text)).toEqual({
			ok: true,
			id: 'Zurich-notes.md',
			replaced: false,
		});
		expect(await addDocument(corpus.dataDir, '../../résumé.txt', text)).toMatchObject({
			ok: true,
			id: 'resume.txt',
		});
		const { documents } = await readCorpus(corpus.dataDir);
		expect(documents.map((d) => d.id)).toEqual(['Zurich-notes.md', 'resume.txt']);
	});
});
