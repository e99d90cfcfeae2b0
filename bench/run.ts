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

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchmarksFile, buildLine, combinePages, createDatabase, dropDatabase, formatMs, int, isLoopback, loadOptions, loadPage, machineLine, median, noteFailedRequests, numberOption, pageTable, pct, printTargets, rssMb, startRun, startServer, stopAllServers, stopServer, targetTable, waitHealthy, withDatabase, writeSection, type PageFigures, type RunInfo, type Server, type Target } from './support.ts';

const SPACE_SLUG = 'burgerinbreng-regioplan-2026';
const TARGETS = { spaceRatio: 0.6, spaceP99Ms: 150, coldStartMs: 3000, rssMb: 250 };

// ---------------------------------------------------------------- options

const write = process.argv.includes('--write');
const load = loadOptions();
const { duration, warmup, connections } = load;
const restarts = numberOption('restarts', 3);
const rounds = numberOption('rounds', 1);
const adminUrl = process.env.BENCH_PG_URL ?? 'postgres://samenspel:samenspel@127.0.0.1:5432/postgres';

if (!isLoopback(adminUrl)) throw new Error(`BENCH_PG_URL must point at loopback, not ${new URL(adminUrl).hostname}`);

/** What to undo if the run is interrupted (Ctrl-C) after the servers have stopped. */
const interrupted: (() => Promise<unknown>)[] = [];

// From the shell these would point the server at another database (DATABASE_URL wins over
// DATA_DIR), send real mail or skip the demo data the measured pages show.
const UNSET = ['DATABASE_URL', 'DATA_DIR', 'SMTP_URL', 'DEMO_DATA'];

// ---------------------------------------------------------------- the run

interface Report extends RunInfo {
	pages: PageFigures[];
	rss: { rss: number; peak: number; idle: number };
	cold: { first: number; restarts: number[]; median: number };
}

async function benchPostgres(): Promise<{ pages: PageFigures[]; rss: Report['rss']; postgres: string }> {
	const name = `samenspel_bench_${Date.now()}`;
	const drop = () => dropDatabase(adminUrl, name);
	const postgres = await createDatabase(adminUrl, name, () => interrupted.push(drop));
	process.stderr.write(`PostgreSQL ${postgres}: database ${name}\n`);
	let server: Server | undefined;
	try {
		server = await startServer({ set: { DATABASE_URL: withDatabase(adminUrl, name) }, unset: UNSET });
		const ready = await waitHealthy(server);
		process.stderr.write(`  server ready (pid ${server.child.pid}, port ${server.port}) in ${Math.round(ready)} ms\n`);
		const idle = rssMb(server.child.pid!).rss;
		const targets: [string, string][] = [
			['static page (ceiling)', '/over'],
			['home page', '/'],
			['space page', `/ruimtes/${SPACE_SLUG}`]
		];
		const runs: PageFigures[][] = targets.map(() => []);
		for (let round = 1; round <= rounds; round++) {
			if (rounds > 1) process.stderr.write(` round ${round} of ${rounds}\n`);
			for (const [i, [label, urlPath]] of targets.entries()) runs[i].push(await loadPage(server, label, urlPath, load));
		}
		const pages = runs.map(combinePages);
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
			const server = await startServer({ set: { DATA_DIR: dir }, unset: UNSET });
			try {
				return await waitHealthy(server, { since });
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

// ---------------------------------------------------------------- output

const ms = (n: number) => formatMs(n);

function targets(report: Report): Target[] {
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
	const m = report.machine;
	const lines = [
		`## ${report.date}`,
		'',
		`${machineLine(m)}. ` +
			`autocannon ${connections} connections, ${warmup} s warm-up then ${duration} s per page, over loopback; app, database and load generator share the machine.`,
		'',
		buildLine(report.build, m) + (rounds > 1 ? `; ${rounds} interleaved rounds, medians shown.` : '.'),
		'',
		...pageTable(report.pages, ms),
		'',
		'"vs ceiling (CPU)" is the ceiling\'s server CPU per request divided by the page\'s: the throughput ratio to expect when the',
		'Node process is the bottleneck, and much steadier than req/s when other work shares the machine ("machine busy" near 100%).',
		'',
		`Server memory (VmRSS): ${Math.round(report.rss.idle)} MB when ready, ${Math.round(report.rss.rss)} MB after the runs (peak ${Math.round(report.rss.peak)} MB).`,
		'',
		`Cold start on PGlite, spawn to first 200 from \`/healthz\`: first start on an empty directory (migrations + demo data) ${int(report.cold.first)} ms; ` +
			`restarts on that directory ${report.cold.restarts.map((t) => `${int(t)} ms`).join(', ')} (median ${int(report.cold.median)} ms).`,
		'',
		...targetTable(targets(report)),
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

function writeReport(report: Report, section: string): void {
	writeSection(`bench ${report.date}`, section, INTRO);
	process.stderr.write(`wrote the ${report.date} section of ${path.relative(process.cwd(), benchmarksFile)}\n`);
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
	const finishRun = startRun();
	const { pages, rss, postgres } = await benchPostgres();
	const cold = await benchColdStart();
	const report: Report = { ...finishRun(postgres), pages, rss, cold };
	const section = markdown(report);
	process.stdout.write(`\n${section}\n`);
	printTargets(targets(report));
	for (const p of pages) noteFailedRequests(p);
	if (write) writeReport(report, section);
}

async function cleanup(): Promise<void> {
	await stopAllServers();
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
