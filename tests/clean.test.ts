import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanText, htmlToText } from '../src/core/clean/index.ts';
import type { CleanedText, FurnitureReason } from '../src/core/types.ts';
import { loadFurnitureLabels, scoreFurniture } from './support/furnitureLabels.ts';

const SOTU_DIR = join(import.meta.dirname, '..', 'node_modules', '@stdlib', 'datasets-sotu', 'data');

const keptTexts = (text: string, cleaned: CleanedText): string[] =>
	cleaned.paragraphs.map((paragraph) => text.slice(paragraph.start, paragraph.end));

/** The removal reason given for the line that contains `needle`, or `undefined` when it was kept. */
const reasonFor = (text: string, cleaned: CleanedText, needle: string): FurnitureReason | undefined => {
	const at = text.indexOf(needle);
	if (at === -1) throw new Error(`test text does not contain ${JSON.stringify(needle)}`);
	return cleaned.removed.find((line) => line.start <= at && at < line.end)?.reason;
};

/** Checks the contract every result must keep: verbatim, trimmed, tag-free, ordered, disjoint spans. */
const expectWellFormed = (text: string, cleaned: CleanedText): void => {
	let previousEnd = 0;
	for (const paragraph of cleaned.paragraphs) {
		const slice = text.slice(paragraph.start, paragraph.end);
		expect(paragraph.start).toBeGreaterThanOrEqual(previousEnd);
		expect(slice.length).toBeGreaterThan(0);
		expect(slice.trim()).toBe(slice);
		expect(slice).not.toMatch(/<\/?[a-z][^>]*>/i);
		previousEnd = paragraph.end;
	}
	for (const removed of cleaned.removed) expect(text.slice(removed.start, removed.end).trim()).not.toBe('');
};

// A news page of our own making: a menu, a share bar, a headline list, a German chrome line and a
// comment footer around a three-paragraph article.
const SYNTHETIC_PAGE = [
	'Home | World | Business | Sport | Weather',
	'Tidewater Gazette',
	'',
	'Harbour council approves new ferry route',
	'',
	'By Elena Varga',
	'Share on Facebook',
	'Facebook Twitter WhatsApp Email',
	'',
	'The harbour council voted on Monday to approve a new ferry route between the old port and the island of Kell, ending two years of debate.',
	'',
	'Councillors said the service would start in the spring and run four times a day, weather permitting.',
	'Kommentare sind geschlossen.',
	'Ferry crews will be hired locally, according to the plan the operator filed with the council.',
	'',
	'Most read',
	'',
	'Storm closes coastal road for a second day',
	'March 2, 2024',
	'Fishing quotas cut again',
	'March 1, 2024',
	'Local school wins robotics prize',
	'February 28, 2024',
	'',
	'12 comments',
	'Leave a comment',
	'Sign in to comment',
	'© 2024 Tidewater Gazette. All rights reserved.',
].join('\n');

const ARTICLE_SENTENCES = [
	'The harbour council voted on Monday to approve a new ferry route between the old port and the island of Kell, ending two years of debate.',
	'Councillors said the service would start in the spring and run four times a day, weather permitting.',
	'Ferry crews will be hired locally, according to the plan the operator filed with the council.',
];

describe('cleanText on the hand-labelled seed pages', () => {
	const documents = loadFurnitureLabels();
	const report = scoreFurniture(
		documents.map((document) => ({ document, cleaned: cleanText(document.text) })),
	);

	it('GIVEN the five labelled pages THEN it keeps at least 98% of article lines and removes at least 95% of furniture lines, overall and per page', () => {
		for (const [name, score] of Object.entries(report.perDocument)) {
			console.log(
				`furniture fixture ${name}: articleKept ${score.articleKept.toFixed(3)} (${score.articleLines} lines), furnitureRemoved ${score.furnitureRemoved.toFixed(3)} (${score.furnitureLines} lines)`,
			);
		}
		console.log(
			`furniture fixture overall: articleKept ${report.overall.articleKept.toFixed(3)}, furnitureRemoved ${report.overall.furnitureRemoved.toFixed(3)}`,
		);
		for (const line of report.overall.misclassified) {
			console.log(
				`  misclassified ${line.document}:${line.lineNumber} (${line.label}) ${line.text.slice(0, 80)}`,
			);
		}
		expect(documents).toHaveLength(5);
		expect(report.overall.articleKept).toBeGreaterThanOrEqual(0.98);
		expect(report.overall.furnitureRemoved).toBeGreaterThanOrEqual(0.95);
		for (const score of Object.values(report.perDocument)) {
			expect(score.articleKept).toBeGreaterThanOrEqual(0.98);
			expect(score.furnitureRemoved).toBeGreaterThanOrEqual(0.95);
		}
	});

	it('GIVEN the labelled pages THEN every paragraph is a verbatim, trimmed, tag-free slice and every removed line has a reason', () => {
		for (const document of documents) {
			const cleaned = cleanText(document.text);
			expectWellFormed(document.text, cleaned);
			for (const line of document.lines) {
				if (line.label === '-') continue;
				const end = line.start + line.text.length;
				const kept = cleaned.paragraphs.some((p) => p.start < end && line.start < p.end);
				const removed = cleaned.removed.some((r) => line.start <= r.start && r.start < end);
				expect(kept || removed, `${document.name}:${line.lineNumber} is neither kept nor removed`).toBe(true);
			}
		}
	});
});

