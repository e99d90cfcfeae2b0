/**
 * The server as a process: one process per PGlite directory (lock file), a clean exit on SIGTERM,
 * data kept across restarts, start-up times, and the command-line tool next to it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort, makeDataDir, root, spawnServer, startServer, type Server } from './support.ts';

/** Runs the CLI on a data directory; resolves with its exit code and output. */
function cli(dataDir: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
		delete env.DATABASE_URL;
		const child = spawn(process.execPath, ['bin/samenspel.js', ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (c) => (stdout += c));
		child.stderr.on('data', (c) => (stderr += c));
		const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
		child.on('error', reject);
		child.on('exit', (code) => {
			clearTimeout(timer);
			resolve({ code, stdout, stderr });
		});
	});
}

async function organisationCount(base: string): Promise<number> {
	const res = await fetch(`${base}/api/v1/organisations`);
	assert.equal(res.status, 200);
	return ((await res.json()) as unknown[]).length;
}

describe('one process per data directory', () => {
	const dataDir = makeDataDir();
	let first: Server | undefined;
	let count = 0;

	before(async () => {
		first = await startServer({ dataDir });
		console.log(`cold start (empty directory, migrations and demo data): ${first.startupMs} ms`);
		count = await organisationCount(first.url);
		assert.ok(count > 0, 'the demo data was loaded');
	});

	after(async () => {
		await first?.stop();
		fs.rmSync(dataDir, { recursive: true, force: true });
	});

	it('a second server on the same directory exits non-zero with "in use"', async () => {
		const second = spawnServer(dataDir, await freePort());
		const timer = setTimeout(() => second.child.kill('SIGKILL'), 30_000);
		const code = await second.exited;
		clearTimeout(timer);
		assert.notEqual(code, 0, `exit code ${code}`);
		assert.notEqual(code, null, 'it exited by itself, not by a kill');
		assert.match(second.output(), /in use/);
		assert.equal(await organisationCount(first!.url), count, 'the first server is unharmed');
	});

	it('the CLI refuses the held directory with the same message', async () => {
		const run = await cli(dataDir, ['demo', 'load']);
		assert.notEqual(run.code, 0);
		assert.match(run.stderr + run.stdout, /in use/);
	});

	it('SIGTERM ends the server with exit code 0 and removes the lock file', async () => {
		const lock = path.join(dataDir, 'samenspel.lock');
		assert.ok(fs.existsSync(lock), 'the running server holds samenspel.lock');
		const code = await first!.stop({ keepData: true });
		first = undefined;
		assert.equal(code, 0);
		assert.equal(fs.existsSync(lock), false, 'the lock file is gone');
	});

	it('a restart on the same directory works and keeps the data, without loading the demo again', async () => {
		const again = await startServer({ dataDir });
		try {
			console.log(`warm start (existing directory): ${again.startupMs} ms`);
			assert.equal(await organisationCount(again.url), count, 'same number of organisations');
			assert.doesNotMatch(again.output(), /Demo data loaded/);
		} finally {
			assert.equal(await again.stop({ keepData: true }), 0);
		}
	});

	it('SIGINT (Ctrl-C) ends the server cleanly too and releases the directory', async () => {
		const again = await startServer({ dataDir });
		assert.equal(await again.stop({ keepData: true, signal: 'SIGINT' }), 0);
		assert.equal(fs.existsSync(path.join(dataDir, 'samenspel.lock')), false);
	});
});

describe('the command-line tool', () => {
	const dataDir = makeDataDir();
	let server: Server | undefined;

	after(async () => {
		await server?.stop();
		fs.rmSync(dataDir, { recursive: true, force: true });
	});

	it('user create, then token create, gives an ssp_ token that works against a server started later', async () => {
		const made = await cli(dataDir, ['user', 'create', '--email', 'x@example.org', '--name', 'X', '--password', 'longpassword1', '--admin']);
		assert.equal(made.code, 0, made.stderr);
		assert.match(made.stdout, /x@example\.org/);

		const issued = await cli(dataDir, ['token', 'create', '--email', 'x@example.org']);
		assert.equal(issued.code, 0, issued.stderr);
		const token = issued.stdout.trim().split('\n').pop() ?? '';
		assert.match(token, /^ssp_[A-Za-z0-9_-]{20,}$/);
		assert.equal(fs.existsSync(path.join(dataDir, 'samenspel.lock')), false, 'the CLI released the directory');

		// DEMO_DATA=0: no demo region on top, so this start is quick; the token is all that matters.
		server = await startServer({ dataDir, env: { DEMO_DATA: '0' } });
		const res = await fetch(`${server.url}/api/v1/organisations`, {
			method: 'POST',
			headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
			body: JSON.stringify({ name: 'Via de CLI', kind: 'other', website: 'https://cli.example.org' })
		});
		assert.equal(res.status, 201, await res.clone().text());
		assert.equal(((await res.json()) as { name: string }).name, 'Via de CLI');
	});
});
