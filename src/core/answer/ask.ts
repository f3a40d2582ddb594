import type { CorpusIndex } from '../corpusIndex.ts';
import { terms } from '../text/terms.ts';
import type { Fact, Passage, TextSpan } from '../types.ts';
import { type Excerpt, excerptOf } from './excerpt.ts';
import { analyzeQuery, type QueryConcept } from './queryConcepts.ts';
import { hasEvidenceFor, type QuestionType, questionType } from './questionType.ts';

export interface Answer {
	question: string;
	answered: boolean;
	questionType: QuestionType;
	/** Sentences that answer the question, best first; empty when `answered` is false. */
	excerpts: Excerpt[];
	/** When not answered: the nearest passages, offered as leads, never as the answer. */
	leads: Excerpt[];
	/** Up to three timeline facts related to the answer, by date. */
	keyDates: Fact[];
	/** Pairs of facts in the answer that sources state differently (another date or figure). */
	disagreements: Array<[Fact, Fact]>;
	/** Set when the question itself was refused (empty, too long); a sentence for the user. */
	refusal?: string;
}

export const MAX_QUESTION_LENGTH = 500;

/** Tuning, measured on the evaluation set in tests/eval (never on single questions). */
const ANSWER = {
	/** Passages from the index whose sentences are considered. */
	candidatePassages: 12,
	/** Share of the question's weighted concepts the best sentence must mention to count as an answer. */
	minCoverage: 0.6,
	/** Other sentences are shown only when they score at least this share of the best one. */
	relativeScore: 0.75,
	maxExcerpts: 3,
	passageWeight: 0.25,
	evidenceBonus: 0.15,
	maxKeyDates: 3,
} as const;

interface ScoredSentence {
	passage: Passage;
	span: TextSpan;
	coverage: number;
	score: number;
	matched: Set<string>;
}

export function ask(index: CorpusIndex, question: string): Answer {
	const type = questionType(question);
	const empty: Answer = { question, answered: false, questionType: type, excerpts: [], leads: [], keyDates: [], disagreements: [] };
	if (question.trim().length === 0) return { ...empty, refusal: 'Ask a question about the documents, e.g. "When did Belarus join the SCO?"' };
	if (question.length > MAX_QUESTION_LENGTH) {
		return { ...empty, refusal: `That question is ${question.length} characters long; please keep it under ${MAX_QUESTION_LENGTH}.` };
	}
	const { concepts, searchText } = analyzeQuery(index, question);
	if (concepts.length === 0) return empty;

	const results = index.search.search(searchText, index.searchOptions).slice(0, ANSWER.candidatePassages);
	const topScore = results[0]?.score ?? 1;
	const scored: ScoredSentence[] = [];
	for (const result of results) {
		const passage = index.passageById.get(String(result.id));
		if (passage === undefined) continue;
		for (const span of passage.sentences) {
			const text = passage.text.slice(span.start - passage.start, span.end - passage.start);
			const { coverage, matched } = coverageOf(concepts, new Set(terms(text)));
			const evidence = hasEvidenceFor(type, text) ? ANSWER.evidenceBonus : 0;
			const score = coverage + ANSWER.passageWeight * (result.score / topScore) + evidence;
			scored.push({ passage, span, coverage, score, matched });
		}
	}
	scored.sort((a, b) => b.score - a.score || a.span.start - b.span.start);
	const best = scored[0];
	if (best === undefined || best.coverage < ANSWER.minCoverage) {
		const leads = distinctPassages(scored).slice(0, ANSWER.maxExcerpts);
		return { ...empty, leads: leads.map((s) => excerptOf(index, s.passage, s.span, s.score, s.matched)) };
	}
	const chosen = distinctPassages(scored)
		.filter((s) => s.coverage >= ANSWER.minCoverage && s.score >= best.score * ANSWER.relativeScore)
		.slice(0, ANSWER.maxExcerpts);
	const excerpts = chosen.map((s) => excerptOf(index, s.passage, s.span, s.score, s.matched));
	const { disagreements, extra } = disagreementsIn(index, excerpts, best.matched);
	return {
		...empty,
		answered: true,
		excerpts: [...excerpts, ...extra],
		keyDates: keyDates(index, excerpts, results.map((r) => String(r.id))),
		disagreements,
	};
}

function coverageOf(concepts: readonly QueryConcept[], sentenceTerms: ReadonlySet<string>) {
	let total = 0;
	let found = 0;
	const matched = new Set<string>();
	for (const concept of concepts) {
		total += concept.weight;
		const hits = [...concept.alternatives].filter((term) => sentenceTerms.has(term));
		if (hits.length > 0) found += concept.weight;
		for (const hit of hits) matched.add(hit);
	}
	return { coverage: total === 0 ? 0 : found / total, matched };
}

/** The best sentence of each passage: three sentences from one paragraph would crowd out other sources. */
function distinctPassages(scored: readonly ScoredSentence[]): ScoredSentence[] {
	const seen = new Set<string>();
	return scored.filter((s) => !seen.has(s.passage.id) && seen.add(s.passage.id));
}

/**
 * Facts in the answer that another source dates or counts differently. The other side is added to the
 * excerpts when missing, so the user sees both statements with their citations.
 */
function disagreementsIn(index: CorpusIndex, excerpts: readonly Excerpt[], matched: ReadonlySet<string>) {
	const disagreements: Array<[Fact, Fact]> = [];
	const extra: Excerpt[] = [];
	const shown = new Set(excerpts.map((e) => `${e.source.id}:${e.start}`));
	for (const excerpt of excerpts) {
		for (const fact of index.factsWithin(excerpt.source.id, excerpt.start, excerpt.end)) {
			for (const otherId of fact.disagreements) {
				const other = index.factById.get(otherId);
				if (other === undefined || disagreements.some(([a, b]) => a === other && b === fact)) continue;
				disagreements.push([fact, other]);
				const mention = other.mentions[0];
				if (mention === undefined || shown.has(`${mention.docId}:${mention.start}`)) continue;
				const passage = index.data.passages.find(
					(p) => p.docId === mention.docId && p.start <= mention.start && p.end >= mention.end,
				);
				if (passage === undefined) continue;
				shown.add(`${mention.docId}:${mention.start}`);
				extra.push(excerptOf(index, passage, mention, 0, matched));
			}
		}
	}
	return { disagreements, extra };
}

/** Facts stated in the excerpts first, then in the other retrieved passages, sorted by date. */
function keyDates(index: CorpusIndex, excerpts: readonly Excerpt[], passageIds: readonly string[]): Fact[] {
	const found = new Set<Fact>();
	for (const excerpt of excerpts) for (const fact of index.factsWithin(excerpt.source.id, excerpt.start, excerpt.end)) found.add(fact);
	for (const id of passageIds) {
		if (found.size >= ANSWER.maxKeyDates) break;
		const passage = index.passageById.get(id);
		if (passage) for (const fact of index.factsWithin(passage.docId, passage.start, passage.end)) found.add(fact);
	}
	return [...found].slice(0, ANSWER.maxKeyDates).sort((a, b) => a.date.start.localeCompare(b.date.start));
}