describe('furniture label loader and scorer', () => {
	const scratch = mkdtempSync(join(tmpdir(), 'dossier-furniture-'));
	afterAll(() => rmSync(scratch, { recursive: true, force: true }));

	const fixture = (page: string, labels: string): { labelsDir: string; dataDir: string } => {
		const labelsDir = mkdtempSync(join(scratch, 'labels-'));
		const dataDir = mkdtempSync(join(scratch, 'data-'));
		writeFileSync(join(dataDir, 'page.txt'), page);
		writeFileSync(join(labelsDir, 'page.txt.labels'), labels);
		return { labelsDir, dataDir };
	};

	it('GIVEN a labelled line that differs from the page THEN loading fails and names the file and line', () => {
		const { labelsDir, dataDir } = fixture('Menu\n\nA sentence.', 'F\tMenu\n-\t\nA\tA sentense.\n');
		expect(() => loadFurnitureLabels(labelsDir, dataDir)).toThrow(/page\.txt\.labels:3 reads "A sentense\."/);
	});

	it('GIVEN a labels file with a line missing THEN loading fails with both line counts', () => {
		const { labelsDir, dataDir } = fixture('Menu\n\nA sentence.', 'F\tMenu\n-\t\n');
		expect(() => loadFurnitureLabels(labelsDir, dataDir)).toThrow(/has 2 lines, its page has 3/);
	});

	it('GIVEN a result that keeps half an article line and part of a furniture line THEN both count as misclassified', () => {
		const page = 'Menu item\n\nThe article sentence is here.';
		const { labelsDir, dataDir } = fixture(page, 'F\tMenu item\n-\t\nA\tThe article sentence is here.\n');
		const [document] = loadFurnitureLabels(labelsDir, dataDir);
		if (document === undefined) throw new Error('fixture did not load');
		const articleStart = page.indexOf('The');
		const report = scoreFurniture([
			{
				document,
				cleaned: {
					paragraphs: [
						{ start: 5, end: 9 },
						{ start: articleStart, end: articleStart + 11 },
					],
					removed: [],
				},
			},
		]);
		expect(report.overall.articleKept).toBe(0);
		expect(report.overall.furnitureRemoved).toBe(0);
		expect(report.overall.misclassified.map((line) => [line.lineNumber, line.label])).toEqual([
			[1, 'F'],
			[3, 'A'],
		]);
	});
});

