import { describe, expect, it } from 'vitest';
import type { IndexedDocument } from '../src/core/corpusIndex.ts';
import { matchingDocuments } from '../src/core/documentNames.ts';
import type { IndexReport } from '../src/core/dossier.ts';
import type { Fact, SourceMeta } from '../src/core/types.ts';
import type { UnansweredRecord } from '../src/discord/context.ts';
import { aboutReply } from '../src/discord/render/aboutReply.ts';
import {
	indexReportReply,
	reindexBusyReply,
	reindexFailedReply,
} from '../src/discord/render/indexReportReply.ts';
import { pageOf, pagerRows, type ReplyPayload } from '../src/discord/render/pager.ts';
import {
	documentByChoice,
	sourceCard,
	sourceChoices,
	sourceNotFoundReply,
} from '../src/discord/render/sourceReply.ts';
import { SOURCES_PAGE_SIZE, sourcesReply } from '../src/discord/render/sourcesReply.ts';
import { TIMELINE_PAGE_SIZE, timelineReply } from '../src/discord/render/timelineReply.ts';
import { unansweredReply } from '../src/discord/render/unansweredReply.ts';
import type { TimelineLookup } from '../src/render/timelineLookup.ts';
import { autocompleteProblems } from './support/discord/validation/commandLimits.ts';
import { messageLimitProblems } from './support/discord/validation/messageLimits.ts';

const HOSTILE =
	'@everyone **loud** <@123456789012345678> <@&223456789012345678> [click](https://evil.example) `code` _x_';
const LONG_TITLE = `${HOSTILE} ${'a very long title about Belarus and China '.repeat(8)}`.slice(0, 300);
const paging = { command: 'timeline', key: 'k3yK3yK3y' };

/** Every problem Discord would have with this message, as the fake Discord checks it. */
function problems(payload: ReplyPayload): string[] {
	return messageLimitProblems(payload, { files: [], creating: true, attachmentSizeLimit: 10 * 1024 * 1024 });
}

/** All text a reader sees, for checks that nothing untrusted got through unescaped. */
function visibleText(payload: ReplyPayload): string {
	return JSON.stringify([payload.content ?? '', payload.embeds]);
}

function expectDefused(payload: ReplyPayload): void {
	const text = visibleText(payload);
	expect(text).not.toMatch(/(?<!\u200b)@everyone/);
	expect(text).not.toMatch(/<@!?\d+>|<@&\d+>/);
	expect(text).not.toContain('](https');
	expect(text).not.toContain('**loud**');
	expect(payload.allowedMentions).toEqual({ parse: [] });
}

function meta(i: number, extra: Partial<SourceMeta> = {}): SourceMeta {
	return { id: `doc-${i}.txt`, path: `data/doc-${i}.txt`, title: `Document ${i}`, ...extra };
}

function document(
	i: number,
	extra: Partial<SourceMeta> = {},
	more: Partial<IndexedDocument> = {},
): IndexedDocument {
	return {
		meta: meta(i, extra),
		hash: `hash${i}`,
		format: 'text',
		characters: 10_000,
		passages: 12,
		facts: 3,
		cleaning: {
			linesRemoved: 40,
			charactersKept: 4200,
			reasons: { menu: 25, repeated: 10, 'headline-list': 5 },
		},
		...more,
	};
}

function fact(i: number, text: string, docIds: string[], extra: Partial<Fact> = {}): Fact {
	const date = {
		start: `20${String(10 + (i % 15)).padStart(2, '0')}-03-0${1 + (i % 9)}`,
		precision: 'day' as const,
	};
	return {
		id: `fact-${i}`,
		date,
		text,
		mentions: docIds.map((docId, n) => ({
			docId,
			start: n,
			end: n + text.length,
			text,
			dateText: 'on the day',
			date,
		})),
		corroboration: docIds.length,
		disagreements: [],
		...extra,
	};
}

function lookupOf(facts: readonly Fact[], sources: readonly SourceMeta[]): TimelineLookup {
	return {
		source: (docId) => sources.find((s) => s.id === docId),
		fact: (id) => facts.find((f) => f.id === id),
	};
}

