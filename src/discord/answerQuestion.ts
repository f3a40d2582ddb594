import type { Answer } from '../core/answer/ask.ts';
import { earlierQuestions } from './answerThreads.ts';
import type { AnswerSession } from './buttonSessions.ts';
import type { BotContext } from './context.ts';
import { type AnswerReply, renderAnswer } from './render/answerReply.ts';
import { summarizeIndex } from './render/indexFooter.ts';

export interface Asker {
	userId: string;
	channelId: string | null;
	/** The bot's thread the question was asked in: its earlier questions are the context, and this one joins them. */
	conversation?: { id: string; name: string } | undefined;
}

export type AnswerOutcome = { refusal: string } | { answer: Answer; reply: AnswerReply };

/**
 * A question asked on Discord (by /ask or in a thread), answered by the core, in the context of the
 * thread's earlier questions when it was asked in one. A question the documents
 * cannot answer is logged for the moderators; the reply's buttons get their state; a refused question
 * (empty, too long) comes back as the sentence to show instead.
 */
export async function answerQuestion(
	context: BotContext,
	question: string,
	asker: Asker,
): Promise<AnswerOutcome> {
	const { conversation } = asker;
	const history = conversation ? earlierQuestions(context.conversations, conversation) : [];
	const answer = context.dossier.ask(question, { context: history });
	if (answer.refusal !== undefined) return { refusal: answer.refusal };
	if (conversation) context.conversations.record(conversation.id, question);
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
		searchQuery: [...history.slice(-1), question].join(' '),
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
