import type { MiniSearchInternals } from './miniSearchInternals.ts';

/**
 * How many passages contain each term, in either field: the answerer's measure of how telling a word is.
 * Read from MiniSearch's term table, which holds the counts already, rather than kept a second time
 * (a map of every term cost 2.5 MB at the scale of the benchmark corpus).
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
		// A passage may hold the term in both fields; it counts once.
		const fields = [...postings.values()];
		let count = 0;
		fields.forEach((passages, at) => {
			for (const id of passages.keys())
				if (!fields.slice(0, at).some((earlier) => earlier.has(id))) count += 1;
		});
		return count;
	}
}
