import { normalizeTerm, tokenize } from '../text/terms.ts';

/*
 * "Find sources" flags excerpts whose dates or figures differ from a claim's. This is a deliberately
 * plain heuristic, not fact-checking: it compares the numbers written in both texts (years, days,
 * amounts) and nothing else. Same numbers suggest the excerpt is consistent with the claim; numbers that
 * share nothing with the claim's suggest it may contradict it, or simply talk about another event, which
 * is why the reply only ever says "may" and asks the reader to compare.
 */

export type FigureAgreement = 'same-figures' | 'different-figures' | 'no-comparison';

/** The numbers in a text, normalised by the shared tokenizer ("3,000" is "3000"); "[6]"-style footnote marks are not figures. */
export function figuresIn(text: string): Set<string> {
	const words = tokenize(text.replace(/\[\d+\]/g, ' '));
	return new Set(words.flatMap((word) => (/^\d/.test(word) ? [normalizeTerm(word) ?? word] : [])));
}

/**
 * `same-figures` when the excerpt states every number the claim states; `different-figures` when both
 * state numbers and they share none; otherwise (no numbers on one side, or a partial overlap) there is
 * nothing honest to say.
 */
export function compareFigures(claim: string, excerpt: string): FigureAgreement {
	const claimed = figuresIn(claim);
	const stated = figuresIn(excerpt);
	if (claimed.size === 0 || stated.size === 0) return 'no-comparison';
	const shared = [...claimed].filter((figure) => stated.has(figure)).length;
	if (shared === claimed.size) return 'same-figures';
	return shared === 0 ? 'different-figures' : 'no-comparison';
}
