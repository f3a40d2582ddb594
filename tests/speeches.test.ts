import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerSought, evidenceIn } from '../src/core/answer/answerEvidence.ts';
import { analyzeQuery } from '../src/core/answer/queryConcepts.ts';
import { questionType } from '../src/core/answer/questionType.ts';
import type { Dossier } from '../src/core/dossier.ts';
import { tempCorpus } from './support/tempCorpus.ts';

/*
 * A folder of speeches rather than news: one unbroken line each, dated and attributed by a manifest, never
 * naming their speaker or their year. Questions point at them as people do ("in his 2013 speech").
 */
const SPEECHES = {
	'sources.json': JSON.stringify({
		'2013_obama.txt': { title: 'Address 2013', author: 'Barack Obama', date: '2013' },
		'2014_obama.txt': { title: 'Address 2014', author: 'Barack Obama', date: '2014' },
		'2018_trump.txt': { title: 'Address 2018', author: 'Donald J. Trump', date: '2018' },
		'medal.txt': { title: 'Remarks', date: '2020-02-04' },
	}),
	'raid.txt':
		'We are joined tonight by the parents of a young aid worker. On the night that our Special Forces ended the life of the terrorist leader who held her captive, the Chairman received a call in the Situation Room. He was told that the brave men of the team had given their mission a name: Task Force 8-14. It was a reference to a special day, her birthday.',
	'remarks.txt':
		'Thank you all for coming. Tonight we remember the victims of gun violence. One of those we lost was a young girl named Hadiya Pendleton. She was 15 years old. She loved music. She was a majorette. Just three weeks ago she performed at my inauguration. And a week later, she was shot and killed in a Chicago park after school. We owe her a vote.',
	'welfare.txt':
		'Two years ago, from this podium, I asked five companies to lead a national effort to hire people off welfare. We have kept our word.',
	'voter.txt':
		'We should follow the example of a Florida woman who waited in line for 6 hours to vote at her polling place. She was told the wait might be long. People stayed in line with her, because Desiline is 102 years old.',
	'loan.txt':
		'The Treasury has closed a loan of 40,000,000 dollars in Amsterdam. The loan carries interest on terms better than we had hoped.',
	'taxes.txt':
		'Right now a billionaire pays a lower tax rate than his secretary. Do we want to keep these tax cuts for the wealthiest, or our investments in education?',
	'trade.txt':
		'Our trade deficit with Canada fell by 30 percent to $4 billion. Exports like cars and machines far outstripped imports.',
	'farms.txt': 'Farm exports of wheat grew again. They climbed to 12 million tons.',
	'nurse.txt':
		'Tonight we honor a nurse from Ohio who worked through the storm. When the power failed, she carried patients down six flights of stairs. We owe you, Maribel.',
	'march.txt':
		"The most remarkable feature of the campaign was the general's march of 300 miles through the interior. It was bold.",
	'jobs.txt':
		'During the last 2 years, in bringing our economy out of the deepest recession in decades, we have created 7,100,000 new jobs. Inflation remains our most serious problem. None of us can be satisfied when two-thirds of the citizens chose not to vote last year.',
	'letter.txt':
		'Last month a girl in Lincoln, Rhode Island, sent me a letter. It began, "Dear George W. Bush. If there\'s anything you know I, Ashley Pearson, age 10, can do to help anyone, please send me a letter and tell me what I can do to save our country." She added this P.S.: "If you can send a letter to the troops, please put, We LOVE you!"',
	'assembly.txt':
		'Last month, voters in the young democracy went to the polls. They elected 275 men and women to a transitional assembly. Their courage inspired the world.',
	'flood.txt':
		'When the flood plunged her hospital into darkness, the doctor kept working. Her mind was on the 20 newborns in her care.',
	'locks.txt':
		'A few weeks ago, the chief executive of a lock maker told me that it now makes business sense for him to bring jobs back home. Today his plant is running at full capacity.',
	// The full name three passages before the first name alone.
	'gallery.txt':
		'Tonight we are joined by Carl and Marsha Mueller. They have come a long way. They are proud parents. They raised three children in Arizona. Their home was full of music. Their town is small. Their neighbors are kind. Their church is old. Their streets are quiet. Their winters are long. Their summers are hot. Their dogs are loud. In 2013, while caring for civilians in Syria, Kayla was kidnapped by terrorists. She never came home.',
	'insurance.txt':
		'Richard Anderson of Reno, Nevada, lost his job and with it, his health insurance. Two weeks later his wife fell ill.',
	'medal.txt': 'Earlier today, I pinned the medal on the sergeant. He wore it with pride.',
	'stars.txt': 'Earlier today, I pinned the stars on the general. He wore them with pride.',
	'space.txt':
		'This year, American astronauts will go back to space on American rockets. In two months, Scott Kelly will begin a year-long stay in space.',
	'school.txt':
		'So tonight I am proposing that every State requires that all students stay in high school until they graduate or turn 18. The city has carefully kept its libraries open over the past year. We should also reward good teachers.',
	'2013_obama.txt':
		'Mr. Speaker, Members of Congress: tonight I report on the state of our Union. Our economy is adding jobs, but too many people still work full-time and live in poverty. So tonight, let us declare that in the wealthiest nation on Earth, no one who works full-time should have to live in poverty, and raise the federal minimum wage to $9 an hour. We should also fix our roads and bridges, and give every child a preschool education.',
	'2014_obama.txt':
		'Mr. Speaker, Members of Congress: the state of our Union is strong. Today, the federal minimum wage is worth about 20 percent less than it was when Ronald Reagan first stood here. So I ask this Congress to give America a raise: lift the minimum wage to $10.10 an hour. I have asked the Secretary of Labor to lead a new push for apprenticeships. And I have asked Vice President Biden to lead a review of our job training programs. And I will issue an order requiring federal contractors to pay their workers a fair wage of at least $10.10 an hour. We should also fix our roads and bridges, and give every child a high school diploma.',
	'2018_trump.txt':
		'Mr. Speaker, Members of Congress: the unemployment rate is low, and wages are rising. We passed the biggest tax cuts and reforms in American history. We slashed the business tax rate from 35 percent all the way down to 21 percent, so American companies can compete and win. We are also rebuilding our military and securing our borders. Joining us in the gallery is a rare disease survivor, Megan Crowley.Megan was diagnosed with Pompe disease when she was 15 months old, and she is now thriving.',
};

