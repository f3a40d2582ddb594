import { describe, expect, it } from 'vitest';
import { isPersonNoun, nounsApart, sameFamily, solePartOfSpeech } from '../src/core/text/wordRelations.ts';
import { rowSimilarity, wordVectorRow } from '../src/core/text/wordVectors.ts';

const row = (word: string) => wordVectorRow(word) ?? -1;
const apart = (noun: string, other: string) => nounsApart(row(noun), row(other));

describe('word relations (WordNet)', () => {
	it('GIVEN two nouns that word vectors place close but mean different things THEN WordNet sets them apart', () => {
		// As close in vector space as a true synonym: the reason for asking WordNet at all.
		expect(rowSimilarity(row('wife'), row('friend'))).toBeGreaterThan(0.8);
		expect(apart('wife', 'friend')).toBe(true);
		expect(apart('factory', 'industrial')).toBe(true);
		expect(apart('opposition', 'political')).toBe(true);
		expect(apart('yuan', 'billion')).toBe(true);
	});

	it('GIVEN a synonym, a more general word, a derived word or an inflection THEN the nouns are not apart', () => {
		expect(apart('envoy', 'ambassador')).toBe(false); // both diplomats
		expect(apart('drills', 'exercises')).toBe(false); // inflected, found by their base forms
		expect(apart('invasion', 'invaded')).toBe(false); // derived
		expect(apart('idea', 'concept')).toBe(false);
		expect(apart('wife', 'spouse')).toBe(false);
	});

	it('GIVEN a word that is also a verb, or one WordNet lacks THEN nothing is said of it', () => {
		// Verbs are paraphrased more loosely than WordNet links them: "sell" is answered by "markets".
		expect(apart('sell', 'markets')).toBe(false);
		expect(apart('wife', 'lukashenko')).toBe(false);
	});

	it('GIVEN a word THEN its part of speech is known when every sense of it shares one', () => {
		expect(solePartOfSpeech(row('mostly'))).toBe('adverb');
		expect(solePartOfSpeech(row('lately'))).toBe('adverb');
		expect(solePartOfSpeech(row('wife'))).toBe('noun');
		expect(solePartOfSpeech(row('crimea'))).toBe('name'); // an instance of a peninsula
		expect(solePartOfSpeech(row('china'))).toBe('noun'); // also porcelain
		expect(solePartOfSpeech(row('drills'))).toBe('none'); // a noun and a verb
		expect(solePartOfSpeech(row('still'))).toBe('none'); // an adverb, an adjective, a noun and a verb
	});

	it('GIVEN two words THEN they are of one family when one is derived from the other, not when opposed or only related', () => {
		const family = (a: string, b: string) => sameFamily(row(a), row(b));
		// Word vectors place these further apart than many mere neighbours: 0.45 for "friendship", "friend".
		expect(rowSimilarity(row('friendship'), row('friend'))).toBeLessThan(0.5);
		expect(family('friendship', 'friend')).toBe(true);
		expect(family('invasion', 'invaded')).toBe(true); // by its base form
		expect(family('politically', 'political')).toBe(true); // an adverb to its adjective
		expect(family('admit', 'deny')).toBe(false); // antonyms
		expect(family('wife', 'friend')).toBe(false);
	});

	it('GIVEN a noun THEN it names a kind of person when its commonest sense does, not a rarer one', () => {
		const person = isPersonNoun;
		expect(person('veteran')).toBe(true);
		expect(person('governors')).toBe(true); // by its base form
		expect(person('men')).toBe(true); // an irregular plural, though WordNet has "men" as a noun of its own
		// A person only in a rare sense (Job of the Bible), or in none.
		expect(person('jobs')).toBe(false);
		expect(person('companies')).toBe(false);
	});
});
