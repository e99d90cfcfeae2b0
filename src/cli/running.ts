// The command-line tool as a user runs it, for its tests: a child process without a database.
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** No DATABASE_URL and a data directory that does not exist: commands that work on files must need neither. */
export function runSamenspel(...args: string[]) {
	const env = { ...process.env, DATABASE_URL: '', DATA_DIR: path.join(tmpdir(), 'samenspel-no-data-here') };
	const run = spawnSync(process.execPath, ['bin/samenspel.js', ...args], { cwd: root, env, encoding: 'utf8' });
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
