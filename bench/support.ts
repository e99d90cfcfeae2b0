/// <reference path="./autocannon.d.ts" />
// What the benchmarks share: the built server, the /proc readings, the page load runs, the scratch
// databases, the cleanup after a run and the Markdown around them. Kept in one place so that they
// measure the same way and their sections in BENCHMARKS.md stay comparable.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon, { type Options, type Result } from 'autocannon';
import pg from 'pg';
import type { Database } from '../src/lib/server/db/client.ts';
import { freePort } from '../tests/free-port.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverEntry = path.join(root, 'build', 'index.js');
export const benchmarksFile = path.join(root, 'BENCHMARKS.md');
// The heap limit `npm start` runs with (package.json): the server is measured as it is run.
const serverNodeFlags = ['--max-old-space-size=160'];

/** Progress goes to stderr, so that stdout holds only the report. */
export const log = (line: string) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------- options

/** `--name <n>`; `whole` for counts, where a fraction would be a typing mistake. */
export function numberOption(name: string, fallback: number, whole = false): number {
	const i = process.argv.indexOf(`--${name}`);
	if (i === -1) return fallback;
	const value = Number(process.argv[i + 1]);
	if (!(whole ? Number.isInteger(value) : Number.isFinite(value)) || value <= 0) throw new Error(`--${name} needs a positive ${whole ? 'whole ' : ''}number`);
	return value;
}

/** The load options both benchmarks take, with the same defaults, so that their page figures compare. */
export function loadOptions(whole = false): LoadSettings {
	return { duration: numberOption('duration', 10, whole), warmup: numberOption('warmup', 2, whole), connections: numberOption('connections', 50, whole) };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Load is only ever aimed at this machine: a benchmark must never hammer someone else's server. */
export function isLoopback(url: string): boolean {
	return LOOPBACK.has(new URL(url).hostname);
}

// ---------------------------------------------------------------- server processes

export interface Server {
	child: ChildProcess;
	port: number;
	base: string;
	output: string[];
	exited: Promise<number | null>;
}

// Every server still up, so that a crash or Ctrl-C does not leave one holding a port and a database.
const running = new Set<Server>();

/**
 * Starts the built app on loopback. `unset` names what must not leak in from the shell that runs
 * the bench (another database, a real mail server …); `set` is applied after it.
 */
export async function startServer(env: { set: Record<string, string>; unset: readonly string[] }, entry = serverEntry): Promise<Server> {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: base, NODE_ENV: 'production' };
	for (const key of env.unset) delete childEnv[key];
	Object.assign(childEnv, env.set);
	const child = spawn(process.execPath, [...serverNodeFlags, entry], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
	// The last of what it printed, to show when it dies before it is ready.
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

/**
 * Polls /healthz until it answers 200; returns ms since `since` (a performance.now() value, by
 * default the call), so that a cold start can be timed from the spawn.
 */
export async function waitHealthy(server: Server, { since = performance.now(), pollMs = 10, timeoutMs = 120_000 } = {}): Promise<number> {
	let gone = false;
	void server.exited.then(() => (gone = true));
	while (performance.now() - since < timeoutMs) {
		if (gone) throw new Error(`server exited before it was ready:\n${server.output.join('')}`);
		try {
			const response = await fetch(`${server.base}/healthz`, { signal: AbortSignal.timeout(2000) });
			// Read the body in any case: an unread one keeps its socket busy.
			await response.arrayBuffer();
			if (response.ok) return performance.now() - since;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, pollMs));
	}
	throw new Error(`server not healthy after ${timeoutMs} ms:\n${server.output.join('')}`);
}

export async function stopServer(server: Server): Promise<void> {
	if (server.child.exitCode !== null || server.child.signalCode !== null) return;
	server.child.kill('SIGTERM');
	// A server that hangs on shutdown must not hang the bench.
	const timer = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
	await server.exited;
	clearTimeout(timer);
}

/** For a crash or Ctrl-C: whatever is still running. */
export async function stopAllServers(): Promise<void> {
	await Promise.all([...running].map(stopServer));
}

// ---------------------------------------------------------------- readings from /proc

// /proc counts CPU time in clock ticks; 100 a second is the usual value where getconf is missing.
const CLOCK_TICKS = (() => {
	try {
		return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
	} catch {
		return 100;
	}
})();

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number): number {
	// The command name in parentheses may hold spaces: count the fields after it.
	const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** Busy and total CPU seconds of the whole machine so far. */
function machineSeconds(): { busy: number; total: number } {
	const t = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1, 9).map(Number);
	const [user, nice, system, idle, iowait, irq, softirq, steal] = t;
	return { busy: (user + nice + system + irq + softirq + steal) / CLOCK_TICKS, total: (user + nice + system + idle + iowait + irq + softirq + steal) / CLOCK_TICKS };
}

