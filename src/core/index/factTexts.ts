import type { Fact, FactMention, Passage } from '../types.ts';

/*
 * A fact quotes sentences that the passages already hold. The snapshot therefore stores each mention's
 * range only, and loading takes the words from the passage's text: a slice shares the passage's memory,
 * where a parsed copy would add a second copy of every dated sentence.
 */

export type StoredMention = Omit<FactMention, 'text'>;
export type StoredFact = Omit<Fact, 'text' | 'mentions'> & { mentions: StoredMention[] };

export function withoutTexts(facts: readonly Fact[]): StoredFact[] {
	return facts.map(({ text: _quoted, mentions, ...fact }) => ({
		...fact,
		mentions: mentions.map(({ text: _sentence, ...mention }) => mention),
	}));
}

/**
 * Puts a fact's quotations back, from these passages: one fact at a time, so that loading can pause between
 * a snapshot's files of facts. Throws when a mention lies outside every passage (a damaged snapshot).
 */
export function quotingFrom(passages: readonly Passage[]): (fact: StoredFact) => Fact {
	const byDocument = new Map<string, Passage[]>();
	for (const passage of passages) {
		const list = byDocument.get(passage.docId) ?? [];
		list.push(passage);
		byDocument.set(passage.docId, list);
	}
	const quoted = (mention: StoredMention): FactMention => {
		const passage = containing(byDocument.get(mention.docId) ?? [], mention.start);
		if (passage === undefined || mention.end > passage.end)
			throw new Error(`Dossier: a fact in the snapshot quotes ${mention.docId} outside its passages.`);
		const text = passage.text.slice(mention.start - passage.start, mention.end - passage.start);
		// The passage's copy of the document id, too: one string per document rather than one per mention.
		// Fields are listed, not spread: V8 gave each object spread from a parsed one, with a field replaced,
		// a hidden class of its own (2 MB of the benchmark corpus's heap, for 4,400 facts and their mentions).
		const { start, end, dateText, date } = mention;
		return { docId: passage.docId, start, end, text, dateText, date };
	};
	return (fact) => {
		const mentions = fact.mentions.map(quoted);
		// A fact states the event as its first mention does (see mergeFacts).
		const { id, date, corroboration, disagreements } = fact; // listed, as above
		return { id, date, text: mentions[0]?.text ?? '', mentions, corroboration, disagreements };
	};
}

/** The passage of a document's (ordered) passages whose range holds `offset`. */
function containing(passages: readonly Passage[], offset: number): Passage | undefined {
	let low = 0;
	let high = passages.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const passage = passages[middle];
		if (passage === undefined) return undefined;
		if (offset < passage.start) high = middle - 1;
		else if (offset >= passage.end) low = middle + 1;
		else return passage;
	}
	return undefined;
}
