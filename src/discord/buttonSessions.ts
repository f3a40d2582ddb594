import type { FeedbackRecord } from './context.ts';
import type { SessionStore } from './sessions.ts';

/** What an answer's buttons need: the question for "More excerpts", the key dates for "Timeline", what 👍/👎 rate. */
export interface AnswerSession {
	kind: 'answer';
	question: string;
	/** What "More excerpts" searches for: the question, with the previous one in a thread conversation. */
	searchQuery: string;
	answered: boolean;
	/** The excerpts shown (the leads when unanswered), as a feedback record keeps them. */
	shown: FeedbackRecord['excerpts'];
	keyDateIds: string[];
	/** Who already rated the answer, so a double click is not counted twice. */
	raters: string[];
}

export type ButtonSession = AnswerSession;

/** The session behind a button, or undefined when it expired (or the bot restarted since). */
export function sessionOf<K extends ButtonSession['kind']>(
	sessions: SessionStore<unknown>,
	key: string | undefined,
	kind: K,
): Extract<ButtonSession, { kind: K }> | undefined {
	const value = key === undefined ? undefined : sessions.get(key);
	const isSession =
		typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === kind;
	return isSession ? (value as Extract<ButtonSession, { kind: K }>) : undefined;
}
