import matter from 'gray-matter';
import { convert } from 'html-to-text';
import { htmlToText } from '../clean/htmlToText.ts';
import type { SourceMetadata } from './manifest.ts';
import { sourceMetadataSchema } from './manifest.ts';
import type { RawDocument } from './readCorpus.ts';

/** A document's searchable text and where its body starts, with whatever metadata the file itself states. */
export interface DocumentText {
	/** The text every offset refers to: the file itself, or for HTML the text extracted from it. */
	text: string;
	/** Where the body starts: after Markdown front matter, 0 otherwise. */
	bodyStart: number;
	stated: SourceMetadata;
	problems: string[];
}

/** Turns a file into text plus the metadata its own format can carry (front matter, HTML meta tags). */
export function readDocumentText(document: RawDocument): DocumentText {
	switch (document.format) {
		case 'markdown':
			return fromMarkdown(document);
		case 'html':
			return fromHtml(document.content);
		case 'text':
			return { text: document.content, bodyStart: 0, stated: {}, problems: [] };
	}
}

// Anything inside a tag, a quoted value as one piece.
const ATTRIBUTES = `(?:"[^"]*"|'[^']*'|[^>"'])*`;

/** An attribute's or element's text with its entities decoded ("Q&amp;A" → "Q&A"), or `undefined` if blank. */
function plainText(html: string): string | undefined {
	return convert(html, { wordwrap: false }).trim() || undefined;
}

function fromMarkdown(document: RawDocument): DocumentText {
	let parsed: matter.GrayMatterFile<string>;
	try {
		// With options, even none: gray-matter caches every text it parses without them, for the life of the process.
		parsed = matter(document.content, {});
	} catch (error) {
		const problem = `${document.id}: front matter ignored (${(error as Error).message.split('\n')[0]})`;
		return { text: document.content, bodyStart: 0, stated: {}, problems: [problem] };
	}
	const bodyStart = document.content.length - parsed.content.length;
	const data = Object.fromEntries(
		Object.entries(parsed.data).map(([key, value]) => [key, value instanceof Date ? isoDay(value) : value]),
	);
	const known = pick(data, ['title', 'publisher', 'author', 'date', 'url']);
	const checked = sourceMetadataSchema.safeParse(known);
	const problems = checked.success
		? []
		: checked.error.issues.map(
				(issue) => `${document.id}: front matter ${issue.path.join('.')}: ${issue.message}`,
			);
	const stated = checked.success ? checked.data : validFieldsOnly(known);
	const heading = /^#\s+(.+)$/m.exec(parsed.content)?.[1]?.trim();
	if (stated.title === undefined && heading) stated.title = heading;
	return { text: document.content, bodyStart, stated, problems };
}

function fromHtml(html: string): DocumentText {
	const meta = (name: string): string | undefined => {
		// A tag's attributes, quoted values whole: "A > B" holds a ">".
		const tag = new RegExp(
			`<meta${ATTRIBUTES}\\s(?:name|property)\\s*=\\s*["']${name}["']${ATTRIBUTES}>`,
			'i',
		).exec(html)?.[0];
		// Up to the quote that opened it: "China's role" in double quotes holds an apostrophe.
		const content = tag && /\scontent\s*=\s*(["'])(.*?)\1/is.exec(tag)?.[2];
		return content ? plainText(content) : undefined;
	};
	const titleElement = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1];
	const title = meta('og:title') ?? (titleElement ? plainText(titleElement) : undefined);
	const date = meta('article:published_time')?.slice(0, 10);
	const stated = validFieldsOnly({
		title,
		publisher: meta('og:site_name'),
		author: meta('author'),
		date,
		url: meta('og:url'),
	});
	return { text: htmlToText(html), bodyStart: 0, stated, problems: [] };
}

/** Keeps each field that is valid on its own, so one malformed date does not lose the title. */
function validFieldsOnly(fields: Record<string, unknown>): SourceMetadata {
	const result: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(fields)) {
		if (value === undefined) continue;
		const checked = sourceMetadataSchema.safeParse({ [key]: value });
		if (checked.success) Object.assign(result, checked.data);
	}
	return result as SourceMetadata;
}

function pick(data: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
	return Object.fromEntries(keys.filter((key) => data[key] !== undefined).map((key) => [key, data[key]]));
}

function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}
