import type { MiniSearchInternals } from './miniSearchInternals.ts';

/**
 * The corpus's terms as MiniSearch's term table holds them: whether a term occurs, how many passages use
 * it (the answerer's measure of how telling a word is) and which terms lie a few edits from a misspelt
 * one. Read from that table rather than kept a second time (a map of every term cost about a megabyte of
 * heap at the scale of the benchmark corpus).
 */
export class Vocabulary {
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
		const near = this.table.fuzzyGet(term, maxDistance);
		return [...near].flatMap(([spelling, [, distance]]) => (distance > 0 ? [[spelling, distance]] : []));
	}
}
