import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { MANIFEST_FILE } from './readCorpus.ts';

const isoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/** Metadata a person states about a document; every field optional because unknown beats invented. */
export const sourceMetadataSchema = z
	.object({
		title: z.string().min(1),
		publisher: z.string().min(1),
		author: z.string().min(1),
		date: isoDate,
		url: z.url(),
	})
	.partial()
	.strict();

export type SourceMetadata = z.infer<typeof sourceMetadataSchema>;

const manifestSchema = z.record(z.string(), sourceMetadataSchema);

export interface Manifest {
	entries: ReadonlyMap<string, SourceMetadata>;
	/** Why the manifest (or part of it) was ignored; empty when all is well. */
	problems: string[];
}

/**
 * Reads `sources.json` (file id → metadata). A missing manifest is normal; a broken one is reported and
 * ignored, so documents still index with inferred metadata instead of the whole reindex failing.
 */
export async function readManifest(dataDir: string): Promise<Manifest> {
	let raw: string;
	try {
		raw = await readFile(join(dataDir, MANIFEST_FILE), 'utf8');
	} catch {
		return { entries: new Map(), problems: [] };
	}
	let json: unknown;
	try {
		json = JSON.parse(raw);
	} catch (error) {
		return {
			entries: new Map(),
			problems: [`${MANIFEST_FILE}: not valid JSON (${(error as Error).message})`],
		};
	}
	const parsed = manifestSchema.safeParse(json);
	if (parsed.success) return { entries: new Map(Object.entries(parsed.data)), problems: [] };
	const problems = parsed.error.issues.map(
		(issue) => `${MANIFEST_FILE}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`,
	);
	// Keep the entries that are valid on their own: one typo should not erase every title.
	const entries = new Map<string, SourceMetadata>();
	if (json !== null && typeof json === 'object') {
		for (const [file, value] of Object.entries(json)) {
			const entry = sourceMetadataSchema.safeParse(value);
			if (entry.success) entries.set(file, entry.data);
		}
	}
	return { entries, problems };
}
