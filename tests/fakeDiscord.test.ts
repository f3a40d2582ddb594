import { once } from 'node:events';
import zlib from 'node:zlib';
import {
	ActionRowBuilder,
	ApplicationCommandType,
	AttachmentBuilder,
	ButtonBuilder,
	ButtonStyle,
	ChannelType,
	Client,
	ContextMenuCommandBuilder,
	DiscordAPIError,
	EmbedBuilder,
	Events,
	GatewayIntentBits,
	type Interaction,
	type Message,
	MessageFlags,
	PermissionFlagsBits,
	Routes,
	SlashCommandBuilder,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
	expectNoViolations,
	type FakeDiscord,
	type FakeDiscordOptions,
	startFakeDiscord,
} from './support/discord/index.ts';

/** The commands of the small bot these tests drive through the real discord.js client. */
const COMMANDS = [
	new SlashCommandBuilder().setName('ping').setDescription('Replies with pong'),
	new SlashCommandBuilder()
		.setName('ask')
		.setDescription('Ask the documents a question')
		.addStringOption((o) =>
			o.setName('question').setDescription('What to ask').setRequired(true).setAutocomplete(true),
		)
		.addAttachmentOption((o) => o.setName('file').setDescription('A document to read first')),
	new SlashCommandBuilder()
		.setName('purge')
		.setDescription('Moderators only')
		.setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages),
	new SlashCommandBuilder().setName('slow').setDescription('Answers too late'),
	new SlashCommandBuilder().setName('steps').setDescription('Thinks, then answers in two follow-ups'),
	new SlashCommandBuilder()
		.setName('timeline')
		.setDescription('Dated events')
		.addSubcommand((sub) =>
			sub
				.setName('show')
				.setDescription('Events of one year')
				.addIntegerOption((o) =>
					o.setName('year').setDescription('Which year').setRequired(true).setMinValue(1991),
				),
		),
	new ContextMenuCommandBuilder().setName('Count words').setType(ApplicationCommandType.Message),
].map((builder) => builder.toJSON());

const PLACES = ['Minsk', 'Beijing', 'Brest', 'Belt and Road'];
const noPings = { parse: [] };

async function onInteraction(interaction: Interaction): Promise<void> {
	if (interaction.isAutocomplete()) {
		const typed = interaction.options.getFocused().toLowerCase();
		// 'many' answers with one choice too many, so a test can watch Discord refuse it.
		const names = typed === 'many' ? Array.from({ length: 26 }, (_, i) => `Place ${i}`) : PLACES;
		await interaction.respond(
			names
				.filter((n) => typed === 'many' || n.toLowerCase().startsWith(typed))
				.map((n) => ({ name: n, value: n })),
		);
		return;
	}
	if (interaction.isButton() && interaction.customId === 'more') {
		await interaction.update({ content: 'More detail', embeds: [], components: [] });
		return;
	}
	if (interaction.isMessageContextMenuCommand()) {
		const words = interaction.targetMessage.content.split(/\s+/).filter(Boolean).length;
		await interaction.reply({ content: `${words} words`, flags: MessageFlags.Ephemeral });
		return;
	}
	if (!interaction.isChatInputCommand()) return;
	switch (interaction.commandName) {
		case 'ping':
			await interaction.reply({ content: 'pong', allowedMentions: noPings });
			return;
		case 'slow':
			await new Promise((resolve) => setTimeout(resolve, 700));
			await interaction.reply({ content: 'finally', allowedMentions: noPings });
			return;
		case 'purge': {
			const response = await interaction.reply({
				content: 'purged',
				allowedMentions: noPings,
				withResponse: true,
			});
			await interaction.followUp({
				content: `replied with ${response.resource?.message?.id}`,
				allowedMentions: noPings,
			});
			return;
		}
		case 'timeline': {
			const year = interaction.options.getInteger('year', true);
			await interaction.reply({
				content: `${interaction.options.getSubcommand()} ${year}`,
				allowedMentions: noPings,
			});
			return;
		}
		case 'steps':
			await interaction.deferReply({ flags: MessageFlags.Ephemeral });
			await interaction.followUp({ content: 'step 1', allowedMentions: noPings });
			await interaction.followUp({ content: 'step 2', allowedMentions: noPings });
			return;
		case 'ask': {
			await interaction.deferReply();
			const question = interaction.options.getString('question', true);
			const file = interaction.options.getAttachment('file');
			const text = file ? await (await fetch(file.url)).text() : '';
			const embed = new EmbedBuilder().setTitle('Answer').setDescription(`You asked: ${question}`);
			if (file) embed.addFields({ name: 'Read', value: `${file.name}: ${text.length} characters` });
			const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
				new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Primary),
			);
			const files = file
				? [new AttachmentBuilder(Buffer.from(text.toUpperCase()), { name: 'shouted.txt' })]
				: [];
			await interaction.editReply({ embeds: [embed], components: [row], files, allowedMentions: noPings });
		}
	}
}

