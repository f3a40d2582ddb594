import type { Answer } from '../core/answer/ask.ts';
import type { Excerpt } from '../core/answer/excerpt.ts';
import { NOTHING_TO_SEARCH, type SearchPage } from '../core/answer/search.ts';
import type { IndexedDocument } from '../core/corpusIndex.ts';
import type { IndexReport } from '../core/dossier.ts';
import type { Fact, TextSpan } from '../core/types.ts';
import { citationLabel, formatFactDate } from './citation.ts';
import { keyDateLines } from './keyDates.ts';
import { mergeHighlights } from './mergeHighlights.ts';
import { type TimelineFilter, timelineFilterText } from './timelineFilter.ts';
import type { TimelineLookup } from './timelineLookup.ts';
import { unknownWordList } from './unknownWords.ts';
import { wrap } from './wrap.ts';

/*
 * Replies for people at a terminal: the console and the CLI without --json. Matched words are marked
 * with **…** as Discord will show them in bold; citations are numbered footnotes.
 */

function marked(text: string, highlights: readonly TextSpan[]): string {
	let out = '';
	let at = 0;
	for (const { start, end } of mergeHighlights(text, highlights)) {
		out += `${text.slice(at, start)}**${text.slice(start, end)}**`;
		at = end;
	}
	return (out + text.slice(at)).replace(/\s+/g, ' ');
}

/** The footnote number of `key`, which joins the list the first time it is cited. */
function footnoteNumber(cited: string[], key: string): number {
	const n = cited.indexOf(key) + 1;
	return n === 0 ? cited.push(key) : n;
}

interface Footnoted {
	text: string;
	/** The footnote numbers of the shown excerpts that overlap `[start, end)` of a document. */
	numbersFor(docId: string, start: number, end: number): number[];
}

/** Numbered excerpts with footnotes that cite title, publisher, date, file and character range. */
function excerptsWithFootnotes(excerpts: readonly Excerpt[]): Footnoted {
	const sources: string[] = [];
	const numbers = excerpts.map((excerpt) =>
		footnoteNumber(
			sources,
			`${citationLabel(excerpt.source)} — ${excerpt.source.path}:${excerpt.start}-${excerpt.end}`,
		),
	);
	const body = excerpts.map((excerpt, i) =>
		wrap(`“${marked(excerpt.text, excerpt.highlights)}” [${numbers[i]}]`, 88, '  '),
	);
	return {
		text: `${body.join('\n\n')}\n\n${sources.map((cite, i) => wrap(`[${i + 1}] ${cite}`, 88)).join('\n')}`,
		numbersFor: (docId, start, end) =>
			excerpts.flatMap((excerpt, i) =>
				excerpt.source.id === docId && excerpt.start < end && excerpt.end > start ? (numbers[i] ?? []) : [],
			),
	};
}

/** "2023 [2]": a side of a disagreement, cited by the footnotes of the excerpts that state it. */
function disagreementSide(fact: Fact, shown: Footnoted): string {
	const numbers = new Set(fact.mentions.flatMap((m) => shown.numbersFor(m.docId, m.start, m.end)));
	const cite = numbers.size > 0 ? [...numbers].map((n) => `[${n}]`).join('') : `(${fact.mentions[0]?.docId})`;
	return `${formatFactDate(fact.date)} ${cite}`;
}

export function renderAnswer(answer: Answer): string {
	if (answer.refusal) return answer.refusal;
	const parts: string[] = [];
	const unknown =
		answer.unknownWords.length > 0 ? `Not in any document: ${unknownWordList(answer.unknownWords)}.` : '';
	if (answer.answered) {
		// Before the excerpts, so it is read before them: they may match the rest of the question only.
		if (unknown) parts.push(wrap(unknown));
		const shown = excerptsWithFootnotes(answer.excerpts);
		parts.push(shown.text);
		for (const [a, b] of answer.disagreements) {
			parts.push(wrap(`⚠ Sources disagree: ${disagreementSide(a, shown)} vs ${disagreementSide(b, shown)}.`));
		}
		if (answer.keyDates.length > 0) {
			parts.push(
				`Key dates:\n${keyDateLines(answer.keyDates)
					.map(({ dates, text }) => wrap(`${dates} ${text}`, 88, '  '))
					.join('\n')}`,
			);
		}
	} else {
		parts.push(wrap(`The documents do not answer that. ${unknown}`.trim()));
		if (answer.leads.length > 0) parts.push(`Nearest leads:\n\n${excerptsWithFootnotes(answer.leads).text}`);
	}
	return parts.join('\n\n');
}

export function renderSearch(page: SearchPage): string {
	if (page.nothingToSearch) return `${NOTHING_TO_SEARCH} e.g. /search sanctions`;
	if (page.total === 0) return `No passages match “${page.query}”.`;
	return `${excerptsWithFootnotes(page.results).text}\n\nPage ${page.page}/${page.pages} · ${page.total} passages`;
}

