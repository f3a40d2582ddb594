import pino, { type Logger } from 'pino';

export type { Logger };

/** Anything that could carry the bot token is replaced before a line is written. */
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
		serializers: {
			err: (error: Error) => {
				const serialized = pino.stdSerializers.err(error);
				return { ...serialized, message: scrub(serialized.message), stack: scrub(serialized.stack ?? '') };
			},
		},
	};
	if (destination) return pino(options, destination);
	if (process.stderr.isTTY) {
		return pino({ ...options, transport: { target: 'pino-pretty', options: { destination: 2 } } });
	}
	return pino(options, pino.destination(2));
}
