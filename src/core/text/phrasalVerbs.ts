import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeTerm } from './terms.ts';

/*
 * Phrasal verbs, which people asking use where articles write one word: "Has Belarus been beefing up its
 * military?" is answered by "has strengthened its armed forces". WordNet gives some 700 of them one-word
 * synonyms in their most frequent sense (see src/tools/buildPhrasalVerbs.ts): 20 KB, loaded at the first
 * question with a particle in it. Derived from WordNet 3.1, © Princeton University, used under the WordNet
 * licence.
 */

export const PHRASAL_VERBS_FILE = join(import.meta.dirname, 'phrasalVerbs.txt');

/** The particles that make one verb of the verb before them. No preposition: "going to" is no "go to". */
export const PARTICLES: ReadonlySet<string> = new Set([
	'up',
	'down',
	'back',
	'off',
	'out',
	'over',
	'ahead',
	'forward',
	'away',
	'through',
	'along',
	'around',
]);

let table: Map<string, string[]> | undefined;

function load(): Map<string, string[]> {
	if (table) return table;
	table = new Map();
	for (const line of readFileSync(PHRASAL_VERBS_FILE, 'utf8').split('\n')) {
		const [phrase = '', synonyms = ''] = line.split('\t');
		const [verb = '', particle = ''] = phrase.split(' ');
		if (synonyms === '') continue;
		// Two verbs of one stem ("bear out", "bearing out") share their synonyms.
		const key = keyOf(verb, particle);
		table.set(key, [...(table.get(key) ?? []), ...synonyms.split(' ')]);
	}
	return table;
}

/**
 * The one-word synonyms of a verb and the word after it, when the two make a phrasal verb WordNet knows
 * ("beefing", "up": "strengthen", "fortify"); otherwise none.
 */
export function phrasalSynonyms(verb: string, next: string): readonly string[] {
	const particle = next.toLowerCase();
	return PARTICLES.has(particle) ? (load().get(keyOf(verb, particle)) ?? []) : [];
}

// A verb in any of its forms by its stem ("beefing", "beefed": "beef"); a stop word ("made") as written.
function keyOf(verb: string, particle: string): string {
	return `${normalizeTerm(verb) ?? verb.toLowerCase()} ${particle}`;
}
