import { Conversations } from '../conversations.ts';
import type { Dossier } from '../core/dossier.ts';
import { ReindexInProgressError } from '../core/dossier.ts';
import { readTimelineBounds } from '../core/timeline/timelineBounds.ts';
import {
	renderAnswer,
	renderIndexReport,
	renderSearch,
	renderSourceCard,
	renderSources,
	renderTimelineView,
} from '../render/textReplies.ts';
import { readerTimeline } from '../render/timelineFilter.ts';
import { timelineLookup } from '../render/timelineLookup.ts';
import { type CommandOptions, parseCommandLine } from './parseCommandLine.ts';

/** The bot's commands and options, less what only Discord has (private replies, threads); plus paging. */
export const CONSOLE_COMMANDS: CommandOptions = {
	ask: ['question'],
	search: ['query', 'page'],
	timeline: ['topic', 'from', 'to'],
	sources: [],
	source: ['name'],
	reindex: [],
	help: [],
};

const CONSOLE_TIMELINE_LIMIT = 40;

export const CONSOLE_HELP = `Commands (the same as the Discord bot's):
  /ask <question>                         cited answer from the documents
  /search <terms> [page:N]                ranked passages, 5 per page ("a phrase", -word)
  /timeline [topic:T] [from:D] [to:D]     dated facts, with sources and disagreements
  /sources                                the indexed documents
  /source <name>                          one document's card, by title, publisher or author
  /reindex                                rebuild the index from the corpus folder
  /help, /quit
A line without "/" follows up the last question, as a message in the bot's answer thread does.`;

/** The console's one conversation, as the bot keeps one per answer thread. */
const CONVERSATION = 'console';

/**
 * Runs one console line and returns the reply as it would be shown; never throws for bad input. `/ask` starts
 * a conversation and a line without "/" continues it, read in the context of its earlier questions.
 */
export async function runConsoleCommand(
	dossier: Dossier,
	line: string,
	conversations: Conversations = new Conversations(1),
): Promise<string> {
	// A command's name typed alone, without its "/" ("help", "sources"), is that command, not a question.
	const named = line.trim().toLowerCase();
	const command = parseCommandLine(
		Object.hasOwn(CONSOLE_COMMANDS, named) ? `/${named}` : line,
		CONSOLE_COMMANDS,
	);
	if (command === undefined) return followUp(dossier, line.trim(), conversations);
	const { options, misplaced } = command;
	const own = CONSOLE_COMMANDS[command.name];
	// Another command's option ("query:" typed to /timeline) is a slip; ignoring it would answer something else.
	if (own !== undefined && misplaced.length > 0) {
		const takes =
			own.length > 0 ? `it takes ${own.map((option) => `${option}:`).join(', ')}` : 'it takes none';
		return `/${command.name} has no option ${misplaced.map((option) => `${option}:`).join(', ')}; ${takes}.`;
	}
	switch (command.name) {
		case 'ask': {
			const question = options.question ?? '';
			const answer = dossier.ask(question);
			if (answer.refusal === undefined) conversations.start(CONVERSATION, question);
			return renderAnswer(answer);
		}
		case 'search': {
			// Discord takes only a whole number for page:; here "page:2 sanctions" must not quietly show page 1.
			const page = Number(options.page ?? 1);
			if (!options.query || !Number.isInteger(page) || page < 1)
				return 'Usage: /search <terms> [page:N], e.g. /search sanctions page:2';
			return renderSearch(dossier.search(options.query, page));
		}
		case 'timeline': {
			const bounds = readTimelineBounds(options.from, options.to);
			if ('unreadable' in bounds)
				return `I could not read the date "${bounds.unreadable}". Try 2023, March 2023 or 2023-03-01.`;
			const timeline = readerTimeline(dossier, bounds, options.topic);
			// A large corpus has thousands of dated facts: a screenful, and how to narrow it, beats a flood.
			const view = renderTimelineView(
				timeline.facts,
				timeline,
				timelineLookup(dossier.index),
				CONSOLE_TIMELINE_LIMIT,
			);
			return timeline.facts.length <= CONSOLE_TIMELINE_LIMIT
				? view
				: `${view} Narrow with topic:, from: or to: (the CLI's \`timeline --json\` lists them all).`;
		}
		case 'sources':
			return renderSources(dossier.sources());
		case 'source': {
			const document = options.name ? dossier.findSource(options.name) : undefined;
			if (document === undefined)
				return `No single document matches "${options.name ?? ''}". /sources lists them.`;
			return renderSourceCard(document, dossier.factsOf(document.meta.id), timelineLookup(dossier.index));
		}
		case 'reindex':
			try {
				return renderIndexReport(await dossier.reindex());
			} catch (error) {
				if (error instanceof ReindexInProgressError) return 'A reindex is already running.';
				return `Reindex failed; the previous index is still serving. (${(error as Error).message})`;
			}
		case 'help':
			return CONSOLE_HELP;
		default:
			return `Unknown command /${command.name}. Try /help.`;
	}
}

/** A question asked after another, as in an answer thread: "and when did it join the SCO?". */
function followUp(dossier: Dossier, question: string, conversations: Conversations): string {
	const answer = dossier.ask(question, { context: conversations.history(CONVERSATION) });
	if (answer.refusal === undefined) {
		if (conversations.isTracked(CONVERSATION)) conversations.record(CONVERSATION, question);
		else conversations.start(CONVERSATION, question);
	}
	return renderAnswer(answer);
}
