import type { CorpusIndex, IndexedDocument } from '../corpusIndex.ts';
import { authorNames, bylineIsNote, surnameInAnyCase } from '../load/byline.ts';
import { normalizeTerm, terms, tokenize } from '../text/terms.ts';
import type { Sentence, TextSpan } from '../types.ts';
import { hasEvidenceFor } from './answerEvidence.ts';
import type { Excerpt } from './excerpt.ts';
import { saysEvenMistyped, spellsNearly } from './misspellings.ts';
import { mentionedWeight, type QueryConcept } from './queryConcepts.ts';
import { questionType } from './questionType.ts';
import { ASKS_SAYING, SAYING_TERMS } from './sourceScope.ts';

/*
 * "Who wrote the CGTN op-ed?" is about a document, not about what documents say: it is answered from the
 * metadata's author, quoting the line where the document names them (its byline) so the answer is cited
 * like any other. So is "Who is Nikola Mikovic?": the cleaner drops an author's note as page furniture,
 * so an author's name may be in no indexed passage, and the byline is the only place a document says
 * who they are; and "What is Nikola Mikovic's area of focus?", from the sentence of the note that says.
 */

const ASKS_AUTHOR =
	/\bwho\s+(?:wrote|writes|has written|authored|penned)\b|\b(?:author|writer)s?\s+of\b|\bwritten by\b/i;

/**
 * Share of the question's concepts a document's title and publisher must name for it to be the one meant,
 * and that a sentence of an author's note must say to answer a question about them.
 */
const MIN_SHARE = 0.3;
const MAX_BYLINES = 3;

interface BylineMatch {
	document: IndexedDocument;
	/** What to quote: the byline, or the note's sentence that answers and then the byline that says who it is. */
	sentences: Sentence[];
	/** How well the question names the document (its title, publisher or author), from 0 to 1. */
	share: number;
}

/** The bylines of the documents an authorship question names, or whose author a question names; best first. */
export function authorshipAnswer(
	index: CorpusIndex,
	question: string,
	concepts: readonly QueryConcept[],
): Excerpt[] {
	const matches = ASKS_AUTHOR.test(question)
		? documentsNamed(index, concepts)
		: authorsNamed(index, concepts, question);
	const best = Math.max(0, ...matches.map(({ share }) => share));
	// Only the best-named documents: a question naming one piece must not list every author.
	return matches
		.filter(({ share }) => share === best)
		.slice(0, MAX_BYLINES)
		.flatMap(({ document, sentences, share }) =>
			sentences.map((sentence) => ({
				text: sentence.text,
				source: document.meta,
				start: sentence.start,
				end: sentence.end,
				score: Math.round(share * 1000) / 1000,
				highlights: namesIn(sentence.text, document),
			})),
		);
}

/** Documents whose title and publisher name a good share of the question ("the CGTN op-ed"). */
function documentsNamed(index: CorpusIndex, concepts: readonly QueryConcept[]): BylineMatch[] {
	return index.data.documents.flatMap((document) => {
		const [byline] = document.byline ?? [];
		if (byline === undefined) return [];
		const named = new Set(terms(`${document.meta.title} ${document.meta.publisher ?? ''}`));
		const { mentioned, total } = mentionedWeight(named, concepts);
		const share = mentioned / (total || 1);
		return share >= MIN_SHARE ? [{ document, sentences: [byline], share }] : [];
	});
}

/**
 * Documents by the person a question names when no passage does ("What has Grigory Mityushnikov written
 * about?"): their whole name, or their surname (see `surnameInAnyCase`), among the words the index lacks,
 * each as written or one slip off ("Mityushnkov"). A name the articles themselves use is answered from them
 * instead.
 */
