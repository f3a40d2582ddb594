/** Wraps prose at word boundaries for a terminal; long words are left whole rather than broken. */
export function wrap(text: string, width = 88, indent = ''): string {
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(/\s+/).filter(Boolean)) {
			if (line && line.length + 1 + word.length > width - indent.length) {
				lines.push(indent + line);
				line = word;
			} else line = line ? `${line} ${word}` : word;
		}
		lines.push(indent + line);
	}
	return lines.join('\n');
}
