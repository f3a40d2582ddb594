import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/core/segment/sentences.ts';
import { extractMentions } from '../src/core/timeline/extractMentions.ts';
import { filterFacts, nearestFacts } from '../src/core/timeline/filterFacts.ts';
import { mergeFacts } from '../src/core/timeline/mergeFacts.ts';
import { parseUserDate } from '../src/core/timeline/parseUserDate.ts';
import { readTimelineBounds } from '../src/core/timeline/timelineBounds.ts';
import type { Fact, FactMention, SourceMeta } from '../src/core/types.ts';

/** Mentions of a small document whose paragraphs are separated by blank lines, as the cleaner hands them on. */
function mentionsOf(id: string, text: string, published?: string): FactMention[] {
	const sentences = [...text.matchAll(/[^\n]+/g)].flatMap((match) =>
		splitSentences(text, { start: match.index, end: match.index + match[0].length }),
	);
	return extractMentions({ id, text, ...(published === undefined ? {} : { published }) }, sentences);
}

/** The dates found in one sentence, as `start` or `start..end`. */
function datesIn(text: string, published?: string): string[] {
	return mentionsOf('doc', text, published).map(({ date }) =>
		date.end ? `${date.start}..${date.end}` : date.start,
	);
}

const SCO_TERMS = ['shanghai', 'cooper', 'organis'];
/** The alias the corpus teaches: SCO ↔ Shanghai Cooperation Organisation. */
function expandTerms(list: string[]): string[] {
	const expanded = new Set(list);
	if (expanded.has('sco')) for (const term of SCO_TERMS) expanded.add(term);
	if (SCO_TERMS.every((term) => expanded.has(term))) expanded.add('sco');
	return [...expanded];
}

function source(id: string, publisher?: string): [string, SourceMeta] {
	return [id, { id, path: `data/${id}`, title: id, ...(publisher === undefined ? {} : { publisher }) }];
}

// Article paragraphs of the seed documents (001: Wikipedia, no publication date; 003: IBRA Digital).
const WIKIPEDIA_HISTORY = [
	'Belarus became an independent country in 1991 following the dissolution of the Soviet Union. Lukashenko was elected President of Belarus on July 20, 1994, and has been re-elected since. Lukashenko visited China several times between 1995 and 2019, seeking to develop diplomatic and economic ties. [1]',
	'In 2011, the two countries agreed to construct an industrial park in Belarus. [1] Under the auspices of the BRI, construction of the China–Belarus Industrial Park began in 2014. [1]',
	'In July 2015, Belarus became an observer in the Shanghai Cooperation Organisation (SCO). [2] [3] Trade relations between the two countries have grown. [1]',
	"Belarus was one of 53 countries that in June 2020 supported China's Hong Kong national security law at the United Nations Human Rights Council. [4]",
	'At the 2022 China–Belarus summit, the countries agreed to form an "all-weather" partnership. [5] On March 1, 2023, Lukashenko and Xi jointly called for the "soonest possible" peace deal in the Russian invasion of Ukraine. [5]',
	"In July 2024, Belarus became a full member in the SCO. [6] The same month, the People's Liberation Army and the Armed Forces of Belarus conducted joint military exercises a few kilometers from the Belarus–Poland border. [7]",
].join('\n\n');
const IBRA_ARTICLE = [
	'Belarus has long been in Russia’s camp, but has turned increasingly to China for financial support and investments. Lukashenko, who has gone to China 15 times, still views Beijing as a key to upgrading Belarusian industries.',
	'In 2023, Belarus formally aligned itself as a BRICS partner nation, and became a member of the Shanghai Cooperation Organisation (SCO), strengthening economic and military ties with the east.',
	'While ties between Belarus and China are growing, economic inequality persists. In 2024, China’s trade surplus with Belarus jumped by 47.6 percent to $4.77 billion.',
].join('\n\n');

