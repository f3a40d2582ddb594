import type { IndexedDocument } from '../corpusIndex.ts';
import { authorNames, surnameInAnyCase } from '../load/byline.ts';
import { normalizeTerm, terms } from '../text/terms.ts';

/** A question about what some sources say: those documents, who they are by, and the words that are no topic. */
export interface SourceScope {
	docIds: ReadonlySet<string>;
	/** The publishers or authors named, as the documents' metadata spells them. */
	sources: readonly string[];
	/** The terms that name the sources ("ibra", "digit") or ask what they say ("say"): who is asked, not about what. */
	notTopics: ReadonlySet<string>;
}

/**
 * The words that ask what a source says rather than about what ("What does CGTN say about…", "How does the
 * CGTN author describe…"), or that name the source itself ("the WSJ article").
 */
const SOURCE_WORDS = new Set(
	[
		'say',
		// The stemmer makes "sai" of "says".
		'says',
		'write',
		'report',
		'according',
		'think',
		'describe',
		'call',
		'author',
		'writer',
		'article',
		'piece',
		'op',
		'ed',
	].map((word) => normalizeTerm(word) ?? word),
);

/** Initials stand for a publisher of three words or more ("WSJ"); fewer letters stand for too much else. */
const MIN_INITIALS = 3;

/**
 * The sources a question names by their publisher ("What does IBRA Digital say about Belarus?", "the WSJ")
 * or author ("How does Mikovic rate…"), so that it is answered from those alone. `undefined` when it names
 * none: then every document may answer.
 */
export function sourceScope(
	documents: readonly IndexedDocument[],
	question: string,
): SourceScope | undefined {
	const docIds = new Set<string>();
	const sources = new Set<string>();
	const notTopics = new Set<string>();
	/** Keeps to the document `id`, by `source` as the metadata spells it, named in the question as `words`. */
	const keepTo = (id: string, source: string, words: string) => {
		docIds.add(id);
		sources.add(source);
		for (const term of terms(words)) notTopics.add(term);
	};
	for (const { meta } of documents) {
		if (meta.publisher !== undefined)
			for (const called of [meta.publisher, initialsOf(meta.publisher)])
				if (called !== undefined && namesIn(question, called)) keepTo(meta.id, meta.publisher, called);
		// An author, by their whole name in any case, or by their surname as a name ("What does Mikovic
		// think…"), or in any case when it is no English word too ("mikovic").
		for (const author of authorNames(meta.author)) {
			const surname = author.split(/\s+/).at(-1) ?? author;
			if (namesIn(question, author) || namesIn(question, surname, !surnameInAnyCase(surname)))
				keepTo(meta.id, author, author);
		}
	}
	if (docIds.size === 0) return undefined;
	for (const word of SOURCE_WORDS) notTopics.add(word);
	return { docIds, sources: [...sources], notTopics };
}

/** Whether the question says the name, as whole words, in any case unless `cased` ("Rice" is no "rice"). */
function namesIn(question: string, name: string, cased = false): boolean {
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, cased ? 'u' : 'iu').test(question);
}

/**
 * A publisher's initials ("WSJ" for the Wall Street Journal, "NYT" for The New York Times), when it has words
 * enough for them to be distinct.
 */
function initialsOf(name: string): string | undefined {
	const words = name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word) && !/^(?:The|A|An)$/.test(word));
	return words.length >= MIN_INITIALS ? words.map((word) => word.charAt(0)).join('') : undefined;
}
