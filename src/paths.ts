import { resolve } from 'node:path';

/** Where the corpus and its index live: `DATA_DIR` and `INDEX_DIR`, defaulting to ./data and a git-ignored cache. */
export interface CorpusPaths {
	dataDir: string;
	indexDir: string;
}

export function corpusPaths(env: NodeJS.ProcessEnv = process.env): CorpusPaths {
	return {
		dataDir: resolve(env.DATA_DIR?.trim() || 'data'),
		indexDir: resolve(env.INDEX_DIR?.trim() || '.cache/dossier'),
	};
}