describe('pager', () => {
	it('GIVEN a page past either end THEN the nearest real page is shown', () => {
		const items = Array.from({ length: 23 }, (_, i) => i);

		expect(pageOf(items, 99, 10)).toMatchObject({ page: 3, pages: 3, items: [20, 21, 22], offset: 20 });
		expect(pageOf(items, 0, 10).page).toBe(1);
		expect(pageOf(items, Number.NaN, 10).page).toBe(1);
		expect(pageOf([], 1, 10)).toMatchObject({ page: 1, pages: 1, items: [] });
	});

	it('GIVEN the first of several pages THEN ◀ is disabled, "page 1/250" shows where the reader is, ▶ is live, ids differ and fit 100 characters', () => {
		const [row] = pagerRows('a-rather-long-command-name-for-paging', 'AbCdEfGhIjKl', 1, 250);
		const [back, where, next] = row?.components ?? [];

		expect(back?.disabled).toBe(true);
		expect(where).toMatchObject({ label: 'page 1/250', disabled: true });
		expect(next?.disabled).toBe(false);
		expect(new Set(row?.components.map((button) => button.custom_id)).size).toBe(3);
		expect(next?.custom_id).toBe('a-rather-long-command-name-for-paging:page:AbCdEfGhIjKl:2');
		for (const button of row?.components ?? []) expect(button.custom_id.length).toBeLessThanOrEqual(100);
	});

	it('GIVEN a single page THEN there are no buttons', () => {
		expect(pagerRows('timeline', 'key', 1, 1)).toEqual([]);
	});
});

describe('timelineReply', () => {
	const sources = Array.from({ length: 12 }, (_, i) =>
		meta(i, { title: LONG_TITLE, publisher: `${HOSTILE} Press`, date: '2023-03-01' }),
	);
	const facts = Array.from({ length: 600 }, (_, i) =>
		fact(
			i,
			`${HOSTILE} ${'a very long sentence about a dated event '.repeat(60)}`,
			sources.map((s) => s.id),
			{
				disagreements: i % 2 === 0 ? [`fact-${i + 1}`, `fact-${i + 3}`, 'gone'] : [],
			},
		),
	);

	it('GIVEN hundreds of long, hostile facts THEN every page fits every limit and is defused', () => {
		for (const page of [1, 2, 60, 120]) {
			const reply = timelineReply({ facts, topic: LONG_TITLE }, page, lookupOf(facts, sources), paging);
			expect(problems(reply)).toEqual([]);
			expectDefused(reply);
			expect(reply.embeds[0]?.footer?.text).toContain(`Page ${page}/${600 / TIMELINE_PAGE_SIZE}`);
			expect(reply.embeds[0]?.description?.split('\n\n')).toHaveLength(TIMELINE_PAGE_SIZE);
		}
	});

	it('GIVEN a fact with many sources THEN it counts them, names three and says how many more', () => {
		const reply = timelineReply({ facts: facts.slice(1, 2) }, 1, lookupOf(facts, sources), paging);
		const description = reply.embeds[0]?.description ?? '';

		expect(description).toContain(`· ${sources.length} sources`);
		expect(description).toContain(`+${sources.length - 3} more`);
	});

	it('GIVEN a disagreement THEN ⚠ gives the other account with its date, and one the index lost is still flagged', () => {
		const other = fact(1, 'Belarus joined in July 2024.', ['b.txt'], {
			date: { start: '2024-07', precision: 'month' },
		});
		const disputed = fact(0, 'Belarus joined in 2023.', ['a.txt'], { disagreements: ['fact-1', 'lost'] });
		const reply = timelineReply(
			{ facts: [disputed] },
			1,
			lookupOf(
				[disputed, other],
				[meta(0, { id: 'a.txt' }), meta(1, { id: 'b.txt', title: 'Wiki', publisher: 'Wikipedia' })],
			),
			paging,
		);
		const description = reply.embeds[0]?.description ?? '';

		expect(description).toMatch(/^\*\*2010-03-01\*\* · 1 source ⚠/);
		expect(description).toContain('⚠ Wiki · Wikipedia says 2024-07: “Belarus joined in July 2024.”');
		expect(description).toContain('⚠ Another source gives a different date or figure.');
		expect(reply.embeds[0]?.footer?.text).toContain('⚠ sources disagree');
	});

	it('GIVEN no facts THEN a plain sentence names the filter, escaped', () => {
		const reply = timelineReply(
			{ facts: [], topic: '@everyone SCO', from: '2023', to: '2024-06' },
			1,
			lookupOf([], []),
			paging,
		);

		expect(reply.content).toBe('No dated facts match about “@\u200beveryone SCO” from 2023 to 2024-06.');
		expect(reply.embeds).toEqual([]);
		expect(reply.components).toEqual([]);
	});
});

