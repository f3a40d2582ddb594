/** A slash command typed at the console, with its options as Discord would deliver them. */
export interface CommandLine {
	name: string;
	options: Record<string, string>;
}

/** The option a command's bare text fills, as if typed into Discord's first field. */
const PRIMARY_OPTION: Record<string, string> = {
	ask: 'question',
	search: 'query',
	timeline: 'topic',
	source: 'name',
};

/**
 * Parses `/ask When did Belarus join the SCO?` or `/timeline topic:SCO from:2015 to:2024`. Values run
 * to the next `name:` option, so questions may contain spaces and colons (`/ask what happened: …`)
 * as long as the word before the colon is not an option name of that command.
 */
export function parseCommandLine(line: string, optionNames: ReadonlySet<string>): CommandLine | undefined {
	const match = /^\s*\/([\w-]+)\s*(.*)$/su.exec(line);
	if (!match) return undefined;
	const name = (match[1] ?? '').toLowerCase();
	const rest = match[2] ?? '';
	const options: Record<string, string> = {};
	const marker = /(?:^|\s)([a-z_]+):/g;
	const found = [...rest.matchAll(marker)].filter((m) => optionNames.has(m[1] ?? ''));
	const bare = (found[0] ? rest.slice(0, found[0].index) : rest).trim();
	const primary = PRIMARY_OPTION[name];
	if (bare && primary) options[primary] = bare;
	found.forEach((m, i) => {
		const valueStart = (m.index ?? 0) + m[0].length;
		options[m[1] ?? ''] = rest.slice(valueStart, found[i + 1]?.index ?? rest.length).trim();
	});
	return { name, options };
}
