import type { MiniSearchInternals, Postings } from './miniSearchInternals.ts';

/** Fuzzy lookups remembered: enough for every word of the longest question (500 characters). */
const RECENT_LOOKUPS = 128;

/**
 * The corpus's terms as MiniSearch's term table holds them: whether a term occurs, how many passages use
 * it (the answerer's measure of how telling a word is) and which terms lie a few edits from a misspelt
 * one. Read from that table rather than kept a second time (a map of every term cost about a megabyte of
 * heap at the scale of the benchmark corpus).
 */
export class Vocabulary {
	private readonly recent = new Map<string, Map<string, [Postings, number]>>();

	constructor(private readonly table: MiniSearchInternals['_index']) {}

	has(term: string): boolean {
		return this.table.has(term);
	}

	/** How many passages use the term, in either field; 0 when none does. */
	passagesWith(term: string): number {
		const postings = this.table.get(term);
		if (postings === undefined) return 0;
		// A passage may hold the term in both fields; it counts once. The first field's count is its size.
		let count = 0;
		const earlier: Array<Map<number, number>> = [];
		for (const passages of postings.values()) {
			if (earlier.length === 0) count += passages.size;
			else for (const id of passages.keys()) if (!earlier.some((field) => field.has(id))) count += 1;
			earlier.push(passages);
		}
		return count;
	}

	/** The terms within `maxDistance` edits of `term` (itself excluded), with their distance. */
	closeSpellings(term: string, maxDistance: number): Array<[spelling: string, distance: number]> {
		if (maxDistance <= 0) return [];
		return [...this.near(term, maxDistance)].flatMap(([spelling, [, distance]]) =>
			distance > 0 ? [[spelling, distance]] : [],
		);
	}

	/**
	 * MiniSearch's fuzzy lookup: the terms within `maxDistance` edits of `term` (itself included), with their
	 * postings and distance. The last few are remembered, because answering looks a word the corpus lacks
	 * up twice (its close spellings, then the passages that use them), and a lookup is the costly part of a
	 * question full of junk words.
	 */
	near(term: string, maxDistance: number): ReadonlyMap<string, [Postings, number]> {
		const key = `${maxDistance} ${term}`;
		let found = this.recent.get(key);
		if (found === undefined) {
			found = this.table.fuzzyGet(term, maxDistance);
			if (this.recent.size >= RECENT_LOOKUPS) this.recent.clear();
			this.recent.set(key, found);
		}
		return found;
	}
}