async function onMessage(message: Message, botId: string): Promise<void> {
	if (message.author.bot) return;
	if (message.content === '!thread') {
		const thread = await message.startThread({ name: 'Discussion' });
		await thread.send({ content: 'Thread started', allowedMentions: noPings });
		return;
	}
	if (message.mentions.users.has(botId)) {
		await message.reply({
			content: `I read: ${message.content.length} characters`,
			allowedMentions: { repliedUser: false },
		});
	}
}

/** Starts a fake Discord and logs a real discord.js client running the test bot into it. */
async function startBot(
	options: FakeDiscordOptions = {},
): Promise<{ discord: FakeDiscord; client: Client; errors: unknown[] }> {
	const discord = await startFakeDiscord(options);
	const client = new Client({
		intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
		rest: { api: discord.apiUrl },
	});
	const errors: unknown[] = [];
	client.on(
		Events.InteractionCreate,
		(interaction) => void onInteraction(interaction).catch((error) => errors.push(error)),
	);
	client.on(
		Events.MessageCreate,
		(message) => void onMessage(message, discord.botUser.id).catch((error) => errors.push(error)),
	);
	const ready = once(client, Events.ClientReady);
	await client.login(discord.token);
	await ready;
	await client.application?.commands.set(COMMANDS, discord.guildId);
	return { discord, client, errors };
}

