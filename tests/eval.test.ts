import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	EVAL_FLOORS,
	type EvalReport,
	evaluate,
	evaluateOtherCorpus,
	type OtherCorpusReport,
	SOTU_FLOORS,
} from './eval/evaluate.ts';
import { loadQuestions } from './eval/metrics.ts';
import { openSotuEval, SOTU_EVAL_DIR } from './eval/sotuCorpus.ts';
import { tempCorpus } from './support/tempCorpus.ts';

let report: EvalReport;
let cleanup: () => Promise<void>;

beforeAll(async () => {
	const corpus = await tempCorpus({ seed: true });
	cleanup = corpus.cleanup;
	report = evaluate(await corpus.open());
});
afterAll(() => cleanup());

describe('evaluation set (tests/eval) on the seed corpus', () => {
	it('THEN answers meet the hit@1 and hit@3 floors', () => {
		expect(report.retrieval.hitAt1).toBeGreaterThanOrEqual(EVAL_FLOORS.hitAt1);
		expect(report.retrieval.hitAt3).toBeGreaterThanOrEqual(EVAL_FLOORS.hitAt3);
	});

	it('THEN a typo in the longest word of a question mostly finds the same answer', () => {
		expect(report.typos.variants).toBeGreaterThan(300);
		expect(report.typos.hitAt1).toBeGreaterThanOrEqual(EVAL_FLOORS.typoHitAt1);
	});

	it('THEN a question typed all in lower case, or all in capitals, is answered or refused much as when typed right', () => {
		expect(report.oneCase.variants).toBe(2 * report.retrieval.answerable);
		expect(report.oneCase.hitAt1).toBeGreaterThanOrEqual(EVAL_FLOORS.oneCaseHitAt1);
		expect(report.oneCase.refusalAccuracy).toBeGreaterThanOrEqual(EVAL_FLOORS.oneCaseRefusalAccuracy);
	});

	it('THEN a typo in an unanswerable question mostly still gets a refusal', () => {
		expect(report.typos.unanswerableVariants).toBeGreaterThan(100);
		expect(report.typos.refusalAccuracy).toBeGreaterThanOrEqual(EVAL_FLOORS.typoRefusalAccuracy);
	});

	it('THEN a follow-up asked after other questions, as in a thread, is answered from their topic', () => {
		expect(report.followUps.answerable).toBeGreaterThanOrEqual(20);
		expect(report.followUps.hitAt1).toBeGreaterThanOrEqual(EVAL_FLOORS.followUpHitAt1);
	});

	it('THEN a question on another topic asked in a thread is not led astray by the question before it', () => {
		expect(report.inThread.hitAt1).toBeGreaterThanOrEqual(EVAL_FLOORS.inThreadHitAt1);
		expect(report.inThread.refusalAccuracy).toBeGreaterThanOrEqual(EVAL_FLOORS.inThreadRefusalAccuracy);
	});

	it('THEN unanswerable questions are refused', () => {
		expect(report.retrieval.refusalAccuracy).toBeGreaterThanOrEqual(EVAL_FLOORS.refusalAccuracy);
	});

	it('THEN the timeline finds the gold facts with their dates', () => {
		expect(report.timeline.recall).toBeGreaterThanOrEqual(EVAL_FLOORS.timelineRecall);
	});

	it('THEN no page furniture reaches an answer, a lead or the timeline', () => {
		expect(report.leaks.leaks).toEqual([]);
	});
});

describe('evaluation set on a second corpus, 48 State of the Union speeches and messages of 1790–2021', () => {
	let sotu: OtherCorpusReport;
	let closeSotu: () => Promise<void>;
	beforeAll(async () => {
		const { dossier, cleanup } = await openSotuEval();
		closeSotu = cleanup;
		sotu = evaluateOtherCorpus(dossier, loadQuestions(SOTU_EVAL_DIR));
	});
	afterAll(() => closeSotu());

	it('THEN questions written blind from the speeches meet the hit@1 and hit@3 floors', () => {
		expect(sotu.retrieval.answerable).toBeGreaterThanOrEqual(110);
		expect(sotu.retrieval.hitAt1).toBeGreaterThanOrEqual(SOTU_FLOORS.hitAt1);
		expect(sotu.retrieval.hitAt3).toBeGreaterThanOrEqual(SOTU_FLOORS.hitAt3);
	});

	it('THEN what the speeches do not say is refused', () => {
		expect(sotu.retrieval.unanswerable).toBeGreaterThanOrEqual(40);
		expect(sotu.retrieval.refusalAccuracy).toBeGreaterThanOrEqual(SOTU_FLOORS.refusalAccuracy);
	});
});
