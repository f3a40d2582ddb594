import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { DatePrecision } from '../../src/core/types.ts';

/**
 * The evaluation set (questions with their acceptable answers, conversations of follow-ups, gold timeline
 * facts, page-furniture dates)
 * and the pure functions that score a run against it. Only `loadEvalSet` touches the disk.
 */

const ISO_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

const isoDate = z
	.string()
	.regex(ISO_DATE, 'expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD')
	.refine(isCalendarDate, 'not a real calendar date');

const answerKeySchema = z.object({
	file: z.string().min(1),
	text: z.string().trim().min(1, 'answer text is empty'),
});

const questionSchema = z.object({
	id: z.string().regex(/^[qu]\d+$/, 'ids are q<n> (answerable) or u<n> (unanswerable)'),
	question: z.string().trim().min(1, 'question is empty'),
	answers: z.array(answerKeySchema),
	disagree: z.boolean().optional(),
});

const questionsSchema = z.array(questionSchema).superRefine((questions, ctx) => {
	reportDuplicateIds(questions, ctx);
	for (const [index, q] of questions.entries()) {
		// The prefix lets a reader of a score report tell the two kinds apart without opening the file.
		if (q.id.startsWith('u') !== (q.answers.length === 0)) {
			ctx.addIssue({
				code: 'custom',
				path: [index, 'id'],
				message: `${q.id}: u<n> ids must have no answers and q<n> ids at least one`,
			});
		}
	}
});

const conversationSchema = z.object({
	id: z.string().regex(/^c\d+$/, 'conversation ids are c<n>'),
	/** The opening question, then follow-ups each asked after the ones before it; no `answers` asks for a refusal. */
	turns: z
		.array(
			z.object({
				question: z.string().trim().min(1, 'question is empty'),
				answers: z.array(answerKeySchema),
			}),
		)
		.min(2, 'a conversation is a question and at least one follow-up'),
});

const goldFactSchema = z
	.object({
		id: z.string().min(1),
		file: z.string().min(1),
		date: isoDate,
		end: isoDate.optional(),
		text: z.string().trim().min(1, 'gold text is empty'),
		loose: z.boolean().optional(),
	})
	.refine((fact) => fact.end === undefined || fact.end > fact.date, {
		message: 'end must come after date',
		path: ['end'],
	});

const furnitureLineSchema = z.object({
	file: z.string().min(1),
	text: z.string().trim().min(1, 'furniture text is empty'),
});

const timelineGoldSchema = z.object({
	facts: z.array(goldFactSchema).superRefine(reportDuplicateIds),
	furniture_dates: z.array(furnitureLineSchema),
});

/** One acceptable answer: an excerpt of `file` (a file name such as `001_df13a2f1528550f3.txt`) containing `text`. */
export type AnswerKey = z.infer<typeof answerKeySchema>;

/** A question as a server member would ask it; no `answers` means the corpus cannot answer it. */
export type EvalQuestion = z.infer<typeof questionSchema>;

/**
 * A dated fact the article text of `file` states, in the sentence containing `text`. `date` (and `end` for a
 * range) has the precision the text gives. `loose` marks a relative date ("last week") whose exact day the text
 * does not pin down: any date in the same year-month counts.
 */
export type GoldFact = z.infer<typeof goldFactSchema>;

/** A substring of a page-furniture line (headline list, reference, byline) that carries a date. */
export type FurnitureLine = z.infer<typeof furnitureLineSchema>;

/** Questions asked one after another, as in an answer thread: "When did Belarus become an SCO observer?", "and a full member?". */
export type Conversation = z.infer<typeof conversationSchema>;

export interface EvalSet {
	questions: EvalQuestion[];
	conversations: Conversation[];
	goldFacts: GoldFact[];
	furniture: FurnitureLine[];
}

/** A cited excerpt; `file` is the source's file name (a path is accepted: only its last segment is compared). */
export interface Excerpt {
	file: string;
	text: string;
}

/** What the engine did with one question: whether it answered, and its excerpts best first. */
export interface RetrievalResult {
	question: EvalQuestion;
	answered: boolean;
	excerpts: Excerpt[];
	/** What a refusal offers instead: the nearest passages, as leads. */
	leads?: Excerpt[];
}

export type MissReason =
	/** Answerable, but no excerpt contains an acceptable answer. */
	| 'not-found'
	/** Answerable and found, but not first. */
	| 'ranked-low'
	/** Answerable, but the engine declined to answer. */
	| 'false-refusal'
	/** Unanswerable, but the engine answered. */
	| 'false-answer';

export interface RetrievalMiss {
	id: string;
	question: string;
	reasons: MissReason[];
	/** 1-based rank of the first excerpt containing an acceptable answer, or `null`. */
	firstHitRank: number | null;
	expected: AnswerKey[];
	/** The first three excerpts, to show next to `expected`. */
	top: Excerpt[];
}

