import type { FactDate, FactMention } from '../types.ts';
import { compareSketches, type EventSketch, figuresConflict } from './eventSketch.ts';
import { type DaySpan, spansOverlap } from './factDate.ts';

/** Mentions grouped as one event: indices into the mention list, in source order, and the event's date. */
export interface MentionGroup {
	members: number[];
	date: FactDate;
	span: DaySpan;
}

// Two groups disagree when their closest pair of mentions shares at least this share of the smaller
// one's concepts — stricter than merging, because it claims the sources contradict each other...
const DISAGREEMENT_SIMILARITY = 0.7;
// ...at least this many concepts, so two short sentences don't clash over one common word...
const MIN_SHARED_FOR_DISAGREEMENT = 3;
// ...and at least this many event words: "became an observer" and "became a member" of one organisation
// are two events, "became a member" and "became a full member" one.
const MIN_SHARED_EVENT_WORDS_FOR_DISAGREEMENT = 2;
// A concept in more groups than this is too common to suggest two of them are one event, so it is not
// counted when looking for candidate pairs (it still counts in their similarity). Keeps the search
// near-linear on large corpora.
const MAX_GROUPS_PER_CANDIDATE_CONCEPT = 50;

/**
 * Pairs of groups (by index, lower first) that tell the same event differently: a different date, or
 * the same date with different figures. Groups sharing a document never disagree: a text that dates two
 * similar sentences differently is telling of two events (a budget for 1946, another for 1947).
 */
export function findDisagreements(
	groups: readonly MentionGroup[],
	mentions: readonly FactMention[],
	sketches: readonly EventSketch[],
): Array<[number, number]> {
	const concepts = groups.map((group) => unionOfConcepts(group, sketches));
	const groupsWith = new Map<string, number[]>();
	concepts.forEach((set, g) => {
		for (const concept of set) {
			const list = groupsWith.get(concept) ?? [];
			list.push(g);
			groupsWith.set(concept, list);
		}
	});
	const pairs: Array<[number, number]> = [];
	// Concepts shared with each earlier group, counted in place: lists are in group order, so each pair is
	// seen once, from its later group.
	const sharedWith = new Uint32Array(groups.length);
	groups.forEach((group, g) => {
		const touched: number[] = [];
		for (const concept of concepts[g] ?? []) {
			const list = groupsWith.get(concept) ?? [];
			if (list.length > MAX_GROUPS_PER_CANDIDATE_CONCEPT) continue;
			for (const other of list) {
				if (other >= g) break;
				if (sharedWith[other] === 0) touched.push(other);
				sharedWith[other] = (sharedWith[other] ?? 0) + 1;
			}
		}
		for (const other of touched.sort((a, b) => a - b)) {
			const otherGroup = groups[other];
			const shared = sharedWith[other] ?? 0;
			sharedWith[other] = 0;
			if (shared < MIN_SHARED_FOR_DISAGREEMENT || otherGroup === undefined) continue;
			if (disagree(otherGroup, group, mentions, sketches)) pairs.push([other, g]);
		}
	});
	return pairs;
}

function disagree(
	a: MentionGroup,
	b: MentionGroup,
	mentions: readonly FactMention[],
	sketches: readonly EventSketch[],
): boolean {
	const documents = new Set(a.members.map((i) => mentions[i]?.docId));
	if (b.members.some((i) => documents.has(mentions[i]?.docId))) return false;
	const sameDate = spansOverlap(a.span, b.span);
	for (const i of a.members) {
		for (const j of b.members) {
			const [x, y] = [sketches[i], sketches[j]];
			if (x === undefined || y === undefined) continue;
			const { shared, sharedEventWords, score } = compareSketches(x, y);
			const similar =
				shared >= MIN_SHARED_FOR_DISAGREEMENT &&
				sharedEventWords >= MIN_SHARED_EVENT_WORDS_FOR_DISAGREEMENT &&
				score >= DISAGREEMENT_SIMILARITY;
			if (similar && (!sameDate || figuresConflict(x, y))) return true;
		}
	}
	return false;
}

function unionOfConcepts(group: MentionGroup, sketches: readonly EventSketch[]): Set<string> {
	const union = new Set<string>();
	for (const i of group.members) for (const concept of sketches[i]?.concepts ?? []) union.add(concept);
	return union;
}
