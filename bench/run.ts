/// <reference path="./autocannon.d.ts" />
// `npm run bench [-- --write]`: load test of the built app on PostgreSQL, cold start on PGlite.
//
// 1. Creates a fresh PostgreSQL database, starts `build/index.js` on it (demo data loads on first
//    start), warms up each URL, then runs autocannon (50 connections, 10 s each, loopback only) on
//    the static page `/over` (the framework's ceiling: same hooks and layout, no query), the home
//    page and a public space page. Reads the server's RSS after the runs, stops it, drops the
//    database.
// 2. Cold start on PGlite: a first start on a fresh directory (migrations + demo data), then three
//    restarts on that directory, each timed from spawn to the first 200 from /healthz.
// 3. Prints a Markdown table and PASS/FAIL per target; `--write` puts a dated section into
//    BENCHMARKS.md (replacing that date's section if it is there).
//
// Exits non-zero only when something crashes; a missed target is a figure, not a failure.
//
// Options: --write, --duration <s> (10), --warmup <s> (2), --connections <n> (50),
//          --restarts <n> (3), --rounds <n> (1: measure the three pages n times, interleaved, and
//          report each page's median; for a machine that other work keeps busy). BENCH_PG_URL (default
//          postgres://samenspel:samenspel@127.0.0.1:5432/postgres) names a maintenance database
//          on a loopback PostgreSQL server whose role may CREATE DATABASE.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import pg from 'pg';
import { freePort } from '../tests/free-port.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverEntry = path.join(root, 'build', 'index.js');
// The heap limit `npm start` runs with (package.json): the server is measured as it is run.
const serverNodeFlags = ['--max-old-space-size=160'];
const benchmarksFile = path.join(root, 'BENCHMARKS.md');

const SPACE_SLUG = 'burgerinbreng-regioplan-2026';
const TARGETS = { spaceRatio: 0.6, spaceP99Ms: 150, coldStartMs: 3000, rssMb: 250 };

// ---------------------------------------------------------------- options

function option(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	if (i === -1) return fallback;
	const value = Number(process.argv[i + 1]);
	if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
	return value;
}

const write = process.argv.includes('--write');
const duration = option('duration', 10);
const warmup = option('warmup', 2);
const connections = option('connections', 50);
const restarts = option('restarts', 3);
const rounds = option('rounds', 1);
const adminUrl = process.env.BENCH_PG_URL ?? 'postgres://samenspel:samenspel@127.0.0.1:5432/postgres';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
if (!LOOPBACK.has(new URL(adminUrl).hostname)) throw new Error(`BENCH_PG_URL must point at loopback, not ${new URL(adminUrl).hostname}`);

// ---------------------------------------------------------------- server processes

interface Server {
	child: ChildProcess;
	port: number;
	base: string;
	output: string[];
	exited: Promise<number | null>;
}


const running = new Set<Server>();
/** What to undo if the run is interrupted (Ctrl-C) after the servers have stopped. */
const interrupted: (() => Promise<unknown>)[] = [];

/** Starts the built app on loopback; `database` is either a PostgreSQL URL or a PGlite directory. */
async function startServer(database: { url: string } | { dataDir: string }): Promise<Server> {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: base, NODE_ENV: 'production' };
	for (const key of ['DATABASE_URL', 'DATA_DIR', 'SMTP_URL', 'DEMO_DATA']) delete env[key];
	if ('url' in database) env.DATABASE_URL = database.url;
	else env.DATA_DIR = database.dataDir;
	const child = spawn(process.execPath, [...serverNodeFlags, serverEntry], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
	const output: string[] = [];
	const keep = (chunk: Buffer) => {
		output.push(chunk.toString());
		if (output.length > 200) output.shift();
	};
	child.stdout!.on('data', keep);
	child.stderr!.on('data', keep);
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
	const server: Server = { child, port, base, output, exited };
	running.add(server);
	void exited.then(() => running.delete(server));
	return server;
}

/** Polls /healthz until it answers 200; returns ms since `since` (a performance.now() value). */
async function waitHealthy(server: Server, since: number, timeoutMs = 120_000): Promise<number> {
	let gone = false;
	void server.exited.then(() => (gone = true));
	while (performance.now() - since < timeoutMs) {
		if (gone) throw new Error(`server exited before it was ready:\n${server.output.join('')}`);
		try {
			const response = await fetch(`${server.base}/healthz`, { signal: AbortSignal.timeout(2000) });
			if (response.ok) {
				await response.arrayBuffer();
				return performance.now() - since;
			}
			await response.arrayBuffer();
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 10));
	}
	throw new Error(`server not healthy after ${timeoutMs} ms:\n${server.output.join('')}`);
}

