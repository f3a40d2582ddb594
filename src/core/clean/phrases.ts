/*
 * Generic English website furniture: the words of buttons, prompts, widget titles and share bars that
 * any CMS prints around an article. Lines are compared after `normalizePhrase`.
 */

// Interface text is a few words; longer lines are never compared against these lists.
const MAX_PHRASE_CHARS = 200;
const TRAILING_PUNCTUATION = new Set([...' \t.!?:;,…|>»-']);

/** Lower-cases, folds curly apostrophes, collapses spaces and drops trailing punctuation. */
function normalizePhrase(text: string): string {
	const phrase = text.toLowerCase().replaceAll('’', "'").replace(/\s+/g, ' ').trim();
	let end = phrase.length;
	while (end > 0 && TRAILING_PUNCTUATION.has(phrase[end - 1] ?? '')) end--;
	return phrase.slice(0, end);
}

/** Whole lines that are interface text. */
const UI_LINES = new Set([
	'share',
	'share this',
	'share this article',
	'share this story',
	'sign in',
	'sign up',
	'log in',
	'login',
	'log out',
	'logout',
	'register',
	'subscribe',
	'subscribe now',
	'menu',
	'search',
	'home',
	'close',
	'skip to content',
	'skip to main content',
	'toggle navigation',
	'read more',
	'continue reading',
	'load more',
	'show more',
	'no comments',
	'comments are closed',
	'leave a reply',
	'leave a comment',
	'lost password',
	'lost your password',
	'forgot password',
	'forgot your password',
	'remember me',
	'advertisement',
	'sponsored',
	'print',
	'email',
	'tweet',
	'back to top',
	'privacy policy',
	'cookie policy',
	'terms of use',
	'terms of service',
	'terms and conditions',
	'terms & conditions',
	'all rights reserved',
]);

/** Beginnings of interface lines: buttons with a label after them, credits, syndication notes. */
const UI_PREFIXES = [
	'share:',
	'share on ',
	'share this',
	'sign in ',
	'sign up ',
	'log in ',
	'login ',
	'register ',
	'subscribe to ',
	'follow us',
	'previous article',
	'next article',
	'previous post',
	'next post',
	'originally published',
	'this article was originally published',
	'this article first appeared',
	'first published',
	'source:',
	'photo:',
	'image:',
	'photo credit',
	'image credit',
	'credit:',
	'copyright',
	'©',
	'read more:',
	'related:',
	'tags:',
	'filed under',
	'posted in ',
	'click here',
];

/** Interface text that gives a line away wherever it stands in it. */
const UI_INFIXES = ['©', 'all rights reserved', 'press enter to search', 'press esc to', 'accept cookies'];

// Longer lines are prose that happens to mention these words, not a button.
const MAX_UI_WORDS = 14;

/** True when a line is a generic interface phrase ("Share", "Sign in or register", "© 2024 …"). */
export function isUiPhrase(text: string, wordCount: number): boolean {
	if (wordCount > MAX_UI_WORDS || text.length > MAX_PHRASE_CHARS) return false;
	const phrase = normalizePhrase(text);
	if (UI_LINES.has(phrase)) return true;
	if (UI_PREFIXES.some((prefix) => phrase.startsWith(prefix))) return true;
	return UI_INFIXES.some((infix) => phrase.includes(infix));
}

/** Headings after which a page lists sources; everything up to the next prose is a citation. */
const REFERENCE_HEADINGS = new Set([
	'references',
	'notes',
	'footnotes',
	'sources',
	'citations',
	'bibliography',
	'works cited',
]);

/** Headings of the widgets and lists that follow (or surround) an article. */
const BOILERPLATE_HEADINGS = new Set([
	'external links',
	'further reading',
	'see also',
	'related',
	'related posts',
	'related articles',
	'related stories',
	'recent posts',
	'popular posts',
	'most popular',
	'most read',
	'trending',
	'read next',
	'more stories',
	'you may also like',
	'comments',
	'leave a reply',
	'leave a comment',
	'tags',
	'categories',
	'archives',
	'about the author',
	'newsletter',
	'follow us',
	'social media',
	'sitemap',
	'site map',
]);

export type SectionKind = 'reference' | 'boilerplate-section';

/** The kind of section a heading opens, or `null` when it is not a boilerplate heading. */
export function boilerplateSection(text: string): SectionKind | null {
	if (text.length > MAX_PHRASE_CHARS) return null;
	const phrase = normalizePhrase(text).replace(/^\d+ /, '');
	if (REFERENCE_HEADINGS.has(phrase)) return 'reference';
	if (BOILERPLATE_HEADINGS.has(phrase) || /^\d+ comments?$/.test(phrase)) return 'boilerplate-section';
	return null;
}

/** Social networks and sharing targets, as they appear run together in share bars and footers. */
export const SHARE_TARGETS = new Set([
	'share',
	'facebook',
	'twitter',
	'x',
	'instagram',
	'linkedin',
	'youtube',
	'telegram',
	'whatsapp',
	'reddit',
	'pinterest',
	'tiktok',
	'tumblr',
	'vk',
	'rss',
	'email',
	'e-mail',
	'mail',
	'print',
	'soundcloud',
	'spotify',
	'apple',
	'google',
	'mastodon',
	'bluesky',
	'threads',
	'flipboard',
	'viber',
	'wechat',
	'weibo',
	'messenger',
	'copy',
	'link',
]);
