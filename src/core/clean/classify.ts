import type { FurnitureReason } from '../types.ts';
import type { DocumentLanguage } from './language.ts';
import { isForeignLine } from './language.ts';
import { describeLine, type LineShape } from './lineShape.ts';
import { isUiPhrase } from './phrases.ts';
import {
	bylineName,
	findTags,
	isAllCaps,
	isBreadcrumb,
	isBulleted,
	isCitation,
	isDateLine,
	isLinkOrFile,
	isNameRun,
	isNumbered,
	stripTags,
	stripUrls,
} from './shapes.ts';

/**
 * A unit's class in the manner of jusText: `good` reads as article prose, `bad` is furniture, and
 * `near` (a short sentence) and `short` (a fragment) are decided later by their neighbours.
 */
export type UnitClass = 'good' | 'near' | 'short' | 'bad';

export interface Judgement {
	class: UnitClass;
	/** Why a `bad` unit is furniture; for the others, the reason to give if context rules them out. */
	reason: FurnitureReason;
	/** The unit's text with any HTML tags blanked out. */
	plain: string;
	shape: LineShape;
	hasTags: boolean;
	/** A date and little else: the second line of a headline-list entry. */
	isDate: boolean;
	/** The author named by a byline in this unit. */
	byline: string | null;
}

// Prose: a full sentence of eight words or more, with the function words and lower-case words that
// headlines, names and menus lack.
const MIN_SENTENCE_WORDS = 8;
const MIN_SENTENCE_STOP_RATIO = 0.15;
const MIN_SENTENCE_LOWERCASE_RATIO = 0.3;
// A long run of words reads as prose even without a final full stop.
const MIN_RUN_ON_WORDS = 20;
const MIN_RUN_ON_STOP_RATIO = 0.2;
const MIN_RUN_ON_LOWERCASE_RATIO = 0.4;
// Lines longer than this are never a byline or a date line.
const MAX_LABEL_WORDS = 15;
const MAX_CITATION_CHARS = 1000;
// A truncated line this long is a post's teaser rather than a "Please wait…".
const MIN_TEASER_WORDS = 8;
// "Diplomatic mission", "See also": labels of one to three words starting with a capital.
const MAX_LABEL_HEADING_WORDS = 3;

/** True when a line's shape is that of article prose. */
function readsAsProse(shape: LineShape, language: DocumentLanguage): boolean {
	if (shape.titleCase) return false;
	// Without a stop-word list or letter case, those measures cannot speak against a line.
	const stopRatio = language.stopWords === null ? 1 : shape.stopRatio;
	const lowercaseRatio = language.cased ? shape.lowercaseRatio : 1;
	const sentence =
		shape.endsSentence &&
		shape.wordCount >= MIN_SENTENCE_WORDS &&
		stopRatio >= MIN_SENTENCE_STOP_RATIO &&
		lowercaseRatio >= MIN_SENTENCE_LOWERCASE_RATIO;
	const runOn =
		shape.wordCount >= MIN_RUN_ON_WORDS &&
		stopRatio >= MIN_RUN_ON_STOP_RATIO &&
		lowercaseRatio >= MIN_RUN_ON_LOWERCASE_RATIO;
	return sentence || runOn;
}

/** Judges one unit on its own text, before any context is taken into account. */
export function judgeUnit(text: string, language: DocumentLanguage): Judgement {
	const hasTags = findTags(text).length > 0;
	const plain = hasTags ? stripTags(text).trim() : text;
	const shape = describeLine(stripUrls(plain), language);
	const isShort = shape.wordCount <= MAX_LABEL_WORDS;
	const isDate = isShort && isDateLine(plain);
	const byline = isShort ? bylineName(plain) : null;
	const [unitClass, reason] = classify(plain, shape, hasTags, isDate, byline, language);
	return { class: unitClass, reason, plain, shape, hasTags, isDate, byline };
}

function classify(
	plain: string,
	shape: LineShape,
	hasTags: boolean,
	isDate: boolean,
	byline: string | null,
	language: DocumentLanguage,
): [UnitClass, FurnitureReason] {
	const prose = readsAsProse(shape, language);
	if (hasTags && !prose) return ['bad', 'html'];
	if (shape.words.length === 0) return ['bad', isLinkOrFile(plain, shape) ? 'menu' : 'short'];
	if (isForeignLine(plain, shape.words, language)) return ['bad', 'foreign-chrome'];
	if (isUiPhrase(plain, shape.wordCount)) return ['bad', 'ui-phrase'];
	if (plain.length <= MAX_CITATION_CHARS && isCitation(plain, shape)) return ['bad', 'reference'];
	if (!prose && looksLikeMenu(plain, shape)) return ['bad', 'menu'];
	if (shape.truncated) return ['bad', shape.wordCount >= MIN_TEASER_WORDS ? 'headline-list' : 'short'];
	if (isDate || (!prose && byline !== null)) return ['bad', 'short'];
	if (prose) return ['good', 'short'];
	if (shape.titleCase) return ['bad', 'short'];
	if (shape.endsSentence && shape.lowercaseRatio > 0) return ['near', 'short'];
	// A lead-in ("Key findings:") belongs with what follows it; a bare label ("See also") is a heading.
	const leadsIn = plain.trimEnd().endsWith(':');
	const label = shape.wordCount <= MAX_LABEL_HEADING_WORDS && !shape.endsSentence && !leadsIn;
	return label && startsCapitalised(plain) ? ['bad', 'short'] : ['short', 'short'];
}

function looksLikeMenu(text: string, shape: LineShape): boolean {
	const listItem = (isBulleted(text) || isNumbered(text)) && !readsAsSentenceFragment(shape);
	return (
		listItem ||
		isBreadcrumb(text) ||
		isNameRun(text, shape) ||
		isAllCaps(text, shape) ||
		isLinkOrFile(text, shape)
	);
}

// A list item in sentence case ("- Flow fell by a third") is content; menu entries are capitalised labels.
const MIN_ITEM_WORDS = 3;
const MIN_ITEM_LOWERCASE_RATIO = 0.4;

function readsAsSentenceFragment(shape: LineShape): boolean {
	return (
		!shape.titleCase && shape.wordCount >= MIN_ITEM_WORDS && shape.lowercaseRatio >= MIN_ITEM_LOWERCASE_RATIO
	);
}

function startsCapitalised(text: string): boolean {
	const first = text.match(/\p{L}/u)?.[0] ?? '';
	return first !== first.toLowerCase();
}
