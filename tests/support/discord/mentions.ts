/**
 * Who a message pings, by Discord's rules: `<@id>` users, `<@&id>` roles and `@everyone`/`@here` in the
 * content count only as far as `allowed_mentions` lets them (no `allowed_mentions` means all of them),
 * and a reply pings the replied-to author unless `allowed_mentions` is present without `replied_user: true`.
 * Tests read the result on the stored message (`mentions`, `mention_roles`, `mention_everyone`) to check
 * that the bot pings nobody by accident.
 */
import type { APIMessage, APIUser } from 'discord.js';
import type { FakeGuild } from './fakeGuild.ts';

interface AllowedMentions {
	parse?: string[] | null;
	users?: string[] | null;
	roles?: string[] | null;
	replied_user?: boolean | null;
}

export interface ResolvedMentions {
	mentions: APIUser[];
	mention_roles: string[];
	mention_everyone: boolean;
}

export function resolveMentions(
	content: string,
	allowedMentions: unknown,
	guild: FakeGuild,
	repliedTo?: APIMessage,
): ResolvedMentions {
	const allowed = (allowedMentions ?? undefined) as AllowedMentions | undefined;
	const parse = new Set(allowed ? (allowed.parse ?? []) : ['users', 'roles', 'everyone']);
	const allows = (kind: 'users' | 'roles', id: string) =>
		parse.has(kind) || (allowed?.[kind] ?? []).includes(id);

	const users = new Map<string, APIUser>();
	for (const [, id] of content.matchAll(/<@!?(\d+)>/g)) {
		const user = id === undefined ? undefined : guild.user(id);
		if (user && allows('users', user.id)) users.set(user.id, user);
	}
	if (repliedTo && (allowed === undefined || allowed.replied_user === true)) {
		users.set(repliedTo.author.id, repliedTo.author);
	}
	const roles = new Set<string>();
	for (const [, id] of content.matchAll(/<@&(\d+)>/g)) {
		if (id !== undefined && guild.roles.has(id) && allows('roles', id)) roles.add(id);
	}
	return {
		mentions: [...users.values()],
		mention_roles: [...roles],
		mention_everyone: parse.has('everyone') && /@(everyone|here)\b/.test(content),
	};
}
