import { splitSentences } from '../segment/sentences.ts';
import { isCommonEnglish } from '../text/wordRelations.ts';
import type { Sentence } from '../types.ts';

/**
 * Where a document names its author, verbatim, so that "Who wrote …?" can be answered with a citation:
 * an author's note ("Grigory Mityushnikov is a Belarusian journalist …") when there is one, as it also
 * says who they are, else the first line naming them ("By Grigory Mityushnikov"). The cleaner drops both
 * as page furniture, so they are found again from the metadata's author. The sentence naming them comes
 * first, then the rest of the note ("His work focuses…"), which may answer more about them. Empty when
 * the text never names them.
 */
export function findByline(text: string, author: string | undefined): Sentence[] {
	// "Austin Ramzy; Ann M. Simmons": the first author's name is enough to find the line.
	const [name] = authorNames(author);
	if (name === undefined) return [];
	const lines: Array<{ line: Sentence[]; naming: Sentence }> = [];
	for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
		const line = sentencesOfLine(text, at);
		const naming = line.find((sentence) => sentence.start <= at && at < sentence.end);
		if (naming !== undefined) lines.push({ line, naming });
	}
	const found = lines.find(({ naming }) => isNote(naming.text, name));
	if (found === undefined) return lines[0] === undefined ? [] : [fromBy(lines[0].naming, name)];
	return [found.naming, ...found.line.filter((sentence) => sentence.start > found.naming.start)];
}

/**
 * Whether a document's byline (see `findByline`) is an author's note, which says who they are ("Grigory
 * Mityushnikov is a Belarusian journalist…"), rather than only their name ("By Iwo Mazur").
 */
export function bylineIsNote(byline: readonly Sentence[], author: string | undefined): boolean {
	const [name] = authorNames(author);
	const [first] = byline;
	return name !== undefined && first !== undefined && isNote(first.text, name);
}

function isNote(sentence: string, name: string): boolean {
	return new RegExp(`^${escapeRegExp(name)}\\s+(?:is|was)\\b`).test(sentence);
}

/**
 * The byline from its "By": what comes before it on the line is the page's, not the author's ("1 month Ago
 * By Iwo Mazur", a date relative to when the page was saved).
 */
function fromBy(sentence: Sentence, name: string): Sentence {
	const at = sentence.text.search(new RegExp(`\\b[Bb]y\\s+${escapeRegExp(name)}`));
	return at <= 0
		? sentence
		: { start: sentence.start + at, end: sentence.end, text: sentence.text.slice(at) };
}

/** The people an author field names ("Austin Ramzy; Ann M. Simmons" is two). */
export function authorNames(author: string | undefined): string[] {
	return (author ?? '')
		.split(/[;,&]| and /)
		.map((name) => name.trim())
		.filter(Boolean);
}

/**
 * Whether a surname names its author in any case: "mikovic" is no English word, nor "obama" (WordNet knows it
 * as a name alone), so they can only be the author; but a lower-case "rice" is the grain, not Mr. Rice, who
 * is named only as a name.
 */
export function surnameInAnyCase(surname: string): boolean {
	return !isCommonEnglish(surname.toLowerCase());
}

/** The sentences of the line of `text` that holds offset `at`. */
function sentencesOfLine(text: string, at: number): Sentence[] {
	const lineEnd = text.indexOf('\n', at);
	const line = { start: text.lastIndexOf('\n', at) + 1, end: lineEnd < 0 ? text.length : lineEnd };
	return splitSentences(text, line);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