async function stopServer(server: Server): Promise<void> {
	if (server.child.exitCode !== null || server.child.signalCode !== null) return;
	server.child.kill('SIGTERM');
	const timer = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
	await server.exited;
	clearTimeout(timer);
}

const CLOCK_TICKS = (() => {
	try {
		return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
	} catch {
		return 100;
	}
})();

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number): number {
	const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** Busy and total CPU seconds of the whole machine so far. */
function machineSeconds(): { busy: number; total: number } {
	const t = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1, 9).map(Number);
	const [user, nice, system, idle, iowait, irq, softirq, steal] = t;
	return { busy: (user + nice + system + irq + softirq + steal) / CLOCK_TICKS, total: (user + nice + system + idle + iowait + irq + softirq + steal) / CLOCK_TICKS };
}

function rssMb(pid: number): { rss: number; peak: number } {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
	return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

// ---------------------------------------------------------------- load

interface Figures {
	label: string;
	path: string;
	bytes: number;
	reqPerSec: number;
	p50: number;
	p99: number;
	max: number;
	requests: number;
	non2xx: number;
	errors: number;
	timeouts: number;
	/** Server CPU (user + system) per request: steadier than req/s when other work shares the machine. */
	cpuMsPerRequest: number;
	/** Share of the machine's CPU in use during the measurement (by anything). */
	machineBusy: number;
}

async function load(server: Server, label: string, urlPath: string): Promise<Figures> {
	const base = server.base;
	const pid = server.child.pid!;
	const url = base + urlPath;
	if (!LOOPBACK.has(new URL(url).hostname)) throw new Error(`refusing to load-test ${url}: loopback only`);
	const probe = await fetch(url, { headers: { accept: 'text/html' } });
	const body = await probe.text();
	if (probe.status !== 200) throw new Error(`${urlPath} answered ${probe.status}, not 200`);
	process.stderr.write(`  ${label} (${urlPath}): warm-up ${warmup} s … `);
	await autocannon({ url, connections, duration: warmup, headers: { accept: 'text/html' } });
	process.stderr.write(`measuring ${duration} s … `);
	const cpu0 = cpuSeconds(pid);
	const machine0 = machineSeconds();
	const r: Result = await autocannon({ url, connections, duration, headers: { accept: 'text/html' } });
	const cpu = cpuSeconds(pid) - cpu0;
	const machine1 = machineSeconds();
	const machineBusy = (machine1.busy - machine0.busy) / (machine1.total - machine0.total);
	process.stderr.write(`${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms\n`);
	return {
		label,
		path: urlPath,
		bytes: Buffer.byteLength(body),
		reqPerSec: r.requests.average,
		p50: r.latency.p50,
		p99: r.latency.p99,
		max: r.latency.max,
		requests: r.requests.total,
		non2xx: r.non2xx,
		errors: r.errors,
		timeouts: r.timeouts,
		cpuMsPerRequest: r.requests.total ? (cpu * 1000) / r.requests.total : NaN,
		machineBusy
	};
}

/** Several rounds of one page: the median of each figure, the sum of failures. */
function combine(runs: Figures[]): Figures {
	if (runs.length === 1) return runs[0];
	const mid = (pick: (f: Figures) => number) => median(runs.map(pick));
	const sum = (pick: (f: Figures) => number) => runs.reduce((a, f) => a + pick(f), 0);
	return {
		...runs[0],
		reqPerSec: mid((f) => f.reqPerSec),
		p50: mid((f) => f.p50),
		p99: mid((f) => f.p99),
		max: Math.max(...runs.map((f) => f.max)),
		requests: sum((f) => f.requests),
		non2xx: sum((f) => f.non2xx),
		errors: sum((f) => f.errors),
		timeouts: sum((f) => f.timeouts),
		cpuMsPerRequest: mid((f) => f.cpuMsPerRequest),
		machineBusy: mid((f) => f.machineBusy)
	};
}

// ---------------------------------------------------------------- PostgreSQL

function withDatabase(url: string, name: string): string {
	const u = new URL(url);
	u.pathname = `/${name}`;
	return u.toString();
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: adminUrl });
	await client.connect();
	try {
		return await run(client);
	} finally {
		await client.end();
	}
}

// ---------------------------------------------------------------- the run

interface Report {
	date: string;
	machine: { cores: number; memoryGb: number; cpu: string; node: string; postgres: string; kernel: string; load: number[] };
	build: { built: string; commit: string };
	pages: Figures[];
	rss: { rss: number; peak: number; idle: number };
	cold: { first: number; restarts: number[]; median: number };
}

