import { appendFile, mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * An append-only JSON Lines file: one record per line, so a crash mid-write loses at most that line and
 * the file stays readable by `jq` and by people. Used for feedback and unanswered questions.
 */
export class JsonLinesLog<T extends object> {
	constructor(readonly path: string) {}

	async append(record: T): Promise<void> {
		await mkdir(dirname(this.path), { recursive: true });
		const line = `${JSON.stringify(record)}\n`;
		// After a torn line, a new one: appended to it, this record would be lost with it.
		await appendFile(this.path, (await endsMidLine(this.path)) ? `\n${line}` : line);
	}

	/** The last `count` records, newest last; unreadable lines are skipped rather than fatal. */
	async tail(count: number): Promise<T[]> {
		if (count <= 0) return [];
		let text: string;
		try {
			text = await readFile(this.path, 'utf8');
		} catch {
			return [];
		}
		const records: T[] = [];
		for (const line of text.split('\n')) {
			if (line.trim() === '') continue;
			try {
				records.push(JSON.parse(line) as T);
			} catch {
				// A torn last line from a crash is expected; the rest of the file is still good.
			}
		}
		return records.slice(-count);
	}
}

/** Whether the file's last character is no line break: a write was cut off. `false` for no file, or an empty one. */
async function endsMidLine(path: string): Promise<boolean> {
	const file = await open(path, 'r').catch(() => undefined);
	if (file === undefined) return false;
	try {
		const { size } = await file.stat();
		if (size === 0) return false;
		const { buffer } = await file.read(Buffer.alloc(1), 0, 1, size - 1);
		return buffer[0] !== 0x0a;
	} finally {
		await file.close();
	}
}
