import { normalizeTerm } from '../text/terms.ts';
import type { QueryConcept } from './queryConcepts.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/**
 * What follows a name that a sentence defines: "(SCO) is a", "was an", or an apposition: ", a China
 * researcher", ", the General Secretary". Not "The 2012 SCO summit was the…", where the summit is defined,
 * nor "against Lukashenko, the relationship…", where a new clause starts.
 */
const DEFINED =
	/^\s*(?:\([^()]{1,60}\)\s*)?(?:\s(?:is|was|are|were)\s+(?:a|an|the|one)\s|,\s*(?:an?\s|the\s+\p{Lu}))/u;

/**
 * Whether a sentence says what one of the names is: "The Shanghai Cooperation Organisation (SCO) is a
 * Eurasian political… organization", "Alexander Lukashenko is a Belarusian politician", "said Jakub
 * Jakobowski, a China researcher". What "What is the SCO?" asks for, rather than any sentence naming it.
 */
export function definesName(text: string, names: readonly QueryConcept[]): boolean {
	for (const match of text.matchAll(WORD)) {
		const term = normalizeTerm(match[0]);
		if (term === null || !names.some((name) => endsName(name, term))) continue;
		if (DEFINED.test(text.slice(match.index + match[0].length))) return true;
	}
	return false;
}

/** Whether the term is the name, or ends one of its spelled-out forms ("Organisation" for the SCO). */
function endsName(name: QueryConcept, term: string): boolean {
	return name.alternatives.has(term) || name.phrases.some((phrase) => phrase.at(-1) === term);
}
