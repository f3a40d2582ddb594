import { terms } from '../text/terms.ts';
import { SpellingTally } from './spellingTally.ts';

/**
 * Abbreviations the corpus defines for itself: "Shanghai Cooperation Organisation (SCO)" teaches that
 * SCO and the full name mean the same thing, so either finds passages that use the other.
 */
export interface Alias {
	abbreviation: string;
	expansion: string;
	abbreviationTerm: string;
	expansionTerms: string[];
}

// An all-capitals abbreviation in parentheses, after up to ten words. The abbreviation is found first and the
// words then read backwards from it: a pattern of words followed by "(" would be tried at every word of the
// corpus, and cost a tenth of the index build.
const ABBREVIATION = /\((\p{Lu}{2,8})\)/gu;
const WORDS_BEFORE = /(?:[\p{L}'’-]+[ \t]+){1,10}$/u;
/** Ten words and their spaces fit in far fewer characters; the bound keeps the backward read short. */
const LOOK_BACK = 600;
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'de', 'du', 'des', '&']);

/** Learns every abbreviation the texts define; when one is defined twice, the most frequent spelling wins. */
export function learnAliases(texts: Iterable<string>): Alias[] {
	const tally = new SpellingTally();
	for (const text of texts) {
		if (!text.includes('(')) continue;
		for (const match of text.matchAll(ABBREVIATION)) {
			const abbreviation = match[1] ?? '';
			const words = WORDS_BEFORE.exec(text.slice(Math.max(0, match.index - LOOK_BACK), match.index))?.[0];
			if (words === undefined) continue;
			const expansion = expansionFor(abbreviation, words.trim().split(/\s+/));
			if (expansion === undefined) continue;
			tally.add(abbreviation, expansion);
		}
	}
	const aliases: Alias[] = [];
	for (const { key: abbreviation, spelling: expansion } of tally.mostFrequent()) {
		const abbreviationTerm = terms(abbreviation)[0];
		if (abbreviationTerm === undefined) continue;
		aliases.push({ abbreviation, expansion, abbreviationTerm, expansionTerms: terms(expansion) });
	}
	return aliases;
}

/**
 * The shortest run of words ending before the parenthesis whose capitalised initials spell the
 * abbreviation, e.g. "Belt and Road Initiative" for BRI; `undefined` when the words don't spell it.
 */
function expansionFor(abbreviation: string, words: string[]): string | undefined {
	const letters = abbreviation.toLowerCase();
	let next = letters.length - 1;
	// Long names may carry one word the abbreviation leaves out ("… Confidence-Building Measures in Asia (CICA)").
	let skippable = letters.length >= 4 ? 1 : 0;
	for (let i = words.length - 1; i >= 0; i--) {
		const word = words[i] ?? '';
		if (CONNECTORS.has(word.toLowerCase())) continue;
		// "Confidence-Building" may supply one letter or two.
		const initials = word
			.split('-')
			.map((part) => part[0]?.toLowerCase() ?? '')
			.reverse();
		let matched = false;
		for (const initial of initials) {
			if (next >= 0 && initial === letters[next]) {
				next--;
				matched = true;
			}
		}
		if (!/^\p{Lu}/u.test(word)) return undefined;
		if (!matched) {
			if (skippable-- <= 0 || next === letters.length - 1) return undefined;
			continue;
		}
		if (next < 0) return words.slice(i).join(' ');
	}
	return undefined;
}

/** Adds to `queryTerms` the other form of every alias they contain. */
export function expandTerms(aliases: readonly Alias[], queryTerms: readonly string[]): string[] {
	const present = new Set(queryTerms);
	const expanded = new Set(queryTerms);
	for (const alias of aliases) {
		if (present.has(alias.abbreviationTerm)) for (const term of alias.expansionTerms) expanded.add(term);
		if (alias.expansionTerms.every((term) => present.has(term))) expanded.add(alias.abbreviationTerm);
	}
	return [...expanded];
}

/**
 * Makes the function that gives the text indexed in a passage's `aliases` field: the other form of every
 * alias the passage uses, so a search for either form finds it. It runs on every passage, so it works on
 * raw text (no stemming) with its patterns compiled once.
 */
export function aliasFieldFor(aliases: readonly Alias[]): (text: string) => string {
	const compiled = aliases.map((alias) => ({
		alias,
		abbreviation: new RegExp(`\\b${alias.abbreviation}\\b`),
		firstWord: alias.expansion.split(' ')[0] ?? '',
		expansion: alias.expansion.toLowerCase(),
	}));
	return (text) => {
		const parts: string[] = [];
		let lower: string | undefined;
		for (const { alias, abbreviation, firstWord, expansion } of compiled) {
			if (!text.includes(alias.abbreviation) && !text.includes(firstWord)) continue;
			lower ??= text.toLowerCase();
			const hasAbbreviation = abbreviation.test(text);
			const hasExpansion = lower.includes(expansion);
			if (hasAbbreviation && !hasExpansion) parts.push(alias.expansion);
			if (hasExpansion && !hasAbbreviation) parts.push(alias.abbreviation);
		}
		return parts.join(' ');
	};
}
