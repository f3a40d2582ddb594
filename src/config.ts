import { resolve } from 'node:path';
import { z } from 'zod';

/*
 * Configuration from the environment (and .env), validated once at start-up. A bad value stops the bot
 * with one message listing every problem by key; values themselves are never echoed, since some are
 * secrets.
 */

/** A Discord id: a user's, a channel's, a server's. */
export const SNOWFLAKE = /^\d{17,20}$/;
const empty = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(empty, schema.optional());
const idList = z.preprocess(
	(value) =>
		typeof value === 'string'
			? value
					.split(',')
					.map((id) => id.trim())
					.filter(Boolean)
			: [],
	z.array(z.string().regex(SNOWFLAKE, 'expected comma-separated Discord ids (17–20 digits)')),
);

const schema = z.object({
	DISCORD_TOKEN: optional(z.string().regex(/^\S{20,}$/, 'does not look like a bot token')),
	DISCORD_CLIENT_ID: optional(z.string().regex(SNOWFLAKE, 'expected the application id (17–20 digits)')),
	DISCORD_GUILD_ID: optional(z.string().regex(SNOWFLAKE, 'expected a server id (17–20 digits)')),
	DISCORD_API_URL: optional(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' })),
	DATA_DIR: optional(z.string()).transform((dir) => resolve(dir ?? 'data')),
	INDEX_DIR: optional(z.string()).transform((dir) => resolve(dir ?? '.cache/dossier')),
	STATE_DIR: optional(z.string()).transform((dir) => resolve(dir ?? '.dossier')),
	LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])).transform(
		(level) => level ?? 'info',
	),
	MODERATOR_ROLE_IDS: idList,
	ALLOWED_CHANNEL_IDS: idList,
	COOLDOWN_SECONDS: optional(z.coerce.number().int('expected whole seconds').min(0).max(3600)).transform(
		(seconds) => seconds ?? 5,
	),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
	override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
	const parsed = schema.safeParse(env);
	const problems = parsed.success
		? []
		: parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
	// Checked on the raw values so it is reported alongside a malformed token, not only after it is fixed.
	if (env.DISCORD_TOKEN?.trim() && !env.DISCORD_CLIENT_ID?.trim()) {
		problems.push('  DISCORD_CLIENT_ID: required when DISCORD_TOKEN is set');
	}
	if (parsed.success && problems.length === 0) return parsed.data;
	throw new ConfigError(
		`Dossier: the configuration has ${problems.length} problem(s):\n${problems.join('\n')}\nSee .env.example.`,
	);
}
