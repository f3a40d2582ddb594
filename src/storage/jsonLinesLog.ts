import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * An append-only JSON Lines file: one record per line, so a crash mid-write loses at most that line and
 * the file stays readable by `jq` and by people. Used for feedback and unanswered questions.
 */
export class JsonLinesLog<T extends object> {
	constructor(readonly path: string) {}

	async append(record: T): Promise<void> {
		await mkdir(dirname(this.path), { recursive: true });
		await appendFile(this.path, `${JSON.stringify(record)}\n`);
	}

	/** The last `count` records, newest last; unreadable lines are skipped rather than fatal. */
	async tail(count: number): Promise<T[]> {
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
