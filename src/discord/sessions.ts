import { randomBytes } from 'node:crypto';

/**
 * Short-lived state behind buttons (a search's pages, an answer's further excerpts). A custom id holds
 * at most 100 characters, so it carries a key into this store; entries expire, and a click on an expired
 * button is answered with a clear "run the command again" instead of an error.
 */
export class SessionStore<T> {
	private readonly entries = new Map<string, { value: T; expires: number }>();

	constructor(
		private readonly ttlMs: number,
		private readonly maxEntries = 5000,
		private readonly now: () => number = Date.now,
	) {}

	put(value: T): string {
		this.sweep();
		const key = randomBytes(6).toString('base64url');
		this.entries.set(key, { value, expires: this.now() + this.ttlMs });
		// Oldest first out: Map keeps insertion order.
		while (this.entries.size > this.maxEntries)
			this.entries.delete(this.entries.keys().next().value as string);
		return key;
	}

	get(key: string): T | undefined {
		const entry = this.entries.get(key);
		if (entry === undefined) return undefined;
		if (entry.expires <= this.now()) {
			this.entries.delete(key);
			return undefined;
		}
		return entry.value;
	}

	private sweep(): void {
		const now = this.now();
		for (const [key, entry] of this.entries) if (entry.expires <= now) this.entries.delete(key);
	}
}
