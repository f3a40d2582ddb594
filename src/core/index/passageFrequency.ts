import type { MiniSearchInternals } from './miniSearchInternals.ts';

/**
 * How many passages contain each term, in either field: the answerer's measure of how telling a word is.
 * Read from MiniSearch's term table, which holds the counts already, rather than kept a second time
 * (a map of every term cost about a megabyte of heap at the scale of the benchmark corpus).
 */
export class PassageFrequency {
	constructor(private readonly table: MiniSearchInternals['_index']) {}

	/** Whether any passage uses the term: the corpus's vocabulary. */
	has(term: string): boolean {
		return this.table.has(term);
	}

	get(term: string): number | undefined {
		const postings = this.table.get(term);
		if (postings === undefined) return undefined;
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
}