function authorsNamed(
	index: CorpusIndex,
	concepts: readonly QueryConcept[],
	question: string,
): BylineMatch[] {
	const unknown = concepts.filter((concept) => concept.isUnknown);
	if (unknown.length === 0) return [];
	const unknownNames = unknown.filter((concept) => concept.isName);
	const isNamed = (name: string) => {
		const parts = nameParts(name);
		const surname = parts.at(-1);
		if (parts.every((part) => unknown.some((concept) => spellsNamePart(concept, part)))) return true;
		if (surname === undefined) return false;
		const surnames = surnameInAnyCase(surname.word) ? unknown : unknownNames;
		return surnames.some((concept) => spellsNamePart(concept, surname));
	};
	return index.data.documents.flatMap((document) => {
		const [byline, ...rest] = document.byline ?? [];
		const names = authorNames(document.meta.author);
		if (byline === undefined || !names.some(isNamed)) return [];
		// What else is asked of them ("area of focus"): the note's sentence that says most of it answers. The
		// note is in no passage, so its words may be unknown to the index ("writes"). When no sentence of it
		// says enough, and the articles may, the question is about what they wrote ("How does Mikovic rate
		// China as a partner?"), which their article answers (see sourceScope.ts); when no document has the
		// words either ("What is Mityushnikov's job?"), the note says who they are.
		const parts = names.flatMap(nameParts);
		const asked = concepts.filter((concept) => !parts.some((part) => spellsNamePart(concept, part)));
		const askedWeight = asked.reduce((sum, concept) => sum + concept.weight, 0);
		const { sentence, weight } = bestSentence([byline, ...rest], asked);
		const articlesMayAnswer = asked.some((concept) => !concept.isUnknown);
		if (weight < askedWeight * MIN_SHARE && articlesMayAnswer) return [];
		// A bare byline ("By Iwo Mazur") says who wrote, and nothing else of them: not where they are based.
		const saysEnough = asked.length === 0 && hasEvidenceFor(questionType(question), byline.text);
		if (!bylineIsNote([byline], document.meta.author) && weight === 0 && !saysEnough) return [];
		// Their view of something ("What does Mikovic think about the war?") is in what they wrote, not in the
		// note's "His work focuses on… Ukraine".
		const topics = asked.filter((concept) => !SAYING_TERMS.has(concept.term) && !concept.isUnknown);
		if (saysEvenMistyped(ASKS_SAYING, question) && topics.length > 0) return [];
		return [{ document, sentences: sentence === byline ? [byline] : [sentence, byline], share: 1 }];
	});
}

/** The words of a name, as terms and as lower-case words. */
function nameParts(name: string): Array<{ term: string; word: string }> {
	return tokenize(name).flatMap((word) => {
		const term = normalizeTerm(word);
		return term === null ? [] : [{ term, word: word.toLowerCase() }];
	});
}

/** Whether a word of the question spells a word of a name, as written or one slip off ("Mikvoic"). */
function spellsNamePart(concept: QueryConcept, name: { term: string; word: string }): boolean {
	return concept.term === name.term || spellsNearly(concept.word.replace(/['’]s?$/iu, ''), name.word);
}

/** The sentence that mentions the most of the concepts (by weight); the first on a tie, or when none does. */
function bestSentence(
	sentences: readonly [Sentence, ...Sentence[]],
	concepts: readonly QueryConcept[],
): { sentence: Sentence; weight: number } {
	let [best] = sentences;
	let bestWeight = 0;
	for (const sentence of sentences) {
		const weight = mentionedWeight(new Set(terms(sentence.text)), concepts).mentioned;
		if (weight > bestWeight) [best, bestWeight] = [sentence, weight];
	}
	return { sentence: best, weight: bestWeight };
}

/** Where the author's names are in the byline, for marking in bold: they are the answer. */
function namesIn(text: string, document: IndexedDocument): TextSpan[] {
	return authorNames(document.meta.author).flatMap((name) => {
		const at = text.indexOf(name);
		return at < 0 ? [] : [{ start: at, end: at + name.length }];
	});
}
