import type MiniSearch from 'minisearch';
import { normalizeTerm, tokenize } from '../text/terms.ts';
import { internalsOf, type MiniSearchInternals, type Postings } from './miniSearchInternals.ts';
import { BM25, FIELD_BOOST, FUZZY_WEIGHT, type IndexedPassage, MAX_FUZZY_DISTANCE } from './searchIndex.ts';
import type { Vocabulary } from './vocabulary.ts';

/*
 * The best few passages for a query, scored as MiniSearch's `search` scores them (BM25+ over both fields,
 * close spellings of words the corpus lacks, times the number of query words matched). MiniSearch cannot be
 * asked for the top k: it builds a match record for every passage that shares any word with the query and
 * sorts them all (thousands on a large corpus, for a question that says "war" or "people") when an answer
 * needs 8. Here scores are summed in typed arrays and only the best k are kept. This reads MiniSearch's term
 * table and field lengths, which are internal (see miniSearchInternals.ts); tests/engine.test.ts checks
 * that both rank alike.
 */

export interface RankedPassage {
	/** The passage's position in the corpus's list, its id in MiniSearch. */
	id: number;
	score: number;
}

export interface Ranking {
	/** The best passages, best first; among equal scores, in the order MiniSearch would list them. */
	results: RankedPassage[];
	/** How many passages matched at all. */
	total: number;
}

/** Per-passage scratch space, reused by every query: a query runs start to finish without yielding. */
class Scratch {
	readonly scores: Float64Array;
	readonly termScores: Float64Array;
	/** How many distinct query words each passage matched: MiniSearch multiplies the score by it. */
	readonly matched: Uint16Array;
	/** The query word that last touched each passage, to list a passage once per word. */
	readonly stamp: Uint32Array;
	private lastStamp = 0;

	constructor(readonly size: number) {
		this.scores = new Float64Array(size);
		this.termScores = new Float64Array(size);
		this.matched = new Uint16Array(size);
		this.stamp = new Uint32Array(size);
	}

	nextStamp(): number {
		// Billions of query words later the stamps would wrap around and collide: start afresh instead.
		if (this.lastStamp === 0xffffffff) {
			this.stamp.fill(0);
			this.lastStamp = 0;
		}
		this.lastStamp += 1;
		return this.lastStamp;
	}
}

export class PassageRanker {
	private readonly internals: MiniSearchInternals;
	private readonly fields: Array<{ id: number; boost: number; averageLength: number }>;
	private scratch?: Scratch;
	private norms?: Float64Array[];

	constructor(
		search: MiniSearch<IndexedPassage>,
		/** The same term table, for its (remembered) fuzzy lookups. */
		private readonly vocabulary: Vocabulary,
		/** Whether a term is worth a fuzzy lookup, and how fuzzy: the function MiniSearch's options hold. */
		private readonly fuzziness: (term: string) => number | false,
	) {
		this.internals = internalsOf(search);
		const { _fieldIds, _avgFieldLength } = this.internals;
		this.fields = Object.entries(FIELD_BOOST).flatMap(([name, boost]) => {
			const id = _fieldIds[name];
			return id === undefined ? [] : [{ id, boost, averageLength: _avgFieldLength[id] ?? 1 }];
		});
	}

	/** The `limit` best passages for the query; with `keep`, of the passages it keeps (by their number). */
	rank(query: string, limit: number, keep?: (passage: number) => boolean): Ranking {
		const scratch = this.scratchSpace();
		const words = tokenize(query).flatMap((word) => normalizeTerm(word) ?? []);
		// Passages in the order MiniSearch first meets them: its sort is stable, so that order breaks ties.
		const touched: number[] = [];
		words.forEach((term, position) => {
			const termTouched = this.scoreTerm(term, scratch);
			// A repeated word adds its score again but is no further word matched.
			const isFirstUse = words.indexOf(term) === position;
			for (const id of termTouched) {
				if (isFirstUse) {
					if (scratch.matched[id] === 0) touched.push(id);
					scratch.matched[id] = (scratch.matched[id] ?? 0) + 1;
				}
				scratch.scores[id] = (scratch.scores[id] ?? 0) + (scratch.termScores[id] ?? 0);
				scratch.termScores[id] = 0;
			}
		});
		return { results: this.best(touched, limit, scratch, keep), total: touched.length };
	}

