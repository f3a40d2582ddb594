import { MONTH_NUMBERS } from '../timeline/calendarWords.ts';
import type { Sentence } from '../types.ts';

/*
 * Where a document states its date, its title and where it first appeared, verbatim, so that "When did CGTN
 * run the op-ed?", "What was the WSJ's headline?" and "Where was it first published?" are answered with a
 * citation, as "Who wrote it?" is from the byline (see byline.ts). The cleaner drops these lines as page
 * furniture, so they are found again: the first place the text writes the metadata's date, the first line
 * that holds its title, a line that says where the piece was first published.
 */

/** Where the text first writes the date `iso` (YYYY-MM-DD), in any of the ways pages do; none for a coarser date. */
export function findDateline(text: string, iso: string | undefined): Sentence | undefined {
	const [, year, month, day] = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso ?? '') ?? [];
	if (year === undefined || month === undefined || day === undefined) return undefined;
	const names = [...MONTH_NUMBERS]
		.filter(([, number]) => number === Number(month))
		.map(([name]) => name.charAt(0).toUpperCase() + name.slice(1))
		.sort((a, b) => b.length - a.length)
		.join('|');
	// Capitalised, as pages write them, and found even glued to the words around ("By Nikola MikovicMarch 1,
	// 2023Updated", where the page's markup kept them apart).
	const monthName = `(?<!\\p{Lu})(?:${names})\\.?`;
	const days = `0?${Number(day)}`;
	// "2023-03-03", "March 1, 2023", "Mar. 1, 2023", "02 Mar 2023", "1 March 2023".
	const written = new RegExp(
		`\\b${year}-${month}-${day}(?!\\d)|${monthName} ${days},? ${year}(?!\\d)|\\b${days} ${monthName},? ${year}(?!\\d)`,
		'u',
	);
	const match = written.exec(text);
	return match ? { start: match.index, end: match.index + match[0].length, text: match[0] } : undefined;
}

/** The first line that holds the title, from the title on ("1. World News: China's Xi Welcomes…" from "World"). */
export function findTitleLine(text: string, title: string | undefined): Sentence | undefined {
	if (title === undefined || title.trim() === '') return undefined;
	const at = text.indexOf(title);
	if (at < 0) return undefined;
	const lineEnd = text.indexOf('\n', at);
	const line = text.slice(at, lineEnd < 0 ? text.length : lineEnd).trimEnd();
	return { start: at, end: at + line.length, text: line };
}

// "Originally published by CGTN.", "This article first appeared in The Diplomat." (a line of its own).
const ORIGIN =
	/^[ \t]*((?:This (?:article|piece|story|op-ed) )?(?:was )?(?:originally|first) (?:published|appeared|ran) (?:by|in|on|at) \S.*?)[ \t]*$/i;
// Its words, found first: the whole pattern, tried at every line start of a long text, costs six times as much.
const ORIGIN_WORDS = /(?:originally|first) (?:published|appeared|ran) (?:by|in|on|at) \S/gi;

/** The line that says where a republished piece first appeared. */
export function findOriginLine(text: string): Sentence | undefined {
	for (const { index } of text.matchAll(ORIGIN_WORDS)) {
		const lineStart = text.lastIndexOf('\n', index) + 1;
		const lineEnd = text.indexOf('\n', index);
		const lineText = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
		const match = ORIGIN.exec(lineText);
		const line = match?.[1];
		if (match === null || line === undefined) continue;
		const start = lineStart + match.index + match[0].indexOf(line);
		return { start, end: start + line.length, text: line };
	}
	return undefined;
}
