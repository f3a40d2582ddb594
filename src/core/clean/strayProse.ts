import type { FurnitureReason } from '../types.ts';
import type { Judgement } from './classify.ts';

/*
 * Prose that is not the article: a site's "About" blurb in a sidebar, the author box under the article.
 * Both read as good sentences, so only where they stand gives them away.
 */

// More furniture lines than this between two paragraphs put them in different parts of the page, when
// some of them are the kind that frames an article (a short list or a heading can sit inside one).
const MAX_FURNITURE_GAP = 3;
const FRAMING: ReadonlySet<FurnitureReason> = new Set([
	'ui-phrase',
	'headline-list',
	'boilerplate-section',
	'repeated',
	'reference',
	'foreign-chrome',
]);
// A lone paragraph, framed off and under half the size of the page's main body of prose, is a
// widget's: the article does not leave one paragraph stranded beyond its share bar and related links.
const MAX_STRAY_SHARE = 0.5;

/**
 * Groups prose into regions separated by more than a few furniture lines, some of them page framing
 * (share bars, headline lists, widget headings); a region that is a single paragraph, under half the size of
 * the largest region, is a widget's blurb.
 */
export function dropStrayParagraphs(judgements: readonly Judgement[]): void {
	const regions: Judgement[][] = [];
	let current: Judgement[] = [];
	let gap = 0;
	let framed = false;
	for (const judgement of judgements) {
		if (judgement.class !== 'good') {
			gap++;
			framed ||= FRAMING.has(judgement.reason);
			continue;
		}
		if (gap > MAX_FURNITURE_GAP && framed && current.length > 0) {
			regions.push(current);
			current = [];
		}
		current.push(judgement);
		gap = 0;
		framed = false;
	}
	if (current.length > 0) regions.push(current);
	const size = (region: readonly Judgement[]): number =>
		region.reduce((sum, unit) => sum + unit.plain.length, 0);
	const largest = regions.reduce((most, region) => Math.max(most, size(region)), 0);
	for (const region of regions) {
		const [only] = region;
		if (region.length === 1 && only !== undefined && size(region) < MAX_STRAY_SHARE * largest) {
			only.class = 'bad';
			only.reason = 'boilerplate-section';
		}
	}
}

const BIO_VERB = /^\s+(?:is|was|has|writes|covers|reports)\b/;

/** "Jane Doe is a journalist…" under a page whose byline reads "By Jane Doe": the author's box. */
export function dropAuthorBios(judgements: readonly Judgement[]): void {
	const authors = new Set(
		judgements.flatMap((judgement) => (judgement.byline === null ? [] : [judgement.byline])),
	);
	if (authors.size === 0) return;
	for (const judgement of judgements) {
		if (judgement.class !== 'good') continue;
		for (const author of authors) {
			if (judgement.plain.startsWith(author) && BIO_VERB.test(judgement.plain.slice(author.length))) {
				judgement.class = 'bad';
				judgement.reason = 'boilerplate-section';
			}
		}
	}
}
