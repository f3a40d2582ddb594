import type { FurnitureReason, RemovedLine, TextSpan } from '../types.ts';
import { trimSpan } from '../util/trimSpan.ts';
import type { Line } from './lines.ts';
import { findTags } from './shapes.ts';

/** The cleaner's verdict on one line: kept as article text, or removed for a reason. */
export type LineVerdict = { kept: true } | { kept: false; reason: FurnitureReason };

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Turns per-line verdicts into paragraph spans and removal records. A paragraph is a run of kept
 * lines with no blank or removed line between them; a kept line with inline HTML is cut around its
 * tags, each piece its own paragraph, so that no span ever contains markup.
 */
export function assembleParagraphs(
	text: string,
	lines: readonly Line[],
	verdicts: readonly LineVerdict[],
): { paragraphs: TextSpan[]; removed: RemovedLine[] } {
	const paragraphs: TextSpan[] = [];
	const removed: RemovedLine[] = [];
	let open: TextSpan | null = null;
	const close = (): void => {
		if (open !== null) paragraphs.push(open);
		open = null;
	};
	lines.forEach((line, index) => {
		const verdict = verdicts[index];
		if (line.blank || verdict === undefined) {
			close();
			return;
		}
		const span = trimSpan(text, line.start, line.end);
		if (!verdict.kept) {
			close();
			removed.push({ ...span, reason: verdict.reason });
			return;
		}
		const tags = findTags(line.text);
		if (tags.length === 0) {
			open = open === null ? span : { start: open.start, end: span.end };
			return;
		}
		close();
		let pieceStart = line.start;
		for (const tag of tags) {
			pushPiece(text, pieceStart, line.start + tag.start, paragraphs);
			removed.push({ start: line.start + tag.start, end: line.start + tag.end, reason: 'html' });
			pieceStart = line.start + tag.end;
		}
		pushPiece(text, pieceStart, line.end, paragraphs);
	});
	close();
	return { paragraphs, removed };
}

function pushPiece(text: string, start: number, end: number, paragraphs: TextSpan[]): void {
	const piece = trimSpan(text, start, end);
	if (WORD_CHARACTER.test(text.slice(piece.start, piece.end))) paragraphs.push(piece);
}
