import type { Fact, FactMention, SourceMeta } from '../types.ts';
import { compareText } from '../util/compareText.ts';
import {
	compareSketches,
	type EventSketch,
	type ExpandTerms,
	figuresConflict,
	sketchEvents,
} from './eventSketch.ts';
import { daySpan, daysIn, spansOverlap, yearsOf } from './factDate.ts';
import { factId } from './factId.ts';
import { findDisagreements, type MentionGroup } from './findDisagreements.ts';

export interface MergeOptions {
	/** Folds aliases (SCO ↔ Shanghai Cooperation Organisation) before event texts are compared. */
	expandTerms?: ExpandTerms;
}

// A mention joins an event when its date is compatible with the event's and, with every mention already
// in it, it shares at least this share of the smaller sentence's concepts...
const SAME_EVENT_SIMILARITY = 0.6;
// ...at least this many concepts, so one shared name ("Lukashenko") is never enough...
const MIN_SHARED_FOR_SAME_EVENT = 2;
// ...and at least this many event words, so sentences that only share names ("President Xi") stay apart.
const MIN_SHARED_EVENT_WORDS_FOR_SAME_EVENT = 1;

/**
 * Merges mentions of the same event into one fact: compatible dates (equal at the coarser precision, or
 * overlapping ranges) and similar event text. Facts that tell the same event with a different date or
 * figure stay apart and name each other in `disagreements`. Mentions are taken in source order (the
 * order of `sources`, then offset), so the result, its ids and each fact's text are deterministic.
 */
export function mergeFacts(
	mentions: readonly FactMention[],
	sources: ReadonlyMap<string, SourceMeta>,
	options: MergeOptions = {},
): Fact[] {
	const ordered = inSourceOrder(mentions, sources);
	const sketches = sketchEvents(ordered, options.expandTerms);
	const groups = groupMentions(ordered, sketches);
	const facts = groups.map((group) => toFact(group, ordered, sources));
	for (const [a, b] of findDisagreements(groups, ordered, sketches)) {
		const [first, second] = [facts[a], facts[b]];
		if (first === undefined || second === undefined) continue;
		first.disagreements.push(second.id);
		second.disagreements.push(first.id);
	}
	return facts;
}

/**
 * Greedy, in source order: each mention joins the most similar compatible group, or starts its own.
 * Groups are bucketed by the years their dates touch, so a mention is only compared with its own years.
 */
function groupMentions(mentions: readonly FactMention[], sketches: readonly EventSketch[]): MentionGroup[] {
	const groups: MentionGroup[] = [];
	const byYear = new Map<number, number[]>();
	// Per group (there are at most as many as mentions), the mention that last scored it, so a group found
	// in several year buckets is scored once.
	const lastCompared = new Int32Array(mentions.length).fill(-1);
	mentions.forEach((mention, i) => {
		let best = -1;
		let bestScore = 0;
		const span = daySpan(mention.date);
		for (const year of yearsOf(mention.date)) {
			for (const g of byYear.get(year) ?? []) {
				const group = groups[g];
				if (lastCompared[g] === i || group === undefined || !spansOverlap(group.span, span)) continue;
				lastCompared[g] = i;
				const score = sameEventScore(group, i, mentions, sketches);
				// Ties go to the earliest group, whatever order the buckets were visited in.
				if (score > bestScore || (score === bestScore && score > 0 && g < best))
					[best, bestScore] = [g, score];
			}
		}
		const group = groups[best];
		if (group === undefined) {
			groups.push({ members: [i], date: mention.date, span });
			for (const year of yearsOf(mention.date)) {
				const bucket = byYear.get(year) ?? [];
				bucket.push(groups.length - 1);
				byYear.set(year, bucket);
			}
			return;
		}
		group.members.push(i);
		// The narrowest date wins: "the 2022 summit … between 15 and 16 September 2022" is dated by the range.
		if (daysIn(span) < daysIn(group.span)) Object.assign(group, { date: mention.date, span });
	});
	return groups;
}

/**
 * Lowest similarity to the group's members, or 0 when any member falls below the thresholds or states
 * other figures. Every member must match, so a chain of look-alikes never drifts into another event.
 */
function sameEventScore(
	group: MentionGroup,
	i: number,
	mentions: readonly FactMention[],
	sketches: readonly EventSketch[],
): number {
	const sketch = sketches[i];
	if (sketch === undefined) return 0;
	let lowest = 1;
	for (const j of group.members) {
		const member = sketches[j];
		if (
			member === undefined ||
			figuresConflict(member, sketch) ||
			otherDaysSameSource(mentions[i], mentions[j])
		)
			return 0;
		const { shared, sharedEventWords, score } = compareSketches(member, sketch);
		const similar =
			shared >= MIN_SHARED_FOR_SAME_EVENT &&
			sharedEventWords >= MIN_SHARED_EVENT_WORDS_FOR_SAME_EVENT &&
			score >= SAME_EVENT_SIMILARITY;
		if (!similar) return 0;
		lowest = Math.min(lowest, score);
	}
	return lowest;
}

/**
 * A source does not tell one event twice with different days: two of its sentences dated to other days
 * ("From July 2 to 6, Xi will attend the summit", "the summit was held between 3 and 4 July") are two events.
 */
function otherDaysSameSource(a: FactMention | undefined, b: FactMention | undefined): boolean {
	if (a === undefined || b === undefined || a.docId !== b.docId || a.start === b.start) return false;
	const days = (m: FactMention) =>
		m.date.precision === 'day' ? `${m.date.start}/${m.date.end ?? ''}` : undefined;
	const [first, second] = [days(a), days(b)];
	return first !== undefined && second !== undefined && first !== second;
}

function toFact(
	group: MentionGroup,
	mentions: readonly FactMention[],
	sources: ReadonlyMap<string, SourceMeta>,
): Fact {
	const members = group.members.flatMap((i) => mentions[i] ?? []);
	const [first] = members;
	if (first === undefined) throw new Error('mergeFacts: a fact without mentions');
	const publishers = new Set(
		members.map(({ docId }) => sources.get(docId)?.publisher?.trim().toLowerCase() || `document ${docId}`),
	);
	return {
		id: factId(first),
		date: group.date,
		text: first.text,
		mentions: members,
		corroboration: publishers.size,
		disagreements: [],
	};
}

function inSourceOrder(
	mentions: readonly FactMention[],
	sources: ReadonlyMap<string, SourceMeta>,
): FactMention[] {
	const rank = new Map([...sources.keys()].map((id, i) => [id, i]));
	const rankOf = (docId: string): number => rank.get(docId) ?? rank.size;
	return [...mentions].sort(
		(a, b) =>
			rankOf(a.docId) - rankOf(b.docId) ||
			compareText(a.docId, b.docId) ||
			a.start - b.start ||
			compareText(a.date.start, b.date.start) ||
			compareText(a.date.end ?? '', b.date.end ?? ''),
	);
}
