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
		const bits = new Uint8Array(size);
		const filter = new TermFilter(bits);
		for (const term of terms) {
			for (const bit of filter.positions(term)) bits[bit >> 3] = (bits[bit >> 3] ?? 0) | (1 << (bit & 7));
		}
		return filter;
	}

	static fromBase64(encoded: string): TermFilter {
		return new TermFilter(new Uint8Array(Buffer.from(encoded, 'base64')));
	}

	toBase64(): string {
		return Buffer.from(this.bits).toString('base64');
	}

	has(term: string): boolean {
		for (const bit of this.positions(term))
			if (((this.bits[bit >> 3] ?? 0) & (1 << (bit & 7))) === 0) return false;
		return true;
	}

	/** Double hashing (Kirsch–Mitzenmacher): two FNV-1a variants give every probe position. */
	private *positions(term: string): Generator<number> {
		const total = this.bits.length * 8;
		let a = 0x811c9dc5;
		let b = 0x01000193;
		for (let i = 0; i < term.length; i++) {
			const code = term.charCodeAt(i);
			a = Math.imul(a ^ code, 0x01000193) >>> 0;
			b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
		}
		const step = (b | 1) >>> 0;
		for (let probe = 0; probe < PROBES; probe++) yield (a + probe * step) % total;
	}
}

/** 10 bits and 7 probes per term: about 1 % false positives. */
const BITS_PER_TERM = 10;
const PROBES = 7;
