import { createRequire } from 'node:module';
import { stemmer } from 'stemmer';
import { eng as englishStopWords } from 'stopword';

/*
 * The one definition of "a term" in Dossier: the index, the answerer, the timeline's topic filter and
 * fact merging all compare words through `tokenize` and `normalizeTerm`, so they can never disagree.
 */

// The package's list leaves out a few function words that otherwise match everywhere ("its", "so", "us").
const MORE_STOP_WORDS = [
	'its',
	'us',
	'so',
	'just',
	'yet',
	'will',
	'shall',
	'may',
	'also',
	'even',
	'ever',
	'per',
	'via',
	'upon',
	'onto',
	'whether',
	'though',
	'although',
	'despite',
	// Prepositions and conjunctions the package leaves out, which never carry a topic ("during his visit",
	// "torture against terror suspects").
	'during',
	'among',
	'amid',
	'amidst',
	'within',
	'toward',
	'towards',
	'throughout',
	'against',
	'across',
	'along',
	'around',
	'beside',
	'besides',
	'beyond',
	'until',
	'unless',
	'whereas',
	'whilst',
	// The package stops "have", "has", "had" and "being", but not "having" ("doing" is "do": VERB_BASE_FORMS).
	'having',
	// …and "he", "him" and "himself", but not "she": a question about a woman must weigh as one about a man.
	'she',
	'hers',
	'herself',
	'thus',
	'hence',
	// Words that stress a question and never carry its topic ("what was it actually aimed at?").
	'actually',
	'really',
	'exactly',
	'basically',
	// …or that ask for more of the same ("who else did he meet?").
	'else',
	// Indefinite pronouns and the vaguest nouns, which stand for the topic rather than name it ("threatened
	// by somebody", "keep things calm", "a security thing").
	'someone',
	'somebody',
	'something',
	'anyone',
	'anybody',
	'anything',
	'everyone',
	'everybody',
	'everything',
	'nobody',
	'nothing',
	'thing',
	'things',
	'stuff',
	// Words that say how many or when, vaguely, never what ("a bunch of papers", "lots of trade", "anytime soon").
	'bunch',
	'lot',
	'lots',
	'plenty',
	'handful',
	'anytime',
	'sometime',
	'somewhere',
	'anywhere',
	'everywhere',
];
const STOP_WORDS = new Set<string>([...englishStopWords, ...MORE_STOP_WORDS]);

/*
 * Irregular verb forms and their base ("said" → "say", "met" → "meet", "held" → "hold"): a stemmer cannot see
 * that "What did Xi say?" is answered by "Xi said". WordNet's list of verb exceptions, as wink-lexicon ships
 * it (the one file, not the whole lexicon, which would cost megabytes of memory).
 */
const VERB_BASE_FORMS = new Map<string, string>(
	Object.entries(createRequire(import.meta.url)('wink-lexicon/src/wn-verb-exceptions.js')),
);

// "the West" and "Western countries" are one name; the stemmer keeps "-ern" ("northern", "southern").
const COMPASS_ADJECTIVES = new Map([
	['western', 'west'],
	['eastern', 'east'],
	['northern', 'north'],
	['southern', 'south'],
]);

// A month as chat shortens it ("Feb 23", "Sept. 2023") is the month. Not "mar" nor "may", which are words too.
const MONTH_ABBREVIATIONS = new Map([
	['jan', 'january'],
	['feb', 'february'],
	['apr', 'april'],
	['jun', 'june'],
	['jul', 'july'],
	['aug', 'august'],
	['sep', 'september'],
	['sept', 'september'],
	['oct', 'october'],
	['nov', 'november'],
	['dec', 'december'],
]);

// The country, however it is written; lower-case "us" is the pronoun, a stop word.
const UNITED_STATES = /^(?:U\.S\.?A?|USA?)$/;