describe('cleanText on article-only text', () => {
	it('GIVEN a plain prose document with one paragraph per line THEN every paragraph is kept whole', () => {
		const paragraphs = [
			'The orchard at the end of the lane was planted by my grandfather in the spring of 1952, when the village still had a blacksmith.',
			'It was late.',
			'Every autumn the family gathered there to pick apples, and the children were sent up the ladders because they were light and did not mind the wasps.',
		];
		const text = paragraphs.join('\n\n');
		const cleaned = cleanText(text);
		expect(keptTexts(text, cleaned)).toEqual(paragraphs);
		expect(cleaned.removed).toEqual([]);
	});

	it('GIVEN a hard-wrapped prose document THEN each wrapped paragraph is kept whole as one paragraph', () => {
		const text = [
			'The harbour town woke slowly that winter, and the boats stayed',
			'tied up along the quay for most of the morning while the fishermen',
			'argued about the weather and the price of diesel.',
			'',
			'By noon the wind had dropped. A few of the younger crews went out',
			'beyond the breakwater, but they were back before dark with little',
			'to show for it.',
		].join('\n');
		const cleaned = cleanText(text);
		expect(keptTexts(text, cleaned)).toEqual(text.split('\n\n'));
	});

	it('GIVEN every State of the Union speech THEN each comes through whole, and all of them clean in well under the time budget', () => {
		const speeches = readdirSync(SOTU_DIR)
			.filter((file) => file.endsWith('.txt'))
			.map((file) => readFileSync(join(SOTU_DIR, file), 'utf8'))
			.filter((text) => text.trim() !== '');
		expect(speeches.length).toBeGreaterThan(200);
		const started = performance.now();
		const results = speeches.map((text) => cleanText(text));
		const elapsed = performance.now() - started;
		console.log(`cleaned ${speeches.length} State of the Union speeches in ${elapsed.toFixed(0)} ms`);
		results.forEach((cleaned, index) => {
			const text = speeches[index] ?? '';
			expect(keptTexts(text, cleaned)).toEqual([text.trim()]);
		});
		// Measured at about 0.25 s; the margin is for slow CI machines, not for a slower cleaner.
		expect(elapsed).toBeLessThan(2000);
	});
});

describe('cleanText on a synthetic news page', () => {
	const cleaned = cleanText(SYNTHETIC_PAGE);

	it('GIVEN article sentences around page furniture THEN exactly the article sentences are kept', () => {
		expect(keptTexts(SYNTHETIC_PAGE, cleaned)).toEqual(ARTICLE_SENTENCES);
		expectWellFormed(SYNTHETIC_PAGE, cleaned);
	});

	it('GIVEN a menu, a share bar, a headline list, foreign chrome and a comment footer THEN each is removed with a fitting reason', () => {
		expect(reasonFor(SYNTHETIC_PAGE, cleaned, 'Home | World')).toBe('menu');
		expect(reasonFor(SYNTHETIC_PAGE, cleaned, 'Facebook Twitter WhatsApp')).toBe('menu');
		expect(reasonFor(SYNTHETIC_PAGE, cleaned, 'Share on Facebook')).toBe('ui-phrase');
		expect(reasonFor(SYNTHETIC_PAGE, cleaned, 'Fishing quotas cut again')).toBe('headline-list');
		expect(reasonFor(SYNTHETIC_PAGE, cleaned, 'March 1, 2024')).toBe('headline-list');
		expect(reasonFor(SYNTHETIC_PAGE, cleaned, 'Kommentare sind geschlossen.')).toBe('foreign-chrome');
		expect(reasonFor(SYNTHETIC_PAGE, cleaned, 'Leave a comment')).toBe('ui-phrase');
		expect(reasonFor(SYNTHETIC_PAGE, cleaned, '© 2024 Tidewater')).toBe('ui-phrase');
		expect(reasonFor(SYNTHETIC_PAGE, cleaned, 'By Elena Varga')).toBeDefined();
	});

	it('GIVEN the page THEN every non-blank line is either kept or listed as removed, never both', () => {
		let offset = 0;
		for (const line of SYNTHETIC_PAGE.split('\n')) {
			const start = offset;
			offset += line.length + 1;
			if (line.trim() === '') continue;
			const kept = cleaned.paragraphs.some((p) => p.start <= start && start < p.end);
			const removed = cleaned.removed.some((r) => r.start === start);
			expect(kept !== removed, line).toBe(true);
		}
	});

	it('GIVEN a Chinese headline at the top of an English article THEN it is removed as foreign chrome', () => {
		const text = `北京市政府发布新的交通规定\n\n${ARTICLE_SENTENCES.join('\n\n')}`;
		const result = cleanText(text);
		expect(reasonFor(text, result, '北京')).toBe('foreign-chrome');
		expect(keptTexts(text, result)).toEqual(ARTICLE_SENTENCES);
	});

	it('GIVEN a related-posts section and a lone site blurb after the article THEN the blurb goes with the widgets', () => {
		const text = [
			...ARTICLE_SENTENCES.flatMap((sentence) => [sentence, '']),
			'Related Posts',
			'',
			'Storm closes coastal road for a second day',
			'March 2, 2024',
			'Fishing quotas cut again',
			'March 1, 2024',
			'',
			'About',
			'The Tidewater Gazette has covered the islands since 1921 and is owned by a cooperative of its readers.',
			'',
			'Leave a comment',
		].join('\n');
		const result = cleanText(text);
		expect(keptTexts(text, result)).toEqual(ARTICLE_SENTENCES);
		expect(reasonFor(text, result, 'Related Posts')).toBe('boilerplate-section');
		expect(reasonFor(text, result, 'The Tidewater Gazette has covered')).toBe('boilerplate-section');
	});
});

