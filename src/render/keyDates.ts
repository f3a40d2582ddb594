import type { Fact } from '../core/types.ts';
import { formatFactDate } from './citation.ts';

/** A line of an answer's key dates: one sentence, with the dates of every fact it states. */
export interface KeyDateLine {
	dates: string;
	text: string;
	/** The most distinct publishers any of its facts has. */
	corroboration: number;
	/** Whether a source states any of its facts otherwise. */
	disputed: boolean;
}

/**
 * An answer's key dates as they are shown: the facts one sentence states go on one line, its dates together
 * ("2020 · 2023 This year marks the 31st anniversary… since 2020…"), rather than the sentence twice.
 */
export function keyDateLines(facts: readonly Fact[]): KeyDateLine[] {
	const bySentence = new Map<string, Fact[]>();
	for (const fact of facts) bySentence.set(fact.text, [...(bySentence.get(fact.text) ?? []), fact]);
	return [...bySentence.values()].map(lineOf);
}

/** One line for facts of one sentence (or for a single fact, as a timeline lists them). */
export function lineOf(facts: readonly Fact[]): KeyDateLine {
	return {
		dates: facts.map((fact) => formatFactDate(fact.date)).join(' · '),
		text: facts[0]?.text ?? '',
		corroboration: Math.max(...facts.map((fact) => fact.corroboration)),
		disputed: facts.some((fact) => fact.disagreements.length > 0),
	};
}
