import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from './support/runCli.ts';
import { tempCorpus } from './support/tempCorpus.ts';

let env: Record<string, string>;
let cleanup: () => Promise<void>;

beforeAll(async () => {
	const corpus = await tempCorpus({ seed: true });
	cleanup = corpus.cleanup;
	env = { DATA_DIR: corpus.dataDir, INDEX_DIR: corpus.indexDir };
});
afterAll(() => cleanup());

const cli = (...args: string[]) => runScript('src/cli/main.ts', args, { env });

describe('command line', () => {
	it('GIVEN several questions with --json THEN stdout holds one JSON answer per line, in order, and nothing else', async () => {
		const { code, stdout } = await cli(
			'ask',
			'--json',
			'What did the West impose on Minsk?',
			'What is the capital of Australia?',
		);
		expect(code).toBe(0);
		const lines = stdout
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line));
		expect(lines.map((l) => [l.question, l.answered])).toEqual([
			['What did the West impose on Minsk?', true],
			['What is the capital of Australia?', false],
		]);
		const source = lines[0].excerpts[0].source;
		expect(source).toMatchObject({ id: '000_ad776cbc1b6960fa.txt', title: expect.any(String) });
		expect(typeof lines[0].excerpts[0].text).toBe('string');
	});

	it('GIVEN timeline --json with a topic and range THEN facts come sorted with ISO dates, sources and corroboration', async () => {
		const { code, stdout } = await cli(
			'timeline',
			'--json',
			'--query',
			'SCO',
			'--from',
			'2015',
			'--to',
			'2024-12-31',
		);
		expect(code).toBe(0);
		const { facts } = JSON.parse(stdout);
		expect(facts.length).toBeGreaterThan(1);
		const dates = facts.map((f: { date: string }) => f.date);
		expect(dates).toEqual([...dates].sort());
		for (const fact of facts) {
			expect(fact.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
			expect(fact.date >= '2015' && fact.date <= '2024-12-31').toBe(true);
			expect(fact.sources[0]).toMatchObject({
				id: expect.any(String),
				path: expect.any(String),
				title: expect.any(String),
			});
			expect(fact.corroboration).toBeGreaterThanOrEqual(1);
			expect(Array.isArray(fact.disagreements)).toBe(true);
		}
	});

	it('GIVEN index --json THEN the report lists counts and what changed', async () => {
		const { code, stdout } = await cli('index', '--json');
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({
			documents: 5,
			skipped: [],
			changes: { added: [], changed: [], removed: [] },
		});
	});

	it('GIVEN sources and search with --json THEN each prints parseable JSON', async () => {
		const sources = JSON.parse((await cli('sources', '--json')).stdout).sources;
		expect(sources).toHaveLength(5);
		const search = JSON.parse((await cli('search', '--json', 'Great', 'Stone')).stdout);
		expect(search.results[0].text).toMatch(/Great Stone/);
	});

	it('GIVEN a document added since the last index THEN `index` names it as added', async () => {
		await writeFile(
			join(env.DATA_DIR ?? '', 'added-note.md'),
			'---\ntitle: Added note\n---\nBelarus exported potash to China in 2024.',
		);
		const { code, stdout } = await cli('index', '--json');
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({
			documents: 6,
			changes: { added: ['added-note.md'], changed: [], removed: [] },
		});
		await rm(join(env.DATA_DIR ?? '', 'added-note.md'));
	});

	it('GIVEN an unknown command or a bad date THEN it exits 2 with a message on stderr and no stdout', async () => {
		const unknown = await cli('frobnicate');
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
		const badDate = await cli('timeline', '--from', 'the day after never');
		expect(badDate.code).toBe(2);
		expect(badDate.stdout).toBe('');
	});
});

