import { setImmediate as yieldToEventLoop } from 'node:timers/promises';

/**
 * Long jobs on the main thread (loading a snapshot) run in slices, so the bot's gateway heartbeat and other
 * replies still get their turn; a rebuild runs in a worker, which needs none (an endless slice). Call
 * `pause()` often; it only yields once the current slice has used its budget, so the cost of yielding stays
 * negligible.
 */
export interface TimeSlicer {
	pause(): Promise<void>;
}

/** 10 ms slices leave room under the 50 ms stall the bot can tolerate for a step that runs long (or a garbage collection). */
const DEFAULT_SLICE_MS = 10;

export function createTimeSlicer(sliceMs: number = DEFAULT_SLICE_MS): TimeSlicer {
	let sliceStart = performance.now();
	return {
		async pause() {
			if (performance.now() - sliceStart < sliceMs) return;
			await yieldToEventLoop();
			sliceStart = performance.now();
		},
	};
}