export interface RetrievalScore {
	answerable: number;
	unanswerable: number;
	/** Fraction of answerable questions whose first excerpt is a hit. */
	hitAt1: number;
	/** Fraction of answerable questions with a hit among the first three excerpts. */
	hitAt3: number;
	/** Mean over answerable questions of 1 / rank of the first hit (0 when none). */
	mrr: number;
	/** Fraction of unanswerable questions the engine declined to answer. */
	refusalAccuracy: number;
	/** Number of answerable questions the engine declined to answer. */
	falseRefusals: number;
	/** Of those, how many offered an acceptable answer among their leads: the reader still finds it. */
	answerInLeads: number;
	/** Every question that lost points, in input order. */
	misses: RetrievalMiss[];
}

/** A timeline fact as the engine produced it, reduced to what scoring needs. */
export interface TimelineFactInput {
	date: { start: string; end?: string; precision: DatePrecision };
	mentions: Excerpt[];
}

export interface TimelineScore {
	/** Fraction of gold facts found (see `matchesGold`). */
	recall: number;
	/**
	 * Of the facts with a mention in a file the gold covers, the fraction matching some gold fact. A lower bound:
	 * the gold set is not exhaustive, so a correct fact the gold does not list counts against it.
	 */
	precision: number;
	/**
	 * Of the facts with a mention of a sentence the gold covers (a mention containing a gold text), the fraction
	 * whose date is one the gold gives for that sentence. Measures date resolution where the answer is known.
	 */
	precisionChecked: number;
	/** Number of facts `precision` was computed over. */
	scored: number;
	/** Number of facts `precisionChecked` was computed over. */
	checked: number;
	/** Gold facts no fact matched. */
	missed: GoldFact[];
}

export interface FurnitureLeak {
	file: string;
	text: string;
	/** The furniture line substring the text contains. */
	furniture: string;
}

/**
 * Scores answers to the evaluation questions. Hits are judged on the excerpts as given, whether or not the
 * question was answered, so retrieval and the decision to refuse are measured apart: a runner whose refusals
 * show no excerpts should pass none. An excerpt is a hit when its file is an acceptable answer's file and its
 * text contains that answer's text, compared as `normalizeForMatch` describes.
 */
export function scoreRetrieval(results: readonly RetrievalResult[]): RetrievalScore {
	let answerable = 0;
	let unanswerable = 0;
	let top1 = 0;
	let top3 = 0;
	let reciprocalRanks = 0;
	let refused = 0;
	let falseRefusals = 0;
	let answerInLeads = 0;
	const misses: RetrievalMiss[] = [];

	for (const { question, answered, excerpts, leads = [] } of results) {
		const reasons: MissReason[] = [];
		let firstHitRank: number | null = null;
		if (question.answers.length === 0) {
			unanswerable++;
			if (answered) reasons.push('false-answer');
			else refused++;
		} else {
			answerable++;
			const index = excerpts.findIndex((excerpt) => isHit(excerpt, question.answers));
			firstHitRank = index === -1 ? null : index + 1;
			if (firstHitRank === null) reasons.push('not-found');
			else {
				if (firstHitRank === 1) top1++;
				else reasons.push('ranked-low');
				if (firstHitRank <= 3) top3++;
				reciprocalRanks += 1 / firstHitRank;
			}
			if (!answered) {
				falseRefusals++;
				if (leads.some((lead) => isHit(lead, question.answers))) answerInLeads++;
				reasons.push('false-refusal');
			}
		}
		if (reasons.length > 0) {
			misses.push({
				id: question.id,
				question: question.question,
				reasons,
				firstHitRank,
				expected: question.answers,
				top: excerpts.slice(0, 3),
			});
		}
	}

	return {
		answerable,
		unanswerable,
		hitAt1: ratio(top1, answerable),
		hitAt3: ratio(top3, answerable),
		mrr: ratio(reciprocalRanks, answerable),
		refusalAccuracy: ratio(refused, unanswerable),
		falseRefusals,
		answerInLeads,
		misses,
	};
}

/**
 * Scores a timeline against the gold facts. A fact matches a gold fact when one of its mentions is from the gold
 * fact's file and contains its text, and its date is the gold date (start and end alike), or, for a `loose` gold
 * fact, starts in the same year-month.
 */
