import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CleanedText } from '../../src/core/types.ts';

/**
 * The hand-labelled furniture fixture: for each seed page in `data/`, a `<file>.labels` file in
 * `tests/fixtures/furniture/` with one line per line of the page, `<label>\t<the line verbatim>`:
 * `A` article text, `F` furniture, `-` blank. Loading checks every labelled line against the page, so a
 * label can never silently drift from the text it describes.
 *
 * Usage:
 *   const documents = loadFurnitureLabels();
 *   const report = scoreFurniture(documents.map((document) => ({ document, cleaned: cleanText(document.text) })));
 *   report.overall.articleKept; report.perDocument['000_….txt'].furnitureRemoved; report.overall.misclassified;
 */

export type FurnitureLabel = 'A' | 'F' | '-';

export interface LabelledLine {
	/** 1-based, as editors count. */
	lineNumber: number;
	label: FurnitureLabel;
	text: string;
	/** Offset of the line's first character in the document's text. */
	start: number;
}

export interface LabelledDocument {
	/** The page's file name in the data folder, e.g. `000_ad776cbc1b6960fa.txt`. */
	name: string;
	text: string;
	lines: LabelledLine[];
}

export const FURNITURE_LABELS_DIR = join(import.meta.dirname, '..', 'fixtures', 'furniture');
export const SEED_DATA_DIR = join(import.meta.dirname, '..', '..', 'data');

const LABELS = new Set<string>(['A', 'F', '-']);

/**
 * Reads every `*.labels` file in `labelsDir` with the page of the same name (minus `.labels`) in
 * `dataDir`, sorted by name. Throws, naming the file and line, when a label is malformed, when a
 * labelled line differs from the page's line, or when the line counts differ.
 */
export function loadFurnitureLabels(
	labelsDir = FURNITURE_LABELS_DIR,
	dataDir = SEED_DATA_DIR,
): LabelledDocument[] {
	return readdirSync(labelsDir)
		.filter((file) => file.endsWith('.labels'))
		.sort()
		.map((file) => {
			const name = basename(file, '.labels');
			const text = readFileSync(join(dataDir, name), 'utf8');
			return { name, text, lines: parseLabels(file, readFileSync(join(labelsDir, file), 'utf8'), text) };
		});
}

function parseLabels(file: string, labels: string, text: string): LabelledLine[] {
	const pageLines = text.split('\n');
	const labelLines = (labels.endsWith('\n') ? labels.slice(0, -1) : labels).split('\n');
	if (labelLines.length !== pageLines.length) {
		throw new Error(
			`furniture labels: ${file} has ${labelLines.length} lines, its page has ${pageLines.length}`,
		);
	}
	let start = 0;
	return pageLines.map((pageLine, index) => {
		const labelLine = labelLines[index] ?? '';
		const lineNumber = index + 1;
		const label = labelLine[0] ?? '';
		const labelled = labelLine.slice(2);
		if (!LABELS.has(label) || labelLine[1] !== '\t') {
			throw new Error(
				`furniture labels: ${file}:${lineNumber} must start with A, F or - and a tab, got ${JSON.stringify(labelLine.slice(0, 20))}`,
			);
		}
		if (labelled !== pageLine) {
			throw new Error(
				`furniture labels: ${file}:${lineNumber} reads ${JSON.stringify(labelled)} but the page has ${JSON.stringify(pageLine)}`,
			);
		}
		if ((label === '-') !== (pageLine.trim() === '')) {
			throw new Error(
				`furniture labels: ${file}:${lineNumber} is labelled ${label} but the line is ${label === '-' ? 'not ' : ''}blank`,
			);
		}
		const line: LabelledLine = { lineNumber, label: label as FurnitureLabel, text: pageLine, start };
		start += pageLine.length + 1;
		return line;
	});
}

export interface Misclassified {
	document: string;
	lineNumber: number;
	/** `A`: article text the cleaner dropped (wholly or partly); `F`: furniture it kept (wholly or partly). */
	label: 'A' | 'F';
	text: string;
}

export interface FurnitureScore {
	/** Share of `A` lines whose every non-space character lies inside a kept paragraph (1 when there are none). */
	articleKept: number;
	/** Share of `F` lines none of whose characters lies inside a kept paragraph (1 when there are none). */
	furnitureRemoved: number;
	articleLines: number;
	furnitureLines: number;
	misclassified: Misclassified[];
}

export interface FurnitureReport {
	overall: FurnitureScore;
	perDocument: Record<string, FurnitureScore>;
}

/** Scores the cleaner's verdict on each labelled document, per document and over all lines together. */
export function scoreFurniture(
	results: ReadonlyArray<{ document: LabelledDocument; cleaned: CleanedText }>,
): FurnitureReport {
	const perDocument: Record<string, FurnitureScore> = {};
	const tallies = results.map(({ document, cleaned }) => {
		const tally = tallyDocument(document, cleaned);
		perDocument[document.name] = toScore(tally);
		return tally;
	});
	const overall = tallies.reduce(
		(sum, tally) => ({
			articleLines: sum.articleLines + tally.articleLines,
			articleKeptLines: sum.articleKeptLines + tally.articleKeptLines,
			furnitureLines: sum.furnitureLines + tally.furnitureLines,
			furnitureRemovedLines: sum.furnitureRemovedLines + tally.furnitureRemovedLines,
			misclassified: [...sum.misclassified, ...tally.misclassified],
		}),
		emptyTally(),
	);
	return { overall: toScore(overall), perDocument };
}

interface Tally {
	articleLines: number;
	articleKeptLines: number;
	furnitureLines: number;
	furnitureRemovedLines: number;
	misclassified: Misclassified[];
}

function emptyTally(): Tally {
	return {
		articleLines: 0,
		articleKeptLines: 0,
		furnitureLines: 0,
		furnitureRemovedLines: 0,
		misclassified: [],
	};
}

function tallyDocument(document: LabelledDocument, cleaned: CleanedText): Tally {
	const covered = new Uint8Array(document.text.length);
	for (const paragraph of cleaned.paragraphs) covered.fill(1, paragraph.start, paragraph.end);
	const tally = emptyTally();
	for (const line of document.lines) {
		if (line.label === '-') continue;
		let keptChars = 0;
		let visibleChars = 0;
		for (let offset = 0; offset < line.text.length; offset++) {
			if (/\s/.test(line.text[offset] ?? '')) continue;
			visibleChars++;
			keptChars += covered[line.start + offset] ?? 0;
		}
		const correct = line.label === 'A' ? keptChars === visibleChars : keptChars === 0;
		if (line.label === 'A') {
			tally.articleLines++;
			if (correct) tally.articleKeptLines++;
		} else {
			tally.furnitureLines++;
			if (correct) tally.furnitureRemovedLines++;
		}
		if (!correct) {
			tally.misclassified.push({
				document: document.name,
				lineNumber: line.lineNumber,
				label: line.label,
				text: line.text,
			});
		}
	}
	return tally;
}

function toScore(tally: Tally): FurnitureScore {
	return {
		articleKept: tally.articleLines === 0 ? 1 : tally.articleKeptLines / tally.articleLines,
		furnitureRemoved: tally.furnitureLines === 0 ? 1 : tally.furnitureRemovedLines / tally.furnitureLines,
		articleLines: tally.articleLines,
		furnitureLines: tally.furnitureLines,
		misclassified: tally.misclassified,
	};
}
