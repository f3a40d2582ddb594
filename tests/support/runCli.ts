import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '../..');

/** Runs a script of this repository the way a user does, returning its exit code and both streams. */
export function runScript(
	script: string,
	args: readonly string[],
	options: { env?: Record<string, string>; input?: string } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, script), ...args], {
			cwd: REPO_ROOT,
			env: { ...process.env, LOG_LEVEL: 'warn', ...options.env },
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => {
			stdout += chunk;
		});
		child.stderr.on('data', (chunk) => {
			stderr += chunk;
		});
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stdout, stderr }));
		child.stdin.end(options.input ?? '');
	});
}
