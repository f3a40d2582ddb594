import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	type EvalQuestion,
	furnitureLeaks,
	type GoldFact,
	loadEvalSet,
	type RetrievalResult,
	scoreRetrieval,
	scoreTimeline,
	type TimelineFactInput,
} from './eval/metrics.ts';
import { withTypos } from './eval/typos.ts';

const EVAL_DIR = join(import.meta.dirname, 'eval');
const DATA_DIR = join(import.meta.dirname, '..', 'data');

const sanctions: EvalQuestion = {
	id: 'q1',
	question: 'What did the West impose on Minsk?',
	answers: [{ file: 'a.txt', text: 'stiff sanctions on Minsk' }],
};
const park: EvalQuestion = {
	id: 'q2',
	question: 'Great Stone investment',
	answers: [
		{ file: 'b.txt', text: '$1.3 billion' },
		{ file: 'c.txt', text: 'Great Stone' },
	],
};
const capital: EvalQuestion = { id: 'u1', question: 'What is the capital of Australia?', answers: [] };

const wrong = { file: 'a.txt', text: 'Belarus sees China as a key market.' };

describe('scoreRetrieval', () => {
	it('GIVEN every answer found first and every unanswerable refused THEN all scores are 1 and nothing is missed', () => {
		const score = scoreRetrieval([
			{
				question: sanctions,
				answered: true,
				excerpts: [{ file: 'a.txt', text: 'The West imposed stiff sanctions on Minsk.' }],
			},
			{ question: park, answered: true, excerpts: [{ file: 'c.txt', text: 'the Great Stone park' }, wrong] },
			{ question: capital, answered: false, excerpts: [] },
		]);
		expect(score).toMatchObject({ answerable: 2, unanswerable: 1, hitAt1: 1, hitAt3: 1, mrr: 1 });
		expect(score.refusalAccuracy).toBe(1);
		expect(score.falseRefusals).toBe(0);
		expect(score.misses).toEqual([]);
	});

	it('GIVEN the answer at rank 2 THEN hit@1 drops, hit@3 does not, and MRR counts one half', () => {
		const score = scoreRetrieval([
			{
				question: sanctions,
				answered: true,
				excerpts: [{ file: 'a.txt', text: 'stiff sanctions on Minsk' }],
			},
			{ question: park, answered: true, excerpts: [wrong, { file: 'b.txt', text: 'a $1.3 billion plan' }] },
		]);
		expect(score.hitAt1).toBe(0.5);
		expect(score.hitAt3).toBe(1);
		expect(score.mrr).toBe(0.75);
		expect(score.misses).toMatchObject([{ id: 'q2', reasons: ['ranked-low'], firstHitRank: 2 }]);
	});

	it('GIVEN the answer only at rank 4 THEN it is outside hit@3 but still counts towards MRR', () => {
		const late = { file: 'a.txt', text: 'stiff sanctions on Minsk' };
		const score = scoreRetrieval([
			{ question: sanctions, answered: true, excerpts: [wrong, wrong, wrong, late] },
		]);
		expect(score.hitAt3).toBe(0);
		expect(score.mrr).toBe(0.25);
	});

	it('GIVEN the answer text from another file THEN it is not a hit', () => {
		const score = scoreRetrieval([
			{
				question: sanctions,
				answered: true,
				excerpts: [{ file: 'b.txt', text: 'stiff sanctions on Minsk' }],
			},
		]);
		expect(score.hitAt3).toBe(0);
		expect(score.misses).toMatchObject([{ id: 'q1', reasons: ['not-found'], firstHitRank: null }]);
	});

	it('GIVEN different case, line breaks, curly quotes, dashes and a path for the file THEN it is still a hit', () => {
		const question: EvalQuestion = {
			id: 'q3',
			question: 'What did Xi call Belarus?',
			answers: [{ file: 'd.txt', text: 'a "true friend" on the Belarus-Poland border' }],
		};
		const score = scoreRetrieval([
			{
				question,
				answered: true,
				excerpts: [
					{ file: 'data/d.txt', text: 'Calling it A “True\n  friend” on the Belarus–Poland border.' },
				],
			},
		]);
		expect(score.hitAt1).toBe(1);
	});

	it('GIVEN an answered unanswerable question and a refused answerable one THEN both are reported', () => {
		const results: RetrievalResult[] = [
			{ question: capital, answered: true, excerpts: [wrong] },
			{ question: sanctions, answered: false, excerpts: [] },
			{ question: { ...capital, id: 'u2' }, answered: false, excerpts: [] },
		];
		const score = scoreRetrieval(results);
		expect(score.refusalAccuracy).toBe(0.5);
		expect(score.falseRefusals).toBe(1);
		expect(score.answerInLeads).toBe(0);
		expect(score.misses.map((miss) => [miss.id, miss.reasons])).toEqual([
			['u1', ['false-answer']],
			['q1', ['not-found', 'false-refusal']],
		]);
	});

	it('GIVEN a refused question whose leads hold the answer THEN it is a false refusal, but one whose reader finds the answer', () => {
		const score = scoreRetrieval([
			{
				question: sanctions,
				answered: false,
				excerpts: [],
				leads: [wrong, { file: 'a.txt', text: 'stiff sanctions on Minsk' }],
			},
			{ question: { ...sanctions, id: 'q2' }, answered: false, excerpts: [], leads: [wrong] },
		]);
		expect(score.hitAt1).toBe(0);
		expect(score.falseRefusals).toBe(2);
		expect(score.answerInLeads).toBe(1);
	});

	it('GIVEN a refused question whose excerpts hold the answer THEN retrieval still counts the hit', () => {
		const score = scoreRetrieval([
			{
				question: sanctions,
				answered: false,
				excerpts: [{ file: 'a.txt', text: 'stiff sanctions on Minsk' }],
			},
		]);
		expect(score.hitAt1).toBe(1);
		expect(score.falseRefusals).toBe(1);
	});
});

