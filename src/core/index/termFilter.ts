/**
 * A Bloom filter of a document's terms: "does this document use the word?" in constant time and about
 * 1.5 bytes per distinct term, where a Set of every document's words would cost tens of megabytes at the
 * scale of the benchmark corpus. A false "yes" (about 1 in 100) only gives a concept the small credit for
 * being mentioned elsewhere in the document; a "no" is always right.
 */
export class TermFilter {
	private constructor(private readonly bits: Uint8Array) {}

	static of(terms: Iterable<string>, count: number): TermFilter {
		const size = Math.max(64, Math.ceil((count * BITS_PER_TERM) / 8));
		const filter = new TermFilter(new Uint8Array(size));
		for (const term of terms) filter.probe(term, true);
		return filter;
	}

	static fromBase64(encoded: string): TermFilter {
		return new TermFilter(new Uint8Array(Buffer.from(encoded, 'base64')));
	}

	toBase64(): string {
		return Buffer.from(this.bits).toString('base64');
	}

	has(term: string): boolean {
		return this.probe(term, false);
	}

	/**
	 * Visits the term's bits, setting them when `set`; whether all were set before. Double hashing
	 * (Kirsch–Mitzenmacher): two FNV-1a variants give every probe position. A plain loop rather than a
	 * generator of positions, which cost a tenth of the index build.
	 */
	private probe(term: string, set: boolean): boolean {
		const total = this.bits.length * 8;
		let a = 0x811c9dc5;
		let b = 0x01000193;
		for (let i = 0; i < term.length; i++) {
			const code = term.charCodeAt(i);
			a = Math.imul(a ^ code, 0x01000193) >>> 0;
			b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
		}
		const step = (b | 1) >>> 0;
		let present = true;
		for (let probe = 0; probe < PROBES; probe++) {
			const bit = (a + probe * step) % total;
			const mask = 1 << (bit & 7);
			const byte = this.bits[bit >> 3] ?? 0;
			if ((byte & mask) === 0) {
				if (!set) return false;
				present = false;
				this.bits[bit >> 3] = byte | mask;
			}
		}
		return present;
	}
}

/** 10 bits and 7 probes per term: about 1 % false positives. */
const BITS_PER_TERM = 10;
const PROBES = 7;