	private scratchSpace(): Scratch {
		const size = this.internals._nextId;
		if (this.scratch === undefined || this.scratch.size < size) this.scratch = new Scratch(size);
		return this.scratch;
	}

	/**
	 * Each field's length term of BM25 for every passage, `k·(1 − b + b·length/average)`: worked out once, on
	 * the first query, rather than looked up in MiniSearch's map for every posting of every query.
	 */
	private lengthNorms(): Float64Array[] {
		if (this.norms === undefined) {
			const { k, b } = BM25;
			this.norms = this.fields.map((field) => {
				const norms = new Float64Array(this.internals._nextId);
				for (const [id, lengths] of this.internals._fieldLength)
					norms[id] = k * (1 - b + (b * (lengths[field.id] ?? 0)) / field.averageLength);
				return norms;
			});
		}
		return this.norms;
	}

	/** One query word's score for every passage it matches, into `termScores`; returns those passages. */
	private scoreTerm(term: string, scratch: Scratch): number[] {
		const touched: number[] = [];
		const stamp = scratch.nextStamp();
		const norms = this.lengthNorms();
		const { k, d } = BM25;
		const count = this.internals._documentCount;
		const add = (postings: Postings | undefined, weight: number) => {
			if (postings === undefined) return;
			this.fields.forEach((field, f) => {
				const frequencies = postings.get(field.id);
				const fieldNorms = norms[f];
				if (frequencies === undefined || fieldNorms === undefined) return;
				const matching = frequencies.size;
				const inverseFrequency = Math.log(1 + (count - matching + 0.5) / (matching + 0.5));
				frequencies.forEach((frequency, id) => {
					const saturation = (frequency * (k + 1)) / (frequency + (fieldNorms[id] ?? 0));
					// Multiplied in MiniSearch's order, so that the scores come out identical to the last bit.
					const score = weight * field.boost * (inverseFrequency * (d + saturation));
					scratch.termScores[id] = (scratch.termScores[id] ?? 0) + score;
					if (scratch.stamp[id] !== stamp) {
						scratch.stamp[id] = stamp;
						touched.push(id);
					}
				});
			});
		};
		add(this.internals._index.get(term), 1);
		const fuzzy = this.fuzziness(term);
		if (fuzzy !== false) {
			const maxDistance = fuzzy < 1 ? Math.min(MAX_FUZZY_DISTANCE, Math.round(term.length * fuzzy)) : fuzzy;
			if (maxDistance > 0) {
				for (const [spelling, [postings, distance]] of this.vocabulary.near(term, maxDistance)) {
					if (distance > 0) add(postings, (FUZZY_WEIGHT * spelling.length) / (spelling.length + distance));
				}
			}
		}
		return touched;
	}

	/** The `limit` best of the touched passages, resetting their scratch slots on the way. */
	private best(
		touched: readonly number[],
		limit: number,
		scratch: Scratch,
		keep?: (passage: number) => boolean,
	): RankedPassage[] {
		const best: RankedPassage[] = [];
		for (const id of touched) {
			const score = (scratch.scores[id] ?? 0) * (scratch.matched[id] ?? 0);
			scratch.scores[id] = 0;
			scratch.matched[id] = 0;
			if (best.length === limit && score <= (best.at(-1)?.score ?? 0)) continue;
			const passage = this.internals._documentIds.get(id) as number;
			if (keep !== undefined && !keep(passage)) continue;
			// After every equal score already kept, as a stable sort would place it.
			let at = best.length;
			while (at > 0 && (best[at - 1]?.score ?? 0) < score) at -= 1;
			best.splice(at, 0, { id: passage, score });
			if (best.length > limit) best.pop();
		}
		return best;
	}
}
