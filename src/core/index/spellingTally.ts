import { compareText } from '../util/compareText.ts';

/**
 * How often a corpus spells each name each way ("SCO": "Shanghai Cooperation Organisation" three times,
 * "Shanghai Cooperation Organization" once), to keep each name's most frequent spelling. Ties go to the
 * first spelling in code-unit order: the same on every machine, so the same corpus builds the same index.
 */
export class SpellingTally {
	private readonly counts = new Map<string, Map<string, number>>();

	/** Counts `spelling` as a way the corpus writes out `key` (an abbreviation, say). */
	add(key: string, spelling: string, times = 1): void {
		const spellings = this.counts.get(key) ?? new Map<string, number>();
		spellings.set(spelling, (spellings.get(spelling) ?? 0) + times);
		this.counts.set(key, spellings);
	}

	/** Each key with its most frequent spelling and how often that was seen, in key order. */
	mostFrequent(): Array<{ key: string; spelling: string; seen: number }> {
		return [...this.counts]
			.sort(([a], [b]) => compareText(a, b))
			.map(([key, spellings]) => {
				const [spelling = '', seen = 0] =
					[...spellings].sort(([a, x], [b, y]) => y - x || compareText(a, b))[0] ?? [];
				return { key, spelling, seen };
			});
	}
}