const observer: GoldFact = { id: 't1', file: 'w.txt', date: '2015-07', text: 'Belarus became an observer' };
const trip: GoldFact = {
	id: 't2',
	file: 'g.txt',
	date: '2023-02-28',
	end: '2023-03-02',
	text: 'from February 28 to March 2',
};
const announced: GoldFact = { id: 't3', file: 'g.txt', date: '2023-02-23', text: 'on February 23' };
const lastWeek: GoldFact = {
	id: 't4',
	file: 'j.txt',
	date: '2023-02',
	loose: true,
	text: 'last week urged peace',
};

const tripSentence = 'Lukashenko said on February 23, when announcing his trip, from February 28 to March 2.';

function fact(start: string, precision: TimelineFactInput['date']['precision'], file: string, text: string) {
	return { date: { start, precision }, mentions: [{ file, text }] };
}

describe('scoreTimeline', () => {
	it('GIVEN facts matching every gold fact THEN recall, precision and checked precision are 1', () => {
		const score = scoreTimeline(
			[
				fact('2015-07', 'month', 'w.txt', 'In July 2015, Belarus became an observer in the SCO.'),
				{
					date: { start: '2023-02-28', end: '2023-03-02', precision: 'day' },
					mentions: [{ file: 'g.txt', text: tripSentence }],
				},
				fact('2023-02-23', 'day', 'g.txt', tripSentence),
			],
			[observer, trip, announced],
		);
		expect(score).toMatchObject({ recall: 1, precision: 1, precisionChecked: 1, missed: [] });
	});

	it('GIVEN the right sentence with the wrong date THEN the gold fact is missed and checked precision drops', () => {
		const score = scoreTimeline(
			[fact('2015', 'year', 'w.txt', 'In July 2015, Belarus became an observer.')],
			[observer],
		);
		expect(score.recall).toBe(0);
		expect(score.precisionChecked).toBe(0);
		expect(score.missed).toEqual([observer]);
	});

	it('GIVEN a range reported by its start day alone THEN it does not match the gold range', () => {
		const score = scoreTimeline([fact('2023-02-28', 'day', 'g.txt', tripSentence)], [trip, announced]);
		expect(score.recall).toBe(0);
		expect(score.checked).toBe(1);
		expect(score.precisionChecked).toBe(0);
	});

	it('GIVEN a loose gold fact THEN any day of its month matches and the next month does not', () => {
		const text = 'A Chinese position paper on Ukraine last week urged peace talks.';
		expect(scoreTimeline([fact('2023-02-23', 'day', 'j.txt', text)], [lastWeek]).recall).toBe(1);
		expect(scoreTimeline([fact('2023-02', 'month', 'j.txt', text)], [lastWeek]).recall).toBe(1);
		expect(scoreTimeline([fact('2023-03-01', 'day', 'j.txt', text)], [lastWeek]).recall).toBe(0);
		expect(scoreTimeline([fact('2023', 'year', 'j.txt', text)], [lastWeek]).recall).toBe(0);
	});

	it('GIVEN a fact the gold does not list THEN precision counts it against and checked precision ignores it', () => {
		const score = scoreTimeline(
			[
				fact('2015-07', 'month', 'w.txt', 'In July 2015, Belarus became an observer.'),
				fact('1974', 'year', 'w.txt', 'Diplomatic relations between the PRC and Brazil began in 1974.'),
				fact('2020', 'year', 'elsewhere.txt', 'A fact from a file the gold does not cover.'),
			],
			[observer],
		);
		expect(score).toMatchObject({ scored: 2, precision: 0.5, checked: 1, precisionChecked: 1, recall: 1 });
	});

	it('GIVEN the gold text in a mention from another file THEN it does not match', () => {
		const score = scoreTimeline(
			[fact('2015-07', 'month', 'g.txt', 'Belarus became an observer')],
			[observer],
		);
		expect(score.recall).toBe(0);
	});
});