/** Resident memory of a process now and at its peak, in MB. */
export function rssMb(pid: number): { rss: number; peak: number } {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
	return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

// ---------------------------------------------------------------- statistics

/** The demo's seeded generator: every run of a benchmark measures the same data. */
export { seededRandom as random } from '../src/lib/seededRandom.ts';

/** Wall time of one run of code in this process, with what it returned. */
export function timed<T>(run: () => T): { ms: number; result: T } {
	const start = performance.now();
	const result = run();
	return { ms: performance.now() - start, result };
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile: always a latency that was seen, never one between two. */
export function percentile(sorted: number[], p: number): number {
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

// ---------------------------------------------------------------- page load

export interface PageFigures {
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

export interface LoadSettings {
	connections: number;
	/** Seconds of load before measuring, so that caches and the JIT are warm. */
	warmup: number;
	duration: number;
}

/**
 * A query parameter that changes with every request, so that no cache in front of the page (ours
 * or a proxy's) can answer: what it costs to render the page each time.
 */
function everyRequestNew(urlPath: string): Options['requests'] {
	let n = 0;
	const separator = urlPath.includes('?') ? '&' : '?';
	return [{ setupRequest: (request) => ({ ...request, path: `${urlPath}${separator}n=${++n}` }) }];
}

/** autocannon on one page of `server`, which must answer it with 200 first; `uncached`: see `everyRequestNew`. */
export async function loadPage(server: Server, label: string, urlPath: string, { connections, warmup, duration }: LoadSettings, { uncached = false } = {}): Promise<PageFigures> {
	const url = server.base + urlPath;
	if (!isLoopback(url)) throw new Error(`refusing to load-test ${url}: loopback only`);
	const pid = server.child.pid!;
	const probe = await fetch(url, { headers: { accept: 'text/html' } });
	const body = await probe.text();
	if (probe.status !== 200) throw new Error(`${urlPath} answered ${probe.status}, not 200`);
	const options = { url, connections, headers: { accept: 'text/html' }, requests: uncached ? everyRequestNew(urlPath) : undefined };
	process.stderr.write(`  ${label} (${urlPath}): warm-up ${warmup} s … `);
	await autocannon({ ...options, duration: warmup });
	process.stderr.write(`measuring ${duration} s … `);
	const cpu0 = cpuSeconds(pid);
	const machine0 = machineSeconds();
	const r: Result = await autocannon({ ...options, duration });
	const cpu = cpuSeconds(pid) - cpu0;
	const machine1 = machineSeconds();
	process.stderr.write(`${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms\n`);
	return {
		label,
		path: uncached ? `${urlPath}${urlPath.includes('?') ? '&' : '?'}n=…` : urlPath,
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
		machineBusy: (machine1.busy - machine0.busy) / (machine1.total - machine0.total)
	};
}

/** As the pages escape their text, so that a title with `&` or `<` in it is still found in their HTML. */
export const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** Several rounds of one page: the median of each figure, the sum of failures. */
export function combinePages(runs: PageFigures[]): PageFigures {
	if (runs.length === 1) return runs[0];
	const mid = (pick: (f: PageFigures) => number) => median(runs.map(pick));
	const sum = (pick: (f: PageFigures) => number) => runs.reduce((a, f) => a + pick(f), 0);
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

export function withDatabase(url: string, name: string): string {
	const u = new URL(url);
	u.pathname = `/${name}`;
	return u.toString();
}

async function admin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: adminUrl });
	await client.connect();
	try {
		return await run(client);
	} finally {
		await client.end();
	}
}

/**
 * Creates the database `name` on the server of `adminUrl` and returns the server's version.
 * `created` runs as soon as the database exists, so that its removal is arranged before anything
 * else can fail.
 */
export function createDatabase(adminUrl: string, name: string, created: () => void): Promise<string> {
	return admin(adminUrl, async (c) => {
		await c.query(`CREATE DATABASE ${name}`);
		created();
		return (await c.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
	});
}

/** FORCE: a server or pool the bench lost track of must not keep the database alive. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
	await admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

// ---------------------------------------------------------------- a run on a scratch database

/** The server to create scratch databases on; loopback only, since the load reaches it too. */
export function postgresAdminUrl(): string {
	const url = process.env.BENCH_PG_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://samenspel:samenspel@127.0.0.1:5432/postgres';
	if (!isLoopback(url)) throw new Error(`the PostgreSQL server must be on loopback, not ${new URL(url).hostname}`);
	return url;
}

// The pools still open and what else to undo, so that a crash or Ctrl-C leaves nothing behind.
const openPools = new Set<() => Promise<void>>();
const undoSteps: (() => Promise<unknown>)[] = [];

/** Registers a pool's `close`; the function returned closes it once, whoever calls it first. */
export function trackPool(close: () => Promise<void>): () => Promise<void> {
	let closed: Promise<void> | undefined;
	const once = () => {
		openPools.delete(once);
		return (closed ??= close());
	};
	openPools.add(once);
	return once;
}

/** `trackPool` for the app's own client, which support.ts only names as a type: the benches without a database would load it for nothing. */
export function trackDatabase(database: Database): Database {
	return { ...database, close: trackPool(() => database.close()) };
}

/** Undone in reverse order after servers and pools are gone: a dropped database ends its connections under them. */
export function onCleanup(step: () => Promise<unknown>): void {
	undoSteps.push(step);
}

export async function cleanup(): Promise<void> {
	await stopAllServers();
	await Promise.all([...openPools].map((close) => close().catch(() => {})));
	for (const step of undoSteps.splice(0).reverse()) await step().catch((error) => console.error(error));
}

/** A database of this run's own (`tag` names the bench), dropped by `cleanup`. */
export async function scratchDatabase(adminUrl: string, tag: string): Promise<{ url: string; postgres: string }> {
	const name = `samenspel_bench_${tag}_${Date.now()}`;
	const postgres = await createDatabase(adminUrl, name, () =>
		onCleanup(async () => {
			await dropDatabase(adminUrl, name);
			log(`database ${name} dropped`);
		})
	);
	log(`PostgreSQL ${postgres}: database ${name}`);
	return { url: withDatabase(adminUrl, name), postgres };
}

/**
 * The built server on a bench's database: the bench seeds its own data, and the rest (a data
 * directory, a mail server, proxy headers) would come from the shell's own setup. `set` adds to it.
 */
export function startOnDatabase(databaseUrl: string, { set = {}, entry }: { set?: Record<string, string>; entry?: string } = {}): Promise<Server> {
	return startServer({ set: { DATABASE_URL: databaseUrl, DEMO_DATA: '0', ...set }, unset: ['DATA_DIR', 'SMTP_URL', 'ADDRESS_HEADER', 'XFF_DEPTH'] }, entry);
}

/** Runs a bench with `cleanup` after it in any case, Ctrl-C included; a crash is printed and sets the exit code. */
export async function runBench(body: () => Promise<void>): Promise<void> {
	process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
	await body().catch((error: unknown) => {
		console.error(error);
		process.exitCode = 1;
	});
	await cleanup();
}

// ---------------------------------------------------------------- machine and build

export interface Machine {
	cores: number;
	memoryGb: number;
	cpu: string;
	node: string;
	postgres: string;
	kernel: string;
	load: number[];
}

function machineInfo(postgres: string, load: number[]): Machine {
	return {
		cores: os.availableParallelism(),
		memoryGb: Math.round(os.totalmem() / 1024 ** 3),
		cpu: os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU',
		node: process.version,
		postgres,
		kernel: os.release(),
		load
	};
}

export interface BuildInfo {
	built: string;
	commit: string;
}

/** Which build is measured: its time, since the checkout's commit need not be what was built. */
function buildInfo(): BuildInfo {
	const built = fs.statSync(serverEntry).mtime.toISOString().slice(0, 19).replace('T', ' ') + ' UTC';
	let commit = 'unknown';
	try {
		commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
	} catch {
		// not a git checkout
	}
	return { built, commit };
}

/** What every report starts with: when, on what, and which build. */
export interface RunInfo {
	date: string;
	machine: Machine;
	build: BuildInfo;
}

/**
 * Call before measuring: it takes the load average then, since the run itself raises it, and notes
 * the build. The function it returns completes the report's head once the PostgreSQL version is
 * known, and marks the build when build/ was replaced meanwhile, as the figures may then mix two.
 */
export function startRun(): (postgres: string) => RunInfo {
	if (!fs.existsSync(serverEntry)) throw new Error('no build found: run `npm run build` first');
	const load = os.loadavg();
	const build = buildInfo();
	return (postgres) => {
		const info = { date: new Date().toISOString().slice(0, 10), machine: machineInfo(postgres, load), build };
		if (buildInfo().built !== build.built) {
			build.built += ' (replaced by a new build during the run: figures may mix both)';
			process.stderr.write('warning: build/ was rebuilt during the run\n');
		}
		return info;
	};
}

// ---------------------------------------------------------------- output

export const int = (n: number) => Math.round(n).toLocaleString('en-US');
export const pct = (n: number) => `${Math.round(n * 100)}%`;

/** Milliseconds with one decimal, or whole from `wholeFrom` on, where a decimal is only noise. */
export const formatMs = (n: number, wholeFrom = Infinity) => `${n >= wholeFrom || Number.isInteger(n) ? Math.round(n) : n.toFixed(1)} ms`;

export function machineLine(m: Machine): string {
	return `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB memory, Linux ${m.kernel}, Node ${m.node}, PostgreSQL ${m.postgres}`;
}

export function buildLine(build: BuildInfo, m: Machine): string {
	return `Build of ${build.built} (checkout at commit ${build.commit} when measured). Load average before the run: ${m.load.map((l) => l.toFixed(2)).join(', ')}`;
}

/** Where and on which build a section was measured; `rounds` above one says that medians are shown. */
export function runLines(run: RunInfo, rounds = 1): string[] {
	return [
		`${machineLine(run.machine)}; app, database and load generator share the machine, over loopback.`,
		'',
		buildLine(run.build, run.machine) + (rounds > 1 ? `; ${rounds} rounds, medians shown.` : '.')
	];
}

/** How `loadPage` was run, worded alike in every section with a page table. */
export function loadSentence({ connections, warmup, duration }: LoadSettings): string {
	return `autocannon ${connections} connections, ${warmup} s warm-up then ${duration} s per page, the pages interleaved per round.`;
}

/** Why a p99 target at that many connections needs a throughput far above what the p99 alone suggests. */
export function closedLoopSentence(connections: number, p99Ms: number): string {
	return `At ${connections} connections the load is a closed loop (mean latency ≈ connections ÷ throughput), so a p99 under ${p99Ms} ms needs well over ${int(connections / (p99Ms / 1000))} req/s.`;
}

/** A page's p99 against `limitMs`: a p99 of requests that failed or never came back says nothing, so those runs do not pass. */
export function judgeP99(p: PageFigures, limitMs: number, ms: (n: number) => string): { seen: string; met: boolean } {
	const failed = p.non2xx + p.errors + p.timeouts;
	return { seen: p.requests === 0 ? 'no answers' : failed ? `${ms(p.p99)}, ${failed} failed` : ms(p.p99), met: p.requests > 0 && failed === 0 && p.p99 < limitMs };
}

/** The pages against the first, the ceiling: ratios hold across machines and days where req/s does not. */
export function pageTable(pages: PageFigures[], ms: (n: number) => string): string[] {
	const [ceiling] = pages;
	return [
		'| page | path | req/s | p50 | p99 | max | vs ceiling | non-2xx | errors | server CPU per request | vs ceiling (CPU) | machine busy | HTML |',
		'|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
		...pages.map(
			(p) =>
				`| ${p.label} | \`${p.path}\` | ${int(p.reqPerSec)} | ${ms(p.p50)} | ${ms(p.p99)} | ${ms(p.max)} | **${pct(p.reqPerSec / ceiling.reqPerSec)}** | ${p.non2xx} | ${p.errors + p.timeouts} | ` +
				`${p.cpuMsPerRequest.toFixed(2)} ms | ${pct(ceiling.cpuMsPerRequest / p.cpuMsPerRequest)} | ${pct(p.machineBusy)} | ${(p.bytes / 1024).toFixed(1)} KB |`
		)
	];
}

export interface Target {
	what: string;
	seen: string;
	met: boolean;
}

export function targetTable(targets: Target[]): string[] {
	return ['| target | seen | |', '|---|---:|---|', ...targets.map((t) => `| ${t.what} | ${t.seen} | ${t.met ? 'PASS' : 'FAIL'} |`)];
}

/** On stdout, whether or not `--write` puts the section into BENCHMARKS.md too. */
export function printReport(section: string, targets: Target[]): void {
	process.stdout.write(`\n${section}\n`);
	printTargets(targets);
}

/** On stdout after the section: a missed target is a figure to read, not a failure of the command. */
export function printTargets(targets: Target[]): void {
	for (const t of targets) process.stdout.write(`${t.met ? 'PASS' : 'FAIL'}  ${t.what}: ${t.seen}\n`);
}

/** Failed requests make a page's latencies meaningless, so they are called out beside the table. */
export function noteFailedRequests(p: PageFigures): void {
	if (p.non2xx || p.errors || p.timeouts) process.stdout.write(`note: ${p.path} had ${p.non2xx} non-2xx, ${p.errors} errors, ${p.timeouts} timeouts\n`);
}

/**
 * Puts `section` between the markers `<!-- key -->` and `<!-- /key -->` in BENCHMARKS.md, in place
 * of what stood there, so that a second run on one day replaces the first instead of adding to it.
 * Without `intro` a missing file is an error.
 */
export function writeSection(key: string, section: string, intro?: string): void {
	const start = `<!-- ${key} -->`;
	const end = `<!-- /${key} -->`;
	const block = `${start}\n${section}${end}\n`;
	let text = intro !== undefined && !fs.existsSync(benchmarksFile) ? intro : fs.readFileSync(benchmarksFile, 'utf8');
	const from = text.indexOf(start);
	const to = text.indexOf(end);
	if (from !== -1 && to > from) text = text.slice(0, from) + block + text.slice(to + end.length + 1);
	else text = `${text.trimEnd()}\n\n${block}`;
	fs.writeFileSync(benchmarksFile, text);
}

/** A bench's dated section, without an intro: bench/run.ts writes the file's head, and the section belongs below it. */
export function writeBenchSection(section: string, { key, title, date }: { key: string; title: string; date: string }): void {
	writeSection(`bench ${key} ${date}`, section);
	log(`wrote the ${title} section of ${date} in ${path.relative(process.cwd(), benchmarksFile)}`);
}
