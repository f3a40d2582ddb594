import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type APIMessage, MessageFlags, PermissionFlagsBits } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../src/core/load/readCorpus.ts';
import type { UnansweredRecord } from '../../src/discord/context.ts';
import { JsonLinesLog } from '../../src/storage/jsonLinesLog.ts';
import { expectNoViolations } from '../support/discord/index.ts';
import { startTestBot, type TestBot } from '../support/startTestBot.ts';

const MODERATOR_COMMANDS = ['reindex', 'upload', 'unanswered'];
/** A rebuild takes seconds on a busy machine; replies that wait for one get longer than the default 5 s. */
const REBUILD = { timeout: 20_000 };

let bot: TestBot;
beforeAll(async () => {
	bot = await startTestBot();
});
afterAll(() => bot?.stop());
afterEach(() => {
	vi.restoreAllMocks();
});

const isPrivate = (message: APIMessage) => ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
const field = (message: APIMessage, name: string) =>
	message.embeds[0]?.fields?.find((f) => f.name.startsWith(name))?.value ?? '';
const dataFiles = () => readdir(bot.dataDir).then((names) => names.sort());

function reindexAs(user = bot.discord.users.moderator) {
	return bot.discord.sendSlashCommand({ name: 'reindex', user });
}

function upload(filename: string, data: Buffer | string, tweak: { size?: number } = {}) {
	const attachment = bot.discord.createAttachment({ filename, data, contentType: 'text/plain' });
	return bot.discord.sendSlashCommand({
		name: 'upload',
		options: { file: { ...attachment, ...tweak } },
		user: bot.discord.users.moderator,
	});
}