async function benchPostgres(): Promise<{ pages: Figures[]; rss: Report['rss']; postgres: string }> {
	const name = `samenspel_bench_${Date.now()}`;
	const drop = () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
	const postgres = await admin(async (c) => {
		await c.query(`CREATE DATABASE ${name}`);
		interrupted.push(drop);
		return (await c.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
	});
	process.stderr.write(`PostgreSQL ${postgres}: database ${name}\n`);
	let server: Server | undefined;
	try {
		server = await startServer({ url: withDatabase(adminUrl, name) });
		const ready = await waitHealthy(server, performance.now());
		process.stderr.write(`  server ready (pid ${server.child.pid}, port ${server.port}) in ${Math.round(ready)} ms\n`);
		const idle = rssMb(server.child.pid!).rss;
		const targets: [string, string][] = [
			['static page (ceiling)', '/over'],
			['home page', '/'],
			['space page', `/ruimtes/${SPACE_SLUG}`]
		];
		const runs: Figures[][] = targets.map(() => []);
		for (let round = 1; round <= rounds; round++) {
			if (rounds > 1) process.stderr.write(` round ${round} of ${rounds}\n`);
			for (const [i, [label, urlPath]] of targets.entries()) runs[i].push(await load(server, label, urlPath));
		}
		const pages = runs.map(combine);
		const after = rssMb(server.child.pid!);
		return { pages, rss: { ...after, idle }, postgres };
	} finally {
		if (server) await stopServer(server);
		await drop();
		interrupted.splice(interrupted.indexOf(drop), 1);
		process.stderr.write(`  database ${name} dropped\n`);
	}
}

async function benchColdStart(): Promise<Report['cold']> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenspel-bench-'));
	const remove = async () => fs.rmSync(dir, { recursive: true, force: true });
	interrupted.push(remove);
	process.stderr.write(`PGlite cold start in ${dir}\n`);
	try {
		const time = async () => {
			const since = performance.now();
			const server = await startServer({ dataDir: dir });
			try {
				return await waitHealthy(server, since);
			} finally {
				await stopServer(server);
			}
		};
		const first = await time();
		process.stderr.write(`  first start (migrations + demo data): ${Math.round(first)} ms\n`);
		const times: number[] = [];
		for (let i = 0; i < restarts; i++) {
			times.push(await time());
			process.stderr.write(`  restart ${i + 1}: ${Math.round(times[i])} ms\n`);
		}
		return { first, restarts: times, median: median(times) };
	} finally {
		await remove();
		interrupted.splice(interrupted.indexOf(remove), 1);
	}
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// ---------------------------------------------------------------- output

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)} ms`;
const pct = (n: number) => `${Math.round(n * 100)}%`;

function targets(report: Report) {
	const [ceiling, , spacePage] = report.pages;
	const ratio = spacePage.reqPerSec / ceiling.reqPerSec;
	return [
		{ what: `space page throughput ≥ ${pct(TARGETS.spaceRatio)} of the ceiling`, seen: pct(ratio), met: ratio >= TARGETS.spaceRatio },
		{ what: `space page p99 < ${TARGETS.spaceP99Ms} ms`, seen: ms(spacePage.p99), met: spacePage.p99 < TARGETS.spaceP99Ms },
		{ what: `cold start on an existing PGlite directory < ${TARGETS.coldStartMs / 1000} s (median of ${report.cold.restarts.length})`, seen: ms(Math.round(report.cold.median)), met: report.cold.median < TARGETS.coldStartMs },
		{ what: `RSS after the run < ${TARGETS.rssMb} MB`, seen: `${Math.round(report.rss.rss)} MB`, met: report.rss.rss < TARGETS.rssMb }
	];
}

function markdown(report: Report): string {
	const [ceiling] = report.pages;
	const m = report.machine;
	const lines = [
		`## ${report.date}`,
		'',
		`Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB memory, Linux ${m.kernel}, Node ${m.node}, PostgreSQL ${m.postgres}. ` +
			`autocannon ${connections} connections, ${warmup} s warm-up then ${duration} s per page, over loopback; app, database and load generator share the machine.`,
		'',
		`Build of ${report.build.built} (checkout at commit ${report.build.commit} when measured). Load average before the run: ${m.load.map((l) => l.toFixed(2)).join(', ')}` +
			(rounds > 1 ? `; ${rounds} interleaved rounds, medians shown.` : '.'),
		'',
		'| page | path | req/s | p50 | p99 | max | vs ceiling | non-2xx | errors | server CPU per request | vs ceiling (CPU) | machine busy | HTML |',
		'|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
		...report.pages.map(
			(p) =>
				`| ${p.label} | \`${p.path}\` | ${int(p.reqPerSec)} | ${ms(p.p50)} | ${ms(p.p99)} | ${ms(p.max)} | **${pct(p.reqPerSec / ceiling.reqPerSec)}** | ${p.non2xx} | ${p.errors + p.timeouts} | ${p.cpuMsPerRequest.toFixed(2)} ms | ${pct(ceiling.cpuMsPerRequest / p.cpuMsPerRequest)} | ${pct(p.machineBusy)} | ${(p.bytes / 1024).toFixed(1)} KB |`
		),
		'',
		'"vs ceiling (CPU)" is the ceiling\'s server CPU per request divided by the page\'s: the throughput ratio to expect when the',
		'Node process is the bottleneck, and much steadier than req/s when other work shares the machine ("machine busy" near 100%).',
		'',
		`Server memory (VmRSS): ${Math.round(report.rss.idle)} MB when ready, ${Math.round(report.rss.rss)} MB after the runs (peak ${Math.round(report.rss.peak)} MB).`,
		'',
		`Cold start on PGlite, spawn to first 200 from \`/healthz\`: first start on an empty directory (migrations + demo data) ${int(report.cold.first)} ms; ` +
			`restarts on that directory ${report.cold.restarts.map((t) => `${int(t)} ms`).join(', ')} (median ${int(report.cold.median)} ms).`,
		'',
		'| target | seen | |',
		'|---|---:|---|',
		...targets(report).map((t) => `| ${t.what} | ${t.seen} | ${t.met ? 'PASS' : 'FAIL'} |`),
		''
	];
	return lines.join('\n');
}

