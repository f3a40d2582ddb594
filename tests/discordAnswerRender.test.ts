import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/core/answer/ask.ts';
import { compareFigures, figuresIn } from '../src/core/answer/claimFigures.ts';
import type { Excerpt } from '../src/core/answer/excerpt.ts';
import type { SearchPage } from '../src/core/answer/search.ts';
import type { Fact, SourceMeta } from '../src/core/types.ts';
import { factsAround, renderAnswer, renderTimelineAround } from '../src/discord/render/answerReply.ts';
import { joinWithin, sourceLink } from '../src/discord/render/citedExcerpts.ts';
import { renderClaimCheck } from '../src/discord/render/claimReply.ts';
import { formatAge, indexFooter } from '../src/discord/render/indexFooter.ts';
import { fitLines, truncate, truncateText } from '../src/discord/render/limits.ts';
import { renderSearchPage } from '../src/discord/render/searchReply.ts';
import { renderAnswer as renderTextAnswer } from '../src/render/textReplies.ts';
import { messageLimitProblems } from './support/discord/validation/messageLimits.ts';

const NOW = Date.parse('2024-05-01T12:00:00Z');
const INDEX = { builtAt: '2024-05-01T09:00:00Z', documents: 5, passages: 76 };

function source(id: string, extra: Partial<SourceMeta> = {}): SourceMeta {
	return { id, path: `data/${id}`, title: `Title of ${id}`, ...extra };
}

/** An excerpt whose highlights mark every occurrence of `words`, as the core marks matched terms. */
function excerpt(text: string, src: SourceMeta, words: readonly string[] = []): Excerpt {
	const highlights = words
		.flatMap((word) =>
			[...text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))].map((m) => ({
				start: m.index ?? 0,
				end: (m.index ?? 0) + word.length,
			})),
		)
		.sort((a, b) => a.start - b.start);
	return { text, source: src, start: 0, end: text.length, score: 1, highlights };
}

