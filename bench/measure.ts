import { monitorEventLoopDelay } from 'node:perf_hooks';

export function percentile(sortedMs: readonly number[], p: number): number {
	if (sortedMs.length === 0) return Number.NaN;
	return sortedMs[Math.min(sortedMs.length - 1, Math.floor((p / 100) * sortedMs.length))] ?? Number.NaN;
}

/** Times `work` once per input; returns the sorted durations in milliseconds. */
export function timeEach<T>(inputs: readonly T[], work: (input: T) => unknown): number[] {
	const times = inputs.map((input) => {
		const start = performance.now();
		work(input);
		return performance.now() - start;
	});
	return times.sort((a, b) => a - b);
}

/** Median of `runs` timings of `work`, to damp a noisy 2-core machine. */
export async function medianMs(runs: number, work: () => unknown): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await work();
		times.push(performance.now() - start);
	}
	return percentile(
		times.sort((a, b) => a - b),
		50,
	);
}

/** Runs `work` while watching the event loop; returns its result and the longest stall seen. */
export async function withEventLoopWatch<T>(
	work: () => Promise<T>,
): Promise<{ result: T; maxStallMs: number }> {
	const histogram = monitorEventLoopDelay({ resolution: 5 });
	histogram.enable();
	const result = await work();
	histogram.disable();
	return { result, maxStallMs: histogram.max / 1e6 };
}

export function heapUsedMb(): number {
	globalThis.gc?.();
	globalThis.gc?.();
	return process.memoryUsage().heapUsed / 1024 / 1024;
}