describe('extractMentions', () => {
	it('GIVEN absolute dates THEN each keeps the precision the text states', () => {
		const [day, month, year] = [
			'Lukashenko was elected President of Belarus on July 20, 1994, and has been re-elected since.',
			'In July 2015, Belarus became an observer in the Shanghai Cooperation Organisation (SCO).',
			'In 2011, the two countries agreed to construct an industrial park in Belarus.',
		].map((text) => mentionsOf('001', text)[0]);
		expect(day?.date).toEqual({ start: '1994-07-20', precision: 'day' });
		expect(month?.date).toEqual({ start: '2015-07', precision: 'month' });
		expect(year?.date).toEqual({ start: '2011', precision: 'year' });
		expect(year?.dateText).toBe('In 2011');
	});

	it('GIVEN bare years after time words, in names of events and as decades THEN they are years', () => {
		expect(datesIn('This relationship has been upgraded since 2020 when the pandemic broke out.')).toEqual([
			'2020',
		]);
		expect(datesIn('China plans to finance 35 projects by 2024, according to the committee.')).toEqual([
			'2024',
		]);
		expect(datesIn('At the 2022 China–Belarus summit, the countries agreed to a partnership.')).toEqual([
			'2022',
		]);
		expect(datesIn('Around 130,000 citizens immigrated to Israel during the 1990s.')).toEqual(['1990..1999']);
		expect(datesIn('An ISO date such as 2023-03-01 is a day.')).toEqual(['2023-03-01']);
		// A stretch of the year: "the waning days of 2021", "the first half of 2023".
		expect(datesIn('In the waning days of 2021, the relationship deteriorated.')).toEqual(['2021']);
		expect(datesIn('Trade grew in the first half of 2023.')).toEqual(['2023']);
		// But not a count of days: "30 days of 1999 sales" is no year.
		expect(datesIn('They sold 30 days of 1500 tonnes.')).toEqual([]);
	});

	it('GIVEN ranges THEN the mention carries an end date', () => {
		expect(
			datesIn('Lukashenko visited China several times between 1995 and 2019, seeking to develop ties.'),
		).toEqual(['1995..2019']);
		expect(
			datesIn(
				'The 2022 SCO summit was the 22nd annual summit of the Shanghai Cooperation Organisation held between 15 and 16 September 2022 in Samarkand, Uzbekistan.',
			),
		).toEqual(['2022', '2022-09-15..2022-09-16']);
		expect(datesIn('It was a state visit by Emmanuel Macron to China from April 5 to 7, 2023.')).toEqual([
			'2023-04-05..2023-04-07',
		]);
	});

	it('GIVEN a sentence with two dates THEN it yields one mention per date, both with the sentence verbatim', () => {
		const text =
			'Intro line.\n\n“We have absolutely no intentions to attack Ukraine,” said Belarus’ President Alexander Lukashenko on February 23, when announcing his trip to Beijing, from February 28 to March 2. He said China has become a global country.';
		const mentions = mentionsOf('000', text, '2023-03-01');
		expect(mentions.map((m) => m.date)).toEqual([
			{ start: '2023-02-23', precision: 'day' },
			{ start: '2023-02-28', end: '2023-03-02', precision: 'day' },
		]);
		const [first, second] = mentions;
		expect(first?.text).toBe(text.slice(first?.start, first?.end));
		expect(first?.text.startsWith('“We have absolutely')).toBe(true);
		expect(first?.text.endsWith('March 2.')).toBe(true);
		expect(second?.start).toBe(first?.start);
		expect(mentions.map((m) => m.dateText)).toEqual(['February 23', 'February 28 to March 2']);
	});

	it('GIVEN the WSJ reprint published 2023-03-02 THEN "On Wednesday" is the day before, not the week after', () => {
		const [mention] = mentionsOf(
			'004',
			"On Wednesday, while sitting down for talks with Mr. Xi, Mr. Lukashenko praised Beijing's efforts on Ukraine.",
			'2023-03-02',
		);
		expect(mention?.date).toEqual({ start: '2023-03-01', precision: 'day' });
		expect(mention?.dateText).toBe('On Wednesday');
		// Published on that Thursday, "on Friday" is the Friday before, not the day after.
		expect(datesIn('Mr. Lukashenko told Mr. Xi on Friday that he would visit.', '2023-03-02')).toEqual([
			'2023-02-24',
		]);
	});

	it('GIVEN other relative dates THEN they resolve against the publication date at a fitting precision', () => {
		// "last week" is the calendar week (Monday to Sunday) before the publication date's.
		expect(datesIn('A Chinese position paper on Ukraine last week urged peace talks.', '2023-03-02')).toEqual(
			['2023-02-20..2023-02-26'],
		);
		expect(datesIn('This year marks the 31st anniversary of diplomatic relations.', '2023-03-01')).toEqual([
			'2023',
		]);
		expect(
			datesIn('Mr. Lukashenko, who two years ago signed a series of agreements with Moscow.', '2023-03-02'),
		).toEqual(['2021']);
		expect(datesIn('Xi reaffirmed the partnership last month in a visit to Moscow.', '2025-04-20')).toEqual([
			'2025-03',
		]);
		expect(datesIn('The talks were announced yesterday.', '2023-03-02')).toEqual(['2023-03-01']);
		expect(datesIn('Chinese President Xi Jinping met with him on March 1.', '2023-03-03')).toEqual([
			'2023-03-01',
		]);
	});

	it('GIVEN "the same month", "that year" or "the following year" THEN the date comes from the sentence before', () => {
		expect(
			datesIn(
				'In July 2024, Belarus became a full member. The same month, the armies held exercises near the border.',
			),
		).toEqual(['2024-07', '2024-07']);
		expect(datesIn('Trade grew in 2019. It fell the following year. Later that year talks resumed.')).toEqual(
			['2019', '2020', '2020'],
		);
		// As precise as the earlier date allows: a year says nothing of "the same day".
		expect(datesIn('Talks began in 2019. The same day, the minister resigned.')).toEqual(['2019']);
		// With nothing stated before, there is nothing to refer back to; "year-end" is no year.
		expect(datesIn('The same month, the armies held exercises. That year-end review was late.')).toEqual([]);
	});

	it('GIVEN no publication date THEN relative and year-less dates are skipped but absolute ones still count', () => {
		expect(datesIn("On Wednesday, Mr. Lukashenko praised Beijing's efforts on Ukraine.")).toEqual([]);
		expect(datesIn('A position paper last week urged peace talks, as two years ago.')).toEqual([]);
		expect(datesIn('This year marks the 31st anniversary.')).toEqual([]);
		expect(datesIn('Chinese President Xi Jinping met with him on March 1.')).toEqual([]);
		expect(datesIn('In 2011, the two countries agreed to construct an industrial park.')).toEqual(['2011']);
	});

	it('GIVEN a publication date known only to the year THEN only year-precise relative dates resolve', () => {
		expect(datesIn('Expectations for what we will achieve this year are low.', '2016')).toEqual(['2016']);
		expect(datesIn('On Wednesday the talks began.', '2016')).toEqual([]);
	});

	it('GIVEN numbers that are not dates THEN no mention is made of them', () => {
		const sentences = [
			'The infrastructure project brings together 107 residents from all over the world with a $1.3 billion investment plan.',
			"This is Lukashenko's 13th visit to China, and he is impressed with China's progress.",
			'Beijing announced its 12-point peace position paper aiming to end hostilities in Ukraine.',
			'The organisation covers approximately 24% of the area of the world and 42% of its population.',
			'The 53 countries and 35 projects were listed on page A.9.',
			'Nikola Mikovic No Comments 4 Mins Read',
			'Lukashenko extended his 31-year rule.',
			'They will march with the Sun reporter, who sat down with them.',
		];
		for (const text of sentences) expect(datesIn(text, '2023-03-01'), text).toEqual([]);
	});

	it('GIVEN a malformed publication date THEN the error names it and the document', () => {
		expect(() => mentionsOf('000.txt', 'In 2011 it began.', '1 March 2023')).toThrow(
			'"1 March 2023" of 000.txt is not an ISO date',
		);
	});
});