function fact(id: string, start: string, text: string, docId: string, extra: Partial<Fact> = {}): Fact {
	return {
		id,
		date: { start, precision: start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day' },
		text,
		mentions: [
			{ docId, start: 0, end: text.length, text, dateText: start, date: { start, precision: 'year' } },
		],
		corroboration: 1,
		disagreements: [],
		...extra,
	};
}

function answerOf(partial: Partial<Answer>): Answer {
	return {
		question: 'When did Belarus join the SCO?',
		answered: true,
		questionType: 'when',
		excerpts: [],
		leads: [],
		keyDates: [],
		disagreements: [],
		unknownWords: [],
		...partial,
	};
}

const problemsOf = (payload: object) =>
	messageLimitProblems(payload, { files: [], creating: true, attachmentSizeLimit: 10_000_000 });
const embedOf = (payload: { embeds: APIEmbed[] }) => payload.embeds[0] as APIEmbed;
/** Bold markers not escaped by a backslash; an odd count would leave the rest of the text bold. */
const boldMarkers = (text: string) => text.match(/(?<!\\)\*\*/g)?.length ?? 0;

const wiki = source('001.txt', { title: 'Belarus–China relations' });
const cgtn = source('002.txt', {
	title: 'Belarus and China',
	publisher: 'CGTN',
	date: '2023-03-03',
	url: 'https://news.cgtn.com/a_(b)',
});
const observer = fact('f1', '2015-07', 'In July 2015, Belarus became an observer in the SCO.', '001.txt');
const member = fact('f2', '2024-07', 'In July 2024, Belarus became a full member in the SCO.', '001.txt', {
	disagreements: ['f3'],
	corroboration: 2,
});
const other = fact('f3', '2023', 'In 2023, Belarus became a member of the SCO.', '002.txt', {
	disagreements: ['f2'],
});

describe('renderAnswer', () => {
	const answer = answerOf({
		excerpts: [
			excerpt('In July 2024, Belarus became a full member in the SCO.', wiki, ['Belarus', 'SCO']),
			excerpt('In 2023, Belarus became a member of the Shanghai Cooperation Organisation.', cgtn, [
				'Belarus',
				'Shanghai',
				'Cooperation',
				'Organisation',
			]),
			excerpt('In July 2015, Belarus became an observer in the SCO.', wiki, ['SCO']),
		],
		keyDates: [observer, other, member],
		disagreements: [[member, other]],
	});
	const reply = renderAnswer(answer, { index: INDEX, now: NOW, sessionKey: 'k3y' });
	const embed = embedOf(reply);

	it('GIVEN an answer THEN matched words are bold, and neighbouring matched words form one bold phrase', () => {
		expect(embed.description).toContain('**Belarus** became a full member in the **SCO**');
		expect(embed.description).toContain('**Shanghai Cooperation Organisation**');
	});

	it('GIVEN two excerpts of one document THEN they share a citation number, and the sources list cites title · publisher · date with a link', () => {
		expect(embed.description).toMatch(/full member in the \*\*SCO\*\*\. \*\*\[1\]\*\*/);
		expect(embed.description).toMatch(/observer in the \*\*SCO\*\*\. \*\*\[1\]\*\*/);
		expect(embed.description).toMatch(/Organisation\*\*\. \*\*\[2\]\*\*/);
		const sources = embed.fields?.find((f) => f.name === 'Sources')?.value ?? '';
		expect(sources).toContain('**[1]** Belarus–China relations');
		// The parentheses of the URL are encoded so they cannot end the link early.
		expect(sources).toContain(
			'**[2]** [Belarus and China · CGTN · 2023-03-03](https://news.cgtn.com/a_%28b%29)',
		);
	});

	it('GIVEN key dates and a disagreement THEN both have a field, the disagreement naming both dates and citations', () => {
		const keyDates = embed.fields?.find((f) => f.name === 'Key dates')?.value ?? '';
		expect(keyDates.split('\n')).toEqual([
			'**2015-07** — In July 2015, Belarus became an observer in the SCO.',
			'**2023** — In 2023, Belarus became a member of the SCO. ⚠',
			'**2024-07** — In July 2024, Belarus became a full member in the SCO. · 2 sources ⚠',
		]);
		const note = embed.fields?.find((f) => f.name.startsWith('⚠'))?.value ?? '';
		expect(note).toMatch(/\*\*2024-07\*\* “In July 2024.*” \[1\] — vs — \*\*2023\*\* “In 2023.*” \[2\]/);
	});

	it('GIVEN two key dates of one sentence THEN it is shown once, with both dates, in the reply and in the console', () => {
		const text = 'This year marks the 31st anniversary of relations, upgraded since 2020.';
		const upgraded = fact('f4', '2020', text, '002.txt');
		const anniversary = fact('f5', '2023', text, '002.txt', { disagreements: ['f9'] });
		const both = answerOf({ excerpts: answer.excerpts, keyDates: [observer, upgraded, anniversary] });
		const lines = (
			embedOf(renderAnswer(both, { index: INDEX, now: NOW })).fields?.find((f) => f.name === 'Key dates')
				?.value ?? ''
		).split('\n');
		expect(lines).toEqual([
			'**2015-07** — In July 2015, Belarus became an observer in the SCO.',
			`**2020 · 2023** — ${text} ⚠`,
		]);
		const printed = renderTextAnswer(both);
		expect(printed.match(/This year marks/g)).toHaveLength(1);
		expect(printed).toContain('2020 · 2023 This year marks');
	});

	it('GIVEN question words no document uses THEN a field names them, and none appears when every word was found', () => {
		const withUnknown = renderAnswer(
			answerOf({
				excerpts: answer.excerpts,
				unknownWords: [
					{ word: 'currency', respelled: true },
					{ word: 'Beijng', respelled: true, standIn: { word: 'Beijing', by: 'spelling' } },
					{ word: 'founded', respelled: false, standIn: { word: 'established', by: 'meaning' } },
					{
						word: 'fuonded',
						respelled: false,
						readAs: 'founded',
						standIn: { word: 'established', by: 'meaning' },
					},
					{ word: 'curreny', respelled: true, readAs: 'current' },
					{ word: 'nutshell', respelled: false },
				],
			}),
			{ index: INDEX, now: NOW },
		);
		expect(embedOf(withUnknown).fields).toContainEqual({
			name: 'Not in any document',
			value:
				'“currency” (read as a misspelling), “Beijng” (read as “Beijing”), “founded” (matched by meaning: “established”), “fuonded” (read as “founded”; matched by meaning: “established”), “curreny” (read as “current”), “nutshell”',
		});
		expect(embed.fields?.map((f) => f.name)).not.toContain('Not in any document');
	});

	it('GIVEN the index was built 3 hours ago THEN the footer gives its age and size', () => {
		expect(embed.footer?.text).toBe('Index built 3 h ago · 5 documents · 76 passages');
	});

	it('GIVEN a session key THEN the buttons carry it in ids of at most 100 characters, Timeline only when there are key dates', () => {
		expect(reply.components[0]?.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual([
			'ask:more:k3y',
			'ask:timeline:k3y',
			'ask:helpful:k3y',
			'ask:unhelpful:k3y',
		]);
		const noDates = renderAnswer(answerOf({ excerpts: answer.excerpts }), {
			index: INDEX,
			now: NOW,
			sessionKey: 'k3y',
		});
		expect(JSON.stringify(noDates.components)).not.toContain('timeline');
		expect(problemsOf(reply)).toEqual([]);
	});

	it('GIVEN an unanswered question THEN it says so plainly and offers the leads as leads', () => {
		const unanswered = renderAnswer(
			answerOf({
				question: 'What is the capital of Peru?',
				answered: false,
				leads: [excerpt('Lima is mentioned once.', wiki, ['Lima'])],
			}),
			{ index: INDEX, now: NOW },
		);
		const text = embedOf(unanswered).description ?? '';
		expect(text).toMatch(/^I found no answer to this in the documents\. The nearest passages are leads/);
		expect(text).toContain('**Lima** is mentioned once. **[1]**');
		expect(unanswered.components).toEqual([]);
		const nothing = renderAnswer(answerOf({ answered: false }), { index: INDEX, now: NOW });
		expect(embedOf(nothing).description).toMatch(/nothing in them comes close/);
	});

	it('GIVEN an answer longer than every limit THEN the reply is trimmed with "…" and passes every Discord limit', () => {
		const huge = 'Belarus joined the SCO after long talks. '.repeat(400);
		const sources = Array.from({ length: 30 }, (_, i) =>
			source(`doc-${i}.txt`, {
				title: `A very long title ${'x'.repeat(300)} ${i}`,
				publisher: 'P'.repeat(200),
				url: `https://example.org/${'p'.repeat(400)}`,
			}),
		);
		const facts = Array.from({ length: 30 }, (_, i) =>
			fact(`k${i}`, `20${String(i).padStart(2, '0')}`, `${i} ${huge}`, `doc-${i}.txt`, {
				disagreements: ['x'],
			}),
		);
		const long = answerOf({
			question: `Why ${'really '.repeat(100)}?`,
			excerpts: sources.map((s) => excerpt(huge, s, ['Belarus', 'SCO'])),
			keyDates: facts,
			disagreements: facts.slice(1).map((f, i) => [facts[i] as Fact, f]),
		});
		const payload = renderAnswer(long, { index: INDEX, now: NOW, sessionKey: 'k' });
		expect(problemsOf(payload)).toEqual([]);
		const trimmed = embedOf(payload);
		expect(trimmed.title).toMatch(/…$/);
		expect(trimmed.description).toMatch(/…$/);
		for (const field of trimmed.fields ?? []) expect(field.value).toMatch(/…$/);
		expect(boldMarkers(trimmed.description ?? '') % 2).toBe(0);
	});

	it('GIVEN document text that tries to ping, format or link THEN it is escaped in the excerpt, the title and the sources', () => {
		const hostile = source('evil.txt', {
			title: '@everyone [click](https://evil.example)',
			url: 'javascript:alert(1)',
		});
		const payload = renderAnswer(
			answerOf({
				question: 'Ping <@123456789012345678>?',
				excerpts: [
					excerpt('Hello @everyone and <@123456789012345678>, **not bold** _here_', hostile, ['Hello']),
				],
			}),
			{ index: INDEX, now: NOW },
		);
		const text = JSON.stringify(payload);
		expect(text).not.toMatch(/@everyone/);
		expect(text).not.toMatch(/<@\d+>/);
		expect(text).not.toContain('javascript:');
		expect(text).not.toContain('](https://evil');
		expect(embedOf(payload).description).toContain('\\*\\*not bold\\*\\*');
	});
});

describe('the Timeline button', () => {
	const timeline = ['2001', '2012', '2015-07', '2022-09', '2023', '2023-03', '2024-07', '2024-08'].map(
		(date, i) => fact(`t${i}`, date, `Event of ${date}.`, '001.txt'),
	);

	it('GIVEN key dates THEN the facts two either side of each are shown in date order, key dates marked', () => {
		const around = factsAround(timeline, new Set(['t0', 't6']), 2);
		expect(around.map((f) => f.date.start)).toEqual([
			'2001',
			'2012',
			'2015-07',
			'2023',
			'2023-03',
			'2024-07',
			'2024-08',
		]);
		const lines = embedOf(
			renderTimelineAround(around, new Set(['t0', 't6']), { index: INDEX, now: NOW }),
		).description?.split('\n');
		expect(lines?.[0]).toBe('▸ **2001** — Event of 2001.');
		expect(lines?.[1]).toBe('**2012** — Event of 2012.');
	});

	it('GIVEN key dates the index no longer has THEN the reply says to ask again', () => {
		expect(factsAround(timeline, new Set(['gone']), 2)).toEqual([]);
		expect(embedOf(renderTimelineAround([], new Set(), { index: INDEX, now: NOW })).description).toMatch(
			/ask again/,
		);
	});
});

describe('renderSearchPage', () => {
	const page = (n: number, pages: number): SearchPage => ({
		query: 'Belarus',
		page: n,
		pages,
		total: pages * 5 - 2,
		nothingToSearch: false,
		results: Array.from({ length: 5 }, (_, i) =>
			excerpt(`Passage ${i} about Belarus. ${'More text. '.repeat(200)}`, wiki, ['Belarus']),
		),
	});

	it('GIVEN page 2 of 7 THEN results are numbered 6–10, the footer and middle button say "page 2/7", ◀ and ▶ lead to pages 1 and 3', () => {
		const reply = renderSearchPage(page(2, 7), {
			heading: 'Search: Belarus',
			index: INDEX,
			now: NOW,
			sessionKey: 'abc',
		});
		const embed = embedOf(reply);
		expect(embed.description).toMatch(/^\*\*6\.\*\* Passage 0 about \*\*Belarus\*\*/);
		expect(embed.description).toContain('**10.** Passage 4');
		expect(embed.footer?.text).toMatch(/^Page 2\/7 · 33 passages · /);
		const buttons = reply.components[0]?.components ?? [];
		expect(
			buttons.map((b) => ['custom_id' in b ? b.custom_id : '', 'label' in b ? b.label : '', b.disabled]),
		).toEqual([
			['search:page:abc:1', '◀', false],
			['search:page:abc:2', 'page 2/7', true],
			['search:page:abc:3', '▶', false],
		]);
		expect(problemsOf(reply)).toEqual([]);
	});

	it('GIVEN the first and the last page THEN ◀ and ▶ are disabled there', () => {
		const first = renderSearchPage(page(1, 3), { heading: 'h', index: INDEX, now: NOW, sessionKey: 'abc' })
			.components[0]?.components;
		const last = renderSearchPage(page(3, 3), { heading: 'h', index: INDEX, now: NOW, sessionKey: 'abc' })
			.components[0]?.components;
		expect(first?.map((b) => b.disabled)).toEqual([true, true, false]);
		expect(last?.map((b) => b.disabled)).toEqual([false, true, true]);
	});

	it('GIVEN one page or no results THEN there are no buttons, and no results are said plainly', () => {
		expect(
			renderSearchPage(page(1, 1), { heading: 'h', index: INDEX, now: NOW, sessionKey: 'abc' }).components,
		).toEqual([]);
		const none = renderSearchPage(
			{ query: 'zzz', page: 1, pages: 1, total: 0, results: [], nothingToSearch: false },
			{ heading: 'Search: zzz', index: INDEX, now: NOW },
		);
		expect(embedOf(none).description).toMatch(/No passage/);
		// Only common words: what to search for instead, not "no passage matches".
		const common = renderSearchPage(
			{ query: 'the of', page: 1, pages: 1, total: 0, results: [], nothingToSearch: true },
			{ heading: 'Search: the of', index: INDEX, now: NOW },
		);
		expect(embedOf(common).description).toMatch(
			/are not searched; try a name or a topic, e\.g\. `\/search sanctions`/,
		);
	});
});

describe('Find sources', () => {
	it('GIVEN a claim with a year THEN excerpts with the same year are marked consistent and those with other years as possibly contradicting', () => {
		const claim = 'Belarus became a full member of the SCO in July 2024.';
		const reply = renderClaimCheck(
			claim,
			answerOf({
				excerpts: [
					excerpt('In July 2024, Belarus became a full member in the SCO. [6]', wiki, ['SCO']),
					excerpt('In 2023, Belarus became a member of the SCO.', cgtn, ['SCO']),
					excerpt('Belarus is a member of the SCO.', cgtn, ['SCO']),
				],
			}),
			{ index: INDEX, now: NOW },
		);
		const blocks = (embedOf(reply).description ?? '').split('\n\n');
		expect(blocks[0]).toBe(`> ${claim}`);
		expect(blocks.find((b) => b.includes('In July 2024'))).toMatch(/^✓ \*same dates or figures/);
		expect(blocks.find((b) => b.includes('In 2023'))).toMatch(
			/^⚠ \*different dates or figures — may contradict/,
		);
		expect(blocks.find((b) => b.startsWith('Belarus is'))).toBeDefined();
		expect(JSON.stringify(reply)).not.toMatch(/prove/i);
	});

	it('GIVEN figures THEN they are compared after normalising, footnote marks aside', () => {
		expect([...figuresIn('3,000 soldiers in 2023 [6]')]).toEqual(['3000', '2023']);
		expect(compareFigures('3000 troops', 'some 3,000 troops')).toBe('same-figures');
		expect(compareFigures('in 2024', 'in 2015 [2024]')).toBe('different-figures');
		expect(compareFigures('on 4 July 2024', 'in 2024')).toBe('no-comparison');
		expect(compareFigures('Belarus joined', 'in 2024')).toBe('no-comparison');
	});

	it('GIVEN a claim nothing addresses THEN it says so and shows leads as leads', () => {
		const reply = renderClaimCheck(
			'Minsk is on the Moon.',
			answerOf({ answered: false, leads: [excerpt('Minsk is the capital.', wiki)] }),
			{ index: INDEX, now: NOW },
		);
		expect(embedOf(reply).description).toMatch(
			/Nothing in the documents addresses it directly\. The nearest passages, as leads only/,
		);
	});

	it('GIVEN a claim the engine would not look up THEN the reply says why, not that nothing comes close', () => {
		const refusal =
			'Please ask in English: Dossier reads questions in English, the language of its documents.';
		const reply = renderClaimCheck('Минск — столица Беларуси.', answerOf({ answered: false, refusal }), {
			index: INDEX,
			now: NOW,
		});
		expect(embedOf(reply).description).toContain('Please ask in English');
		expect(embedOf(reply).description).not.toMatch(/Nothing in the documents comes close/);
	});
});

describe('helpers', () => {
	it('GIVEN text over a limit THEN it is cut to the limit at most, with no half emoji, escape or bold left open', () => {
		// A bold opened before the cut is closed, within the limit.
		const bold = truncate(`**${'a'.repeat(200)}`, 100);
		expect(bold.length).toBeLessThanOrEqual(100);
		expect(bold).toMatch(/^\*\*a+\*\*…$/);
		// An escaped asterisk at the cut leaves no backslash to escape what follows.
		const escaped = truncate(`${'a'.repeat(96)}\\*\\*bbbb`, 100);
		expect(escaped.length).toBeLessThanOrEqual(100);
		expect(escaped).not.toMatch(/\\…$/);
		// Plain text (a thread's name) is cut as it is: its asterisks are no markdown.
		const name = truncateText(`**${'a'.repeat(200)}`, 100);
		expect(name).toHaveLength(100);
		expect(name.endsWith('a…')).toBe(true);
		expect([truncate('**bold text', 0), truncateText('plain text', 0)]).toEqual(['', '']);
		expect(fitLines(['aaaa', 'bbbb'], 8, (left) => `…and ${left} more`).length).toBeLessThanOrEqual(8);
		for (const cut of [truncate('😀'.repeat(300), 101), truncateText('😀'.repeat(300), 101)]) {
			expect(cut.length).toBeLessThanOrEqual(101);
			expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
		}
	});

	it('GIVEN parts that do not all fit THEN only whole parts are kept, followed by "…"', () => {
		expect(joinWithin(['aaaa', 'bbbb', 'cccc'], 11)).toBe('aaaa\nbbbb\n…');
		expect(joinWithin(['aaaa', 'bbbb'], 9)).toBe('aaaa\nbbbb');
		expect(joinWithin(['a'.repeat(50)], 10)).toMatch(/^a{9}…$/);
	});

	it('GIVEN a source without a URL or with a non-web one THEN its label is not a link', () => {
		expect(sourceLink(source('x', { title: 'T', url: 'ftp://host/file' }))).toBe('T');
		expect(sourceLink(source('x', { title: 'T' }))).toBe('T');
	});

	it('GIVEN ages THEN they read naturally', () => {
		expect([
			formatAge(5_000),
			formatAge(12 * 60_000),
			formatAge(3 * 3_600_000),
			formatAge(5 * 86_400_000),
		]).toEqual(['5 s', '12 min', '3 h', '5 days']);
		expect(indexFooter({ builtAt: 'garbage', documents: 1, passages: 1 }, NOW)).toBe(
			'Index built at an unknown time · 1 document · 1 passage',
		);
	});
});