export function scoreTimeline(facts: readonly TimelineFactInput[], gold: readonly GoldFact[]): TimelineScore {
	const goldFiles = new Set(gold.map((g) => g.file));
	const missed = gold.filter((g) => !facts.some((fact) => matchesGold(fact, g)));

	let scored = 0;
	let matched = 0;
	let checked = 0;
	let checkedCorrect = 0;
	for (const fact of facts) {
		if (fact.mentions.some((mention) => goldFiles.has(fileName(mention.file)))) {
			scored++;
			if (gold.some((g) => matchesGold(fact, g))) matched++;
		}
		const sameSentence = gold.filter((g) => mentionsGoldText(fact, g));
		if (sameSentence.length > 0) {
			checked++;
			if (sameSentence.some((g) => datesMatch(fact.date, g))) checkedCorrect++;
		}
	}

	return {
		recall: ratio(gold.length - missed.length, gold.length),
		precision: ratio(matched, scored),
		precisionChecked: ratio(checkedCorrect, checked),
		scored,
		checked,
		missed,
	};
}

/**
 * Finds excerpts or fact mentions that contain a furniture line of their own file: each is a date (or a whole
 * line) the cleaner should have removed. A text is reported once, for the first furniture line it contains.
 */
export function furnitureLeaks(
	texts: readonly Excerpt[],
	furniture: readonly FurnitureLine[],
): { count: number; leaks: FurnitureLeak[] } {
	const leaks: FurnitureLeak[] = [];
	for (const { file, text } of texts) {
		const line = furniture.find((f) => f.file === fileName(file) && containsNormalized(text, f.text));
		if (line !== undefined) leaks.push({ file, text, furniture: line.text });
	}
	return { count: leaks.length, leaks };
}

/**
 * Folds what differs between a web page and a hand-typed answer without changing the words: case, runs of
 * whitespace (line breaks, non-breaking spaces), curly versus straight quotes, and the dash family versus `-`.
 */
export function normalizeForMatch(text: string): string {
	return text
		.toLowerCase()
		.replace(/[‘’‚‛′]/gu, "'")
		.replace(/[“”„‟″]/gu, '"')
		.replace(/[‐‑‒–—―−]/gu, '-')
		.replace(/\s+/gu, ' ')
		.trim();
}

/** Reads and validates `questions.json` and `timeline-gold.json` from `dir`; throws naming the file and field. */
export function loadEvalSet(dir: string): EvalSet {
	const questions = loadQuestions(dir);
	const conversations = readJson(
		join(dir, 'conversations.json'),
		z.array(conversationSchema).superRefine(reportDuplicateIds),
	);
	const timeline = readJson(join(dir, 'timeline-gold.json'), timelineGoldSchema);
	return { questions, conversations, goldFacts: timeline.facts, furniture: timeline.furniture_dates };
}

/** Reads and validates `questions.json` alone from `dir`: a set of questions on another corpus has nothing else. */
export function loadQuestions(dir: string): EvalQuestion[] {
	return readJson(join(dir, 'questions.json'), questionsSchema);
}

export function isHit(excerpt: Excerpt, answers: readonly AnswerKey[]): boolean {
	return answers.some(
		(answer) => fileName(excerpt.file) === answer.file && containsNormalized(excerpt.text, answer.text),
	);
}

function matchesGold(fact: TimelineFactInput, gold: GoldFact): boolean {
	return mentionsGoldText(fact, gold) && datesMatch(fact.date, gold);
}

function mentionsGoldText(fact: TimelineFactInput, gold: GoldFact): boolean {
	return fact.mentions.some(
		(mention) => fileName(mention.file) === gold.file && containsNormalized(mention.text, gold.text),
	);
}

function datesMatch(date: TimelineFactInput['date'], gold: GoldFact): boolean {
	if (gold.loose) return date.start.slice(0, 7) === gold.date.slice(0, 7);
	return date.start === gold.date && date.end === gold.end;
}

function containsNormalized(haystack: string, needle: string): boolean {
	return normalizeForMatch(haystack).includes(normalizeForMatch(needle));
}

/** Runners may pass a path or a corpus id; the eval set names files by their last path segment. */
function fileName(file: string): string {
	return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

/** 0 over an empty set: the counts returned next to each ratio tell a reader when that happened. */
function ratio(part: number, whole: number): number {
	return whole === 0 ? 0 : part / whole;
}

function isCalendarDate(iso: string): boolean {
	const [year, month = 1, day = 1] = iso.split('-').map(Number);
	const date = new Date(Date.UTC(year ?? Number.NaN, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function reportDuplicateIds(items: ReadonlyArray<{ id: string }>, ctx: z.RefinementCtx): void {
	const seen = new Set<string>();
	for (const [index, { id }] of items.entries()) {
		if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id ${id}` });
		seen.add(id);
	}
}

function readJson<T>(path: string, schema: z.ZodType<T>): T {
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new Error(`Eval set: cannot read ${path}: ${(error as Error).message}`);
	}
	const parsed = schema.safeParse(raw);
	if (!parsed.success) throw new Error(`Eval set: ${path} is invalid:\n${z.prettifyError(parsed.error)}`);
	return parsed.data;
}
