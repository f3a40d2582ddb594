import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JsonLinesLog } from '../src/storage/jsonLinesLog.ts';

describe('JsonLinesLog', () => {
	const folders: string[] = [];
	const newLog = async () => {
		const folder = await mkdtemp(join(tmpdir(), 'dossier-log-'));
		folders.push(folder);
		return new JsonLinesLog<{ question: string }>(join(folder, 'state', 'unanswered.jsonl'));
	};
	afterEach(async () => {
		await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
	});

	it('GIVEN records appended THEN the last ones come back, newest last', async () => {
		const log = await newLog();
		expect(await log.tail(5)).toEqual([]);
		for (const question of ['one?', 'two?', 'three?']) await log.append({ question });
		expect(await log.tail(2)).toEqual([{ question: 'two?' }, { question: 'three?' }]);
		expect(await log.tail(0)).toEqual([]);
	});

	it('GIVEN a line torn by a crash THEN only that line is lost, not the next record', async () => {
		const log = await newLog();
		await log.append({ question: 'before?' });
		await appendFile(log.path, '{"question":"to');
		await log.append({ question: 'after?' });
		expect(await log.tail(10)).toEqual([{ question: 'before?' }, { question: 'after?' }]);
	});
});
