/**
 * `npm run eval`: scores the engine on the seed corpus against the evaluation set in this folder and
 * prints the figures next to their floors. Read-only: it indexes into a temporary folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Dossier } from '../../src/core/dossier.ts';
import { EVAL_FLOORS, EVAL_TARGETS, evaluate, evaluateOtherCorpus, SOTU_FLOORS } from './evaluate.ts';
import { loadQuestions, type RetrievalScore } from './metrics.ts';
import { openSotuEval, SOTU_EVAL_DIR } from './sotuCorpus.ts';

const row = (name: string, value: number, floor?: number, target?: number) =>
	`${name.padEnd(28)} ${value.toFixed(3)}${floor === undefined ? '' : `   floor ${floor} ${value >= floor ? 'ok' : 'BELOW'}`}${target === undefined ? '' : ` · target ${target} ${value >= target ? 'met' : 'not met'}`}`;

/** The answering figures against their floors and targets. */
function retrievalRows(
	retrieval: RetrievalScore,
	floors: { hitAt1: number; hitAt3: number; refusalAccuracy: number },
): string[] {
	return [
		row('hit@1', retrieval.hitAt1, floors.hitAt1, EVAL_TARGETS.hitAt1),
		row('hit@3', retrieval.hitAt3, floors.hitAt3, EVAL_TARGETS.hitAt3),
		row('MRR', retrieval.mrr),
		row('refusal accuracy', retrieval.refusalAccuracy, floors.refusalAccuracy, EVAL_TARGETS.refusalAccuracy),
		`${'false refusals'.padEnd(28)} ${retrieval.falseRefusals} (the answer among the leads in ${retrieval.answerInLeads})`,
	];
}

function printMisses(misses: RetrievalScore['misses']): void {
	if (misses.length === 0) return;
	console.log('\nMisses:');
	for (const miss of misses) {
		console.log(`  ${miss.id} [${miss.reasons.join(', ')}] ${miss.question}`);
		console.log(`     expected: ${miss.expected.map((a) => `${a.file}: "${a.text}"`).join(' | ')}`);
		for (const e of miss.top) console.log(`     got: ${e.file}: ${e.text.slice(0, 110)}`);
	}
}

const indexDir = await mkdtemp(join(tmpdir(), 'dossier-eval-'));
try {
	const dossier = await Dossier.open({ dataDir: join(import.meta.dirname, '../../data'), indexDir });
	const { retrieval, timeline, leaks, typos, oneCase, followUps, inThread } = evaluate(dossier);
	console.log(
		[
			`Questions: ${retrieval.answerable} answerable, ${retrieval.unanswerable} unanswerable`,
			...retrievalRows(retrieval, EVAL_FLOORS),
			`${row('hit@1, one typo', typos.hitAt1, EVAL_FLOORS.typoHitAt1)} (${typos.variants} questions with a typo in the longest word)`,
			`${row('refusals, one typo', typos.refusalAccuracy, EVAL_FLOORS.typoRefusalAccuracy)} (${typos.unanswerableVariants} unanswerable questions with a typo)`,
			`${row('hit@1, all in one case', oneCase.hitAt1, EVAL_FLOORS.oneCaseHitAt1)} (every question in lower case, and in capitals)`,
			row('refusals, all in one case', oneCase.refusalAccuracy, EVAL_FLOORS.oneCaseRefusalAccuracy),
			`${row('hit@1, follow-ups', followUps.hitAt1, EVAL_FLOORS.followUpHitAt1)} (${followUps.answerable} questions asked after others, as in a thread)`,
			`${row('refusals, follow-ups', followUps.refusalAccuracy)} (${followUps.unanswerable} unanswerable)`,
			`${row('hit@1, asked mid-thread', inThread.hitAt1, EVAL_FLOORS.inThreadHitAt1)} (every question after each conversation's first: ${inThread.variants})`,
			row('refusals, asked mid-thread', inThread.refusalAccuracy, EVAL_FLOORS.inThreadRefusalAccuracy),
			row('timeline recall', timeline.recall, EVAL_FLOORS.timelineRecall, EVAL_TARGETS.timelineRecall),
			row('timeline precision', timeline.precision),
			row('timeline precision (checked)', timeline.precisionChecked),
			`${'furniture leaks'.padEnd(28)} ${leaks.count}       floor 0 ${leaks.count === 0 ? 'ok' : 'BELOW'}`,
		].join('\n'),
	);
	printMisses(retrieval.misses);
	if (followUps.misses.length > 0) {
		console.log('\nFollow-up misses:');
		for (const miss of followUps.misses)
			console.log(`  ${miss.id} ${miss.question}${miss.got ? `\n     got: ${miss.got.slice(0, 110)}` : ''}`);
	}
	if (timeline.missed.length > 0) {
		console.log('\nTimeline facts missed:');
		for (const fact of timeline.missed)
			console.log(`  ${fact.id} ${fact.date}${fact.end ? `..${fact.end}` : ''} ${fact.file}: "${fact.text}"`);
	}
	for (const leak of leaks.leaks) console.log(`  leak: ${leak.file}: ${leak.text.slice(0, 100)}`);
} finally {
	await rm(indexDir, { recursive: true, force: true });
}

const sotu = await openSotuEval();
try {
	const { retrieval, typos, oneCase } = evaluateOtherCorpus(sotu.dossier, loadQuestions(SOTU_EVAL_DIR));
	console.log(
		[
			'',
			`State of the Union, 48 speeches and messages of 1790–2021, questions written blind: ${retrieval.answerable} answerable, ${retrieval.unanswerable} unanswerable`,
			...retrievalRows(retrieval, SOTU_FLOORS),
			row('hit@1, one typo', typos.hitAt1),
			row('refusals, one typo', typos.refusalAccuracy),
			row('hit@1, all in one case', oneCase.hitAt1),
			row('refusals, all in one case', oneCase.refusalAccuracy),
		].join('\n'),
	);
	printMisses(retrieval.misses);
} finally {
	await sotu.cleanup();
}

const unlisted = await openSotuEval({ withManifest: false });
try {
	const { retrieval } = evaluateOtherCorpus(unlisted.dossier, loadQuestions(SOTU_EVAL_DIR), {
		variants: false,
	});
	console.log(
		[
			'',
			'The same without a manifest (speaker unknown, year and title from the file names)',
			row('hit@1', retrieval.hitAt1),
			row('refusal accuracy', retrieval.refusalAccuracy),
		].join('\n'),
	);
} finally {
	await unlisted.cleanup();
}
