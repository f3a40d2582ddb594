import { tokenize } from '../text/terms.ts';
import { type DocumentLanguage, type Script, scriptOf } from './language.ts';

/** How a line reads: the measurements that tell a sentence from a heading, a menu item or a fragment. */
export interface LineShape {
	/** Its words that contain a letter (numbers are left out). */
	words: string[];
	/** How many words it has, counting two characters as a word in scripts written without spaces. */
	wordCount: number;
	/** Share of `words` that are stop words of the document's language. */
	stopRatio: number;
	/** Share of `words` that begin with a lower-case letter. */
	lowercaseRatio: number;
	/** Ends with terminal punctuation, perhaps followed by closing quotes or citation marks ("…end.” [1]"). */
	endsSentence: boolean;
	/** Ends with an ellipsis: a teaser cut short. */
	truncated: boolean;
	/** Every word that is not a stop word begins with a capital: "Bosnia: The Next Hotspot in Europe?". */
	titleCase: boolean;
}

const HAS_LETTER = /\p{L}/u;
const UNSPACED: ReadonlySet<Script> = new Set(['han', 'kana', 'thai']);
// No script written without spaces starts below Thai.
const UNSPACED_FROM = 0x0e00;
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
const TERMINALS = new Set(['.', '!', '?', '。', '！', '？']);
// Minor words shorter than this do not need a capital in a title ("War With China a Real Possibility").
const TITLE_WORD_MIN_LENGTH = 3;

// Ratios settle long before the end of a long paragraph; a speech on one line need not be read whole.
const MAX_MEASURED_CHARS = 5000;

/** Measures one line's words and punctuation against the document's language. */
export function describeLine(text: string, language: DocumentLanguage): LineShape {
	const words = tokenize(text.slice(0, MAX_MEASURED_CHARS)).filter((word) => HAS_LETTER.test(word));
	const stopWords = language.stopWords;
	let wordCount = 0;
	let stops = 0;
	let lowercase = 0;
	let capitalisedContent = 0;
	let lowercaseContent = 0;
	for (const word of words) {
		const code = word.codePointAt(0) ?? 0;
		const script = code < UNSPACED_FROM ? null : scriptOf(code);
		wordCount += script !== null && UNSPACED.has(script) ? Math.ceil(word.length / 2) : 1;
		const lower = word.toLowerCase();
		const isStop = stopWords?.has(lower) ?? false;
		if (isStop) stops++;
		const first = word[0] ?? '';
		const startsLower = first !== first.toUpperCase();
		if (startsLower) lowercase++;
		if (isStop || word.length < TITLE_WORD_MIN_LENGTH) continue;
		if (startsLower) lowercaseContent++;
		else capitalisedContent++;
	}
	const ending = lastMeaningfulChars(text);
	const truncated = ending.endsWith('…') || ending.endsWith('...');
	return {
		words,
		wordCount,
		stopRatio: words.length === 0 ? 0 : stops / words.length,
		lowercaseRatio: words.length === 0 ? 0 : lowercase / words.length,
		endsSentence: !truncated && TERMINALS.has(ending.at(-1) ?? ''),
		truncated,
		titleCase: language.cased && capitalisedContent > 0 && lowercaseContent === 0,
	};
}

/** The line without trailing spaces, closing quotes and brackets, and citation marks such as "[12]". */
function lastMeaningfulChars(text: string): string {
	let end = text.length;
	for (;;) {
		while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
		const last = text[end - 1] ?? '';
		if (last === ']') {
			const open = text.lastIndexOf('[', end - 1);
			if (open !== -1 && /^\[\d{1,3}\]$/.test(text.slice(open, end))) {
				end = open;
				continue;
			}
		}
		if (CLOSERS.has(last)) {
			end--;
			continue;
		}
		return text.slice(Math.max(0, end - 3), end);
	}
}