let dossier: Dossier;
let cleanup: () => Promise<void>;

beforeAll(async () => {
	const corpus = await tempCorpus({ files: SPEECHES });
	cleanup = corpus.cleanup;
	dossier = await corpus.open();
});
afterAll(() => cleanup());

const fileOf = (id: string | undefined) => id?.split('/').at(-1);

describe('ask, on a folder of speeches', () => {
	it('GIVEN "in his 2013 speech" THEN the answer comes from the speech of that year by that speaker', () => {
		const answer = dossier.ask(
			'In his 2013 speech, what did Obama ask Congress to raise the minimum wage to?',
		);
		expect(answer.answered).toBe(true);
		expect(fileOf(answer.excerpts[0]?.source.id)).toBe('2013_obama.txt');
		expect(answer.excerpts[0]?.text).toMatch(/\$9 an hour/);
		const last = dossier.ask('in his last address, what minimum wage did obama ask for?');
		expect(fileOf(last.excerpts[0]?.source.id)).toBe('2014_obama.txt');
	});

	it('GIVEN "in his 2014 message", "his earlier message" or "the first of his two" THEN a message is a speech pointed at like any other', () => {
		const byYear = dossier.ask('In his 2014 message, what minimum wage did Obama ask for?');
		expect(byYear.answered).toBe(true);
		expect(fileOf(byYear.excerpts[0]?.source.id)).toBe('2014_obama.txt');
		const earlier = dossier.ask("In Obama's earlier message, what minimum wage did he ask for?");
		expect(earlier.answered).toBe(true);
		expect(fileOf(earlier.excerpts[0]?.source.id)).toBe('2013_obama.txt');
		const ofTwo = dossier.ask("In the first of Obama's two messages, what minimum wage did he ask for?");
		expect(ofTwo.answered).toBe(true);
		expect(fileOf(ofTwo.excerpts[0]?.source.id)).toBe('2013_obama.txt');
	});

	it('GIVEN a year the speech never states THEN the speech of that year answers for it', () => {
		for (const [year, given] of [
			['2013', /preschool education/],
			['2014', /high school diploma/],
		] as const) {
			const answer = dossier.ask(`In ${year}, what did Obama want to give every child?`);
			expect(answer.answered).toBe(true);
			expect(answer.excerpts[0]?.text).toMatch(given);
		}
	});

	it('GIVEN a sentence run into the next with its space lost ("Crowley.Megan was…") THEN both names are words', () => {
		const answer = dossier.ask('What rare disease was Megan Crowley diagnosed with?');
		expect(answer.answered).toBe(true);
		expect(answer.excerpts[0]?.text).toMatch(/Pompe disease/);
	});

	it('GIVEN a story told over more sentences than a passage holds THEN the name in one and the place in the next make one answer', () => {
		const answer = dossier.ask('How old was Hadiya Pendleton when she was shot in a Chicago park?');
		expect(answer.answered).toBe(true);
		// "How old" asks for an age: a number of years, or of months for a child.
		expect(answer.questionType).toBe('age');
		expect(answer.excerpts[0]?.text).toMatch(/She was 15 years old/);
	});
});