describe('sourcesReply', () => {
	it('GIVEN hundreds of documents with 300-character hostile titles THEN each page fits and is defused', () => {
		const documents = Array.from({ length: 305 }, (_, i) =>
			document(i, {
				title: LONG_TITLE,
				publisher: HOSTILE,
				date: '2023-03-01',
				id: `${'sub/'.repeat(40)}doc-${i}.txt`,
			}),
		);
		for (const page of [1, 31]) {
			const reply = sourcesReply(documents, page, { command: 'sources', key: 'k' });
			expect(problems(reply)).toEqual([]);
			expectDefused(reply);
			expect(reply.embeds[0]?.footer?.text).toContain(`Page ${page}/${Math.ceil(305 / SOURCES_PAGE_SIZE)}`);
		}
		const last = sourcesReply(documents, 31, { command: 'sources', key: 'k' });
		expect(last.embeds[0]?.description).toMatch(/^\*\*301\.\*\* /);
	});

	it('GIVEN no documents THEN it says how to add some', () => {
		expect(sourcesReply([], 1, { command: 'sources', key: 'k' }).content).toContain('/upload');
	});
});

describe('sourceCard', () => {
	const hostile = document(
		1,
		{
			title: LONG_TITLE,
			publisher: HOSTILE,
			author: HOSTILE.repeat(5),
			date: '2023-03-01',
			url: 'javascript:alert(1)',
			path: 'x'.repeat(600),
		},
		{
			cleaning: {
				linesRemoved: 9999,
				charactersKept: 12,
				reasons: { menu: 5000, 'ui-phrase': 4000, 'boilerplate-section': 999 },
			},
		},
	);
	const facts = Array.from({ length: 400 }, (_, i) =>
		fact(i, `${HOSTILE} ${'event '.repeat(300)}`, ['doc-1.txt']),
	);

	it('GIVEN a 300-character hostile title, hundreds of facts and a javascript: URL THEN the card fits, is defused and has no link', () => {
		const card = sourceCard(hostile, facts);

		expect(problems(card)).toEqual([]);
		expectDefused(card);
		expect(card.embeds[0]?.url).toBeUndefined();
		expect(card.embeds[0]?.fields?.find((f) => f.name === 'Facts')?.value).toMatch(
			/…and \d+ more in \/timeline$/,
		);
	});

	it('GIVEN cleaning figures THEN it shows lines removed by reason, most first, and the share of characters kept', () => {
		const card = sourceCard(document(2), []);
		const cleaning = card.embeds[0]?.fields?.find((f) => f.name === 'Cleaning')?.value;

		expect(cleaning).toBe(
			'40 lines of page furniture removed (menu 25 · repeated 10 · headline list 5); 4,200 of 10,000 characters kept (42%).',
		);
		expect(card.embeds[0]?.fields?.map((f) => f.name)).toEqual(['Passages', 'Dated facts', 'Cleaning']);
	});

	it('GIVEN an https URL THEN the title links to it', () => {
		expect(sourceCard(document(3, { url: 'https://news.example/belarus' }), []).embeds[0]?.url).toBe(
			'https://news.example/belarus',
		);
	});

	it('GIVEN an unknown name THEN the private answer quotes it escaped and suggests at most five', () => {
		const reply = sourceNotFoundReply(
			`${HOSTILE}${'x'.repeat(3000)}`,
			Array.from({ length: 40 }, (_, i) => document(i, { title: LONG_TITLE })),
		);

		expect(problems(reply)).toEqual([]);
		expectDefused(reply);
		expect(reply.content?.match(/^• /gm)).toHaveLength(5);
	});
});

