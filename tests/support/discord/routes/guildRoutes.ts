/** Guild routes a bot reads: the guild, its channels, roles, active threads and members. */
import { discordErrors, found } from '../discordErrors.ts';
import { isThread } from '../fakeGuild.ts';
import type { ServerState } from '../serverState.ts';
import { ok, type Route, type RouteRequest, route } from './router.ts';

export function guildRoutes(state: ServerState): Route[] {
	const { guild } = state;
	const checked = (request: RouteRequest) => {
		if (request.params.guildId !== guild.id) throw discordErrors.unknownGuild();
	};
	const channels = () => [...guild.channels.values()];
	return [
		route('GET', '/guilds/:guildId', (request) => {
			checked(request);
			return ok(guild.toRestGuild());
		}),
		route('GET', '/guilds/:guildId/channels', (request) => {
			checked(request);
			return ok(channels().filter((channel) => !isThread(channel)));
		}),
		route('GET', '/guilds/:guildId/threads/active', (request) => {
			checked(request);
			return ok({ threads: channels().filter(isThread), members: [] });
		}),
		route('GET', '/guilds/:guildId/roles', (request) => {
			checked(request);
			return ok([...guild.roles.values()]);
		}),
		route('GET', '/guilds/:guildId/members', (request) => {
			checked(request);
			const limit = Math.min(Number(request.query.get('limit') ?? 1), 1000);
			return ok([...guild.members.values()].slice(0, limit));
		}),
		route('GET', '/guilds/:guildId/members/:userId', (request) => {
			checked(request);
			return ok(found(guild.member(request.params.userId ?? ''), discordErrors.unknownMember));
		}),
	];
}
