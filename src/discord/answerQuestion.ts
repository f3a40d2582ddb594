import type { Answer } from '../core/answer/ask.ts';
import type { AnswerSession } from './buttonSessions.ts';
import type { BotContext } from './context.ts';
import { type AnswerReply, renderAnswer } from './render/answerReply.ts';
import { summarizeIndex } from './render/indexFooter.ts';

export interface Asker {
	userId: string;
	channelId: string | null;
	/** Earlier questions of the conversation, oldest first. */
	history: readonly string[];
}

export type AnswerOutcome = { refusal: string } | { answer: Answer; reply: AnswerReply };

/**
 * A question asked on Discord (by /ask or in a thread), answered by the core. A question the documents
 * cannot answer is logged for the moderators; the reply's buttons get their state; a refused question
 * (empty, too long) comes back as the sentence to show instead.
 */
export async function answerQuestion(
	context: BotContext,
	question: string,
	asker: Asker,
): Promise<AnswerOutcome> {
	const answer = context.dossier.ask(question, { context: asker.history });
	if (answer.refusal !== undefined) return { refusal: answer.refusal };
	if (!answer.answered) {
		await context.unanswered.append({
			at: new Date().toISOString(),
			userId: asker.userId,
			question,
			channelId: asker.channelId,
		});
	}
	const shown = answer.answered ? answer.excerpts : answer.leads;
	const session: AnswerSession = {
		kind: 'answer',
		question,
		searchQuery: [...asker.history.slice(-1), question].join(' '),
		answered: answer.answered,
		shown: shown.map((excerpt) => ({
			sourceId: excerpt.source.id,
			start: excerpt.start,
			end: excerpt.end,
			text: excerpt.text,
		})),
		keyDateIds: answer.keyDates.map((fact) => fact.id),
		raters: [],
	};
	const reply = renderAnswer(answer, {
		index: summarizeIndex(context.dossier.index.data),
		now: Date.now(),
		sessionKey: context.sessions.put(session),
	});
	return { answer, reply };
}
