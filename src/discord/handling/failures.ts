import { randomBytes } from 'node:crypto';
import type { Logger } from '../../logger.ts';

/** Work in progress, so shutdown can let replies finish before disconnecting. */
export type InFlight = Set<Promise<unknown>>;

/**
 * Keeps a handler's work in `inFlight` until it settles. A failure that escapes the handler (its logging
 * failing, say) is logged here: an unhandled rejection would end the process, and the bot with it.
 */
export function track(inFlight: InFlight, work: Promise<void>, logger: Logger): void {
	const settled = work.catch((error: unknown) => logger.error({ err: error }, 'handler failed'));
	inFlight.add(settled);
	void settled.finally(() => inFlight.delete(settled));
}

/**
 * Logs a failed reply under a fresh id and sends, through `send`, the apology that names it, so a moderator
 * can find the line; a failure to send it is logged too.
 */
export async function apologize(
	logger: Logger,
	error: unknown,
	started: number,
	what: string,
	send: (apology: string) => Promise<unknown>,
): Promise<void> {
	const errorId = randomBytes(4).toString('hex');
	logger.error({ err: error, errorId, durationMs: Math.round(performance.now() - started) }, what);
	await send(
		`Sorry, something went wrong on my side (error id \`${errorId}\`). The moderators can look it up in the log.`,
	).catch((replyError: unknown) => logger.warn({ err: replyError, errorId }, 'could not send the apology'));
}
