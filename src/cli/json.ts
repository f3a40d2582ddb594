import type { Answer } from '../core/answer/ask.ts';
import type { CorpusIndex } from '../core/corpusIndex.ts';
import type { Fact } from '../core/types.ts';

/** A fact as the CLI's JSON contract shows it: the date as a string, its sources in full. */
export function factJson(index: CorpusIndex, fact: Fact) {
	const sourceIds = [...new Set(fact.mentions.map((mention) => mention.docId))];
	return {
		id: fact.id,
		date: fact.date.start,
		...(fact.date.end ? { end: fact.date.end } : {}),
		precision: fact.date.precision,
		text: fact.text,
		sources: sourceIds.map((id) => index.source(id)),
		corroboration: fact.corroboration,
		disagreements: fact.disagreements,
		mentions: fact.mentions.map(({ docId, start, end, text, dateText }) => ({
			sourceId: docId,
			start,
			end,
			text,
			dateText,
		})),
	};
}

export function answerJson(index: CorpusIndex, answer: Answer) {
	return {
		...answer,
		keyDates: answer.keyDates.map((fact) => factJson(index, fact)),
		disagreements: answer.disagreements.map(([a, b]) => [a.id, b.id]),
	};
}
