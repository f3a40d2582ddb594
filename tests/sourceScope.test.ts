import { describe, expect, it } from 'vitest';
import { sourceScope } from '../src/core/answer/sourceScope.ts';
import type { IndexedDocument } from '../src/core/corpusIndex.ts';
import { terms } from '../src/core/text/terms.ts';

const published = (id: string, publisher?: string, author?: string) =>
	({
		meta: { id, path: id, title: id, ...(publisher ? { publisher } : {}), ...(author ? { author } : {}) },
	}) as IndexedDocument;
const documents = [
	published('nyt.txt', 'The New York Times'),
	published('wsj.txt', 'Wall Street Journal', 'Austin Ramzy; Ann M. Simmons'),
	published('cgtn.txt', 'CGTN'),
	published('wiki.txt'),
	published('ge.txt', 'Geopolitics & Empire', 'Nikola Rice'),
	published('ibra.txt', 'IBRA Digital'),
];

describe('sourceScope', () => {
	it('GIVEN a publisher named in any case, or by its initials THEN the question keeps to its documents', () => {
		expect(sourceScope(documents, 'What does cgtn say about the talks?')?.docIds).toEqual(
			new Set(['cgtn.txt']),
		);
		expect(sourceScope(documents, 'what did the NYT report?')?.docIds).toEqual(new Set(['nyt.txt']));
		expect(sourceScope(documents, 'Did the WSJ or CGTN mention it?')?.sources).toEqual([
			'Wall Street Journal',
			'CGTN',
		]);
	});

	it('GIVEN a publisher by the acronym its name starts with THEN the question keeps to its documents', () => {
		expect(
			sourceScope(documents, 'The IBRA piece says Lukashenko might feel threatened by whom?')?.sources,
		).toEqual(['IBRA Digital']);
		// Not by an ordinary first word: "Geopolitics" alone is a topic too.
		expect(sourceScope(documents, 'What are the geopolitics of the visit?')).toBeUndefined();
	});

	it('GIVEN the scope THEN the source names and the verbs asking what they say are no topic', () => {
		const scope = sourceScope(documents, 'According to the Wall Street Journal, what did Xi say?');
		expect([...(scope?.notTopics ?? [])]).toEqual(
			expect.arrayContaining(['wall', 'street', 'journal', 'accord']),
		);
		expect(scope?.notTopics.has('xi')).toBe(false);
		// Any verb asking what they say or think: "What is the WSJ's view…", "what does CGTN tell us…".
		expect(sourceScope(documents, "What is the WSJ's view of the visit?")?.notTopics.has('view')).toBe(true);
		expect(sourceScope(documents, 'what does CGTN tell us of the talks')?.notTopics.has('tell')).toBe(true);
	});

	it('GIVEN an author named, whole or by surname as a name THEN the question keeps to their documents', () => {
		expect(sourceScope(documents, 'How does Rice rate China as a partner?')?.docIds).toEqual(
			new Set(['ge.txt']),
		);
		expect(sourceScope(documents, 'what does nikola rice think of the talks')?.sources).toEqual([
			'Nikola Rice',
		]);
		expect(sourceScope(documents, 'What does Simmons say?')?.docIds).toEqual(new Set(['wsj.txt']));
		// A given name the metadata spells otherwise ("Bill" for William) is part of the name, no topic.
		const nicknamed = sourceScope(documents, 'What did Nick Rice say about the talks?');
		expect(nicknamed?.sources).toEqual(['Nikola Rice']);
		expect(nicknamed?.notTopics.has('nick')).toBe(true);
		// A surname that is no English word names its author in any case; one that is a word too does not.
		expect(sourceScope(documents, 'what does ramzy say about it')?.sources).toEqual(['Austin Ramzy']);
		expect(sourceScope(documents, 'How much rice does China import?')).toBeUndefined();
		// …but where only a person can stand, a word names its author in any case: no grain says anything.
		expect(sourceScope(documents, 'what did rice say about the talks')?.sources).toEqual(['Nikola Rice']);
		expect(sourceScope(documents, "in rice's article what is the main point")?.sources).toEqual([
			'Nikola Rice',
		]);
		expect(sourceScope(documents, 'how many partners does belarus have according to rice')?.sources).toEqual([
			'Nikola Rice',
		]);
		// …and before a verb in the past tense ("the rule rice announced"); not before a plural noun.
		expect(sourceScope(documents, 'who was the mayor rice welcomed')?.sources).toEqual(['Nikola Rice']);
		expect(sourceScope(documents, 'how many rice farmers are there')).toBeUndefined();
		expect(sourceScope(documents, 'how many rice fields are there')).toBeUndefined();
	});

	it('GIVEN a verb telling how the source said something ("joke", "claim") THEN it is no topic', () => {
		const speeches = [...documents, published('1978.txt', undefined, 'Jimmy Carter')];
		const joke = sourceScope(speeches, 'Why did Carter joke that he had been saving energy?');
		expect(joke?.sources).toEqual(['Jimmy Carter']);
		expect(joke?.notTopics.has('joke')).toBe(true);
		expect(sourceScope(speeches, 'How many jobs did Carter claim?')?.notTopics.has('claim')).toBe(true);
		// Energy is what he said it about.
		expect(joke?.notTopics.has('energi')).toBe(false);
	});

	it('GIVEN a kind of document the question keeps to ("the State of the Union", "the speech") THEN it is no topic', () => {
		const speeches = [...documents, published('1962.txt', undefined, 'John F. Kennedy')];
		const kind = sourceScope(
			speeches,
			'In the State of the Union before the crisis, how many inspectors did JFK send?',
		);
		expect(kind?.notTopics.has('union')).toBe(true);
		expect(kind?.notTopics.has('inspector')).toBe(false);
		expect(
			sourceScope(speeches, 'In the speech after the elections, did Kennedy set a date?')?.notTopics.has(
				'speech',
			),
		).toBe(true);
		// Without a source to keep to, the words are the question's own.
		expect(
			sourceScope(speeches, 'What is the state of the union between Belarus and China?'),
		).toBeUndefined();
	});

	it('GIVEN an author of three names by their initials, in any case THEN the question keeps to their documents', () => {
		const speeches = [...documents, published('1962.txt', undefined, 'John F. Kennedy')];
		const jfk = sourceScope(speeches, 'Why did JFK bring up Charles Lindbergh?');
		expect(jfk?.sources).toEqual(['John F. Kennedy']);
		expect(jfk?.notTopics.has('jfk')).toBe(true);
		expect(sourceScope(speeches, 'how many reservists got called up according to jfk')?.docIds).toEqual(
			new Set(['1962.txt']),
		);
		// Two names make initials that stand for too much else ("NR").
		expect(sourceScope(speeches, 'What did NR say?')).toBeUndefined();
	});

	it('GIVEN the source itself asked what it says THEN it speaks; someone in it does not', () => {
		expect(sourceScope(documents, 'What did the WSJ say about the visit?')?.speaks).toBe(true);
		expect(sourceScope(documents, 'how does nikola rice describe the talks')?.speaks).toBe(true);
		expect(sourceScope(documents, 'What did Xi say to the WSJ?')?.speaks).toBe(false);
		expect(sourceScope(documents, 'According to CGTN, what did Xi say?')?.speaks).toBe(false);
	});

	it('GIVEN a long word of a source mistyped by one slip THEN it names the source all the same, and is no topic', () => {
		const scope = sourceScope(documents, 'According to Gopolitics & Empire, what happened?');
		expect(scope?.docIds).toEqual(new Set(['ge.txt']));
		expect([...(scope?.notTopics ?? [])]).toEqual(expect.arrayContaining(terms('Gopolitics Empire')));
		expect(sourceScope(documents, 'what does ramsy say about it')?.sources).toEqual(['Austin Ramzy']);
		// A short word is one slip from too much else: "CGTM" is no CGTN.
		expect(sourceScope(documents, 'What does CGTM say?')).toBeUndefined();
	});

	it('GIVEN an author WordNet knows only as a name, in lower case THEN the question keeps to their documents', () => {
		const speeches = [
			published('2013.txt', undefined, 'Barack Obama'),
			published('2018.txt', undefined, 'Donald J. Trump'),
		];
		expect(sourceScope(speeches, 'who did obama name as the consumer watchdog')?.docIds).toEqual(
			new Set(['2013.txt']),
		);
	});

	it('GIVEN a speech or an article pointed at by its year, or as the last or first THEN the question keeps to it', () => {
		const dated = (id: string, author: string, date: string) =>
			({ meta: { id, path: id, title: id, author, date } }) as IndexedDocument;
		const speeches = [
			dated('2013.txt', 'Barack Obama', '2013'),
			dated('2016.txt', 'Barack Obama', '2016-01-12'),
			dated('2018.txt', 'Donald J. Trump', '2018'),
		];
		const scope = sourceScope(speeches, 'In his 2013 speech, what did Obama ask Congress to do?');
		expect(scope?.docIds).toEqual(new Set(['2013.txt']));
		expect([...(scope?.notTopics ?? [])]).toEqual(expect.arrayContaining(['2013', 'speech', 'obama']));
		expect(sourceScope(speeches, 'according to the 2018 address, what happened?')?.docIds).toEqual(
			new Set(['2018.txt']),
		);
		// Of the author's documents: Obama's last is not Trump's.
		expect(sourceScope(speeches, 'In his last State of the Union, what did Obama regret?')?.docIds).toEqual(
			new Set(['2016.txt']),
		);
		// A year no document has, or a year alone, is a topic.
		expect(sourceScope(speeches, 'What did the 2008 report find?')).toBeUndefined();
		expect(sourceScope(speeches, 'What happened in 2013?')).toBeUndefined();
		// "address" as a verb points at nothing.
		expect(sourceScope(speeches, 'How did Obama address the 2013 shutdown?')?.docIds).toEqual(
			new Set(['2013.txt', '2016.txt']),
		);
	});

	it('GIVEN "the President" or "the author" asked what they say, unnamed THEN the documents with an author answer, and the role is no topic', () => {
		const scope = sourceScope(documents, 'How many troops did the President say he was sending?');
		expect(scope?.docIds).toEqual(new Set(['wsj.txt', 'ge.txt']));
		expect(scope?.notTopics.has('presid')).toBe(true);
		expect(scope?.speaks).toBe(true);
		expect(sourceScope(documents, 'why does the author think so')?.docIds).toEqual(
			new Set(['wsj.txt', 'ge.txt']),
		);
		// …mistyped too, and then its typo is no topic.
		const typed = sourceScope(documents, 'How many troops did the Pesident say he was sending?');
		expect(typed?.docIds).toEqual(new Set(['wsj.txt', 'ge.txt']));
		expect(typed?.notTopics.has('pesid')).toBe(true);
		expect(typed?.sources).toEqual(['the president']);
		expect(scope?.sources).toEqual(['the President']);
		// A president the question names, or presidents, are someone in the documents.
		expect(sourceScope(documents, 'What did the two presidents say about the war?')).toBeUndefined();
		expect(sourceScope(documents, 'When was the president elected?')).toBeUndefined();
	});

	it('GIVEN no publisher named, or one only inside another word THEN every document may answer', () => {
		expect(sourceScope(documents, 'What is the capital of Belarus?')).toBeUndefined();
		expect(sourceScope(documents, 'What about CGTNews?')).toBeUndefined();
	});
});