describe('the fake Discord, driven by the real discord.js client', () => {
	let discord: FakeDiscord;
	let client: Client;
	let errors: unknown[];

	beforeAll(async () => {
		({ discord, client, errors } = await startBot());
	});

	afterAll(async () => {
		await client?.destroy();
		await discord?.close();
	});

	it('GIVEN a login THEN the client is ready with the guild, its channels and roles cached', () => {
		const guild = client.guilds.cache.get(discord.guildId);
		expect(client.user?.id).toBe(discord.botUser.id);
		expect(guild?.channels.cache.get(discord.channelId)?.type).toBe(ChannelType.GuildText);
		expect(guild?.channels.cache.get(discord.forumChannelId)?.type).toBe(ChannelType.GuildForum);
		expect(guild?.roles.cache.map((role) => role.name)).toEqual(
			expect.arrayContaining(['@everyone', 'Moderator']),
		);
		expect(guild?.members.cache.get(discord.users.moderator.id)?.permissions.has('ManageMessages')).toBe(
			true,
		);
		expect(discord.gateway.identifies[0]?.intents).toBe(client.options.intents.bitfield);
		expect(discord.requests.map((r) => `${r.method} ${r.route}`)).toContain('GET /gateway/bot');
	});

	it('GIVEN the bot registers guild commands THEN they come back with ids and invocations must match them', () => {
		expect(discord.commands.guild.map((c) => c.name)).toEqual([
			'ping',
			'ask',
			'purge',
			'slow',
			'steps',
			'timeline',
			'Count words',
		]);
		expect(new Set(discord.commands.guild.map((c) => c.id)).size).toBe(7);
		expect(() => discord.sendSlashCommand({ name: 'ask', options: { topic: 'x' } })).toThrow(
			/has no option "topic"/,
		);
		expect(() => discord.sendSlashCommand({ name: 'ask' })).toThrow(/needs option\(s\) "question"/);
		expect(() => discord.sendSlashCommand({ name: 'purge' })).toThrow(/alice cannot use "purge"/);
		expect(() => discord.sendSlashCommand({ name: 'missing' })).toThrow(/no ChatInput command "missing"/);
	});

	it('GIVEN /ping THEN the reply reaches Discord as one valid callback that pings nobody', async () => {
		const ping = discord.sendSlashCommand({ name: 'ping' });
		const reply = await ping.reply();
		expect(reply.content).toBe('pong');
		expect(reply.author.id).toBe(discord.botUser.id);
		expect(ping.responses).toHaveLength(1);
		expect(ping.callback?.callbackType).toBe(4);
		expect(ping.callback?.body).toMatchObject({ data: { allowed_mentions: { parse: [] } } });
		expect(ping.callback?.elapsedMs).toBeLessThan(3000);
		expectNoViolations(discord);
	});

	it('GIVEN a subcommand with an integer option THEN the bot reads both as discord.js parsed them', async () => {
		const timeline = discord.sendSlashCommand({
			name: 'timeline',
			subcommand: 'show',
			options: { year: 2015 },
		});
		expect((await timeline.reply()).content).toBe('show 2015');
		expect(timeline.payload.data).toMatchObject({
			options: [{ name: 'show', type: 1, options: [{ name: 'year', type: 4, value: 2015 }] }],
		});
		expect(() => discord.sendSlashCommand({ name: 'timeline', options: { year: 2015 } })).toThrow(
			/needs a subcommand/,
		);
		expect(() =>
			discord.sendSlashCommand({ name: 'timeline', subcommand: 'show', options: { year: 'soon' } }),
		).toThrow(/of type Integer/);
		expect(() =>
			discord.sendSlashCommand({ name: 'timeline', subcommand: 'show', options: { year: 1900 } }),
		).toThrow(/below 1991/);
		expectNoViolations(discord);
	});

	it('GIVEN a moderator runs a command for moderators THEN the interaction carries their permissions', async () => {
		const purge = discord.sendSlashCommand({ name: 'purge', user: discord.users.moderator });
		const reply = await purge.reply();
		expect(reply.content).toBe('purged');
		expect(BigInt(purge.payload.member?.permissions ?? 0) & PermissionFlagsBits.ManageMessages).toBeTruthy();
		// The bot asked for the callback response (?with_response=true) and quotes the message id it got.
		await purge.waitFor((r) => r.kind === 'follow-up');
		expect(purge.followUps.map((m) => m.content)).toEqual([`replied with ${reply.id}`]);
		expectNoViolations(discord);
	});

	it('GIVEN a deferred ephemeral reply THEN the first follow-up replaces the thinking message and the next is new', async () => {
		const steps = discord.sendSlashCommand({ name: 'steps' });
		const reply = await steps.reply();
		await steps.waitFor((r) => r.kind === 'follow-up' && !r.original);
		expect(steps.responses.map((r) => r.kind)).toEqual(['callback', 'follow-up', 'follow-up']);
		expect(reply.id).toBe(steps.callback?.message?.id);
		expect(reply.content).toBe('step 1');
		expect((reply.flags ?? 0) & MessageFlags.Ephemeral).toBeTruthy();
		expect(steps.followUps.map((m) => [m.content, (m.flags ?? 0) & MessageFlags.Ephemeral])).toEqual([
			['step 2', 0],
		]);
		expectNoViolations(discord);
	});

	it('GIVEN /ask THEN the deferred reply is edited into an embed with a button, and the button updates it', async () => {
		const ask = discord.sendSlashCommand({ name: 'ask', options: { question: 'Who visited Minsk?' } });
		const answer = await ask.reply();
		expect(ask.responses.map((r) => r.kind)).toEqual(['callback', 'edit']);
		expect(ask.callback?.callbackType).toBe(5);
		expect(answer.embeds[0]).toMatchObject({ title: 'Answer', description: 'You asked: Who visited Minsk?' });
		expect(answer.components?.[0]).toMatchObject({ type: 1, components: [{ type: 2, custom_id: 'more' }] });

		const click = discord.clickButton({ message: answer, customId: 'more', user: discord.users.moderator });
		const updated = await click.reply();
		expect(click.callback?.callbackType).toBe(7);
		expect(updated.id).toBe(answer.id);
		expect(updated.content).toBe('More detail');
		expect(updated.components).toEqual([]);
		expect(() => discord.clickButton({ message: updated, customId: 'more' })).toThrow(/has no button "more"/);
		expectNoViolations(discord);
	});

	it('GIVEN an attachment option THEN the bot downloads it and its multipart upload is served back', async () => {
		const notes = discord.createAttachment({
			filename: 'notes.txt',
			data: 'five words in this file',
			contentType: 'text/plain',
		});
		const ask = discord.sendSlashCommand({ name: 'ask', options: { question: 'Summarise', file: notes } });
		const answer = await ask.reply();
		expect(answer.embeds[0]?.fields).toEqual([{ name: 'Read', value: 'notes.txt: 23 characters' }]);
		const edit = ask.responses.find((r) => r.kind === 'edit');
		expect(edit?.files.map((f) => f.filename)).toEqual(['shouted.txt']);
		const uploaded = answer.attachments[0];
		expect(uploaded?.filename).toBe('shouted.txt');
		expect(await (await fetch(uploaded?.url ?? '')).text()).toBe('FIVE WORDS IN THIS FILE');
		expectNoViolations(discord);
	});

	it('GIVEN typing into an autocomplete option THEN the bot responds with matching choices', async () => {
		const typing = discord.sendAutocomplete({ name: 'ask', options: { question: 'b' }, focused: 'question' });
		expect(await typing.choices()).toEqual([
			{ name: 'Beijing', value: 'Beijing' },
			{ name: 'Brest', value: 'Brest' },
			{ name: 'Belt and Road', value: 'Belt and Road' },
		]);
		expect(typing.callback?.callbackType).toBe(8);
		expectNoViolations(discord);
	});

	it('GIVEN a message context command THEN the bot answers about the target message, ephemerally', async () => {
		const target = discord.sendMessage({ content: 'the quick brown fox' });
		const count = discord.sendMessageContextCommand({ name: 'Count words', message: target });
		const reply = await count.reply();
		expect(reply.content).toBe('4 words');
		expect((reply.flags ?? 0) & MessageFlags.Ephemeral).toBeTruthy();
		expectNoViolations(discord);
	});

	it('GIVEN a user mentions the bot in a channel THEN messageCreate fires and the bot replies without pinging', async () => {
		const sent = discord.sendMessage({ content: `<@${discord.botUser.id}> what happened in 2015?` });
		const reply = await discord.waitForBotMessage({ replyTo: sent.id });
		expect(reply.content).toBe(`I read: ${sent.content.length} characters`);
		expect(reply.mentions).toEqual([]);
		expectNoViolations(discord);
	});

	it('GIVEN the bot starts a thread on a message THEN the client caches the thread and posts in it', async () => {
		const sent = discord.sendMessage({ content: '!thread' });
		const inThread = await discord.waitForBotMessage({ where: (m) => m.content === 'Thread started' });
		expect(inThread.channel_id).toBe(sent.id);
		const thread = client.channels.cache.get(sent.id);
		expect(thread?.isThread() && thread.parentId).toBe(discord.channelId);
		expect((discord.messages.get(sent.id)?.flags ?? 0) & MessageFlags.HasThread).toBeTruthy();
		expectNoViolations(discord);
	});

	it('GIVEN a forum post THEN the thread and its first message are created and cached', async () => {
		const forum = await client.channels.fetch(discord.forumChannelId);
		if (forum?.type !== ChannelType.GuildForum) throw new Error('expected the forum channel');
		const post = await forum.threads.create({
			name: 'Timeline 2015',
			message: { content: 'Key events', allowedMentions: noPings },
		});
		expect(client.channels.cache.get(post.id)?.isThread()).toBe(true);
		expect(discord.messages.get(post.id)?.content).toBe('Key events');
		expectNoViolations(discord);
	});

	it('GIVEN the gateway drops the connection THEN the client resumes and still receives interactions', async () => {
		const resumed = once(client, Events.ShardResume);
		discord.gateway.disconnect();
		await resumed;
		expect((await discord.sendSlashCommand({ name: 'ping' }).reply()).content).toBe('pong');
		expect(discord.gateway.resumes).toBe(1);
		expect(discord.gateway.identifies).toHaveLength(1);
		expect(errors).toEqual([]);
		expectNoViolations(discord);
	});
});