/**
 * A timeline under a heading that says what it holds, "Timeline about “SCO” from 2015-01-01 · 4 facts";
 * `shown` of them at most, the rest counted.
 */
export function renderTimelineView(
	facts: readonly Fact[],
	filter: TimelineFilter,
	lookup: TimelineLookup,
	shown = facts.length,
): string {
	const asked = timelineFilterText(filter);
	if (facts.length === 0) return `No dated facts match${asked}.`;
	const count = `${facts.length} fact${facts.length === 1 ? '' : 's'}`;
	const more = facts.length > shown ? `\n… and ${facts.length - shown} more.` : '';
	return `Timeline${asked} · ${count}\n\n${renderTimeline(facts.slice(0, shown), lookup)}${more}`;
}

/**
 * Dated facts with their sources as footnotes, "(2 sources [1][3])", and under a disputed fact what the
 * other source says; then "[1] Title · Publisher — path".
 */
function renderTimeline(facts: readonly Fact[], lookup: TimelineLookup): string {
	if (facts.length === 0) return 'No dated facts match.';
	const cited: string[] = [];
	const footnote = (docId: string) => `[${footnoteNumber(cited, docId)}]`;
	const entries = facts.map((fact) => {
		const notes = [...new Set(fact.mentions.map((mention) => mention.docId))].map(footnote);
		const flag = fact.disagreements.length > 0 ? '  ⚠ sources disagree' : '';
		const count = `${fact.corroboration} source${fact.corroboration === 1 ? '' : 's'}`;
		const others = fact.disagreements.flatMap((id) => {
			const other = lookup.fact(id);
			const docId = other?.mentions[0]?.docId;
			if (other === undefined || docId === undefined) return [];
			return [wrap(`⚠ ${footnote(docId)} says ${formatFactDate(other.date)}: “${other.text}”`, 88, '    ')];
		});
		return [
			`${formatFactDate(fact.date)}${flag}`,
			wrap(fact.text, 88, '    '),
			`    (${count} ${notes.join('')})`,
			...others,
		].join('\n');
	});
	const sources = cited.map((docId, i) => {
		const source = lookup.source(docId);
		const label = source === undefined ? docId : `${citationLabel(source)} — ${source.path}`;
		return wrap(`[${i + 1}] ${label}`, 88);
	});
	return `${entries.join('\n')}\n\n${sources.join('\n')}`;
}

export function renderSources(documents: readonly IndexedDocument[]): string {
	if (documents.length === 0) return 'No documents are indexed.';
	return documents
		.map(
			(d) =>
				`• ${citationLabel(d.meta)}\n  ${d.meta.path} · ${d.passages} passages · ${d.facts} dated statements`,
		)
		.join('\n');
}

export function renderSourceCard(
	document: IndexedDocument,
	facts: readonly Fact[],
	lookup: TimelineLookup,
): string {
	const { meta, cleaning } = document;
	const reasons = Object.entries(cleaning.reasons)
		.map(([reason, count]) => `${reason} ${count}`)
		.join(', ');
	return [
		meta.title,
		...(['publisher', 'author', 'date', 'url'] as const).flatMap((key) =>
			meta[key] ? [`${key}: ${meta[key]}`] : [],
		),
		`file: ${meta.path} (${document.format}, ${document.characters} characters)`,
		`passages: ${document.passages} · dated statements: ${document.facts}`,
		`cleaning: ${cleaning.linesRemoved} lines of page furniture removed${reasons ? ` (${reasons})` : ''}; ${cleaning.charactersKept} characters of article text kept`,
		...(facts.length > 0 ? ['', renderTimeline(facts, lookup)] : []),
	].join('\n');
}

export function renderIndexReport(report: IndexReport): string {
	const { added, changed, removed } = report.changes;
	const lines = [
		report.loadedFromSnapshot
			? 'Index loaded from snapshot (documents unchanged).'
			: `Index rebuilt in ${report.buildMs} ms.`,
		`${report.documents} documents · ${report.passages} passages · ${report.facts} timeline facts · ${report.furnitureLinesRemoved} furniture lines removed`,
		report.firstIndex
			? 'First index of this folder: no earlier one to compare with.'
			: `Changes: ${added.length} added, ${changed.length} changed, ${removed.length} removed`,
		...[
			...added.map((id) => `  + ${id}`),
			...changed.map((id) => `  ~ ${id}`),
			...removed.map((id) => `  - ${id}`),
		],
	];
	if (report.skipped.length > 0)
		lines.push(
			`Skipped ${report.skipped.length} file(s):`,
			...report.skipped.map((s) => `  ✗ ${s.file}: ${s.reason}`),
		);
	if (report.problems.length > 0) lines.push('Problems:', ...report.problems.map((p) => `  ! ${p}`));
	return lines.join('\n');
}