describe('moderator commands', () => {
	it('GIVEN the registered commands THEN the moderator ones need Manage Server by default and only work in servers', () => {
		for (const name of MODERATOR_COMMANDS) {
			const command = bot.discord.commands.guild.find((c) => c.name === name);
			expect(command?.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
		}
		const everyone = bot.discord.commands.guild.filter((c) => !MODERATOR_COMMANDS.includes(c.name));
		for (const command of everyone) expect(command.default_member_permissions).toBeNull();
	});

	it('GIVEN a server that opened /reindex, /upload and /unanswered to everyone THEN a plain member is still refused and nothing runs', async () => {
		for (const name of MODERATOR_COMMANDS)
			bot.discord.overrideCommandPermissions(name, [bot.discord.guildId]);
		const reindex = vi.spyOn(bot.dossier, 'reindex');
		const files = await dataFiles();

		const refusals = await Promise.all([
			reindexAs(bot.discord.users.alice).reply(),
			bot.discord
				.sendSlashCommand({
					name: 'upload',
					options: {
						file: bot.discord.createAttachment({
							filename: 'sneaky.txt',
							data: 'Nothing to see here at all.',
						}),
					},
				})
				.reply(),
			bot.discord.sendSlashCommand({ name: 'unanswered' }).reply(),
		]);

		for (const refusal of refusals) {
			expect(isPrivate(refusal)).toBe(true);
			expect(refusal.content).toBe('Only moderators can use this command.');
		}
		expect(reindex).not.toHaveBeenCalled();
		expect(await dataFiles()).toEqual(files);
	});

	it('GIVEN a member with Manage Server but no moderator role THEN moderator commands are open to them', async () => {
		const manager = bot.discord.addMember('manny');
		const reply = await bot.discord
			.sendSlashCommand({
				name: 'unanswered',
				user: manager,
				permissions:
					PermissionFlagsBits.ViewChannel |
					PermissionFlagsBits.UseApplicationCommands |
					PermissionFlagsBits.ManageGuild,
			})
			.reply();

		expect(reply.content).not.toContain('Only moderators');
		expect(isPrivate(reply)).toBe(true);
	});
});

describe('/reindex', () => {
	it('GIVEN a member with a MODERATOR_ROLE_IDS role but no Manage Server THEN it defers privately and reports the new index', async () => {
		bot.discord.overrideCommandPermissions('reindex', [bot.discord.roles.moderator.id]);
		const exchange = reindexAs(bot.discord.users.moderator);
		const first = await exchange.next();
		const reply = await exchange.reply(REBUILD);
		const { data } = bot.dossier.index;

		expect(BigInt(exchange.payload.member?.permissions ?? 0) & PermissionFlagsBits.ManageGuild).toBe(0n);
		expect(first.callbackType).toBe(5);
		expect(isPrivate(reply)).toBe(true);
		expect(reply.embeds[0]?.title).toBe('Index rebuilt');
		expect(reply.embeds[0]?.description).toContain(
			`${data.documents.length} documents · ${data.passages.length} passages · ${data.facts.length} dated facts`,
		);
		expect(reply.embeds[0]?.description).toContain('No documents were added, changed or removed.');
		expect(reply.embeds[0]?.footer?.text).toContain(data.builtAt);
	});

	it('GIVEN documents added, changed, removed and an unusable file THEN the report lists each, with the reason for the skip', async () => {
		const [first, second] = await dataFiles();
		await writeFile(
			join(bot.dataDir, 'minsk-visit.txt'),
			'In May 2024 a delegation from Minsk visited Chengdu to sign a trade agreement.\n',
		);
		await writeFile(join(bot.dataDir, 'scan.pdf'), '%PDF-1.4 not really');
		await writeFile(
			join(bot.dataDir, `${second}`),
			'Rewritten: the article now only says that Belarus and China signed a treaty in 2023.\n',
		);
		await rm(join(bot.dataDir, `${first}`));

		const reply = await reindexAs().reply(REBUILD);

		expect(field(reply, 'Added (1)')).toContain('minsk-visit.txt');
		expect(field(reply, 'Changed (1)')).toContain(String(second).replace(/_/g, '\\_'));
		expect(field(reply, 'Removed (1)')).toContain(String(first).replace(/_/g, '\\_'));
		expect(field(reply, 'Skipped files (1)')).toMatch(/scan\.pdf: unsupported file type/);
		expect(bot.dossier.sources().map((d) => d.meta.id)).toContain('minsk-visit.txt');
		await rm(join(bot.dataDir, 'scan.pdf'));
	});

	it('GIVEN a reindex already running THEN a second /reindex is told so and does not start another', async () => {
		const running = bot.dossier.reindex();
		const reply = await reindexAs().reply(REBUILD);
		const report = await running;

		expect(bot.dossier.index.data.builtAt).toBe(report.builtAt);
		expect(isPrivate(reply)).toBe(true);
		expect(reply.content).toMatch(/already running/);
		expect(reply.embeds).toEqual([]);
	});

	it('GIVEN the documents folder cannot be read THEN the moderator sees why and the old index keeps serving', async () => {
		const before = bot.dossier.index;
		await rename(bot.dataDir, `${bot.dataDir}-away`);
		try {
			const reply = await reindexAs().reply(REBUILD);

			expect(isPrivate(reply)).toBe(true);
			expect(reply.content).toMatch(/The reindex failed: .*cannot read the corpus folder/);
			expect(reply.content).toContain('The previous index is still serving.');
			expect(bot.dossier.index).toBe(before);
			const about = await bot.discord.sendSlashCommand({ name: 'about' }).reply();
			expect(JSON.stringify(about.embeds)).toContain(`${before.data.documents.length} documents`);
		} finally {
			await rename(`${bot.dataDir}-away`, bot.dataDir);
		}
	});
});

describe('/upload', () => {
	it('GIVEN a moderator uploads a Markdown document THEN it is saved in DATA_DIR, indexed, and the report says so', async () => {
		const text =
			'# Potash by rail\n\nIn April 2024 the first potash train from Soligorsk reached Xi’an after eighteen days.\n';
		const exchange = upload('potash-by-rail.md', text);
		const reply = await exchange.reply(REBUILD);

		expect((await exchange.next()).callbackType).toBe(5);
		expect(isPrivate(reply)).toBe(true);
		expect(reply.content).toBe('Added `potash-by-rail.md` in the documents folder.');
		expect(field(reply, 'Added (1)')).toContain('potash-by-rail.md');
		expect(await readFile(join(bot.dataDir, 'potash-by-rail.md'), 'utf8')).toBe(text);
		expect(bot.dossier.findSource('potash-by-rail.md')?.meta.title).toBe('Potash by rail');
	});

	it('GIVEN a name that climbs out of the folder THEN the file is saved under its plain name inside DATA_DIR', async () => {
		const outside = resolve(bot.dataDir, '../../etc/passwd.txt');
		const reply = await upload(
			'../../etc/passwd.txt',
			'A note on the 2015 visit of Xi Jinping to Minsk and the Great Stone park.\n',
		).reply(REBUILD);

		expect(reply.content).toBe('Added `passwd.txt` in the documents folder.');
		expect(existsSync(join(bot.dataDir, 'passwd.txt'))).toBe(true);
		expect(existsSync(outside)).toBe(false);
	});

	it('GIVEN a reindex already running THEN the upload is saved and the moderator is told to reindex once it finishes', async () => {
		const running = bot.dossier.reindex();
		const reply = await upload(
			'late-arrival.txt',
			'In June 2024 a Belarusian delegation visited Harbin.\n',
		).reply(REBUILD);
		await running;

		expect(reply.content).toMatch(
			/^Added `late-arrival\.txt` in the documents folder\.\nA reindex is already running\./,
		);
		expect(existsSync(join(bot.dataDir, 'late-arrival.txt'))).toBe(true);
	});

	it.each([
		[
			'a PDF',
			'report.pdf',
			Buffer.from('%PDF-1.4 fake'),
			/Only \.txt, \.md, .*documents can be added; "report\.pdf" is not one/,
		],
		['a binary file named .txt', 'blob.txt', Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]), /binary file/],
		['an empty file', 'empty.md', Buffer.alloc(0), /empty file/],
		[
			'text that is not UTF-8',
			'latin1.txt',
			Buffer.from([0x4d, 0x69, 0x6e, 0x73, 0x6b, 0xe9, 0xe9]),
			/not valid UTF-8/,
		],
	])(
		'GIVEN %s THEN it is refused with the reason and the folder is unchanged',
		async (_what, filename, data, reason) => {
			const files = await dataFiles();
			const reindex = vi.spyOn(bot.dossier, 'reindex');

			const reply = await upload(filename, data).reply(REBUILD);

			expect(isPrivate(reply)).toBe(true);
			expect(reply.content).toMatch(/^Not added: /);
			expect(reply.content).toMatch(reason);
			expect(reply.content).toContain('Nothing was changed.');
			expect(await dataFiles()).toEqual(files);
			expect(reindex).not.toHaveBeenCalled();
		},
	);

	it('GIVEN a file larger than a document may be THEN it is refused without downloading it', async () => {
		const files = await dataFiles();
		const fetches = vi.spyOn(globalThis, 'fetch');

		const exchange = upload('huge.txt', Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 'a'));
		const reply = await exchange.reply(REBUILD);

		expect(reply.content).toMatch(/^Not added: “huge\.txt” is 8\.0 MB; a document can be at most 8\.0 MB\./);
		expect(exchange.responses[0]?.callbackType).toBe(4);
		expect(fetches.mock.calls.some(([url]) => String(url).includes('/attachments/'))).toBe(false);
		expect(await dataFiles()).toEqual(files);
	});

	it('GIVEN a file whose stated size understates it THEN the download is cut off at the limit and nothing is saved', async () => {
		const files = await dataFiles();

		const reply = await upload('liar.txt', Buffer.alloc(MAX_DOCUMENT_BYTES + 64 * 1024, 'a'), {
			size: 1000,
		}).reply(REBUILD);

		expect(reply.content).toMatch(/^Not added: the file is larger than 8\.0 MB/);
		expect(await dataFiles()).toEqual(files);
	});
});

