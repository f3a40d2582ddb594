import { createInterface } from 'node:readline';
import { Conversations } from '../conversations.ts';
import type { Dossier } from '../core/dossier.ts';
import { CONSOLE_HELP, runConsoleCommand } from './consoleCommands.ts';

/**
 * The local console: the bot's slash commands typed at a terminal, or piped in one per line (it exits at
 * the end of its input). Lines run one at a time, in order, so piped output stays in input order.
 */
export async function startConsole(
	dossier: Dossier,
	input: NodeJS.ReadableStream,
	output: NodeJS.WritableStream,
): Promise<void> {
	const interactive = 'isTTY' in input && input.isTTY === true;
	const lines = createInterface({
		input,
		terminal: interactive,
		...(interactive ? { output, prompt: 'dossier> ' } : {}),
	});
	if (interactive) {
		output.write(`${CONSOLE_HELP}\n\n`);
		lines.prompt();
	}
	const conversations = new Conversations(1);
	for await (const line of lines) {
		if (/^\s*\/?(?:quit|exit)\s*$/i.test(line)) break;
		if (line.trim() !== '') {
			if (!interactive) output.write(`> ${line.trim()}\n`);
			output.write(`${await runConsoleCommand(dossier, line, conversations)}\n\n`);
		}
		if (interactive) lines.prompt();
	}
	lines.close();
}
