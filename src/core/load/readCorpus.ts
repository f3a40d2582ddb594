import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';

/** Files Dossier reads as documents; anything else in the folder is reported, not guessed at. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

/** The manifest of source metadata lives beside the documents and is not one itself. */
export const MANIFEST_FILE = 'sources.json';

/** Larger files are almost always dumps or binaries by mistake; they would also stall a rebuild. */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

export type DocumentFormat = 'text' | 'markdown' | 'html';

export interface RawDocument {
	/** Path relative to the corpus folder, with forward slashes: the document's id. */
	id: string;
	absolutePath: string;
	format: DocumentFormat;
	content: string;
}

export interface SkippedFile {
	file: string;
	reason: string;
}

export interface CorpusFiles {
	documents: RawDocument[];
	skipped: SkippedFile[];
}

/**
 * Reads every document under `dataDir` (recursively, in a stable order). A file that can't be used is
 * listed in `skipped` with a reason a moderator can act on; it never stops the rest from loading.
 */
export async function readCorpus(dataDir: string): Promise<CorpusFiles> {
	const documents: RawDocument[] = [];
	const skipped: SkippedFile[] = [];
	for (const absolutePath of await listFiles(dataDir)) {
		const id = relative(dataDir, absolutePath).split(sep).join('/');
		if (id === MANIFEST_FILE) continue;
		const format = formatOf(absolutePath);
		if (format === undefined) {
			skipped.push({ file: id, reason: `unsupported file type (use ${DOCUMENT_EXTENSIONS.join(', ')})` });
			continue;
		}
		const result = await readFileText(absolutePath);
		if (typeof result === 'string') documents.push({ id, absolutePath, format, content: result });
		else skipped.push({ file: id, reason: result.reason });
	}
	return { documents, skipped };
}

export function formatOf(path: string): DocumentFormat | undefined {
	switch (extname(path).toLowerCase()) {
		case '.txt':
			return 'text';
		case '.md':
		case '.markdown':
			return 'markdown';
		case '.html':
		case '.htm':
			return 'html';
		default:
			return undefined;
	}
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The file's text, or why it can't be used. Also used to vet uploads before they are written. */
export function decodeDocument(bytes: Uint8Array): string | { reason: string } {
	if (bytes.byteLength === 0) return { reason: 'empty file' };
	if (bytes.byteLength > MAX_DOCUMENT_BYTES) return tooLarge(bytes.byteLength);
	if (bytes.includes(0)) return { reason: 'binary file (contains NUL bytes)' };
	let text: string;
	try {
		text = strictUtf8.decode(bytes);
	} catch {
		return { reason: 'not valid UTF-8 text' };
	}
	if (text.trim().length === 0) return { reason: 'empty file (only white space)' };
	return text;
}

async function readFileText(path: string): Promise<string | { reason: string }> {
	try {
		const { size } = await stat(path);
		// Checked before reading so a stray multi-gigabyte file is never loaded into memory.
		if (size > MAX_DOCUMENT_BYTES) return tooLarge(size);
		return decodeDocument(await readFile(path));
	} catch (error) {
		return { reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
	}
}

async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(
		(error: NodeJS.ErrnoException) => {
			throw new Error(
				`Dossier: cannot read the corpus folder ${dir} (${error.code ?? error.message}); check DATA_DIR.`,
			);
		},
	);
	return (
		entries
			// A link is read as what it points to, and one that points to no file is skipped with the reason.
			.filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && !entry.name.startsWith('.'))
			.map((entry) => join(entry.parentPath, entry.name))
			.filter(
				(path) =>
					!relative(dir, path)
						.split(sep)
						.some((part) => part.startsWith('.')),
			)
			.sort()
	);
}

function tooLarge(bytes: number): { reason: string } {
	return { reason: `too large (${formatBytes(bytes)}; the limit is ${formatBytes(MAX_DOCUMENT_BYTES)})` };
}

function formatBytes(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
