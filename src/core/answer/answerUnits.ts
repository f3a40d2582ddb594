import type { CorpusIndex } from '../corpusIndex.ts';
import { terms } from '../text/terms.ts';
import type { Passage, TextSpan } from '../types.ts';
import type { QueryConcept } from './queryConcepts.ts';
import { hasEvidenceFor, type QuestionType } from './questionType.ts';

/** A candidate answer: one sentence, or two adjacent ones when the second completes the first. */
export interface AnswerUnit {
	passage: Passage;
	span: TextSpan;
	/** Weighted share of the question's concepts the unit mentions (with partial credit for context). */
	coverage: number;
	score: number;
	matched: Set<string>;
}

/** Tuning, measured on the evaluation set in tests/eval (never on single questions). */
export const SCORING = {
	/** Credit for a concept found in the unit's passage but not in the unit itself. */
	passageCredit: 0.5,
	/** Credit for a concept found elsewhere in the same document. */
	documentCredit: 0.25,
	/** A named thing the question asks about that the passage never mentions makes an answer unlikely. */
	missingNamePenalty: 0.55,
	/** A "when"/"how many" question answered by a sentence without a date/number. */
	missingEvidencePenalty: 0.8,
	passageWeight: 0.25,
	/** Two sentences must earn their place over one. */
	pairPenalty: 0.04,
} as const;

/**
 * Scores every one- and two-sentence unit of the retrieved passages against the question's concepts.
 * `passageScores` are MiniSearch scores normalised to the best passage (1).
 */
export function scoreUnits(
	index: CorpusIndex,
	concepts: readonly QueryConcept[],
	type: QuestionType,
	passages: ReadonlyArray<{ passage: Passage; relevance: number }>,
): AnswerUnit[] {
	const units: AnswerUnit[] = [];
	for (const { passage, relevance } of passages) {
		const sentenceTerms = passage.sentences.map((span) => new Set(terms(slice(passage, span))));
		const passageTerms = new Set(sentenceTerms.flatMap((set) => [...set]));
		const context = { passageTerms, documentTerms: index.documentTerms(passage.docId) };
		passage.sentences.forEach((span, i) => {
			const one = sentenceTerms[i] ?? new Set<string>();
			units.push(unit(passage, span, one, concepts, type, context, relevance, 0));
			const nextSpan = passage.sentences[i + 1];
			const next = sentenceTerms[i + 1];
			if (nextSpan && next) {
				const pair = { start: span.start, end: nextSpan.end };
				units.push(unit(passage, pair, new Set([...one, ...next]), concepts, type, context, relevance, SCORING.pairPenalty));
			}
		});
	}
	return units.sort((a, b) => b.score - a.score || a.span.start - b.span.start);
}

export function slice(passage: Passage, span: TextSpan): string {
	return passage.text.slice(span.start - passage.start, span.end - passage.start);
}

function unit(
	passage: Passage,
	span: TextSpan,
	unitTerms: ReadonlySet<string>,
	concepts: readonly QueryConcept[],
	type: QuestionType,
	context: { passageTerms: ReadonlySet<string>; documentTerms: ReadonlySet<string> },
	relevance: number,
	penalty: number,
): AnswerUnit {
	let total = 0;
	let found = 0;
	let missingName = false;
	const matched = new Set<string>();
	const has = (set: ReadonlySet<string>, concept: QueryConcept) => [...concept.alternatives].some((t) => set.has(t));
	for (const concept of concepts) {
		total += concept.weight;
		const hits = [...concept.alternatives].filter((term) => unitTerms.has(term));
		for (const hit of hits) matched.add(hit);
		if (hits.length > 0) found += concept.weight;
		else if (has(context.passageTerms, concept)) found += concept.weight * SCORING.passageCredit;
		else {
			if (has(context.documentTerms, concept)) found += concept.weight * SCORING.documentCredit;
			// A name the corpus knows, absent from this passage: likely an answer about something else.
			if (concept.isName && !concept.isUnknown) missingName = true;
		}
	}
	let coverage = total === 0 ? 0 : found / total;
	if (missingName) coverage *= SCORING.missingNamePenalty;
	const text = slice(passage, span);
	if (type !== 'other' && !hasEvidenceFor(type, text)) coverage *= SCORING.missingEvidencePenalty;
	const score = coverage + SCORING.passageWeight * relevance - penalty;
	return { passage, span, coverage, score, matched };
}
