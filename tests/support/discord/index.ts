/**
 * # A fake Discord for end-to-end tests
 *
 * Discord itself is out of reach in tests, so the bot's real discord.js client talks to this instead:
 * a loopback HTTP server answering the REST API (v10) and a gateway websocket on the same port. It knows
 * one guild (`#general` text channel, `#research` forum, roles @everyone / Moderator / the bot's, members
 * alice, mona the moderator and olga the owner), acts as those users, records everything the bot sends,
 * and checks it against Discord's OpenAPI description (via `discord-api-spec/zod`) and Discord's
 * documented limits (2000-character content, embed sizes, five action rows, 25 autocomplete choices,
 * the 3-second acknowledgement deadline, one initial response per interaction …).
 *
 * ```ts
 * const discord = await startFakeDiscord();
 * const client = new Client({
 *   intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
 *   rest: { api: discord.apiUrl },            // discord.js adds /v10 itself
 * });
 * // … register the bot's handlers on `client` …
 * await client.login(discord.token);          // GET /gateway/bot, HELLO, IDENTIFY, READY, GUILD_CREATE
 *
 * const ask = discord.sendSlashCommand({ name: 'ask', options: { question: 'Who visited Minsk?' } });
 * const answer = await ask.reply();           // the message alice sees, after any defer + edit
 * expect(answer.embeds[0]?.description).toContain('Minsk');
 *
 * const more = discord.clickButton({ message: answer, customId: 'more', user: discord.users.moderator });
 * expect((await more.reply()).content).toBe('…');
 *
 * const choices = await discord.sendAutocomplete({ name: 'ask', options: { question: 'Min' }, focused: 'question' }).choices();
 *
 * const sent = discord.sendMessage({ content: `<@${discord.botUser.id}> hello` });
 * const reply = await discord.waitForBotMessage({ replyTo: sent.id });
 *
 * expectNoViolations(discord);                // nothing Discord would have refused
 * // afterAll: await client.destroy(); await discord.close();   (in that order: a live client reconnects)
 * ```
 *
 * Interaction helpers (`sendSlashCommand`, `sendAutocomplete`, `clickButton`, `sendMessageContextCommand`)
 * return an `InteractionExchange` at once; its `reply()`, `choices()`, `next()` and `waitFor()` wait for the
 * bot (5 s by default, `{ timeout }` to change). Once the bot has registered commands, interactions must name
 * registered commands and options of the right types, as the Discord client would insist. Bodies that break
 * the rules are answered with Discord's 400 (set `rejectInvalidBodies: false` to only record them), and every
 * request is in `discord.requests`. Attachments for the bot to download: `discord.createAttachment(...)`.
 *
 * Knobs (`startFakeDiscord({ … })`): `ackDeadlineMs` (3000), `heartbeatIntervalMs` (1000),
 * `rejectInvalidBodies` (true), `everyonePermissions` / `moderatorPermissions` / `botPermissions`,
 * `attachmentSizeLimit` (10 MiB), `messageContentIntent` (true; false closes an IDENTIFY asking for it with 4014). `discord.gateway.disconnect()` drops the connection so the client resumes;
 * `discord.addMember('bob', { roles: [discord.roles.moderator.id] })` adds a user; `discord.messages` holds
 * every message as Discord would return it.
 */
export type { AttachmentInput } from './attachmentStore.ts';
export type { OptionValue } from './commandOptions.ts';
export {
	type AutocompleteInput,
	type BotMessageFilter,
	type ButtonClickInput,
	FakeDiscord,
	type FakeDiscordOptions,
	type MessageCommandInput,
	type SlashCommandInput,
	startFakeDiscord,
	type UserMessageInput,
} from './fakeDiscord.ts';
export type { IdentifyData } from './fakeGateway.ts';
export type { BotResponse, BotResponseKind, InteractionExchange } from './interactionExchange.ts';
export type { Actor } from './interactionPayload.ts';
export type { UploadedFile } from './requestBody.ts';
export type { RecordedRequest } from './restHandler.ts';
export { LIMITS } from './validation/messageLimits.ts';
export { expectNoViolations, formatViolations, type Violation, type ViolationKind } from './violations.ts';
export type { WaitOptions } from './waiting.ts';