describe('local console (npm start without a token)', () => {
	it('GIVEN commands piped in THEN it answers each in order with cited replies and exits at end of input', async () => {
		const input = [
			'/ask What did the West impose on Minsk?',
			'/timeline topic:SCO',
			'/sources',
			'/source Belarus–China relations',
			'/nonsense',
			'/timeline query:SCO',
			'/timeline',
			'/timeline from:2020 to:2001',
			'/timeline topic:SCO summit zanzibar',
			'/ask What currency is used in Belarus?',
			"/ask What is Belarus' defence doctrine in a nutshell?",
			'/ask When did Belarus become a member of the SCO?',
			'and when did it become an observer?',
			'quit',
			'/after-quit',
		].join('\n');
		const { code, stdout } = await runScript('src/main.ts', [], {
			env: { ...env, DISCORD_TOKEN: '' },
			input,
		});
		expect(code).toBe(0);
		const ask = stdout.indexOf('> /ask');
		const timeline = stdout.indexOf('> /timeline');
		expect(ask).toBeGreaterThanOrEqual(0);
		expect(timeline).toBeGreaterThan(ask);
		expect(stdout).toMatch(/\*\*imposed\*\*/);
		expect(stdout).toMatch(
			/The documents do not answer that\. Not in any document: “doctrine”, “nutshell”\./,
		);
		// Told before the excerpts that they cannot be about the currency.
		expect(stdout).toMatch(
			/> \/ask What currency is used in Belarus\?\nNot in any document: “currency” \(read as “current”\)\.\n\n {2}“/,
		);
		expect(stdout).toMatch(
			/\[1\] Why Does Belarus Eye China’s Support\? · Geopolitics & Empire · 2023-03-01/,
		);
		expect(stdout).toMatch(/2015-07\n +In July 2015, Belarus became an observer/);
		// The timeline cites its sources as footnotes, as the answers do.
		expect(stdout).toMatch(/In July 2015, Belarus became an observer.*\n.*\n {4}\(1 source \[\d\]\)\n/);
		expect(stdout).toMatch(/^\[\d\] Belarus–China relations — \S*001_df13a2f1528550f3\.txt$/m);
		// Under a disputed fact, what the other source says.
		expect(stdout).toMatch(
			/\n {4}⚠ \[\d\] says 2024-07: “In July 2024, Belarus became a full member in the SCO\.”\n/,
		);
		// Each side of a disagreement is cited by the footnote of the excerpt that states it.
		const disagreement = /⚠ Sources disagree: (2023|2024-07) \[(\d)\] vs (2023|2024-07) \[(\d)\]\./.exec(
			stdout,
		);
		const cited = new Map([
			[disagreement?.[1], disagreement?.[2]],
			[disagreement?.[3], disagreement?.[4]],
		]);
		const footnotes = stdout.replace(/\s+/g, ' ');
		expect(footnotes).toMatch(
			new RegExp(`\\[${cited.get('2023')}\\] [^[]*IBRA Digital — \\S*003_b293d0d3c255c380\\.txt`),
		);
		expect(footnotes).toMatch(
			new RegExp(`\\[${cited.get('2024-07')}\\] Belarus–China relations — \\S*001_df13a2f1528550f3\\.txt`),
		);
		expect(stdout).toMatch(/Unknown command \/nonsense/);
		// A line without "/" follows up the last /ask; "quit" ends the session, "/" or not.
		expect(stdout).toMatch(
			/> and when did it become an observer\?\n {2}“In July 2015, \*\*Belarus became\*\* an/,
		);
		expect(stdout).not.toMatch(/after-quit/);
		// Another command's option is named, not silently ignored (which would list the whole timeline).
		expect(stdout).toMatch(/\/timeline has no option query:; it takes topic:, from:, to:\./);
		// The whole timeline is more than a screenful: the console shows the first facts and how to narrow.
		expect(stdout).toMatch(/Timeline · \d+ facts\n/);
		expect(stdout).toMatch(/… and \d+ more\. Narrow with topic:, from: or to:/);
		// The heading says what was shown: a topic, and a range given the wrong way round read the right way.
		expect(stdout).toMatch(/> \/timeline topic:SCO\nTimeline about “SCO” · \d+ facts\n/);
		expect(stdout).toMatch(/> \/timeline from:2020 to:2001\nTimeline from 2001 to 2020 · \d+ facts\n/);
		// A topic no fact mentions whole: the nearest facts, and what none of them mentions.
		expect(stdout).toMatch(
			/> \/timeline topic:SCO summit zanzibar\nTimeline about “SCO summit” \(no dated fact also mentions “zanzibar”\) · \d+ facts\n/,
		);
	});
});
