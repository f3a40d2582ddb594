import type { FurnitureReason } from '../types.ts';
import type { Judgement } from './classify.ts';
import type { Unit } from './lines.ts';
import { boilerplateSection, type SectionKind } from './phrases.ts';
import { footnoteMarks, listNumber } from './shapes.ts';

/*
 * Context-sensitive passes over the judged units of one document, in the spirit of jusText: what a
 * line is depends on what repeats it, what follows it and what surrounds it.
 */

function markBad(judgement: Judgement, reason: FurnitureReason): void {
	judgement.class = 'bad';
	judgement.reason = reason;
}

// A repeated paragraph this long is the article quoting itself (a standfirst, a pull quote); its first
// appearance stays. Shorter repeats are widget text printed in several places.
const MIN_REPEATED_PROSE_WORDS = 25;

/** Furniture repeats itself: a menu, a tagline or a headline printed twice on the page. */
export function markRepeats(units: readonly Unit[], judgements: readonly Judgement[]): void {
	const seen = new Map<string, number>();
	const keys = units.map((unit) => repeatKey(unit.text));
	for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
	const firstSeen = new Set<string>();
	keys.forEach((key, index) => {
		const judgement = judgements[index];
		if (judgement === undefined || (seen.get(key) ?? 0) < 2) return;
		const isFirst = !firstSeen.has(key);
		firstSeen.add(key);
		if (judgement.class === 'bad' && judgement.reason !== 'short') return;
		const longProse = judgement.class === 'good' && judgement.shape.wordCount >= MIN_REPEATED_PROSE_WORDS;
		if (!(longProse && isFirst)) markBad(judgement, 'repeated');
	});
}

// Page furniture is short; a paragraph this long repeats verbatim or not at all.
const MAX_NORMALIZED_CHARS = 1000;

function repeatKey(text: string): string {
	return text.length > MAX_NORMALIZED_CHARS ? text : text.toLowerCase().replace(/\s+/g, ' ');
}

// An entry's title is a line, not a paragraph.
const MAX_TITLE_WORDS = 25;
// One title above a date can be an article's own heading; a list repeats the pattern.
const MIN_LIST_ENTRIES = 2;

/** "Title / date / Title / date …": lists of other articles. Each title is judged by the date below it. */
export function markHeadlineLists(judgements: readonly Judgement[]): void {
	const entries: Array<[Judgement, Judgement]> = [];
	judgements.forEach((date, index) => {
		const title = judgements[index - 1];
		if (!date.isDate || title === undefined || title.isDate || title.class === 'good') return;
		if (title.shape.wordCount <= MAX_TITLE_WORDS) entries.push([title, date]);
	});
	if (entries.length < MIN_LIST_ENTRIES) return;
	for (const [title, date] of entries) {
		markBad(title, 'headline-list');
		markBad(date, 'headline-list');
	}
}

/** "1. Source title" below an article whose text carries the mark "[1]" is that footnote's citation. */
export function markFootnotes(judgements: readonly Judgement[]): void {
	const marks = new Set(
		judgements.flatMap((judgement) => (judgement.class === 'good' ? footnoteMarks(judgement.plain) : [])),
	);
	if (marks.size === 0) return;
	for (const judgement of judgements) {
		const number = judgement.class === 'good' ? null : listNumber(judgement.plain);
		if (number !== null && marks.has(number)) markBad(judgement, 'reference');
	}
}

// Headings are short; a long line that happens to be "Comments" is not one.
const MAX_HEADING_WORDS = 6;

/**
 * After a "References", "Related Posts" or "Comments" heading, everything up to the next prose
 * paragraph belongs to that section: citations are references, and short lines that context might
 * otherwise rescue are boilerplate.
 */
export function markBoilerplateSections(judgements: readonly Judgement[]): void {
	let section: SectionKind | null = null;
	for (const judgement of judgements) {
		if (judgement.class === 'good') {
			section = null;
			continue;
		}
		const opens = judgement.shape.wordCount <= MAX_HEADING_WORDS ? boilerplateSection(judgement.plain) : null;
		if (opens !== null) {
			section = opens;
			if (judgement.class !== 'bad' || judgement.reason === 'short') markBad(judgement, opens);
		} else if (section === 'reference') {
			markBad(judgement, 'reference');
		} else if (section !== null && judgement.class !== 'bad') {
			markBad(judgement, section);
		}
	}
}

/**
 * Settles short sentences and fragments by the nearest settled units on either side (the document's
 * edges count as furniture): a short sentence is prose unless furniture surrounds it on both sides, a
 * fragment only when prose surrounds it on both sides. In a document with no long paragraph at all,
 * its short sentences are all the article there is, and are kept.
 */
export function settleByNeighbours(judgements: readonly Judgement[]): void {
	if (!judgements.some((judgement) => judgement.class === 'good')) {
		for (const judgement of judgements) if (judgement.class === 'near') judgement.class = 'good';
	}
	const previous: Array<boolean> = [];
	let lastGood = false;
	for (const judgement of judgements) {
		previous.push(lastGood);
		if (judgement.class === 'good') lastGood = true;
		else if (judgement.class === 'bad') lastGood = false;
	}
	let nextGood = false;
	for (let index = judgements.length - 1; index >= 0; index--) {
		const judgement = judgements[index];
		if (judgement === undefined) continue;
		if (judgement.class === 'good') nextGood = true;
		else if (judgement.class === 'bad') nextGood = false;
		else {
			const prevGood = previous[index] ?? false;
			const keep = judgement.class === 'near' ? prevGood || nextGood : prevGood && nextGood;
			if (keep) judgement.class = 'good';
			else markBad(judgement, judgement.reason);
		}
	}
}
