import { eng as englishStopWords } from 'stopword';
import type { Sentence, TextSpan } from '../types.ts';
import { trimSpan } from '../util/trimSpan.ts';

/*
 * A rule-based splitter rather than Intl.Segmenter: ICU splits after "Mr." and "Dr." anyway, and it is
 * over a hundred times slower (3 s for the 10 MB State of the Union corpus, against 25 ms here), which
 * would make segmentation dominate a reindex.
 */

// Terminal punctuation with closing quotes/brackets, then any footnote marks ("… in 2013. [1] [2]"), which
// belong to neither sentence, then the space before the next.
const CANDIDATE_END = /([.!?…]+["'”’»)\]]*)((?:\s*\[\d{1,3}\])*)(?=\s)/g;

const FOOTNOTE_MARKS_ONLY = /^(?:\[\d{1,3}\]\s*)+$/;
const TRAILING_FOOTNOTE_MARKS = /(?<=[.!?…"'”’)])(?:\s*\[\d{1,3}\])+$/;

// Titles and abbreviations that are followed by a name or a number, never by a new sentence.
const NEVER_FINAL = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'prof',
	'st',
	'gen',
	'col',
	'lt',
	'sgt',
	'capt',
	'gov',
	'sen',
	'rep',
	'rev',
	'jr',
	'sr',
	'no',
	'nos',
	'vs',
	'v',
	'fig',
	'approx',
	'e.g',
	'i.e',
	'cf',
	'al',
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec',
	'mt',
	'ft',
	'pp',
	'vol',
	'ed',
]);

// Words that start sentences: after an initialism ("U.S.") they show a new sentence has begun.
const SENTENCE_STARTERS = new Set(englishStopWords.map((word) => word.toLowerCase()));

/**
 * Splits the text inside `span` into sentences with offsets into the whole text. A line break after
 * terminal punctuation ends a sentence too; a line break mid-sentence is a soft wrap.
 */
export function splitSentences(text: string, span: TextSpan): Sentence[] {
	const sentences: Sentence[] = [];
	let start = span.start;
	const push = (end: number): void => {
		const trimmed = trimSpan(text, start, end);
		// A paragraph's last sentence keeps no footnote marks either ("… economic ties. [1]").
		// Checked for a closing bracket first: the end-anchored pattern is tried at every position of the sentence.
		if (text[trimmed.end - 1] === ']') {
			const marks = TRAILING_FOOTNOTE_MARKS.exec(text.slice(trimmed.start, trimmed.end));
			if (marks) trimmed.end -= marks[0].length;
		}
		const content = text.slice(trimmed.start, trimmed.end);
		if (trimmed.end > trimmed.start && !FOOTNOTE_MARKS_ONLY.test(content)) {
			sentences.push({ ...trimmed, text: content });
		}
	};
	CANDIDATE_END.lastIndex = span.start;
	for (let match = CANDIDATE_END.exec(text); match !== null; match = CANDIDATE_END.exec(text)) {
		const end = match.index + (match[1] ?? '').length;
		const next = match.index + match[0].length;
		if (next >= span.end) break;
		if (isSentenceEnd(text, match.index, next)) {
			push(end);
			start = next;
		}
	}
	push(span.end);
	return sentences;
}

/** A title or abbreviation ("Mr", "Dr", "Gen") that a name or number follows, never a new sentence. */
export function isTitleAbbreviation(word: string): boolean {
	return NEVER_FINAL.has(word.toLowerCase());
}

function isSentenceEnd(text: string, punctuationAt: number, end: number): boolean {
	const after = /^\s*(\S+)/.exec(text.slice(end, end + 40));
	const nextWord = after?.[1] ?? '';
	if (/^\s*\n/.test(text.slice(end, end + 3))) return true;
	// A lower-case continuation ("the U.S. will") never starts a sentence.
	if (!/^["'“‘([]?[\p{Lu}\p{N}]/u.test(nextWord)) return false;
	if (text[punctuationAt] !== '.') return true;
	const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, punctuationAt - 12), punctuationAt));
	const word = before?.[1] ?? '';
	if (isTitleAbbreviation(word)) return false;
	// An initial ("Ann M. Simmons") or initialism ("U.S.") ends a sentence only before a typical starter.
	if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
		const bare = nextWord.replace(/^["'“‘([]/u, '').replace(/[^\p{L}]+$/u, '');
		return SENTENCE_STARTERS.has(bare.toLowerCase());
	}
	return true;
}
