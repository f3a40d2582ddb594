/** Per-user cooldown for the costlier commands; `seconds` 0 turns it off. */
export class Cooldowns {
	private readonly lastUse = new Map<string, number>();

	constructor(
		private readonly seconds: number,
		private readonly now: () => number = Date.now,
	) {}

	/** Seconds the user must still wait (0 when they may go ahead, and then the use is recorded). */
	take(userId: string): number {
		if (this.seconds === 0) return 0;
		const now = this.now();
		const last = this.lastUse.get(userId);
		if (last !== undefined && now - last < this.seconds * 1000) {
			return Math.ceil((this.seconds * 1000 - (now - last)) / 1000);
		}
		this.lastUse.set(userId, now);
		if (this.lastUse.size > 10_000) {
			for (const [user, at] of this.lastUse) if (now - at >= this.seconds * 1000) this.lastUse.delete(user);
		}
		return 0;
	}
}

/** What a user who must wait `seconds` more is told. */
export function tooFast(seconds: number): string {
	return `You're going a bit fast — try again in ${seconds} s.`;
}