describe('ask, on a story told in one passage', () => {
	it('GIVEN the sentence most like the question and the one that answers it in one passage THEN both are shown', () => {
		const answer = dossier.ask(
			'What did the special forces call the raid that ended the terrorist leader’s life?',
		);
		expect(answer.answered).toBe(true);
		const texts = answer.excerpts.map((excerpt) => excerpt.text);
		expect(texts.some((text) => /Task Force 8-14/.test(text))).toBe(true);
		// Never the same words twice.
		for (const [i, a] of answer.excerpts.entries())
			for (const b of answer.excerpts.slice(i + 1))
				expect(a.source.id !== b.source.id || a.end <= b.start || b.end <= a.start).toBe(true);
	});
});

describe('ask about a name joined by "of", on a folder of speeches', () => {
	it('GIVEN "the Secretary of Education" THEN a sentence on another secretary, or on education, names neither', () => {
		const education = dossier.ask('Who is the Secretary of Education?');
		expect(education.answered).toBe(false);
		const labor = dossier.ask('What did Obama ask the Secretary of Labor to lead?');
		expect(labor.answered).toBe(true);
		expect(labor.excerpts[0]?.text).toMatch(/a new push for apprenticeships/);
	});
});

describe('ask "who", on a folder of speeches', () => {
	it('GIVEN a sentence naming only the office asked about THEN it says nobody, and a sentence naming a person answers', () => {
		const office = dossier.ask(
			'Who was the Secretary of Labor that Obama asked to lead the apprenticeship push?',
		);
		expect(office.answered).toBe(false);
		const person = dossier.ask('Who did Obama ask to lead the review of job training?');
		expect(person.answered).toBe(true);
		expect(person.excerpts[0]?.text).toMatch(/Vice President Biden/);
	});
});

describe('ask "who", on a story told over three sentences', () => {
	it('GIVEN a guest brought in by one sentence and named two later THEN the story names them', () => {
		const girl = dossier.ask('who was the 10 year old girl from rhode island that wrote to the president');
		expect(girl.answered).toBe(true);
		expect(girl.excerpts[0]?.text).toMatch(/^Last month a girl in Lincoln.*Ashley Pearson, age 10/s);
	});

	it('GIVEN a guest named by a first name alone THEN that names them, and a capital that is a common word does not', () => {
		const nurse = dossier.ask('Who was the nurse who carried patients down the stairs?');
		expect(nurse.answered).toBe(true);
		expect(nurse.excerpts[0]?.text).toMatch(/down six flights of stairs\. We owe you, Maribel\.$/);
		expect(evidenceIn('They called it Plan B, and it worked.', answerSought([], 'who'))).toBe(0);
		expect(evidenceIn("In June, I commuted Alice's sentence.", answerSought([], 'who'))).toBeGreaterThan(0);
	});
});