describe('what Discord would refuse', () => {
	let discord: FakeDiscord;
	let client: Client;

	beforeAll(async () => {
		({ discord, client } = await startBot({ ackDeadlineMs: 400 }));
	});

	afterAll(async () => {
		await client?.destroy();
		await discord?.close();
	});

	const violationsAfter = async (action: () => Promise<unknown>) => {
		const before = discord.violations.length;
		await action();
		return discord.violations.slice(before);
	};

	it('GIVEN 2001 characters of content THEN Discord answers 400 and a limit violation is recorded', async () => {
		let error: unknown;
		const violations = await violationsAfter(() =>
			client.rest
				.post(Routes.channelMessages(discord.channelId), { body: { content: 'x'.repeat(2001) } })
				.catch((e) => {
					error = e;
				}),
		);
		expect(error).toBeInstanceOf(DiscordAPIError);
		expect((error as DiscordAPIError).status).toBe(400);
		expect((error as DiscordAPIError).code).toBe(50035);
		expect(violations).toEqual([
			{
				kind: 'limit',
				request: 'POST /channels/:channelId/messages',
				message: 'content: 2001 characters, the maximum is 2000',
			},
		]);
		expect(() => expectNoViolations(discord)).toThrow(/\[limit\] POST \/channels\/:channelId\/messages/);
	});

	it('GIVEN a body the OpenAPI schema rejects THEN a spec violation names the field', async () => {
		const violations = await violationsAfter(() =>
			client.rest
				.post(Routes.channelMessages(discord.channelId), { body: { content: 'hi', embeds: [{ title: 42 }] } })
				.catch(() => undefined),
		);
		expect(violations).toEqual([
			expect.objectContaining({ kind: 'spec', message: 'embeds[0].title: expected string' }),
		]);
	});

	it('GIVEN 26 autocomplete choices THEN the response is refused as over the limit', async () => {
		const typing = discord.sendAutocomplete({
			name: 'ask',
			options: { question: 'many' },
			focused: 'question',
		});
		await discord.waitForRequest((r) => r.path === `/interactions/${typing.id}/${typing.token}/callback`);
		expect(typing.responses).toEqual([]);
		expect(discord.violations).toContainEqual(
			expect.objectContaining({ kind: 'spec', message: 'data.choices: too big (maximum 25)' }),
		);
		expect(discord.violations).toContainEqual(
			expect.objectContaining({ kind: 'limit', message: 'data.choices: 26 choices, the maximum is 25' }),
		);
	});

	it('GIVEN a second callback for one interaction THEN Discord says it was already acknowledged', async () => {
		const ping = discord.sendSlashCommand({ name: 'ping' });
		await ping.reply();
		const again = client.rest.post(Routes.interactionCallback(ping.id, ping.token), {
			body: { type: 4, data: { content: 'again' } },
			auth: false,
		});
		await expect(again).rejects.toThrow('Interaction has already been acknowledged.');
		expect(discord.violations.at(-1)).toMatchObject({ kind: 'double-ack' });
	});

	it('GIVEN a reply after the acknowledgement deadline THEN it is refused as an unknown interaction', async () => {
		const slow = discord.sendSlashCommand({ name: 'slow' });
		const late = await discord.waitForRequest(
			(r) => r.path === `/interactions/${slow.id}/${slow.token}/callback`,
		);
		expect(late.status).toBe(404);
		expect(slow.responses).toEqual([]);
		expect(discord.violations.at(-1)).toMatchObject({
			kind: 'deadline',
			message: expect.stringMatching(/^\/slow acknowledged after \d+ ms; Discord allows 400 ms$/),
		});
	});

	it('GIVEN a route the fake does not know THEN it answers 404 and records it', async () => {
		await expect(client.rest.get('/channels/1/no-such-thing')).rejects.toMatchObject({ status: 404 });
		expect(discord.violations.at(-1)).toMatchObject({
			kind: 'unknown-route',
			request: 'GET /api/v10/channels/1/no-such-thing',
		});
	});
});

