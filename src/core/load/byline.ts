import { splitSentences } from '../segment/sentences.ts';
import type { Sentence } from '../types.ts';

/**
 * Where a document names its author, verbatim, so that "Who wrote …?" can be answered with a citation:
 * an author's note ("Grigory Mityushnikov is a Belarusian journalist …") when there is one, as it also
 * says who they are, else the first line naming them ("By Grigory Mityushnikov"). The cleaner drops both
 * as page furniture, so they are found again from the metadata's author. `undefined` when the text never
 * names them.
 */
export function findByline(text: string, author: string | undefined): Sentence | undefined {
	// "Austin Ramzy; Ann M. Simmons": the first author's name is enough to find the line.
	const [name] = authorNames(author);
	if (name === undefined) return undefined;
	const sentences: Sentence[] = [];
	for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
		const sentence = sentenceAt(text, at);
		if (sentence !== undefined) sentences.push(sentence);
	}
	const note = new RegExp(`^${escapeRegExp(name)}\\s+(?:is|was)\\b`);
	return sentences.find((sentence) => note.test(sentence.text)) ?? sentences[0];
}

/** The people an author field names ("Austin Ramzy; Ann M. Simmons" is two). */
export function authorNames(author: string | undefined): string[] {
	return (author ?? '')
		.split(/[;,&]| and /)
		.map((name) => name.trim())
		.filter(Boolean);
}

function sentenceAt(text: string, at: number): Sentence | undefined {
	const lineEnd = text.indexOf('\n', at);
	const line = { start: text.lastIndexOf('\n', at) + 1, end: lineEnd < 0 ? text.length : lineEnd };
	return splitSentences(text, line).find((sentence) => sentence.start <= at && at < sentence.end);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