describe('sourceChoices', () => {
	const documents = Array.from({ length: 120 }, (_, i) =>
		document(i, {
			id: `${'archive/2024/'.repeat(12)}report-${i}.txt`,
			title: `${'Belarus China report '.repeat(15)}${i}`,
			publisher: 'Minsk Herald',
		}),
	);

	it('GIVEN long titles and ids THEN at most 25 choices, each within 100 characters, whose values resolve to their documents', () => {
		const choices = sourceChoices(documents, 'belarus');

		expect(autocompleteProblems({ type: 8, data: { choices } })).toEqual([]);
		expect(choices).toHaveLength(25);
		expect(new Set(choices.map((c) => c.value)).size).toBe(25);
		for (const choice of choices) {
			expect(choice.name.length).toBeLessThanOrEqual(100);
			expect(choice.value.length).toBeLessThanOrEqual(100);
			const resolved = documentByChoice(documents, choice.value);
			expect(resolved).toBeDefined();
			expect(choice.name.startsWith(resolved?.meta.title.slice(0, 50) ?? '?')).toBe(true);
		}
	});

	it('GIVEN a typed word THEN exact, title prefix, title word, title, publisher and id matches come in that order', () => {
		const candidates = [
			document(1, { id: 'minsk-notes.txt', title: 'Notes' }),
			document(2, { title: 'Trade with China', publisher: 'Minsk Daily' }),
			document(3, { title: 'Visits to Minskaya oblast' }),
			document(4, { title: 'Greater-minsk area' }),
			document(5, { title: 'Minsk summit' }),
			document(6, { title: 'minsk' }),
			document(7, { title: 'Unrelated' }),
		];

		expect(matchingDocuments(candidates, '  MINSK ').map((d) => d.meta.title)).toEqual([
			'minsk',
			'Minsk summit',
			'Greater-minsk area',
			'Visits to Minskaya oblast',
			'Trade with China',
			'Notes',
		]);
	});

	it('GIVEN nothing matches THEN there are no choices', () => {
		expect(sourceChoices(documents, 'zanzibar')).toEqual([]);
	});
});

describe('indexReportReply', () => {
	const long = (prefix: string) =>
		Array.from({ length: 1000 }, (_, i) => `${prefix}/${HOSTILE}/${'x'.repeat(250)}-${i}.txt`);
	const report: IndexReport = {
		documents: 1234,
		passages: 56_789,
		facts: 4321,
		skipped: long('skipped').map((file) => ({ file, reason: `unsupported file type ${HOSTILE}` })),
		problems: long('problem'),
		furnitureLinesRemoved: 999,
		buildMs: 12_345,
		durationMs: 13_001,
		loadedFromSnapshot: false,
		changes: { added: long('added'), changed: long('changed'), removed: long('removed') },
		firstIndex: false,
		builtAt: '2026-11-23T16:00:00.000Z',
	};

	it('GIVEN thousands of changes, skips and problems THEN the report fits, is defused and counts what it leaves out', () => {
		const reply = indexReportReply(report, 'Added `x.md`; reindexing included it.');
		const fields = reply.embeds[0]?.fields ?? [];

		expect(problems(reply)).toEqual([]);
		expectDefused(reply);
		expect(fields.map((f) => f.name)).toEqual([
			'Added (1,000)',
			'Changed (1,000)',
			'Removed (1,000)',
			'Skipped files (1,000)',
			'Problems (1,000)',
		]);
		for (const field of fields) expect(field.value).toMatch(/…and \d+ more$/);
		expect(reply.embeds[0]?.description).toContain('1,234 documents · 56,789 passages · 4,321 dated facts');
		expect(reply.embeds[0]?.footer?.text).toBe(
			'Index built in 12.3 s; 13.0 s in all · built at 2026-11-23T16:00:00.000Z',
		);
		expect(reply.content).toBe('Added `x.md`; reindexing included it.');
	});

	/** A reindex that found nothing to list: no changes, skips or problems. */
	const quietReport: IndexReport = {
		...report,
		skipped: [],
		problems: [],
		changes: { added: [], changed: [], removed: [] },
	};

	it('GIVEN nothing changed THEN it says so and lists nothing', () => {
		const reply = indexReportReply(quietReport);

		expect(reply.embeds[0]?.fields).toEqual([]);
		expect(reply.embeds[0]?.description).toContain('No documents were added, changed or removed.');
	});

	it('GIVEN a first index THEN it says there was nothing to compare with, not that nothing changed', () => {
		const reply = indexReportReply({ ...quietReport, firstIndex: true });

		expect(reply.embeds[0]?.description).toContain('The first index of this folder');
		expect(reply.embeds[0]?.description).not.toContain('No documents were added');
	});

	it('GIVEN a failure with a huge hostile reason THEN the message fits, is defused and says the old index serves', () => {
		const reply = reindexFailedReply(`${HOSTILE} ${'y'.repeat(5000)}`);

		expect(problems(reply)).toEqual([]);
		expectDefused(reply);
		expect(reply.content).toMatch(/^The reindex failed: /);
		expect(reply.content).toMatch(/The previous index is still serving\.$/);
		expect(reindexBusyReply().content).toMatch(/already running/);
	});
});

