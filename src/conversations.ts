/**
 * The questions asked so far in each conversation (a thread the bot opened, or the console's session), so a
 * follow-up ("and when did it join the SCO?") is read in context. Bounded in threads and in questions per
 * thread.
 */
export class Conversations {
	private readonly threads = new Map<string, string[]>();

	constructor(
		private readonly maxThreads = 1000,
		private readonly maxQuestions = 5,
	) {}

	isTracked(threadId: string): boolean {
		return this.threads.has(threadId);
	}

	start(threadId: string, firstQuestion: string): void {
		this.threads.set(threadId, [firstQuestion]);
		if (this.threads.size > this.maxThreads) this.threads.delete(this.threads.keys().next().value as string);
	}

	/** Earlier questions of the thread, oldest first. */
	history(threadId: string): string[] {
		return [...(this.threads.get(threadId) ?? [])];
	}

	record(threadId: string, question: string): void {
		const questions = this.threads.get(threadId);
		if (questions === undefined) return;
		questions.push(question);
		if (questions.length > this.maxQuestions) questions.shift();
	}
}