// Letters (any script) and digits, keeping inner apostrophes, dots and commas of numbers ("1.3", "3,000").
// Not a dot before a capitalised word: that is a sentence run into the next with its space lost, as pasted
// pages have it ("…a survivor, Megan Crowley.Megan was diagnosed"); "U.S." and "recovery.gov" stay whole.
const WORD = /[\p{L}\p{N}]+(?:(?:[,'’]|\.(?!\p{Lu}\p{Ll}))[\p{L}\p{N}]+)*/gu;

/** Splits text into raw words, in order. */
export function tokenize(text: string): string[] {
	return text.match(WORD) ?? [];
}

/** The raw words of a text with their offsets, for marking matched words in an excerpt. */
export function wordsWithOffsets(text: string): IterableIterator<RegExpMatchArray> {
	return text.matchAll(WORD);
}

/**
 * Lower-cases, drops stop words and stems a raw word; `null` means "not a search term".
 * Possessives are folded ("Belarus’" and "Belarus's" are "belarus"), as are thousands separators.
 */
export function normalizeTerm(word: string): string | null {
	const cached = cache.get(word);
	if (cached !== undefined) return cached;
	// A bound, so hostile queries full of unique junk words cannot grow the cache without limit.
	if (cache.size >= MAX_CACHED_WORDS) cache.clear();
	const term = computeTerm(word);
	cache.set(word, term);
	return term;
}

// Stemming is the costliest step of indexing, and a corpus repeats the same few thousand words.
const cache = new Map<string, string | null>();
const MAX_CACHED_WORDS = 200_000;

function computeTerm(word: string): string | null {
	if (UNITED_STATES.test(word)) return 'usa';
	const lower = word
		.toLowerCase()
		.replace(/['’]s?$/u, '')
		.replace(/(?<=\d),(?=\d{3})/g, '');
	if (lower.length === 0 || STOP_WORDS.has(lower)) return null;
	if (/^\d/.test(lower)) return lower;
	const plain = lower.replaceAll('.', '').replaceAll('’', "'");
	// "hasn't" says "has not", and is matched as "not": "has" is a stop word, and so is "does" of "doesn't".
	if (plain.endsWith("n't")) return 'not';
	// "he'd", "they're", "we've": a stop word with a verb worn down to a letter or two is one too.
	const contracted = /^(\p{L}+)'(?:d|re|ve|ll|m)$/u.exec(plain);
	if (contracted && STOP_WORDS.has(contracted[1] ?? '')) return null;
	const base =
		VERB_BASE_FORMS.get(plain) ?? COMPASS_ADJECTIVES.get(plain) ?? MONTH_ABBREVIATIONS.get(plain) ?? plain;
	// A form of a stop word is one too: "made" as much as "make".
	return STOP_WORDS.has(base) ? null : stemmer(base);
}

const INFLECTIONS = new Set(['s', 'es', 'd', 'ed', 'ing']);

/**
 * A word's base form when it is an inflection ("seeks" → "seek", "planned" → "plan", "won" → "win"), else
 * `undefined`. Word vectors of inflected forms sit further from the base forms questions use: "want" is
 * 0.70 from "seek" but 0.45 from "seeks".
 */
export function baseForm(word: string): string | undefined {
	const lower = word.toLowerCase().replace(/['’]s?$/u, '');
	const irregular = VERB_BASE_FORMS.get(lower);
	if (irregular !== undefined) return irregular;
	// The word's term is its stem (cached: this runs for every word of every sentence a question reads).
	const stem = normalizeTerm(word);
	if (stem === null || stem === lower || !lower.startsWith(stem)) return undefined;
	const ending = lower.slice(stem.length);
	// "planned": the stem's last letter doubled before the ending.
	const undoubled = ending.length > 2 && ending[0] === stem.at(-1) ? ending.slice(1) : ending;
	return INFLECTIONS.has(undoubled) ? stem : undefined;
}

/** The distinct search terms of a text, in first-seen order. */
export function terms(text: string): string[] {
	const seen = new Set<string>();
	for (const word of tokenize(text)) {
		const term = normalizeTerm(word);
		if (term !== null) seen.add(term);
	}
	return [...seen];
}