describe('the gateway on its own', () => {
	let discord: FakeDiscord;

	beforeAll(async () => {
		discord = await startFakeDiscord();
	});

	afterAll(async () => {
		await discord?.close();
	});

	/** Reads the zlib-stream a socket receives, one decoded payload per Z_SYNC_FLUSH. */
	const inflatedPayloads = (socket: WebSocket) => {
		const inflate = zlib.createInflate();
		const payloads: { op: number; t: string | null; s: number | null }[] = [];
		let text = '';
		inflate.on('data', (chunk: Buffer) => {
			text += chunk.toString();
		});
		socket.on('message', (data: Buffer) => {
			inflate.write(data);
			inflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
				if (text) payloads.push(JSON.parse(text));
				text = '';
			});
		});
		return payloads;
	};

	it('GIVEN compress=zlib-stream THEN HELLO, READY and GUILD_CREATE arrive compressed and numbered', async () => {
		const socket = new WebSocket(`${discord.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`);
		const payloads = inflatedPayloads(socket);
		await once(socket, 'open');
		await expect.poll(() => payloads[0]?.op).toBe(10);
		socket.send(JSON.stringify({ op: 2, d: { token: discord.token, intents: 1, properties: {} } }));
		await expect.poll(() => payloads.length).toBe(3);
		expect(payloads.map((p) => [p.t, p.s])).toEqual([
			[null, null],
			['READY', 1],
			['GUILD_CREATE', 2],
		]);
		socket.send(JSON.stringify({ op: 1, d: 2 }));
		await expect.poll(() => payloads.at(-1)?.op).toBe(11);
		socket.close(1000);
		await once(socket, 'close');
	});

	it('GIVEN a session without the MessageContent intent THEN message content arrives only when the bot is mentioned', async () => {
		const socket = new WebSocket(`${discord.gatewayUrl}?v=10&encoding=json`);
		const events: { t: string | null; d: { content?: string } }[] = [];
		socket.on('message', (data: Buffer) => events.push(JSON.parse(data.toString())));
		await once(socket, 'open');
		socket.send(
			JSON.stringify({
				op: 2,
				d: { token: discord.token, intents: GatewayIntentBits.GuildMessages, properties: {} },
			}),
		);
		await expect.poll(() => events.some((e) => e.t === 'GUILD_CREATE')).toBe(true);

		discord.sendMessage({ content: 'just chatting' });
		discord.sendMessage({ content: `<@${discord.botUser.id}> are you there?` });
		await expect.poll(() => events.filter((e) => e.t === 'MESSAGE_CREATE').length).toBe(2);
		expect(events.filter((e) => e.t === 'MESSAGE_CREATE').map((e) => e.d.content)).toEqual([
			'',
			`<@${discord.botUser.id}> are you there?`,
		]);
		socket.close(1000);
		await once(socket, 'close');
	});

	it('GIVEN a wrong token THEN discord.js refuses to log in', async () => {
		const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl } });
		await expect(client.login('not-the-token')).rejects.toThrow(/token/i);
		await client.destroy();
		expect(discord.requests.at(-1)).toMatchObject({ route: '/gateway/bot', status: 401 });
	});
});

describe('closing the fake Discord', () => {
	const openHandles = () =>
		process.getActiveResourcesInfo().filter((kind) => kind === 'TCPSocketWrap' || kind === 'TCPServerWrap')
			.length;

	it('GIVEN a client that logged in and was destroyed THEN close() leaves no server or socket open', async () => {
		const before = openHandles();
		const { discord, client } = await startBot();
		await discord.sendSlashCommand({ name: 'ping' }).reply();
		expect(openHandles()).toBeGreaterThan(before);
		const port = new URL(discord.baseUrl).port;
		await client.destroy();
		await discord.close();
		await expect.poll(openHandles).toBeLessThanOrEqual(before);
		await expect(fetch(`http://127.0.0.1:${port}/api/v10/gateway`)).rejects.toThrow();
	});
});
