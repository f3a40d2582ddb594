/**
 * Routes a bot calls at start-up and deploy time: gateway discovery, its own user and application, and
 * application commands (global and guild; bulk overwrite, create, list, fetch, delete).
 */
import { discordErrors, found } from '../discordErrors.ts';
import type { ServerState } from '../serverState.ts';
import { noContent, ok, type Route, type RouteRequest, route } from './router.ts';

export function applicationRoutes(state: ServerState): Route[] {
	const { guild } = state;
	const application = () => ({
		id: state.applicationId,
		name: guild.botUser.username,
		icon: null,
		description: '',
		summary: '',
		type: null,
		bot_public: true,
		bot_require_code_grant: false,
		verify_key: '0'.repeat(64),
		flags: state.settings.applicationFlags,
		owner: guild.owner,
		team: null,
		bot: guild.botUser,
		approximate_guild_count: 1,
	});

	/** The command list a request is about, after checking the application and guild are the bot's. */
	const scope = (request: RouteRequest) => {
		if (request.params.applicationId !== state.applicationId) throw discordErrors.missingAccess();
		const guildId = request.params.guildId;
		if (guildId !== undefined && guildId !== guild.id) throw discordErrors.missingAccess();
		return guildId === undefined ? {} : { guildId };
	};
	const findCommand = (request: RouteRequest) => {
		const command = state.commands.list(scope(request)).find((c) => c.id === request.params.commandId);
		if (!command) throw discordErrors.unknownCommand();
		return command;
	};

	const commandRoutes = (base: string): Route[] => [
		route('GET', base, (request) => ok(state.commands.list(scope(request)))),
		route('PUT', base, (request) => {
			const commandScope = scope(request);
			state.checkBody(request, 'commands-overwrite');
			return ok(state.commands.overwrite(commandScope, Array.isArray(request.body) ? request.body : []));
		}),
		route('POST', base, (request) => {
			const commandScope = scope(request);
			state.checkBody(request, 'command-create');
			const { command, created } = state.commands.upsert(commandScope, request.body);
			return { status: created ? 201 : 200, body: command };
		}),
		route('GET', `${base}/:commandId`, (request) => ok(findCommand(request))),
		route('DELETE', `${base}/:commandId`, (request) => {
			state.commands.delete(scope(request), findCommand(request).id);
			return noContent();
		}),
	];

	return [
		route('GET', '/gateway', () => ok({ url: state.gatewayUrl }), { auth: false }),
		route('GET', '/gateway/bot', () =>
			ok({
				url: state.gatewayUrl,
				shards: 1,
				session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
			}),
		),
		route('GET', '/users/@me', () => ok(guild.botUser)),
		route('GET', '/users/:userId', (request) =>
			ok(found(guild.user(request.params.userId ?? ''), discordErrors.unknownUser)),
		),
		route('GET', '/applications/@me', () => ok(application())),
		route('GET', '/oauth2/applications/@me', () => ok(application())),
		...commandRoutes('/applications/:applicationId/commands'),
		...commandRoutes('/applications/:applicationId/guilds/:guildId/commands'),
	];
}