describe('furnitureLeaks', () => {
	const furniture = [
		{ file: 'g.txt', text: 'March 24, 2023' },
		{ file: 'w.txt', text: 'Retrieved 2023-03-02' },
	];

	it('GIVEN texts containing furniture of their own file THEN each is counted once with the line it leaked', () => {
		const result = furnitureLeaks(
			[
				{ file: 'g.txt', text: 'John Perkins: Death Economy\n\nMarch 24, 2023' },
				{ file: 'data/w.txt', text: 'Archived 2015-07-31. retrieved  2023-03-02.' },
				{ file: 'g.txt', text: 'said Lukashenko on February 23' },
			],
			furniture,
		);
		expect(result.count).toBe(2);
		expect(result.leaks.map((leak) => leak.furniture)).toEqual(['March 24, 2023', 'Retrieved 2023-03-02']);
	});

	it('GIVEN furniture text in an excerpt of a different file THEN it is not a leak', () => {
		expect(furnitureLeaks([{ file: 'w.txt', text: 'March 24, 2023' }], furniture).count).toBe(0);
	});
});

describe('loadEvalSet', () => {
	let tempDir: string | undefined;
	afterEach(() => {
		if (tempDir !== undefined) rmSync(tempDir, { recursive: true, force: true });
		tempDir = undefined;
	});

	function writeSet(questions: unknown, timeline: unknown, conversations: unknown = []): string {
		tempDir = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
		writeFileSync(join(tempDir, 'questions.json'), JSON.stringify(questions));
		writeFileSync(join(tempDir, 'conversations.json'), JSON.stringify(conversations));
		writeFileSync(join(tempDir, 'timeline-gold.json'), JSON.stringify(timeline));
		return tempDir;
	}

	it('GIVEN an impossible gold date THEN the error names the file and the field', () => {
		const dir = writeSet([], {
			facts: [{ id: 't1', file: 'a.txt', date: '2023-02-30', text: 'x' }],
			furniture_dates: [],
		});
		expect(() => loadEvalSet(dir)).toThrow(
			/timeline-gold\.json is invalid[\s\S]*calendar date[\s\S]*facts\[0\]\.date/,
		);
	});

	it('GIVEN an unanswerable id with answers or a duplicate id THEN loading fails saying so', () => {
		const answers = [{ file: 'a.txt', text: 'x' }];
		const empty = { facts: [], furniture_dates: [] };
		expect(() => loadEvalSet(writeSet([{ id: 'u1', question: 'Q?', answers }], empty))).toThrow(
			/u1: u<n> ids/,
		);
		const twice = [
			{ id: 'q1', question: 'Q?', answers },
			{ id: 'q1', question: 'Q again?', answers },
		];
		expect(() => loadEvalSet(writeSet(twice, empty))).toThrow(/duplicate id q1/);
	});

	it('GIVEN a conversation with no follow-up THEN loading fails saying so', () => {
		const alone = [{ id: 'c1', turns: [{ question: 'Q?', answers: [] }] }];
		expect(() => loadEvalSet(writeSet([], { facts: [], furniture_dates: [] }, alone))).toThrow(
			/conversations\.json is invalid[\s\S]*at least one follow-up/,
		);
	});

	it('GIVEN a file that is not JSON THEN the error names it', () => {
		const dir = writeSet([], {});
		writeFileSync(join(dir, 'questions.json'), '[{');
		expect(() => loadEvalSet(dir)).toThrow(/cannot read .*questions\.json/);
	});
});

