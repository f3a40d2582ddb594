import type { TextSpan } from '../types.ts';

/** One line of a document: `text` is the line without its line break (or carriage return). */
export interface Line extends TextSpan {
	text: string;
	blank: boolean;
}

/**
 * What the cleaner judges as a whole: one line in most documents, or a paragraph of hard-wrapped
 * lines, whose pieces only make sense together ("of the country" is not furniture, it is a wrapped tail).
 */
export interface Unit {
	/** Indices into the document's lines, consecutive and never blank. */
	lines: number[];
	/** The lines' trimmed text joined by single spaces. */
	text: string;
}

/** Splits a text into lines with their offsets, treating `\n` and `\r\n` alike. */
export function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	for (;;) {
		const newline = text.indexOf('\n', start);
		const stop = newline === -1 ? text.length : newline;
		const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
		const line = text.slice(start, end);
		lines.push({ start, end, text: line, blank: line.trim() === '' });
		if (newline === -1) return lines;
		start = newline + 1;
	}
}

// A wrapped paragraph's lines run up to a column limit; pages dumped one block per line do not.
const MAX_WRAP_WIDTH = 100;
const MIN_WRAP_WIDTH = 40;

/**
 * True when the document was hard-wrapped at a fixed width: its longest line is short, and a good share
 * of its lines reach close to that width and continue on the next line.
 */
function isHardWrapped(lines: readonly Line[]): boolean {
	let width = 0;
	let nonBlank = 0;
	for (const line of lines) {
		if (line.blank) continue;
		nonBlank++;
		width = Math.max(width, line.text.trimEnd().length);
	}
	if (nonBlank < 4 || width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return false;
	let wrapped = 0;
	for (let i = 0; i + 1 < lines.length; i++) {
		const line = lines[i];
		const next = lines[i + 1];
		if (line === undefined || next === undefined || line.blank || next.blank) continue;
		if (line.text.trimEnd().length >= 0.75 * width) wrapped++;
	}
	return wrapped >= 0.3 * nonBlank;
}

/** Groups non-blank lines into units: each line alone, or each run of lines in a hard-wrapped text. */
export function groupUnits(lines: readonly Line[]): Unit[] {
	const units: Unit[] = [];
	const joinRuns = isHardWrapped(lines);
	let current: Unit | null = null;
	for (const [index, line] of lines.entries()) {
		if (line.blank) {
			current = null;
		} else if (current !== null && joinRuns) {
			current.lines.push(index);
			current.text += ` ${line.text.trim()}`;
		} else {
			current = { lines: [index], text: line.text.trim() };
			units.push(current);
		}
	}
	return units;
}