describe('ask "which" of a kind of person, on a folder of speeches', () => {
	it('GIVEN a kind WordNet has as a person THEN a name answers, as for "who", rather than a people', () => {
		const astronaut = dossier.ask('Which astronaut was about to spend a whole year in space?');
		expect(astronaut.questionType).toBe('who');
		expect(astronaut.excerpts[0]?.text).toMatch(/Scott Kelly/);
		expect(questionType('Which baseball slugger did he thank for the relief effort?')).toBe('who');
		// A people is no kind of person asked for, nor is a word past the kind ("hosted").
		expect(questionType('Which European countries does the op-ed accuse?')).toBe('which');
		expect(questionType('Which city hosted the summit?')).toBe('which');
	});
});

describe('ask "what day", on a folder of speeches', () => {
	it('GIVEN "today" in a document dated to the day THEN it answers, and not in one dated by its year or not at all', () => {
		expect(dossier.ask('On what day was the medal pinned on the sergeant?').answered).toBe(true);
		expect(dossier.ask('On what day were the stars pinned on the general?').answered).toBe(false);
	});
});

describe('ask "in which country", on a folder of speeches', () => {
	it('GIVEN a sentence placing the story somewhere that is no country THEN it does not answer "in which country"', () => {
		const raid = 'In which country did the Special Forces end the life of the terrorist leader?';
		expect(dossier.ask(raid).questionType).toBe('where');
		expect(dossier.ask(raid).answered).toBe(false);
		// "Where" is answered by it, in part: the Situation Room is a place.
		const room = 'The Chairman received a call in the Situation Room.';
		const where = analyzeQuery(dossier.index, 'Where did the Chairman receive the call?').concepts;
		expect(evidenceIn(room, answerSought(where, 'where'))).toBeGreaterThan(0);
	});
});

describe('ask where someone is from, on a folder of speeches', () => {
	it('GIVEN someone "of" a place THEN that place answers, but an office "of" one does not', () => {
		const from = dossier.ask('Where was Richard Anderson from?');
		expect(from.answered).toBe(true);
		expect(from.excerpts[0]?.text).toMatch(/^Richard Anderson of Reno, Nevada/);
		const sought = answerSought([], 'where');
		expect(evidenceIn('The Secretary of State spoke at length.', sought)).toBe(0);
	});
});

describe('ask about a person by full name, on a folder of speeches', () => {
	it('GIVEN a guest named in full once and by first name later THEN the later sentence is about them', () => {
		const kidnapped = dossier.ask('What year was Kayla Mueller kidnapped?');
		expect(kidnapped.answered).toBe(true);
		expect(kidnapped.excerpts[0]?.text).toMatch(/^In 2013, while caring for civilians in Syria, Kayla/);
	});
});

describe("ask for a person's name, on a folder of speeches", () => {
	it('GIVEN "what was the name of" a kind of person THEN a name answers, as for "who"', () => {
		const nurse = dossier.ask('What was the name of the nurse who carried patients down the stairs?');
		expect(nurse.questionType).toBe('who');
		expect(nurse.excerpts[0]?.text).toMatch(/We owe you, Maribel\.$/);
	});

	it('GIVEN a question for the name of someone the speech leaves unnamed THEN saying that they spoke is no answer', () => {
		const boss = dossier.ask('Who is the chief executive that told him he was bringing jobs back home?');
		expect(boss.answered).toBe(false);
		const told = 'A few weeks ago, the chief executive of a lock maker told me that it makes sense.';
		// "Who warned…" may be answered so: news mostly names the one who "told" beside the verb.
		expect(evidenceIn(told, answerSought([], 'who'))).toBe(1);
		expect(evidenceIn(told, answerSought([], 'who', true))).toBe(0);
	});
});

