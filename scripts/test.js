// `npm test`: builds the app, then runs every test file (unit, service, browser) in one run of
// Node's test runner. Service suites run on PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

function testFiles(dir) {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(full);
		return entry.name.endsWith('.test.ts') ? [path.relative(root, full)] : [];
	});
}

const only = process.argv.slice(2);
const files = only.length ? only : [...testFiles('src'), ...testFiles('tests')].sort();
const needsBuild = files.some((f) => f.startsWith('tests/e2e'));

if (needsBuild && process.env.SKIP_BUILD !== '1') {
	console.log('Building the app for the browser tests …');
	const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
	if (built.status !== 0) process.exit(built.status ?? 1);
}

console.log(`Engines: PGlite${process.env.TEST_DATABASE_URL ? ' and PostgreSQL' : ' (set TEST_DATABASE_URL for PostgreSQL too)'}`);
const run = spawnSync(
	process.execPath,
	['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
	{ stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } }
);
process.exit(run.status ?? 1);
