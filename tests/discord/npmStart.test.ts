import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoViolations, type FakeDiscord, startFakeDiscord } from '../support/discord/index.ts';
import { REPO_ROOT } from '../support/runCli.ts';
import { tempCorpus } from '../support/tempCorpus.ts';

/*
 * `npm start` as a server owner runs it: the real entry point in its own process, configured only through
 * the environment, registering nothing, answering a command, and stopping cleanly on SIGTERM.
 */

let discord: FakeDiscord;
let corpus: Awaited<ReturnType<typeof tempCorpus>>;
let bot: ChildProcess;
let stderr = '';

beforeAll(async () => {
	discord = await startFakeDiscord();
	corpus = await tempCorpus({ seed: true });
	bot = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/main.ts')], {
		cwd: REPO_ROOT,
		env: {
			...process.env,
			DISCORD_TOKEN: discord.token,
			DISCORD_CLIENT_ID: discord.applicationId,
			DISCORD_API_URL: discord.apiUrl,
			DATA_DIR: corpus.dataDir,
			INDEX_DIR: corpus.indexDir,
			STATE_DIR: `${corpus.indexDir}-state`,
			LOG_LEVEL: 'info',
		},
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	bot.stderr?.on('data', (chunk) => {
		stderr += chunk;
	});
	const deadline = Date.now() + 45_000;
	while (!stderr.includes('bot ready')) {
		if (Date.now() > deadline || bot.exitCode !== null) throw new Error(`the bot did not start:\n${stderr}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}, 60_000);

afterAll(async () => {
	if (bot.exitCode === null) bot.kill('SIGKILL');
	await discord.close();
	await corpus.cleanup();
});

it('GIVEN a token in the environment THEN npm start runs the bot, which answers commands and logs without the token', async () => {
	const reply = await discord
		.sendSlashCommand({ name: 'ask', options: { question: 'What did the West impose on Minsk?' } })
		.reply({ timeout: 15_000 });
	expect(reply.embeds[0]?.description ?? '').toMatch(/sanctions on \*\*Minsk\*\*/);
	expectNoViolations(discord);
	// The log line is written once the reply is out: give the pipe a moment.
	const logged = () =>
		stderr
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as Record<string, unknown>)
			.some(
				(line) =>
					line.msg === 'interaction handled' && line.command === 'ask' && typeof line.durationMs === 'number',
			);
	for (let tries = 0; tries < 50 && !logged(); tries++)
		await new Promise((resolve) => setTimeout(resolve, 100));
	expect(logged()).toBe(true);
	expect(stderr).not.toContain(discord.token);
});

it('GIVEN SIGTERM THEN the bot disconnects and the process exits cleanly', async () => {
	const exited = new Promise<number | null>((resolve) => bot.once('exit', (code) => resolve(code)));
	bot.kill('SIGTERM');
	expect(await exited).toBe(0);
	expect(stderr).toMatch(/shutting down/);
});
