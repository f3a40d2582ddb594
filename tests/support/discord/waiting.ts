/**
 * Promises that settle when the fake server's state reaches some condition.
 *
 * Every helper that "waits for the bot" re-checks its condition whenever the server records something
 * (`notify()`), instead of polling, and fails with a message naming what it waited for. `closeAll()`
 * rejects whatever is still pending so a closed server never leaves a test hanging.
 */

export interface WaitOptions {
	/** How long to wait before failing, in milliseconds. Default 5000. */
	timeout?: number;
}

const DEFAULT_WAIT_MS = 5_000;

interface Pending {
	check(): void;
	fail(error: Error): void;
}

export class Waiters {
	readonly #pending = new Set<Pending>();
	#closed = false;

	/**
	 * Resolves with the first non-undefined value `probe` returns, checked now and after every `notify()`.
	 * `describe` is called on timeout, so the error can say what was seen instead.
	 */
	until<T>(probe: () => T | undefined, describe: () => string, options: WaitOptions = {}): Promise<T> {
		if (this.#closed) return Promise.reject(new Error(`fake Discord is closed; ${describe()}`));
		const timeoutMs = options.timeout ?? DEFAULT_WAIT_MS;
		return new Promise<T>((resolve, reject) => {
			const pending: Pending = {
				check: () => {
					let value: T | undefined;
					try {
						value = probe();
					} catch (error) {
						// A failing condition (say, a test's predicate) fails its own wait, not whoever notified.
						pending.fail(error instanceof Error ? error : new Error(String(error)));
						return;
					}
					if (value === undefined) return;
					settle();
					resolve(value);
				},
				fail: (error) => {
					settle();
					reject(error);
				},
			};
			const timer = setTimeout(
				() => pending.fail(new Error(`Timed out after ${timeoutMs} ms: ${describe()}`)),
				timeoutMs,
			);
			const settle = () => {
				clearTimeout(timer);
				this.#pending.delete(pending);
			};
			this.#pending.add(pending);
			pending.check();
		});
	}

	/** Re-checks every pending condition; call after any change a test might be waiting for. */
	notify(): void {
		for (const pending of [...this.#pending]) pending.check();
	}

	/** Rejects everything still pending and refuses new waits. */
	closeAll(reason: string): void {
		this.#closed = true;
		for (const pending of [...this.#pending]) pending.fail(new Error(reason));
	}
}