describe('the evaluation set', () => {
	const set = loadEvalSet(EVAL_DIR);
	const documents = new Map<string, string>();
	const documentText = (file: string): string => {
		let text = documents.get(file);
		if (text === undefined) {
			text = readFileSync(join(DATA_DIR, file), 'utf8');
			documents.set(file, text);
		}
		return text;
	};
	// The conversations' turns are questions like the others, with an id for each.
	const turns = set.conversations.flatMap((c) =>
		c.turns.map((turn, i) => ({ id: `${c.id}.${i + 1}`, question: turn.question, answers: turn.answers })),
	);
	const answerable = [...set.questions, ...turns].filter((q) => q.answers.length > 0);
	const unanswerable = set.questions.filter((q) => q.answers.length === 0);

	it('has at least 50 answerable and 10 unanswerable questions and 25 gold facts', () => {
		expect(answerable.length).toBeGreaterThanOrEqual(50);
		expect(unanswerable.length).toBeGreaterThanOrEqual(10);
		expect(set.goldFacts.length).toBeGreaterThanOrEqual(25);
	});

	it('asks about every one of the five documents', () => {
		const files = new Set(answerable.flatMap((q) => q.answers.map((a) => a.file)));
		expect([...files].sort()).toEqual(
			[
				'000_ad776cbc1b6960fa.txt',
				'001_df13a2f1528550f3.txt',
				'002_3c212b257184c127.txt',
				'003_b293d0d3c255c380.txt',
				'004_c1ee2db90f7e1517.txt',
			].sort(),
		);
	});

	it('quotes every answer text verbatim from its named file', () => {
		const absent = answerable.flatMap((q) =>
			q.answers
				.filter((a) => !documentText(a.file).includes(a.text))
				.map((a) => `${q.id}: ${a.file} "${a.text}"`),
		);
		expect(absent).toEqual([]);
	});

	it('quotes every gold fact and furniture line verbatim from its named file', () => {
		const absent = [...set.goldFacts, ...set.furniture]
			.filter((line) => !documentText(line.file).includes(line.text))
			.map((line) => `${line.file} "${line.text}"`);
		expect(absent).toEqual([]);
	});

	it('never takes an answer or a gold fact from a furniture line', () => {
		const quoted = [...answerable.flatMap((q) => q.answers), ...set.goldFacts];
		expect(furnitureLeaks(quoted, set.furniture).leaks).toEqual([]);
	});

	it('gives answers from at least two files for every question marked as a disagreement', () => {
		const disagreements = set.questions.filter((q) => q.disagree === true);
		expect(disagreements.length).toBeGreaterThanOrEqual(2);
		for (const q of disagreements)
			expect(new Set(q.answers.map((a) => a.file)).size, q.id).toBeGreaterThan(1);
	});

	it('scores itself perfectly when each answer text is served as the excerpt', () => {
		const score = scoreRetrieval(
			set.questions.map((question) => ({
				question,
				answered: question.answers.length > 0,
				excerpts: question.answers.slice(0, 1),
			})),
		);
		expect(score).toMatchObject({ hitAt1: 1, refusalAccuracy: 1, falseRefusals: 0, misses: [] });
	});
});

describe('withTypos', () => {
	it('GIVEN a question THEN each variant has one typo (a letter left out or two swapped) inside its longest word', () => {
		const variants = withTypos('Where is Minsk in Belarus?');
		expect(variants).toContain('Where is Minsk in Bearus?');
		expect(variants).toContain('Where is Minsk in Bealrus?');
		// The first and last letters stay, and no variant is the question itself.
		expect(variants.every((v) => /^Where is Minsk in B\p{L}{4,5}s\?$/u.test(v))).toBe(true);
		expect(variants).not.toContain('Where is Minsk in Belarus?');
		expect(new Set(variants).size).toBe(variants.length);
		expect(withTypos('Who is Xi?')).toEqual([]);
	});
});