describe('parseUserDate', () => {
	const now = new Date(2025, 5, 10);

	it('GIVEN what users type THEN each reads at its own precision', () => {
		expect(parseUserDate('2023')).toEqual({ start: '2023', precision: 'year' });
		expect(parseUserDate('March 2023')).toEqual({ start: '2023-03', precision: 'month' });
		expect(parseUserDate('2023-03-01')).toEqual({ start: '2023-03-01', precision: 'day' });
		expect(parseUserDate('last year', now)).toEqual({ start: '2024', precision: 'year' });
		expect(parseUserDate('between 2015 and 2019')).toEqual({ start: '2015', end: '2019', precision: 'year' });
	});

	it('GIVEN text that is not wholly one date THEN it is refused', () => {
		for (const input of ['', 'soon', '2023 and more', '2023-02-30', 'March 2023 or 2024']) {
			expect(parseUserDate(input, now), input).toBeNull();
		}
	});
});

describe('mergeFacts', () => {
	it('GIVEN one event reported by two publishers THEN it is one fact corroborated twice, told in the first source’s words', () => {
		const mentions = [
			...mentionsOf('belta.txt', 'On 31 July 2015 Belarus was granted observer status in the SCO.'),
			...mentionsOf('001.txt', WIKIPEDIA_HISTORY),
		];
		const sources = new Map([source('001.txt'), source('belta.txt', 'BelTA')]);
		const facts = mergeFacts(mentions, sources, { expandTerms });
		const observer = facts.filter((fact) => fact.mentions.some((m) => m.text.includes('observer')));
		expect(observer).toHaveLength(1);
		expect(observer[0]?.mentions.map((m) => m.docId)).toEqual(['001.txt', 'belta.txt']);
		expect(observer[0]?.corroboration).toBe(2);
		expect(observer[0]?.text).toBe(
			'In July 2015, Belarus became an observer in the Shanghai Cooperation Organisation (SCO).',
		);
		// The more precise report dates the event.
		expect(observer[0]?.date).toEqual({ start: '2015-07-31', precision: 'day' });
	});

	it('GIVEN two documents from one publisher THEN corroboration counts the publisher once', () => {
		const mentions = [
			...mentionsOf('a.txt', 'Bilateral trade between the countries soared to $6 billion in 2021.'),
			...mentionsOf('b.txt', 'In 2021, bilateral trade between the countries soared to $6 billion.'),
		];
		const facts = mergeFacts(mentions, new Map([source('a.txt', 'CGTN'), source('b.txt', 'CGTN')]));
		expect(facts.map((fact) => [fact.mentions.length, fact.corroboration])).toEqual([[2, 1]]);
	});

	it('GIVEN a sentence naming an event by its year and its days THEN it is one fact dated by the days', () => {
		const facts = mergeFacts(
			mentionsOf(
				'001.txt',
				'The 2022 SCO summit was the 22nd annual summit of the Shanghai Cooperation Organisation held between 15 and 16 September 2022 in Samarkand.',
			),
			new Map([source('001.txt')]),
		);
		expect(facts).toHaveLength(1);
		expect(facts[0]?.date).toEqual({ start: '2022-09-15', end: '2022-09-16', precision: 'day' });
		expect(facts[0]?.mentions).toHaveLength(2);
	});

	it('GIVEN one source dating two sentences about the summit to other days THEN they are two events, each with its days', () => {
		const facts = mergeFacts(
			mentionsOf(
				'001.txt',
				[
					'The 2024 SCO summit was the 24th annual summit of the Shanghai Cooperation Organisation held between 3 and 4 July 2024 in Astana.',
					'From July 2 to 6, 2024, Chinese President Xi Jinping will attend the 2024 SCO summit in Astana.',
				].join('\n\n'),
			),
			new Map([source('001.txt')]),
			{ expandTerms },
		);
		expect(facts.map((fact) => `${fact.date.start}..${fact.date.end}`).sort()).toEqual([
			'2024-07-02..2024-07-06',
			'2024-07-03..2024-07-04',
		]);
	});

	it('GIVEN the SCO membership dated 2024 by one source and 2023 by another THEN the two facts flag each other', () => {
		const mentions = [...mentionsOf('001.txt', WIKIPEDIA_HISTORY), ...mentionsOf('003.txt', IBRA_ARTICLE)];
		const facts = mergeFacts(mentions, new Map([source('001.txt'), source('003.txt', 'IBRA Digital')]), {
			expandTerms,
		});
		const saying = (words: string): Fact | undefined => facts.find((fact) => fact.text.includes(words));
		const fullMember = saying('became a full member in the SCO');
		const member2023 = saying('BRICS partner nation');
		expect(fullMember?.date.start).toBe('2024-07');
		expect(member2023?.date.start).toBe('2023');
		expect(fullMember?.disagreements).toEqual([member2023?.id]);
		expect(member2023?.disagreements).toEqual([fullMember?.id]);
		// Becoming an observer is another event, not a third version of this one.
		expect(saying('became an observer')?.disagreements).toEqual([]);
		expect(facts.filter((fact) => fact.disagreements.length > 0)).toHaveLength(2);
	});

	it('GIVEN sentences that share only who was involved THEN they are not taken for one event told twice', () => {
		const mentions = [
			...mentionsOf(
				'001.txt',
				"After Chinese President Xi Jinping's announcement of the Belt and Road Initiative (BRI) in 2013, Belarus responded positively.",
			),
			...mentionsOf('002.txt', 'Chinese President Xi Jinping met with him on March 1.', '2023-03-03'),
		];
		const facts = mergeFacts(mentions, new Map([source('001.txt'), source('002.txt', 'CGTN')]));
		expect(facts.map((fact) => [fact.date.start, fact.disagreements])).toEqual([
			['2013', []],
			['2023-03-01', []],
		]);
	});

	it('GIVEN the same date with different figures THEN the facts stay apart and flag each other', () => {
		const mentions = [
			...mentionsOf(
				'002.txt',
				'Bilateral trade between the countries exceeded all the expectations soaring to almost $6 billion in 2021, and the uprising tendency persists.',
			),
			...mentionsOf('other.txt', 'Bilateral trade between the countries soared to $5 billion in 2021.'),
		];
		const facts = mergeFacts(mentions, new Map([source('002.txt', 'CGTN'), source('other.txt', 'Other')]));
		expect(facts).toHaveLength(2);
		expect(facts[0]?.disagreements).toEqual([facts[1]?.id]);
		expect(facts[1]?.disagreements).toEqual([facts[0]?.id]);
	});

	it('GIVEN different events in the same year THEN they stay separate facts without disagreement', () => {
		const mentions = [
			...mentionsOf('a.txt', 'In 2014, construction of the China–Belarus Industrial Park began near Minsk.'),
			...mentionsOf('b.txt', 'In 2014, Belarus signed the treaty on the Eurasian Economic Union.'),
		];
		const facts = mergeFacts(mentions, new Map([source('a.txt', 'A'), source('b.txt', 'B')]));
		expect(facts).toHaveLength(2);
		expect(facts.every((fact) => fact.corroboration === 1 && fact.disagreements.length === 0)).toBe(true);
	});

	it('GIVEN the same corpus twice, in any input order THEN ids and facts are identical', () => {
		const mentions = [...mentionsOf('001.txt', WIKIPEDIA_HISTORY), ...mentionsOf('003.txt', IBRA_ARTICLE)];
		const sources = new Map([source('001.txt'), source('003.txt', 'IBRA Digital')]);
		const first = mergeFacts(mentions, sources, { expandTerms });
		const again = mergeFacts([...mentions].reverse(), sources, { expandTerms });
		expect(again).toEqual(first);
		expect(new Set(first.map((fact) => fact.id)).size).toBe(first.length);
		expect(first.every((fact) => /^[0-9a-f]{12}$/.test(fact.id))).toBe(true);
	});
});

