import { convert, type SelectorDefinition } from 'html-to-text';

/*
 * Turns an HTML page into the plain text `cleanText` reads: one block per line, a blank line between
 * blocks, link text without its address. Parts of a page that are never the article (scripts, styles,
 * navigation, header, footer, asides, images and forms) are dropped here already.
 */

const SKIPPED = [
	'script',
	'style',
	'noscript',
	'template',
	'nav',
	'header',
	'footer',
	'aside',
	'img',
	'svg',
	'form',
	'iframe',
];

// One block per line: blocks are separated by a blank line, and no block is wrapped.
const BLOCK = { leadingLineBreaks: 2, trailingLineBreaks: 2 } as const;
const BLOCK_ELEMENTS = [
	'p',
	'div',
	'section',
	'article',
	'main',
	'blockquote',
	'figure',
	'figcaption',
	'pre',
	'dl',
];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

const SELECTORS: SelectorDefinition[] = [
	...SKIPPED.map((selector) => ({ selector, format: 'skip' })),
	{ selector: 'a', options: { ignoreHref: true } },
	...BLOCK_ELEMENTS.map((selector) => ({ selector, format: 'block', options: BLOCK })),
	...HEADINGS.map((selector) => ({ selector, options: { ...BLOCK, uppercase: false } })),
	{ selector: 'ul', options: { ...BLOCK, itemPrefix: '• ' } },
	{ selector: 'ol', options: BLOCK },
	// Cells side by side, a row per line: a table of figures stays readable and never glues cells.
	{ selector: 'table', format: 'dataTable', options: { ...BLOCK, uppercaseHeaderCells: false } },
];

/** Converts an HTML document to plain text, one block per line with blank lines between blocks. */
export function htmlToText(html: string): string {
	return convert(html, { wordwrap: false, selectors: SELECTORS })
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
