import { createRequire } from 'node:module';
import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Fields that carry the bot token, replaced before a line is written, at the depths named here (pino's paths
 * name each depth); `secrets` are also scrubbed from messages and from every text of a logged error.
 */
const REDACT = [
	'token',
	'*.token',
	'DISCORD_TOKEN',
	'*.DISCORD_TOKEN',
	'authorization',
	'*.authorization',
	'headers.authorization',
	'*.headers.authorization',
];

/**
 * JSON lines on stderr (so the console's and the CLI's stdout stay clean), pretty-printed when a person
 * is watching a terminal. `secrets` are also scrubbed from messages and error texts, wherever they appear.
 * `destination` replaces stderr (tests read the lines back).
 */
export function createLogger(
	level: string,
	secrets: readonly string[] = [],
	destination?: NodeJS.WritableStream,
): Logger {
	const scrub = (text: string) =>
		secrets.reduce((out, secret) => (secret ? out.replaceAll(secret, '[redacted]') : out), text);
	const options: pino.LoggerOptions = {
		level,
		redact: { paths: REDACT, censor: '[redacted]' },
		hooks: {
			logMethod(args, method) {
				method.apply(
					this,
					args.map((arg) => (typeof arg === 'string' ? scrub(arg) : arg)) as Parameters<typeof method>,
				);
			},
		},
		serializers: { err: (error: unknown) => serializeError(error, scrub) },
	};
	if (destination) return pino(options, destination);
	if (process.stderr.isTTY && canPrettyPrint()) {
		return pino({ ...options, transport: { target: 'pino-pretty', options: { destination: 2 } } });
	}
	return pino(options, pino.destination(2));
}

/**
 * An error as a log line holds it, without what it must not carry: a Discord API error's URL holds the
 * interaction's token (`/webhooks/{application}/{token}/…`) and its request body a reply's text, so the one is
 * cut out and the other left out, in the errors it wraps too (`cause`, `aggregateErrors`). Anything thrown
 * that is no error (a string, `null`) is logged as text.
 */
function serializeError(error: unknown, scrub: (text: string) => string): Record<string, unknown> {
	if (typeof error !== 'object' || error === null) return { message: scrub(String(error)) };
	const serialized = cleaned(pino.stdSerializers.err(error as Error), scrub) as Record<string, unknown>;
	return { ...serialized, message: String(serialized.message ?? '') };
}

/** A serialised error's fields, and those of the errors inside it, cleaned as `serializeError` says. */
function cleaned(value: unknown, scrub: (text: string) => string, depth = 0): unknown {
	if (typeof value === 'string') return scrub(value);
	if (typeof value !== 'object' || value === null || depth > MAX_ERROR_DEPTH) return value;
	if (Array.isArray(value)) return value.map((item) => cleaned(item, scrub, depth + 1));
	return Object.fromEntries(
		Object.entries(value)
			.filter(([key]) => key !== 'requestBody')
			.map(([key, field]) => [
				key,
				key === 'url' && typeof field === 'string'
					? scrub(withoutToken(field))
					: cleaned(field, scrub, depth + 1),
			]),
	);
}

/** How deep errors inside errors are cleaned; deeper fields are logged as pino gives them. */
const MAX_ERROR_DEPTH = 4;

function withoutToken(url: string): string {
	return url.replace(/\/(webhooks|interactions)\/(\d+)\/[^/?]+/, '/$1/$2/[redacted]');
}

/** pino-pretty is a development dependency: an install without those logs JSON to a terminal too. */
function canPrettyPrint(): boolean {
	try {
		createRequire(import.meta.url).resolve('pino-pretty');
		return true;
	} catch {
		return false;
	}
}
