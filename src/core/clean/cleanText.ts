import type { CleanedText } from '../types.ts';
import { judgeUnit } from './classify.ts';
import {
	markBoilerplateSections,
	markFootnotes,
	markHeadlineLists,
	markRepeats,
	settleByNeighbours,
} from './context.ts';
import { detectLanguage } from './language.ts';
import { groupUnits, splitLines } from './lines.ts';
import { assembleParagraphs, type LineVerdict } from './paragraphs.ts';
import { dropAuthorBios, dropStrayParagraphs } from './strayProse.ts';

/**
 * Separates a web page's article from its furniture (menus, share bars, headline lists, sign-in
 * prompts, comment footers, reference lists, lines in another language) using only general signals:
 * how each line reads, what repeats, and what surrounds it. Blank lines are neither kept nor reported;
 * the tags cut out of a kept line with inline HTML are reported as removed, with the reason `html`.
 */
export function cleanText(text: string): CleanedText {
	const lines = splitLines(text);
	const units = groupUnits(lines);
	const language = detectLanguage(text);
	const judgements = units.map((unit) => judgeUnit(unit.text, language));

	markRepeats(units, judgements);
	markHeadlineLists(judgements);
	markFootnotes(judgements);
	markBoilerplateSections(judgements);
	settleByNeighbours(judgements);
	dropAuthorBios(judgements);
	dropStrayParagraphs(judgements);

	const verdicts: LineVerdict[] = lines.map(() => ({ kept: false, reason: 'blank' }));
	units.forEach((unit, index) => {
		const judgement = judgements[index];
		if (judgement === undefined) return;
		const verdict: LineVerdict =
			judgement.class === 'good' ? { kept: true } : { kept: false, reason: judgement.reason };
		for (const line of unit.lines) verdicts[line] = verdict;
	});
	return assembleParagraphs(text, lines, verdicts);
}
