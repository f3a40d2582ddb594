import type { CorpusIndex } from '../corpusIndex.ts';
import { normalizeTerm, tokenize } from '../text/terms.ts';

/**
 * One thing a question asks about, and the terms that count as a sentence mentioning it: the term
 * itself, the other form of an alias, or, for a word the corpus lacks, its close spellings ("Beijng").
 */
export interface QueryConcept {
	term: string;
	alternatives: ReadonlySet<string>;
	weight: number;
}

// Question scaffolding: the question type already stands for these, so they must not count as topics.
const SCAFFOLDING = new Set(
	['when', 'where', 'why', 'who', 'whom', 'whose', 'which', 'what', 'did', 'does', 'do', 'tell', 'year', 'date', 'month', 'day', 'many', 'much', 'long', 'number', 'happen', 'time', 'times'].map(
		(word) => normalizeTerm(word) ?? word,
	),
);

export interface AnalyzedQuery {
	concepts: QueryConcept[];
	/** The question's content words, as typed: what is sent to the search index. */
	searchText: string;
}

export function analyzeQuery(index: CorpusIndex, question: string): AnalyzedQuery {
	const concepts = new Map<string, QueryConcept>();
	const words: string[] = [];
	for (const word of tokenize(question)) {
		const term = normalizeTerm(word);
		if (term === null || SCAFFOLDING.has(term)) continue;
		words.push(word);
		if (concepts.has(term)) continue;
		const alternatives = new Set(index.documentFrequency.has(term) ? [term] : closeSpellings(index, word));
		alternatives.add(term);
		for (const alias of index.data.aliases) {
			if (alias.abbreviationTerm === term) for (const other of alias.expansionTerms) alternatives.add(other);
			if (alias.expansionTerms.includes(term)) alternatives.add(alias.abbreviationTerm);
		}
		const weight = Math.max(...[...alternatives].map((alternative) => index.idf(alternative)));
		concepts.set(term, { term, alternatives, weight });
	}
	return { concepts: [...concepts.values()], searchText: words.join(' ') };
}

/** The corpus terms a misspelt word most likely means, found by MiniSearch's own fuzzy matching. */
function closeSpellings(index: CorpusIndex, word: string): string[] {
	const results = index.search.search(word, { ...index.searchOptions, boost: { text: 1 } });
	return [...new Set(results.slice(0, 20).flatMap((result) => result.terms))];
}