describe('ask "which", on a folder of speeches', () => {
	it('GIVEN a sentence whose one capital is the speaker\'s "I" THEN it names no company asked for', () => {
		const companies = dossier.ask(
			'Which companies did he ask to lead the effort to hire people off welfare?',
		);
		expect(companies.questionType).toBe('which');
		expect(companies.answered).toBe(false);
		expect(companies.leads[0]?.text).toMatch(/I asked five companies/);
	});
});

describe('ask "how old", on a folder of speeches', () => {
	it('GIVEN a story with a number of hours and an age THEN the age answers', () => {
		const age = dossier.ask('How old was the woman who waited in line to vote?');
		expect(age.excerpts[0]?.text).toMatch(/Desiline is 102 years old/);
		expect(age.questionType).toBe('age');
	});
});

describe('ask "how many", on a folder of speeches', () => {
	it('GIVEN a number the question writes in words and the speech in digits THEN it is the same number', () => {
		const jobs = dossier.ask('How many new jobs were created in the first two years?');
		expect(jobs.answered).toBe(true);
		expect(jobs.excerpts[0]?.text).toMatch(/created 7,100,000 new jobs/);
		expect(
			jobs.excerpts[0]?.highlights.map(({ start, end }) => jobs.excerpts[0]?.text.slice(start, end)),
		).toContain('2');
	});
});

describe('ask "how many people", on a folder of speeches', () => {
	it('GIVEN a count of a kind of person, in a sentence that says what is asked of them THEN it answers', () => {
		const elected = dossier.ask('How many people did the voters elect to the assembly?');
		expect(elected.answered).toBe(true);
		expect(elected.excerpts[0]?.text).toMatch(/275 men and women/);
		// "The 20 newborns in her care" are people, but the sentence says nothing of anyone dying.
		expect(dossier.ask('How many people died in the flood?').answered).toBe(false);
	});
});

describe('ask "how long", on a folder of speeches', () => {
	it('GIVEN a stretch of time by its end ("until…") or up to now ("over the past year") THEN it answers', () => {
		const school = dossier.ask('How long did he want students to stay in high school?');
		expect(school.questionType).toBe('how-long');
		expect(school.answered).toBe(true);
		expect(school.excerpts[0]?.text).toMatch(/until they graduate or turn 18/);
		const libraries = dossier.ask('How long has the city kept its libraries open?');
		expect(libraries.answered).toBe(true);
		expect(libraries.excerpts[0]?.text).toMatch(/over the past year/);
	});

	it('GIVEN hours, or a length ("how long was the march?") THEN those answer too', () => {
		const wait = dossier.ask('How long did the Florida woman wait in line to vote?');
		expect(wait.answered).toBe(true);
		expect(wait.excerpts[0]?.text).toMatch(/for 6 hours/);
		const march = dossier.ask("How long was the general's march through the interior?");
		expect(march.answered).toBe(true);
		expect(march.excerpts[0]?.text).toMatch(/300 miles/);
	});

	it('GIVEN "how much time" THEN it asks how long, and "time" is no thing counted', () => {
		const wait = dossier.ask('How much time did the Florida woman wait in line to vote?');
		expect(wait.questionType).toBe('how-long');
		expect(wait.answered).toBe(true);
		expect(wait.excerpts[0]?.text).toMatch(/for 6 hours/);
	});
});

describe('ask "how much", on a folder of speeches', () => {
	it('GIVEN a figure for something else beside the word asked about THEN it is no answer, and one pointing back to it is', () => {
		// The $4 billion is the deficit's, not what was exported, which the next sentence speaks of.
		expect(dossier.ask('How much did we export to Canada?').answered).toBe(false);
		const wheat = dossier.ask('By how much did farm exports of wheat grow?');
		expect(wheat.answered).toBe(true);
		expect(wheat.excerpts[0]?.text).toMatch(/wheat grew again\. They climbed to 12 million tons/);
		// It may say it in a word of the family: "a loan" for "lent".
		const loan = dossier.ask('How much was lent to the Treasury in Amsterdam?');
		expect(loan.answered).toBe(true);
		expect(loan.excerpts[0]?.text).toMatch(/a loan of 40,000,000 dollars/);
	});
});