describe('cleanText on inline HTML', () => {
	it('GIVEN a sentence with inline tags THEN the text around the tags is kept and the tags are removed', () => {
		const text =
			'The committee met <b>twice</b> in May and agreed on a budget for the coming year after a long debate.';
		const cleaned = cleanText(text);
		expect(keptTexts(text, cleaned)).toEqual([
			'The committee met',
			'twice',
			'in May and agreed on a budget for the coming year after a long debate.',
		]);
		expect(cleaned.removed.map((r) => [text.slice(r.start, r.end), r.reason])).toEqual([
			['<b>', 'html'],
			['</b>', 'html'],
		]);
	});

	it('GIVEN a line that is only markup or a short title wrapped in tags THEN the whole line is removed as html', () => {
		const text = [
			'<div class="related">',
			'<h3 class="title">Ferry timetable</h3> Winter schedule',
			'</div>',
			'',
			'The ferry will run four times a day from April, the operator said in a statement on Monday.',
		].join('\n');
		const cleaned = cleanText(text);
		expect(keptTexts(text, cleaned)).toEqual([
			'The ferry will run four times a day from April, the operator said in a statement on Monday.',
		]);
		expect(cleaned.removed.map((r) => r.reason)).toEqual(['html', 'html', 'html']);
	});
});

describe('cleanText on hostile input', () => {
	it('GIVEN long runs of characters that trip naive regular expressions THEN each megabyte cleans in well under a second', () => {
		const inputs = [
			`a${' '.repeat(1_000_000)}b`,
			'<!--'.repeat(250_000),
			'<a '.repeat(300_000),
			'"'.repeat(500_000),
			'Smith, J; '.repeat(100_000),
			`<a${'b'.repeat(1_000_000)}`,
			'[1]'.repeat(300_000),
		];
		for (const input of inputs) {
			const started = performance.now();
			cleanText(input);
			expect(performance.now() - started, input.slice(0, 12)).toBeLessThan(1000);
		}
	});

	it('GIVEN an empty or blank text THEN there is nothing to keep or remove', () => {
		for (const text of ['', '\n\n', '   \n\t\n'])
			expect(cleanText(text)).toEqual({ paragraphs: [], removed: [] });
	});
});

describe('htmlToText', () => {
	const page = `<!doctype html><html><head><title>Gazette</title><style>p { color: red }</style>
<script>window.track = function () {}</script></head><body>
<header><a href="/">Tidewater Gazette</a></header>
<nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article>
<h1>Harbour council approves new ferry route</h1>
<p>The harbour council voted on Monday to approve a <a href="https://example.org/route">new ferry route</a> between the old port and the island of Kell.</p>
<img src="ferry.jpg" alt="The ferry at the quay">
<div><p>Councillors said the service would start in the spring and run four
times a day, weather permitting.</p></div>
</article><aside>Most read: Storm closes coastal road</aside></main>
<footer>© 2024 Tidewater Gazette</footer>
</body></html>`;
	const text = htmlToText(page);

	it('GIVEN a page THEN blocks come out one per line with blank lines between, link text kept and its address dropped', () => {
		expect(text).toBe(
			[
				'Harbour council approves new ferry route',
				'',
				'The harbour council voted on Monday to approve a new ferry route between the old port and the island of Kell.',
				'',
				'Councillors said the service would start in the spring and run four times a day, weather permitting.',
			].join('\n'),
		);
	});

	it('GIVEN the converted page THEN cleanText keeps its two article paragraphs and drops the headline', () => {
		const cleaned = cleanText(text);
		expect(keptTexts(text, cleaned)).toEqual([
			'The harbour council voted on Monday to approve a new ferry route between the old port and the island of Kell.',
			'Councillors said the service would start in the spring and run four times a day, weather permitting.',
		]);
	});
});
