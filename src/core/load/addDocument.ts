import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { DOCUMENT_EXTENSIONS, decodeDocument, formatOf } from './readCorpus.ts';

export type AddDocumentResult = { ok: true; id: string; replaced: boolean } | { ok: false; reason: string };

const MAX_NAME_LENGTH = 100;

/**
 * Saves an uploaded document into the corpus folder after vetting it exactly as indexing would. The
 * name is reduced to a safe file name, so nothing is ever written outside `dataDir`; an invalid upload
 * is refused with the reason and writes nothing.
 */
export async function addDocument(
	dataDir: string,
	requestedName: string,
	bytes: Uint8Array,
): Promise<AddDocumentResult> {
	const name = safeFileName(requestedName);
	if (name === undefined)
		return { ok: false, reason: `"${requestedName.slice(0, 60)}" is not a usable file name.` };
	if (formatOf(name) === undefined) {
		return {
			ok: false,
			reason: `Only ${DOCUMENT_EXTENSIONS.join(', ')} documents can be added; "${name}" is not one.`,
		};
	}
	const decoded = decodeDocument(bytes);
	if (typeof decoded !== 'string')
		return { ok: false, reason: `"${name}" was not added: ${decoded.reason}.` };

	const root = resolve(dataDir);
	const target = resolve(root, name);
	// Defence in depth: safeFileName already removed separators, but the invariant is checked where it matters.
	if (relative(root, target).startsWith('..') || relative(root, target).includes(sep)) {
		return { ok: false, reason: `"${name}" would be written outside the corpus folder.` };
	}
	await mkdir(root, { recursive: true });
	const replaced = await access(target).then(
		() => true,
		() => false,
	);
	const temporary = join(root, `.${name}.${process.pid}.upload`);
	try {
		await writeFile(temporary, bytes);
		await rename(temporary, target);
	} finally {
		await rm(temporary, { force: true });
	}
	return { ok: true, id: name, replaced };
}

/** A plain file name: no folders, no leading dots, only letters, digits, dot, dash and underscore. */
function safeFileName(requested: string): string | undefined {
	const base = basename(requested.replaceAll('\\', '/'));
	const extension = extname(base).toLowerCase();
	const stem = base
		.slice(0, base.length - extension.length)
		// Accents come apart from their letters, and go: "Zürich" is "Zurich", not "Zu-rich".
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.replace(/[^\w.-]+/g, '-')
		.replace(/^[.-]+|[.-]+$/g, '')
		.slice(0, MAX_NAME_LENGTH - extension.length);
	if (stem === '' || sourcesManifest(stem + extension)) return undefined;
	return stem + extension;
}

function sourcesManifest(name: string): boolean {
	return name.toLowerCase() === 'sources.json';
}
