import * as stopwordLists from 'stopword';
import { tokenize } from '../text/terms.ts';

/*
 * The document's majority writing system and language, so that a line in another one (a Chinese
 * headline in an English page, a Lithuanian comment footer under an English article) can be told apart.
 */

export type Script =
	| 'latin'
	| 'cyrillic'
	| 'greek'
	| 'arabic'
	| 'hebrew'
	| 'devanagari'
	| 'thai'
	| 'hangul'
	| 'kana'
	| 'han'
	| 'other';

// Code point ranges of the scripts we tell apart; anything else that is a letter is 'other'.
const SCRIPT_RANGES: ReadonlyArray<readonly [number, number, Script]> = [
	[0x0041, 0x024f, 'latin'],
	[0x0370, 0x03ff, 'greek'],
	[0x0400, 0x052f, 'cyrillic'],
	[0x0590, 0x05ff, 'hebrew'],
	[0x0600, 0x06ff, 'arabic'],
	[0x0900, 0x097f, 'devanagari'],
	[0x0e00, 0x0e7f, 'thai'],
	[0x1e00, 0x1eff, 'latin'],
	[0x3040, 0x30ff, 'kana'],
	[0x3400, 0x4dbf, 'han'],
	[0x4e00, 0x9fff, 'han'],
	[0xac00, 0xd7af, 'hangul'],
];

/** Scripts whose letters have no upper and lower case, where capitalisation says nothing. */
const CASELESS: ReadonlySet<Script> = new Set([
	'arabic',
	'hebrew',
	'devanagari',
	'thai',
	'hangul',
	'kana',
	'han',
]);

const LETTER = /\p{L}/u;

/** The script of one code point, or `null` when it is not a letter. */
export function scriptOf(codePoint: number): Script | null {
	if (codePoint < 0x80) {
		const lower = codePoint | 0x20;
		return lower >= 0x61 && lower <= 0x7a ? 'latin' : null;
	}
	if (!LETTER.test(String.fromCodePoint(codePoint))) return null;
	for (const [from, to, script] of SCRIPT_RANGES) if (codePoint >= from && codePoint <= to) return script;
	return 'other';
}

/** Letters counted per script over at most `limit` characters of `text`. */
function countScripts(text: string, limit = text.length): Map<Script, number> {
	const counts = new Map<Script, number>();
	const end = Math.min(limit, text.length);
	for (let i = 0; i < end; i++) {
		const code = text.codePointAt(i) ?? 0;
		if (code > 0xffff) i++;
		const script = scriptOf(code);
		if (script !== null) counts.set(script, (counts.get(script) ?? 0) + 1);
	}
	return counts;
}

/** The script with the most letters, or `null` when there are none. */
function majorityScript(counts: ReadonlyMap<Script, number>): Script | null {
	let best: Script | null = null;
	let bestCount = 0;
	for (const [script, count] of counts) {
		if (count > bestCount) {
			best = script;
			bestCount = count;
		}
	}
	return best;
}

/** Every stop-word list the `stopword` package ships, by ISO 639-3 code (its digit list left out). */
const STOP_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
	Object.entries(stopwordLists)
		.filter((entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[0] !== '_123')
		.map(([code, words]) => [code, new Set(words.map((word) => word.toLowerCase()))]),
);

/** For each stop word, the languages it is a stop word of: one look-up per word instead of one per list. */
const LANGUAGES_OF_WORD: ReadonlyMap<string, readonly string[]> = (() => {
	const index = new Map<string, string[]>();
	for (const [code, list] of STOP_WORDS) {
		for (const word of list) index.set(word, [...(index.get(word) ?? []), code]);
	}
	return index;
})();

export interface DocumentLanguage {
	script: Script | null;
	/** ISO 639-3 code of the language whose stop words the text uses most, or `null` if none fits. */
	code: string | null;
	stopWords: ReadonlySet<string> | null;
	/** Whether capitalisation carries meaning (Latin, Cyrillic, Greek). */
	cased: boolean;
}

// Enough text to recognise a language (some 600 words); reading the whole of a long speech would only cost time.
const SAMPLE_CHARS = 4_000;
// Below this share of stop words among a text's words, no stop-word list describes it.
const MIN_STOP_SHARE = 0.1;

/** Recognises a text's majority script and language from a sample of it. */
export function detectLanguage(text: string): DocumentLanguage {
	const script = majorityScript(countScripts(text, SAMPLE_CHARS));
	const words = tokenize(text.slice(0, SAMPLE_CHARS));
	const hits = new Map<string, number>();
	for (const word of words) {
		for (const candidate of LANGUAGES_OF_WORD.get(word.toLowerCase()) ?? []) {
			hits.set(candidate, (hits.get(candidate) ?? 0) + 1);
		}
	}
	let code: string | null = null;
	let bestHits = MIN_STOP_SHARE * words.length;
	for (const [candidate, count] of hits) {
		if (count > bestHits) {
			code = candidate;
			bestHits = count;
		}
	}
	return {
		script,
		code,
		stopWords: code === null ? null : (STOP_WORDS.get(code) ?? null),
		cased: script !== null && !CASELESS.has(script),
	};
}

const NON_ASCII_LETTER = /[^\p{ASCII}]/u;
const ASCII_ONLY = /^\p{ASCII}*$/u;

/**
 * True when a line is written in another script or language than its document: most of its letters
 * are in another script, or, for a short line, it has none of the document's stop words and its
 * lower-case words are another language's stop words (or, in an English document, are spelt with
 * letters English does not use). Capitalised words are left out of that evidence: they are names.
 */
export function isForeignLine(text: string, words: readonly string[], language: DocumentLanguage): boolean {
	if (words.length > 0 && language.script !== null && inOtherScript(text, language.script)) return true;
	const own = language.stopWords;
	if (own === null || words.length === 0 || words.length > 12) return false;
	if (words.some((word) => own.has(word.toLowerCase()))) return false;
	const lowerCase = words.filter((word) => word.length > 1 && word === word.toLowerCase());
	if (language.code === 'eng' && lowerCase.some((word) => NON_ASCII_LETTER.test(word))) return true;
	return lowerCase.some((word) => (LANGUAGES_OF_WORD.get(word) ?? []).some((code) => code !== language.code));
}

/** Whether most of a line's letters are in a script other than `script`. */
function inOtherScript(text: string, script: Script): boolean {
	if (ASCII_ONLY.test(text)) return script !== 'latin';
	const counts = countScripts(text, 2000);
	const lineScript = majorityScript(counts);
	if (lineScript === null || lineScript === script) return false;
	const letters = [...counts.values()].reduce((sum, count) => sum + count, 0);
	return (counts.get(lineScript) ?? 0) > letters / 2;
}
