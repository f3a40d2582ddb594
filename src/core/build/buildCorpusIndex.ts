import { cleanText } from '../clean/cleanText.ts';
import { type CorpusData, CorpusIndex, type IndexedDocument } from '../corpusIndex.ts';
import { learnAcronyms } from '../index/acronyms.ts';
import { aliasFieldFor, expandTerms, learnAliases } from '../index/aliases.ts';
import { buildSearchIndex } from '../index/searchIndex.ts';
import { TermFilter } from '../index/termFilter.ts';
import { findByline } from '../load/byline.ts';
import { readDocumentText } from '../load/documentMetadata.ts';
import { resolveSourceMeta } from '../load/sourceMeta.ts';
import { findDateline, findOriginLine, findTitleLine } from '../load/statedMetadata.ts';
import { buildPassages } from '../segment/passages.ts';
import { terms } from '../text/terms.ts';
import { extractMentions } from '../timeline/extractMentions.ts';
import { mergeFacts } from '../timeline/mergeFacts.ts';
import type { CleanedText, FactMention, FurnitureReason, Passage, SourceMeta } from '../types.ts';
import { createTimeSlicer, type TimeSlicer } from '../util/timeSlicer.ts';
import { type CorpusScan, displayPath } from './scanCorpus.ts';

/**
 * The whole pipeline — clean, segment, extract dates, index. Dossier runs it in a worker (buildWorker.ts);
 * run on the main thread, it pauses between slices to keep the process responsive. Pure with respect to its
 * input: it never touches the index being served.
 */
export async function buildCorpusIndex(
	scan: CorpusScan,
	slicer: TimeSlicer = createTimeSlicer(),
): Promise<CorpusIndex> {
	const started = performance.now();
	const documents: IndexedDocument[] = [];
	const passages: Passage[] = [];
	const mentions: FactMention[] = [];
	const problems = [...scan.manifest.problems];
	const phaseMs = { ingest: 0, timeline: 0, index: 0 };
	const timed = <T>(phase: keyof typeof phaseMs, work: () => T): T => {
		const start = performance.now();
		const result = work();
		phaseMs[phase] += performance.now() - start;
		return result;
	};

	for (const file of scan.files.documents) {
		const { text, bodyStart, stated, problems: fileProblems } = timed('ingest', () => readDocumentText(file));
		problems.push(...fileProblems);
		const cleaned = timed('ingest', () => shift(cleanText(text.slice(bodyStart)), bodyStart));
		const { passages: documentPassages, sentences } = timed('ingest', () =>
			buildPassages(file.id, text, cleaned.paragraphs),
		);
		const firstParagraph = cleaned.paragraphs[0];
		const meta = resolveSourceMeta(
			file.id,
			displayPath(scan.dataDir, file.id),
			scan.manifest.entries.get(file.id),
			stated,
			firstParagraph && text.slice(firstParagraph.start, firstParagraph.end).split('\n')[0],
		);
		const documentMentions = timed('timeline', () =>
			extractMentions({ id: file.id, text, ...withDate(meta) }, sentences),
		);
		passages.push(...documentPassages);
		mentions.push(...documentMentions);
		const byline = findByline(text, meta.author);
		const dateline = findDateline(text, meta.date);
		const titleLine = findTitleLine(text, meta.title);
		const originLine = findOriginLine(text);
		documents.push({
			meta,
			hash: scan.hashes.get(file.id) ?? '',
			format: file.format,
			characters: text.length,
			passages: documentPassages.length,
			facts: documentMentions.length,
			cleaning: summarizeCleaning(cleaned),
			...(byline.length === 0 ? {} : { byline }),
			...(dateline === undefined ? {} : { dateline }),
			...(titleLine === undefined ? {} : { titleLine }),
			...(originLine === undefined ? {} : { originLine }),
		});
		await slicer.pause();
	}

	const indexStart = performance.now();
	const aliases = learnAliases(passages.map((passage) => passage.text));
	const acronyms = learnAcronyms(passages.map((passage) => passage.text));
	const aliasField = aliasFieldFor(aliases);
	// Each document's vocabulary (title included), kept as a small filter: answers check it for context.
	const vocabularies = new Map(
		documents.map((document) => [document.meta.id, new Set(terms(document.meta.title))]),
	);
	const vocabularyOf = passages.map((passage) => vocabularies.get(passage.docId));
	const index = await buildSearchIndex(
		passages.map((passage, ordinal) => ({
			id: ordinal,
			text: passage.text,
			aliases: aliasField(passage.text),
		})),
		slicer,
		(ordinal, term) => vocabularyOf[ordinal]?.add(term),
	);
	const documentTerms = Object.fromEntries(
		[...vocabularies].map(([id, vocabulary]) => [id, TermFilter.of(vocabulary, vocabulary.size).toBase64()]),
	);
	phaseMs.index = performance.now() - indexStart;
	const sources = new Map(documents.map((document) => [document.meta.id, document.meta]));
	const facts = timed('timeline', () =>
		mergeFacts(mentions, sources, { expandTerms: (terms) => expandTerms(aliases, terms) }),
	);

	const data: CorpusData = {
		key: scan.key,
		builtAt: new Date().toISOString(),
		buildMs: Math.round(performance.now() - started),
		phaseMs: {
			ingest: Math.round(phaseMs.ingest),
			timeline: Math.round(phaseMs.timeline),
			index: Math.round(phaseMs.index),
		},
		documents,
		passages,
		facts,
		aliases,
		acronyms,
		documentTerms,
		skipped: scan.files.skipped,
		problems,
	};
	return new CorpusIndex(data, index);
}

function withDate(meta: SourceMeta): { published?: string } {
	return meta.date === undefined ? {} : { published: meta.date };
}

/** The cleaner saw only the body (after front matter); its offsets are moved back into the whole file. */
function shift(cleaned: CleanedText, by: number): CleanedText {
	if (by === 0) return cleaned;
	return {
		paragraphs: cleaned.paragraphs.map(({ start, end }) => ({ start: start + by, end: end + by })),
		removed: cleaned.removed.map((line) => ({ ...line, start: line.start + by, end: line.end + by })),
	};
}

function summarizeCleaning(cleaned: CleanedText): IndexedDocument['cleaning'] {
	const reasons: Partial<Record<FurnitureReason, number>> = {};
	for (const { reason } of cleaned.removed) reasons[reason] = (reasons[reason] ?? 0) + 1;
	return {
		linesRemoved: cleaned.removed.length,
		charactersKept: cleaned.paragraphs.reduce((sum, { start, end }) => sum + end - start, 0),
		reasons,
	};
}