describe('/unanswered', () => {
	const log = () => new JsonLinesLog<UnansweredRecord>(join(bot.config.STATE_DIR, 'unanswered.jsonl'));

	it('GIVEN no question went unanswered THEN it says so privately', async () => {
		const reply = await bot.discord
			.sendSlashCommand({ name: 'unanswered', user: bot.discord.users.owner })
			.reply();

		expect(isPrivate(reply)).toBe(true);
		expect(reply.content).toBe('No unanswered questions have been recorded.');
	});

	it('GIVEN recorded questions, one hostile THEN moderators see them newest first, defused', async () => {
		const alice = bot.discord.users.alice.id;
		await log().append({
			at: '2026-01-01T10:00:00.000Z',
			userId: alice,
			question: 'Who built the Great Stone park?',
			channelId: null,
		});
		await log().append({
			at: '2026-01-02T10:00:00.000Z',
			userId: alice,
			question: '@everyone what did <@&123456789012345678> say about **Minsk**?',
			channelId: bot.discord.channelId,
		});

		const reply = await bot.discord
			.sendSlashCommand({ name: 'unanswered', user: bot.discord.users.owner })
			.reply();
		const description = reply.embeds[0]?.description ?? '';

		expect(isPrivate(reply)).toBe(true);
		expect(description.indexOf('what did')).toBeLessThan(description.indexOf('Great Stone'));
		expect(description).toContain(`<@${alice}>`);
		expect(description).not.toMatch(/@everyone|<@&123456789012345678>|\*\*Minsk\*\*/);
		expect(reply.mention_everyone).toBe(false);
		expect(reply.mentions).toEqual([]);
	});

	it('GIVEN hundreds of long questions THEN the reply fits and counts the ones left out', async () => {
		for (let i = 0; i < 120; i++) {
			await log().append({
				at: new Date().toISOString(),
				userId: bot.discord.users.alice.id,
				question: `Question ${i}: ${'why '.repeat(80)}`,
				channelId: null,
			});
		}

		const reply = await bot.discord
			.sendSlashCommand({ name: 'unanswered', options: { count: 100 }, user: bot.discord.users.owner })
			.reply();

		expect(reply.embeds[0]?.description?.length).toBeLessThanOrEqual(4096);
		expect(reply.embeds[0]?.description).toMatch(/…and \d+ older questions$/);
		expect(reply.embeds[0]?.description).toContain('Question 119:');
	});

	it('sends nothing Discord would refuse', () => {
		expectNoViolations(bot.discord);
	});
});
