import { MONTH_PATTERN } from '../timeline/calendarWords.ts';
import type { LineShape } from './lineShape.ts';
import { SHARE_TARGETS } from './phrases.ts';

/*
 * Shapes of page furniture that a line shows on its own, whatever surrounds it: list items, breadcrumbs,
 * share bars, dates, bylines, citations and markup. Each detector is linear in the line's length.
 */

const TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>|<!--[^<>]*?-->/g;

/** The spans of HTML tags in a line, in order. */
export function findTags(text: string): Array<{ start: number; end: number }> {
	if (!text.includes('<')) return [];
	return [...text.matchAll(TAG)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** The line with its HTML tags replaced by spaces. */
export function stripTags(text: string): string {
	return text.replace(TAG, ' ');
}

const BULLET = /^[•·▪▫►▸‣◦∙*–—-]\s/u;
const NUMBERED = /^\d{1,3}[.)]\s/;

/** "• Podcast", "* Home", "- About" */
export function isBulleted(text: string): boolean {
	return BULLET.test(text);
}

/** "1. World News: …", "12) …" */
export function isNumbered(text: string): boolean {
	return NUMBERED.test(text);
}

/** The number of a numbered list item ("3. …" is 3), or `null`. */
export function listNumber(text: string): number | null {
	return NUMBERED.test(text) ? Number.parseInt(text, 10) : null;
}

const FOOTNOTE_MARK = /\[(\d{1,3})\]/g;

/** The numbers of the footnote marks ("[1]") in a text. */
export function footnoteMarks(text: string): number[] {
	return text.includes('[') ? [...text.matchAll(FOOTNOTE_MARK)].map((match) => Number(match[1])) : [];
}

const CRUMB_SEPARATOR = /[»›]|\s>(?=\s|$)|\s\|(?=\s|$)/g;

/** "Home » Analysis » Title", "News > Picks >" */
export function isBreadcrumb(text: string): boolean {
	return (text.match(CRUMB_SEPARATOR)?.length ?? 0) >= 2;
}

/**
 * A run of network or page names with nothing between them ("Facebook Twitter Instagram", "Twitter
 * Telegram SoundCloud YouTube Gab LinkedIn RSS"): mostly sharing targets, or four or more capitalised
 * names without a single stop word or punctuation mark.
 */
export function isNameRun(text: string, shape: LineShape): boolean {
	const { words } = shape;
	if (words.length < 2) return false;
	const targets = words.filter((word) => SHARE_TARGETS.has(word.toLowerCase())).length;
	if (targets >= 2 && targets >= 0.6 * words.length) return true;
	return (
		words.length >= 4 && shape.stopRatio === 0 && shape.lowercaseRatio === 0 && !/[.,;:!?()"“”]/u.test(text)
	);
}

/** "BECOME A MEMBER", "MEDIA APPEARANCES": a short line in capitals only. */
export function isAllCaps(text: string, shape: LineShape): boolean {
	return (
		shape.words.length >= 2 && shape.words.length <= 12 && text === text.toUpperCase() && /\p{Lu}/u.test(text)
	);
}

const URL = /\b(?:https?:\/\/|www\.)\S*/gi;
const FILE_NAME = /\.(?:png|jpe?g|gif|svg|webp|pdf|mp3|mp4)$/i;

/** The line with its web addresses blanked out, so that their path segments do not count as words. */
export function stripUrls(text: string): string {
	return text.replace(URL, ' ');
}

/** An image's file name standing alone ("Flag of X.svg"), or a bare web address. */
export function isLinkOrFile(text: string, shape: LineShape): boolean {
	return FILE_NAME.test(text.trimEnd()) || (shape.words.length === 0 && stripUrls(text) !== text);
}

const MONTH = `(?:${MONTH_PATTERN})`;
const DATE = new RegExp(
	[
		`\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}`,
		`\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH}\\.?,? \\d{4}`,
		`\\b${MONTH} \\d{4}`,
		'\\b\\d{4}-\\d{2}-\\d{2}',
		'\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}',
		'\\b\\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago',
		'\\b(?:today|yesterday)\\b',
	].join('|'),
	'gi',
);

/** A line that is a date and nothing much else: "March 24, 2023", "2023-03-03", "3 hours ago". */
export function isDateLine(text: string): boolean {
	if (text.length > 60) return false;
	const withoutDates = text.replace(DATE, ' ');
	if (withoutDates === text) return false;
	return (withoutDates.match(/\p{L}{2,}/gu)?.length ?? 0) <= 1;
}

// A personal name as bylines print it: two to four capitalised words ("Iwo Mazur", "Ann Marie Smith").
const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){1,3}`;
// Flattened markup glues "By" to the word before it ("…MikovicBy Nikola Mikovic…"); a lower-case "by"
// opens a byline only at the start of the line ("by Jane Doe"), elsewhere it is prose ("run by Jane Doe").
const BYLINE = new RegExp(String.raw`(?<!\p{Lu})By[ \t]+(${NAME})|^by[ \t]+(${NAME})`, 'u');

/** The author's name in a byline ("By Jane Doe", "1 month ago By Jane Doe"), or `null`. */
export function bylineName(text: string): string | null {
	const match = BYLINE.exec(text);
	return match === null ? null : (match[1] ?? match[2] ?? null);
}

const CITATION_WORDS =
	/\b(?:retrieved|archived|doi|isbn|issn|oclc|pmid|s2cid|et al\.|pp?\. ?\d|vol\. ?\d|journal|edition|press)\b/i;
const YEAR = /\b(?:1[5-9]|20)\d{2}\b/;
const QUOTED_TITLE = /["“][^"“”]{8,}["”]/;
const AUTHOR_LIST = /\p{Lu}[\p{Ll}-]+, \p{Lu}[\p{L}.]*(?: \p{Lu}\.)?;|;[^;]*;/u;

/**
 * A bibliography entry: at least three of a list number, a year, a citation word ("Retrieved",
 * "ISBN", "Journal"), a quoted title and a "Surname, Given;" author list, in a line that does not read
 * like prose.
 */
export function isCitation(text: string, shape: LineShape): boolean {
	if (!isNumbered(text) && shape.stopRatio >= 0.3) return false;
	let evidence = 0;
	if (isNumbered(text) || /^\[\d{1,3}\]/.test(text)) evidence++;
	if (YEAR.test(text)) evidence++;
	if (CITATION_WORDS.test(text)) evidence++;
	if (QUOTED_TITLE.test(text)) evidence++;
	if (AUTHOR_LIST.test(text)) evidence++;
	return evidence >= 3;
}
