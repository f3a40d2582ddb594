import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import { CONSOLE_COMMANDS, runConsoleCommand } from '../src/console/consoleCommands.ts';
import { parseCommandLine } from '../src/console/parseCommandLine.ts';
import { Conversations } from '../src/conversations.ts';
import type { Dossier } from '../src/core/dossier.ts';
import { isSlashCommand } from '../src/discord/types.ts';
import { tempCorpus } from './support/tempCorpus.ts';

/** Options only Discord can honour (a private reply, a thread), and the console's own paging. */
const DISCORD_ONLY = new Set(['private', 'thread']);
const CONSOLE_ONLY = new Set(['page']);

describe('console commands', () => {
	let dossier: Dossier;
	let cleanup: () => Promise<void>;
	beforeAll(async () => {
		const corpus = await tempCorpus({ seed: true });
		cleanup = corpus.cleanup;
		dossier = await corpus.open();
	});
	afterAll(() => cleanup());

	it("GIVEN the bot's slash commands THEN the console speaks the same ones with the same options", () => {
		for (const [name, options] of Object.entries(CONSOLE_COMMANDS)) {
			if (name === 'help') continue;
			const slash = commands.filter(isSlashCommand).find((command) => command.data.name === name);
			expect(slash, `/${name}`).toBeDefined();
			const slashOptions = (slash?.data.options ?? []).map((option) => option.name);
			expect(options.filter((option) => !CONSOLE_ONLY.has(option)).sort()).toEqual(
				slashOptions.filter((option) => !DISCORD_ONLY.has(option)).sort(),
			);
			// Bare text fills the same first field Discord shows.
			expect(options[0]).toBe(slashOptions[0]);
		}
	});

	it('GIVEN bare text, options and colons in a question THEN each lands where Discord would put it', () => {
		expect(parseCommandLine('/timeline SCO from:2015 to:2024', CONSOLE_COMMANDS)).toEqual({
			name: 'timeline',
			options: { topic: 'SCO', from: '2015', to: '2024' },
			misplaced: [],
		});
		expect(parseCommandLine('/ask what happened: the talks?', CONSOLE_COMMANDS)?.options).toEqual({
			question: 'what happened: the talks?',
		});
		expect(parseCommandLine('/timeline query:SCO', CONSOLE_COMMANDS)?.misplaced).toEqual(['query']);
	});

	it('GIVEN a page that is no page number, or nothing to search for THEN /search says how to ask', async () => {
		const usage = /^Usage: \/search <terms> \[page:N\]/;
		// The terms typed after page: would be read as the page.
		expect(await runConsoleCommand(dossier, '/search page:2 sanctions')).toMatch(usage);
		expect(await runConsoleCommand(dossier, '/search sanctions page:two')).toMatch(usage);
		expect(await runConsoleCommand(dossier, '/search sanctions page:2')).toMatch(/^Page 2\/\d+/m);
		// Only common words: what to search for instead, not "no passages match".
		expect(await runConsoleCommand(dossier, '/search the of')).toMatch(
			/are not searched; try a name or a topic, e\.g\. \/search sanctions/,
		);
		expect(await runConsoleCommand(dossier, '/search zzyzx')).toMatch(/^No passages match “zzyzx”/);
	});

	it('GIVEN a command’s name typed alone without its "/" THEN it is that command, not a question', async () => {
		expect(await runConsoleCommand(dossier, 'help')).toMatch(/^Commands \(the same as the Discord bot's\)/);
		expect(await runConsoleCommand(dossier, ' Sources ')).toMatch(/Belarus–China relations/);
		// Not every word is a command: "constructor" is asked, as any other.
		expect(await runConsoleCommand(dossier, 'constructor')).not.toMatch(/Unknown command/);
	});

	it('GIVEN a line without "/" THEN it is asked as a follow-up to the last /ask, as in an answer thread', async () => {
		const conversation = new Conversations(1);
		await runConsoleCommand(dossier, '/ask How long has Lukashenko ruled?', conversation);
		expect(await runConsoleCommand(dossier, 'when was he elected?', conversation)).toMatch(
			/Lukashenko was elected President of Belarus on July 20, 1994/,
		);
		// A new /ask starts another conversation: "there" is now the park (asked alone, nothing is counted).
		await runConsoleCommand(dossier, '/ask What is the Great Stone park?', conversation);
		expect(await runConsoleCommand(dossier, 'how many companies are there?', conversation)).toMatch(
			/107 residents/,
		);
		expect(await runConsoleCommand(dossier, 'how many companies are there?')).toMatch(/^Nearest leads/m);
	});
});
