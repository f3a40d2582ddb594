/**
 * Runs in a worker thread: scans the corpus, builds the index and saves the snapshot, so that none of it
 * competes with the main thread's replies and gateway heartbeat. Reports the key of what it saved.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { saveSnapshot } from '../index/snapshot.ts';
import { createTimeSlicer } from '../util/timeSlicer.ts';
import { buildCorpusIndex } from './buildCorpusIndex.ts';
import type { BuildRequest, BuildResult } from './buildInWorker.ts';
import { scanCorpus } from './scanCorpus.ts';

const { dataDir, indexDir } = workerData as BuildRequest;
let result: BuildResult;
try {
	const index = await buildCorpusIndex(await scanCorpus(dataDir), createTimeSlicer(Number.POSITIVE_INFINITY));
	const snapshotBytes = await saveSnapshot(indexDir, index);
	result = { ok: true, key: index.data.key, snapshotBytes };
} catch (error) {
	result = { ok: false, message: error instanceof Error ? error.message : String(error) };
}
parentPort?.postMessage(result);
