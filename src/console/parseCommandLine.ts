/** A slash command typed at the console, with its options as Discord would deliver them. */
export interface CommandLine {
	name: string;
	options: Record<string, string>;
	/** `name:` markers that belong to another command ("query:" typed to /timeline): surely a slip. */
	misplaced: string[];
}

/** What each command takes at the console: its options, the first of which its bare text fills. */
export type CommandOptions = Readonly<Record<string, readonly string[]>>;

/**
 * Parses `/ask When did Belarus join the SCO?` or `/timeline topic:SCO from:2015 to:2024`. Bare text fills
 * the command's first option, as if typed into Discord's first field. Values run to the next option of
 * that command, so questions may contain spaces and colons (`/ask what happened: …`).
 */
export function parseCommandLine(line: string, commands: CommandOptions): CommandLine | undefined {
	const match = /^\s*\/([\w-]+)\s*(.*)$/su.exec(line);
	if (!match) return undefined;
	const name = (match[1] ?? '').toLowerCase();
	const rest = match[2] ?? '';
	const own = new Set(commands[name] ?? []);
	const anyCommands = new Set(Object.values(commands).flat());
	const markers = [...rest.matchAll(/(?:^|\s)([a-z_]+):/g)];
	const found = markers.filter((m) => own.has(m[1] ?? ''));
	const misplaced = markers
		.map((m) => m[1] ?? '')
		.filter((option) => !own.has(option) && anyCommands.has(option));
	const options: Record<string, string> = {};
	const bare = (found[0] ? rest.slice(0, found[0].index) : rest).trim();
	const primary = commands[name]?.[0];
	if (bare && primary) options[primary] = bare;
	found.forEach((m, i) => {
		const valueStart = (m.index ?? 0) + m[0].length;
		options[m[1] ?? ''] = rest.slice(valueStart, found[i + 1]?.index ?? rest.length).trim();
	});
	return { name, options, misplaced };
}
