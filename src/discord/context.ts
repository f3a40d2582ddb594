import { join } from 'node:path';
import type { Config } from '../config.ts';
import { Conversations } from '../conversations.ts';
import type { Dossier } from '../core/dossier.ts';
import type { Logger } from '../logger.ts';
import { JsonLinesLog } from '../storage/jsonLinesLog.ts';
import { Cooldowns } from './cooldowns.ts';
import { SessionStore } from './sessions.ts';

/** 👍/👎 on an answer: kept in the state folder, never in the corpus. */
export interface FeedbackRecord {
	at: string;
	userId: string;
	question: string;
	helpful: boolean;
	answered: boolean;
	excerpts: Array<{ sourceId: string; start: number; end: number; text: string }>;
}

/** A question the corpus could not answer: tells moderators which documents to add. */
export interface UnansweredRecord {
	at: string;
	userId: string;
	question: string;
	channelId: string | null;
}

/**
 * Everything a command needs, passed in rather than imported as globals: commands stay testable and the
 * core stays unaware of Discord. `logger` is a child logger for the interaction being handled.
 */
export interface BotContext {
	dossier: Dossier;
	config: Config;
	logger: Logger;
	cooldowns: Cooldowns;
	/** Button state (answers' further excerpts, search, /sources and /timeline pages), 15 minutes. */
	sessions: SessionStore<unknown>;
	conversations: Conversations;
	feedback: JsonLinesLog<FeedbackRecord>;
	unanswered: JsonLinesLog<UnansweredRecord>;
	startedAt: Date;
}

export const SESSION_TTL_MS = 15 * 60 * 1000;

export function createBotContext(dossier: Dossier, config: Config, logger: Logger): BotContext {
	return {
		dossier,
		config,
		logger,
		cooldowns: new Cooldowns(config.COOLDOWN_SECONDS),
		sessions: new SessionStore(SESSION_TTL_MS),
		conversations: new Conversations(),
		feedback: new JsonLinesLog(join(config.STATE_DIR, 'feedback.jsonl')),
		unanswered: new JsonLinesLog(join(config.STATE_DIR, 'unanswered.jsonl')),
		startedAt: new Date(),
	};
}