describe('ask "what … cost", on a folder of speeches', () => {
	it('GIVEN "what would it cost" or "the cost of" THEN an amount is asked, and a sentence with none is no answer', () => {
		const border = dossier.ask('What did Trump say securing the borders would cost?');
		expect(border.questionType).toBe('quantity');
		expect(border.answered).toBe(false);
		expect(dossier.ask('What was the cost of the loan closed in Amsterdam?').questionType).toBe('quantity');
		// "the cost" named as a topic asks what was said of it.
		expect(questionType('What did Trump say about the cost of securing the borders?')).toBe('statement');
	});
});

describe('ask "what share", on a folder of speeches', () => {
	it('GIVEN a fraction in words ("two-thirds") THEN it is a share', () => {
		const share = dossier.ask('What share of citizens chose not to vote last year?');
		expect(share.questionType).toBe('share');
		expect(share.answered).toBe(true);
		expect(share.excerpts[0]?.text).toMatch(/two-thirds of the citizens/);
	});
});

describe('ask, on a speech pointed at by its kind', () => {
	it('GIVEN "in the State of the Union" THEN those words say where to look, and the speech answers', () => {
		const answer = dossier.ask(
			'In the State of the Union, what did Trump say the business tax rate was cut to?',
		);
		expect(answer.answered).toBe(true);
		expect(answer.excerpts[0]?.text).toMatch(/down to 21 percent/);
	});
});

describe('ask "what rate", on a folder of speeches', () => {
	it('GIVEN "what was the unemployment rate" THEN a percentage answers, and "unemployment is low" does not', () => {
		const unemployment = dossier.ask('What was the unemployment rate when Trump gave his 2018 speech?');
		expect(unemployment.questionType).toBe('rate');
		expect(unemployment.answered).toBe(false);
		const tax = dossier.ask('What business tax rate did Trump cut it to?');
		expect(tax.excerpts[0]?.text).toMatch(/down to 21 percent/);
		// "…in percent" asks for a percentage: "$9 an hour" is none.
		const inPercent = dossier.ask('What minimum wage, in percent, did Obama ask for in his 2013 speech?');
		expect(inPercent.questionType).toBe('share');
		expect(inPercent.answered).toBe(false);
	});

	it('GIVEN "what interest rate" THEN a sum that is no rate does not answer, and so much an hour does', () => {
		const interest = dossier.ask('What interest rate does the Amsterdam loan carry?');
		expect(interest.questionType).toBe('rate');
		expect(interest.answered).toBe(false);
		const hourly = dossier.ask(
			'What hourly rate did Obama want the minimum wage raised to in his 2013 speech?',
		);
		expect(hourly.answered).toBe(true);
		expect(hourly.excerpts[0]?.text).toMatch(/\$9 an hour/);
	});
});

describe('ask, on speeches with no manifest', () => {
	it('GIVEN a speaker named only in the file names THEN a question naming them is answered from their speech', async () => {
		const corpus = await tempCorpus({
			files: {
				'2013_barack_obama.txt': SPEECHES['2013_obama.txt'],
				'2018_donald_trump.txt': SPEECHES['2018_trump.txt'],
			},
		});
		try {
			const unlisted = await corpus.open();
			const answer = unlisted.ask('What did Obama want the minimum wage raised to?');
			expect(answer.answered).toBe(true);
			expect(fileOf(answer.excerpts[0]?.source.id)).toBe('2013_barack_obama.txt');
			expect(answer.excerpts[0]?.text).toMatch(/\$9 an hour/);
			// Someone no file or text names is still no answer.
			expect(unlisted.ask('What did Lincoln want the minimum wage raised to?').answered).toBe(false);
		} finally {
			await corpus.cleanup();
		}
	});
});