const INTRO = `# Benchmarks

Reproduce with \`npm run build && npm run bench -- --write\` (needs PostgreSQL on 127.0.0.1:5432 with
a role that may create databases; see \`bench/run.ts\`). One run measures, with autocannon
(50 connections, loopback only), the static page \`/over\` (the framework's ceiling: same hooks and
layout, no database), the home page and a public space page on PostgreSQL, the server's RSS after
the runs, and the cold start of the built app on an existing PGlite directory.

Absolute figures swing a lot on a noisy 2-core machine where the app, PostgreSQL and the load
generator share the cores: compare the ratios against the ceiling, not req/s across machines or days.
A missed target does not fail the command (it exits non-zero only on a crash): the figure is what counts.
`;

function writeSection(report: Report, section: string): void {
	const start = `<!-- bench ${report.date} -->`;
	const end = `<!-- /bench ${report.date} -->`;
	const block = `${start}\n${section}${end}\n`;
	let text = fs.existsSync(benchmarksFile) ? fs.readFileSync(benchmarksFile, 'utf8') : INTRO;
	const from = text.indexOf(start);
	const to = text.indexOf(end);
	if (from !== -1 && to > from) text = text.slice(0, from) + block + text.slice(to + end.length + 1);
	else text = `${text.trimEnd()}\n\n${block}`;
	fs.writeFileSync(benchmarksFile, text);
	process.stderr.write(`wrote the ${report.date} section of ${path.relative(process.cwd(), benchmarksFile)}\n`);
}

// ---------------------------------------------------------------- main

function buildInfo(): Report['build'] {
	const built = fs.statSync(serverEntry).mtime.toISOString().slice(0, 19).replace('T', ' ') + ' UTC';
	let commit = 'unknown';
	try {
		commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
	} catch {
		// not a git checkout
	}
	return { built, commit };
}

async function main(): Promise<void> {
	if (!fs.existsSync(serverEntry)) throw new Error('no build found: run `npm run build` first');
	const loadBefore = os.loadavg();
	const build = buildInfo();
	const { pages, rss, postgres } = await benchPostgres();
	const cold = await benchColdStart();
	const report: Report = {
		date: new Date().toISOString().slice(0, 10),
		machine: {
			cores: os.availableParallelism(),
			memoryGb: Math.round(os.totalmem() / 1024 ** 3),
			cpu: os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU',
			node: process.version,
			postgres,
			kernel: os.release(),
			load: loadBefore
		},
		build,
		pages,
		rss,
		cold
	};
	if (buildInfo().built !== build.built) {
		report.build.built += ' (replaced by a new build during the run: figures may mix both)';
		process.stderr.write('warning: build/ was rebuilt during the run\n');
	}
	const section = markdown(report);
	process.stdout.write(`\n${section}\n`);
	for (const t of targets(report)) process.stdout.write(`${t.met ? 'PASS' : 'FAIL'}  ${t.what}: ${t.seen}\n`);
	for (const p of pages) {
		if (p.non2xx || p.errors || p.timeouts) process.stdout.write(`note: ${p.path} had ${p.non2xx} non-2xx, ${p.errors} errors, ${p.timeouts} timeouts\n`);
	}
	if (write) writeSection(report, section);
}

async function cleanup(): Promise<void> {
	await Promise.all([...running].map(stopServer));
	for (const undo of interrupted.splice(0)) await undo().catch((error) => console.error(error));
}

process.once('SIGINT', () => {
	void cleanup().finally(() => process.exit(130));
});

try {
	await main();
} catch (error) {
	console.error(error);
	await cleanup();
	process.exitCode = 1;
}
