import { Worker } from 'node:worker_threads';

export interface BuildRequest {
	dataDir: string;
	indexDir: string;
}

export type BuildResult = { ok: true; key: string; snapshotBytes: number } | { ok: false; message: string };

/**
 * Builds the index for `dataDir` in a worker thread and saves it as a snapshot in `indexDir`; resolves
 * with the snapshot's key for the caller to load. Rejects with the build's own error message.
 */
export function buildInWorker(request: BuildRequest): Promise<{ key: string; snapshotBytes: number }> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./buildWorkerEntry.mjs', import.meta.url), { workerData: request });
		let settled = false;
		worker.once('message', (result: BuildResult) => {
			settled = true;
			if (result.ok) resolve({ key: result.key, snapshotBytes: result.snapshotBytes });
			else reject(new Error(result.message));
		});
		worker.once('error', (error) => {
			settled = true;
			reject(error);
		});
		worker.once('exit', (code) => {
			if (!settled) reject(new Error(`Dossier: the index build stopped unexpectedly (exit code ${code}).`));
		});
	});
}