describe('aboutReply', () => {
	it('GIVEN counts, a build time and a start time THEN it shows them with the age and uptime in words', () => {
		const now = new Date('2026-11-23T12:00:00Z');
		const reply = aboutReply({
			builtAt: '2026-11-23T11:57:30Z',
			documents: 5,
			passages: 76,
			facts: 1,
			reindexing: false,
			startedAt: new Date('2026-11-21T09:30:00Z'),
			now,
		});
		const field = (name: string) => reply.embeds[0]?.fields?.find((f) => f.name === name)?.value;

		expect(problems(reply)).toEqual([]);
		expect(field('Index')).toBe(`Built 3 min ago (<t:${Date.parse('2026-11-23T11:57:30Z') / 1000}:f>)`);
		expect(field('Holds')).toBe('5 documents · 76 passages · 1 dated fact');
		expect(field('Uptime')).toBe('2 days');
		expect(field('Index')).not.toContain('reindex');
	});

	it('GIVEN a reindex running or an unreadable build time THEN the index field says so', () => {
		const base = { documents: 0, passages: 0, facts: 0, startedAt: new Date(), now: new Date() };

		expect(
			aboutReply({ ...base, builtAt: 'not a date', reindexing: true }).embeds[0]?.fields?.[0]?.value,
		).toBe('Build time unknown\nA reindex is running now.');
	});
});

describe('unansweredReply', () => {
	it('GIVEN a thousand long hostile questions THEN the newest that fit are listed and the rest counted', () => {
		const records: UnansweredRecord[] = Array.from({ length: 1000 }, (_, i) => ({
			at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
			userId: i % 2 === 0 ? '123456789012345678' : 'not-an-id',
			question: `Q${i} ${HOSTILE} ${'why '.repeat(500)}`,
			channelId: i % 3 === 0 ? '323456789012345678' : null,
		}));
		const reply = unansweredReply(records);
		const description = reply.embeds[0]?.description ?? '';

		expect(problems(reply)).toEqual([]);
		expect(description.startsWith('<t:')).toBe(true);
		expect(description).toContain('Q999 ');
		expect(description).not.toContain('Q0 ');
		expect(description).toMatch(/…and \d+ older questions$/);
		expect(description).not.toContain('<@not-an-id>');
		const withoutOwnMentions = description.replace(/<@123456789012345678>|<#323456789012345678>/g, '');
		expectDefused({ ...reply, embeds: [{ description: withoutOwnMentions }] });
	});

	it('GIVEN none THEN it says so', () => {
		expect(unansweredReply([]).content).toBe('No unanswered questions have been recorded.');
	});
});
