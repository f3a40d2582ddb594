import type { Excerpt } from '../../core/answer/excerpt.ts';
import type { SourceMeta, TextSpan } from '../../core/types.ts';
import { citationLabel } from '../../render/citation.ts';
import { mergeHighlights } from '../../render/mergeHighlights.ts';
import { boldRanges } from './escape.ts';
import { sliceWhole, truncate } from './limits.ts';

/*
 * Excerpts and their numbered citations, shared by the answer, search and claim replies: every piece of
 * document text is escaped, matched words are bold, and every piece is cut to the room it is given.
 */

/** An excerpt on one line: escaped, matched words in bold, at most `max` characters. */
export function excerptMarkdown(excerpt: Pick<Excerpt, 'text' | 'highlights'>, max: number): string {
	return markdownLine(excerpt.text, mergeHighlights(excerpt.text, excerpt.highlights), max);
}

/** Untrusted text on one line, escaped and cut to `max` characters. */
export function plainMarkdown(text: string, max: number): string {
	return markdownLine(text, [], max);
}

/**
 * Escaping only lengthens text, and it is slow on long text, so the raw text is cut to `max` first:
 * the work stays proportional to what is shown, whatever a document's paragraph length.
 */
function markdownLine(raw: string, bold: readonly TextSpan[], max: number): string {
	const cut = raw.length > max;
	const shown = cut ? sliceWhole(raw, max) : raw;
	const markdown = boldRanges(shown, cut ? bold.filter((range) => range.end <= max) : bold)
		.replace(/\s+/g, ' ')
		.trim();
	if (cut && markdown.length < max) return `${markdown}…`;
	return truncate(markdown, max);
}

const MAX_LABEL = 200;
const MAX_URL = 500;

/** Numbers sources in order of first citation, so several excerpts of one document share a number. */
export class SourceNumbers {
	private readonly numbers = new Map<string, { number: number; source: SourceMeta }>();

	numberOf(source: SourceMeta): number {
		const known = this.numbers.get(source.id);
		if (known) return known.number;
		const number = this.numbers.size + 1;
		this.numbers.set(source.id, { number, source });
		return number;
	}

	/** The number of an already cited document, by id. */
	numberOfId(sourceId: string): number | undefined {
		return this.numbers.get(sourceId)?.number;
	}

	/** "**[1]** Title · Publisher · 2023-03-01", the label a link when the source has a usable URL. */
	lines(): string[] {
		return [...this.numbers.values()].map(({ number, source }) => `**[${number}]** ${sourceLink(source)}`);
	}
}

/** A source's citation label, as a masked link when it has an http(s) URL. */
export function sourceLink(source: SourceMeta): string {
	const label = plainMarkdown(citationLabel(source) || source.path, MAX_LABEL);
	const target = linkTarget(source.url);
	return target ? `[${label}](${target})` : label;
}

/** A URL safe to put in a masked link, or undefined: only http(s), and nothing that could end the link early. */
function linkTarget(url: string | undefined): string | undefined {
	const href = webHref(url)?.replaceAll('(', '%28').replaceAll(')', '%29');
	return href !== undefined && href.length <= MAX_URL ? href : undefined;
}

/** A well-formed http(s) URL, normalised, or undefined: document metadata is untrusted. */
export function webHref(url: string | undefined): string | undefined {
	if (!url || !URL.canParse(url)) return undefined;
	const parsed = new URL(url);
	return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}

/**
 * Joins whole parts while they fit in `max` characters and ends with "…" when some are left out, so a
 * list never ends in half a link or half a citation. Only a first part that alone is too long is cut.
 */
export function joinWithin(parts: readonly string[], max: number, separator = '\n'): string {
	let out = '';
	for (const part of parts) {
		if (out === '') {
			if (part.length > max) return truncate(part, max);
			out = part;
			continue;
		}
		if (out.length + separator.length + part.length > max) {
			return out.length + separator.length + 1 <= max ? `${out}${separator}…` : out;
		}
		out += separator + part;
	}
	return out;
}