describe('filterFacts', () => {
	const facts = mergeFacts(
		[...mentionsOf('001.txt', WIKIPEDIA_HISTORY), ...mentionsOf('003.txt', IBRA_ARTICLE)],
		new Map([source('001.txt'), source('003.txt', 'IBRA Digital')]),
		{ expandTerms },
	);
	const dates = (list: readonly Fact[]): string[] => list.map((fact) => fact.date.start);

	it('GIVEN no filter THEN every fact comes back sorted by date', () => {
		const all = filterFacts(facts, {});
		expect(all).toHaveLength(facts.length);
		expect(dates(all)).toEqual([...dates(all)].sort());
		expect(dates(all)[0]).toBe('1991');
	});

	it('GIVEN a topic THEN only facts whose mentions say every query word are kept, aliases included', () => {
		expect(dates(filterFacts(facts, { query: 'industrial park' }))).toEqual(['2011', '2014']);
		// Only the 2024 fact says "SCO" alone; the alias lets the full name find it too.
		const fullName = 'Shanghai Cooperation Organisation';
		expect(dates(filterFacts(facts, { query: fullName }))).toEqual(['2015-07', '2023']);
		expect(dates(filterFacts(facts, { query: fullName }, expandTerms))).toEqual([
			'2015-07',
			'2023',
			'2024-07',
		]);
		expect(dates(filterFacts(facts, { query: 'SCO' }, expandTerms))).toEqual(['2015-07', '2023', '2024-07']);
	});

	it('GIVEN from and to THEN facts overlapping the period are kept, at each side’s precision', () => {
		// "between 1995 and 2019" reaches into the period.
		expect(dates(filterFacts(facts, { from: '2015', to: '2023' }))).toEqual([
			'1995',
			'2015-07',
			'2020-06',
			'2022',
			'2023',
			'2023-03-01',
		]);
		// A fact dated only "2023" may have happened on or after 1 March 2023.
		expect(dates(filterFacts(facts, { from: '2023-03-01', to: '2023-12' }))).toEqual(['2023', '2023-03-01']);
		expect(dates(filterFacts(facts, { from: '2019-05', to: '2019-06' }))).toEqual(['1995']);
		expect(dates(filterFacts(facts, { to: '1994-07-19' }))).toEqual(['1991']);
	});

	it('GIVEN a topic and a period THEN both apply', () => {
		expect(dates(filterFacts(facts, { query: 'SCO', from: '2024' }, expandTerms))).toEqual(['2024-07']);
	});

	it('GIVEN a topic no fact mentions whole THEN the nearest are the facts that mention most of its words, saying which', () => {
		expect(filterFacts(facts, { query: 'industrial park Minsk' })).toEqual([]);
		const nearest = nearestFacts(facts, { query: 'industrial park Minsk' });
		expect(dates(nearest.facts)).toEqual(['2011', '2014']);
		expect(nearest).toMatchObject({ words: ['industrial', 'park'], missing: ['Minsk'] });
		// Dates still apply; a topic none of whose words is mentioned has no nearest facts.
		expect(dates(nearestFacts(facts, { query: 'industrial park Minsk', from: '2012' }).facts)).toEqual([
			'2014',
		]);
		expect(nearestFacts(facts, { query: 'zanzibar tea' })).toEqual({ facts: [], words: [], missing: [] });
	});

	it('GIVEN a bound that is not an ISO date THEN the error names it', () => {
		expect(() => filterFacts(facts, { from: 'March 2023' })).toThrow('"from" must be an ISO date');
		expect(() => filterFacts(facts, { to: '2023-13' })).toThrow('got "2023-13"');
	});
});

describe('timeline bounds typed by a person', () => {
	it('GIVEN from and to the wrong way round THEN the range between them is meant, not an empty one', () => {
		expect(readTimelineBounds('2024', '2015')).toEqual({ from: '2015', to: '2024' });
		expect(readTimelineBounds('March 2024', '2023')).toEqual({ from: '2023', to: '2024-03' });
		// Within one year, "from March 2024 to 2024" is already the right way round.
		expect(readTimelineBounds('March 2024', '2024')).toEqual({ from: '2024-03', to: '2024' });
		expect(readTimelineBounds('2015', undefined)).toEqual({ from: '2015' });
		expect(readTimelineBounds(undefined, 'the day after never')).toEqual({
			unreadable: 'the day after never',
		});
	});
});
