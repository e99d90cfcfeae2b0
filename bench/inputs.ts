// `npm run bench:inputs [-- --write]`: the trace page of an input and the page of an action, on
// PostgreSQL with 20,000 inputs in one space, loopback only.
//
// 1. Creates a fresh PostgreSQL database, migrates it, loads the demo region and tops its space
//    "Burgerinbreng regioplan 2026" up to `--inputs` inputs through the services: notes typed in,
//    grouped into 40 spearheads, linked to actions (bench/inputs-seed.ts).
// 2. Starts `build/index.js` on that database (no demo load) and checks both pages: the trace page
//    `/inbreng/<id>` of an input taken up through two spearheads must show its number and status,
//    the action page `/acties/<slug>` of the action with thousands of inputs behind it must show
//    its title and that count; a wrong page stops the run.
// 3. autocannon (50 connections, 10 s after a 2 s warm-up), the pages interleaved per round: the
//    static page `/over` (the framework's ceiling, as in bench/run.ts), the two pages as anonymous
//    visitors get them, and both again with `?n=<counter>`, rendered for every request.
// 4. In process, without any kept view: each page's service call as a signed-in resident, timed
//    and with its queries counted, to show what one load costs the database.
// 5. Prints a Markdown section and PASS/FAIL per target; `--write` puts it into BENCHMARKS.md
//    (replacing the section of the same date). Stops the server and drops the database in any case.
//
// Exits non-zero when something crashes or a page is wrong; a missed speed target is a figure.
//
// Options: --write, --rounds <n> (3), --inputs <n> (20000), --duration <s> (10), --warmup <s> (2),
//          --connections <n> (50), --calls <n> (200: in-process calls per service).
// BENCH_PG_URL (else TEST_DATABASE_URL, else postgres://samenspel:samenspel@127.0.0.1:5432/postgres)
// names a database on a loopback PostgreSQL server whose role may CREATE DATABASE.

import { performance } from 'node:perf_hooks';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { openPostgres, type Db } from '../src/lib/server/db/client.ts';
import * as schema from '../src/lib/server/db/schema.ts';
import { translate } from '../src/lib/i18n/index.ts';
import { getInput } from '../src/lib/server/modules/inputs/index.ts';
import { getAction } from '../src/lib/server/modules/programme/index.ts';
import { seedBase } from './gatherings-seed.ts';
import { SPACE, actorFor, seedInputs, type InputsSeeded } from './inputs-seed.ts';
import { closedLoopSentence, combinePages, escapeHtml, formatMs, int, judgeP99, loadOptions, loadPage, loadSentence, log, noteFailedRequests, numberOption, pageTable, percentile, postgresAdminUrl, printReport, runBench, runLines, scratchDatabase, startOnDatabase, startRun, stopServer, targetTable, trackDatabase, trackPool, waitHealthy, writeBenchSection, type PageFigures, type RunInfo, type Server, type Target } from './support.ts';

const CEILING = '/over';
const TARGETS = { traceP99Ms: 150, actionP99Ms: 150 };

// ---------------------------------------------------------------- options

const option = (name: string, fallback: number) => numberOption(name, fallback, true);

const write = process.argv.includes('--write');
const rounds = option('rounds', 3);
const inputCount = option('inputs', 20_000);
const calls = option('calls', 200);
const load = loadOptions(true);
const { connections } = load;
const adminUrl = postgresAdminUrl();

const openPool = async (url: string, max: number) => trackDatabase(await openPostgres(url, max));

// ---------------------------------------------------------------- page checks

async function html(server: Server, urlPath: string): Promise<string> {
	const response = await fetch(server.base + urlPath, { headers: { accept: 'text/html' } });
	const body = await response.text();
	if (response.status !== 200) throw new Error(`${urlPath} answered ${response.status}, not 200`);
	return body;
}

/** The trace page must show the input's number and the status the service gives it, or the figures are for another page. */
async function checkTrace(server: Server, db: Db, id: string): Promise<{ path: string; number: number; status: string }> {
	const expected = await getInput(db, null, id);
	const urlPath = `/inbreng/${id}`;
	const body = await html(server, urlPath);
	const number = translate('nl', 'input.number', { number: expected.number });
	const status = translate('nl', `input.status.${expected.status}`);
	if (!body.includes(escapeHtml(number))) throw new Error(`${urlPath} does not show "${number}"`);
	if (!body.includes(escapeHtml(status))) throw new Error(`${urlPath} does not show the status "${status}"`);
	return { path: urlPath, number: expected.number, status };
}

/** The action page must show its title and the count of inputs behind it. */
async function checkAction(server: Server, db: Db, slug: string): Promise<{ path: string; title: string; total: number }> {
	const expected = await getAction(db, null, slug);
	const urlPath = `/acties/${slug}`;
	const body = await html(server, urlPath);
	const count = translate('nl', 'action.fromInputs', { count: expected.inputs.total });
	if (!body.includes(escapeHtml(expected.title))) throw new Error(`${urlPath} does not show its title "${expected.title}"`);
	if (!body.includes(escapeHtml(count))) throw new Error(`${urlPath} does not show "${count}"`);
	return { path: urlPath, title: expected.title, total: expected.inputs.total };
}

// ---------------------------------------------------------------- service cost in process

interface ServiceCost {
	label: string;
	queries: number;
	p50: number;
	p99: number;
	max: number;
}

/**
 * Each page's data as the service loads it when nothing is kept: a signed-in resident without a
 * role in the space sees what an anonymous visitor sees, but is never served from the kept views.
 * One connection, calls one after another, so the times are the queries' own, not a queue's.
 */
async function serviceCosts(url: string, seeded: InputsSeeded): Promise<ServiceCost[]> {
	const pool = new pg.Pool({ connectionString: url, max: 1 });
	// As in openPostgres: an idle connection the server ends must not end the bench.
	pool.on('error', (error) => console.error(`PostgreSQL closed an idle connection: ${error.message}`));
	const close = trackPool(() => pool.end());
	let queries = 0;
	const db = drizzle(pool, { schema, logger: { logQuery: () => void queries++ } }) as unknown as Db;
	try {
		const resident = await actorFor(db, 'inwoner');
		const measure = async (label: string, call: () => Promise<unknown>): Promise<ServiceCost> => {
			for (let i = 0; i < 20; i++) await call();
			const times: number[] = [];
			const before = queries;
			for (let i = 0; i < calls; i++) {
				const t0 = performance.now();
				await call();
				times.push(performance.now() - t0);
			}
			const sorted = times.sort((a, b) => a - b);
			return { label, queries: (queries - before) / calls, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] };
		};
		return [
			await measure('`getInput` (trace page)', () => getInput(db, resident, seeded.input.id)),
			await measure('`getAction` (action page)', () => getAction(db, resident, seeded.action.slug))
		];
	} finally {
		await close();
	}
}

// ---------------------------------------------------------------- the run

interface Report extends RunInfo {
	seeded: InputsSeeded;
	trace: { path: string; number: number; status: string };
	action: { path: string; title: string; total: number };
	pages: { ceiling: PageFigures; trace: PageFigures; action: PageFigures; traceRendered: PageFigures; actionRendered: PageFigures };
	service: ServiceCost[];
}

async function main(): Promise<Report> {
	const finishRun = startRun();
	const { url, postgres } = await scratchDatabase(adminUrl, 'i');

	const seeding = await openPool(url, 10);
	let seeded: InputsSeeded;
	try {
		await seeding.migrate();
		const base = await seedBase(seeding.db);
		log(`demo region loaded; topping ${SPACE} up to ${int(inputCount)} inputs …`);
		seeded = await seedInputs(seeding.db, base, inputCount, log);
		log(`  ${seeded.fromDemo} from the demo data + ${int(seeded.inputs)} seeded in ${(seeded.ms / 1000).toFixed(1)} s: ${int(seeded.total)} inputs in the space`);
		log(`  action ${seeded.action.slug}: ${int(seeded.action.total)} inputs behind it through ${seeded.action.spearheads} spearheads; input ${seeded.input.number}: ${seeded.input.status}`);
	} finally {
		await seeding.close();
	}

	const side = await openPool(url, 4);
	let trace: Report['trace'];
	let action: Report['action'];
	let pages: Report['pages'];
	try {
		const server = await startOnDatabase(url);
		try {
			const ready = await waitHealthy(server, { pollMs: 20 });
			log(`server ready (pid ${server.child.pid}, port ${server.port}) in ${Math.round(ready)} ms`);
			trace = await checkTrace(server, side.db, seeded.input.id);
			action = await checkAction(server, side.db, seeded.action.slug);
			log(`trace page shows "${translate('nl', 'input.number', { number: trace.number })}" with status "${trace.status}"; action page shows "${action.title}" with ${int(action.total)} inputs behind it`);
			const plan: [string, string, boolean][] = [
				['static page (ceiling)', CEILING, false],
				['trace page', trace.path, false],
				['action page', action.path, false],
				['trace page, rendered for every request', trace.path, true],
				['action page, rendered for every request', action.path, true]
			];
			const runs: PageFigures[][] = plan.map(() => []);
			for (let round = 1; round <= rounds; round++) {
				if (rounds > 1) log(` round ${round} of ${rounds}`);
				for (const [i, [label, urlPath, uncached]] of plan.entries()) runs[i].push(await loadPage(server, label, urlPath, load, { uncached }));
			}
			const [ceiling, tracePage, actionPage, traceRendered, actionRendered] = runs.map(combinePages);
			pages = { ceiling, trace: tracePage, action: actionPage, traceRendered, actionRendered };
		} finally {
			await stopServer(server);
		}
	} finally {
		await side.close();
	}

	log(`in process: ${calls} calls of each page's service, nothing kept …`);
	const service = await serviceCosts(url, seeded);
	return { ...finishRun(postgres), seeded, trace, action, pages, service };
}

// ---------------------------------------------------------------- output

const ms = (n: number) => formatMs(n, 100);

function targets(report: Report): Target[] {
	const { trace, action } = report.pages;
	return [
		{ what: `trace page p99 < ${TARGETS.traceP99Ms} ms at ${connections} connections, ${int(report.seeded.total)} inputs in the space`, ...judgeP99(trace, TARGETS.traceP99Ms, ms) },
		{ what: `action page p99 < ${TARGETS.actionP99Ms} ms at ${connections} connections, ${int(report.action.total)} inputs behind it`, ...judgeP99(action, TARGETS.actionP99Ms, ms) }
	];
}

function markdown(report: Report): string {
	const s = report.seeded;
	const { ceiling, trace, action, traceRendered, actionRendered } = report.pages;
	const times = (p: PageFigures) => (p.cpuMsPerRequest / ceiling.cpuMsPerRequest).toFixed(1);
	const lines = [
		`## Input and programme: ${report.date}`,
		'',
		'Reproduce with `npm run build && npm run bench:inputs -- --write` (see `bench/inputs.ts`). ' +
			`The trace page of one input (\`/inbreng/{id}\`) and the page of one action (\`/acties/{slug}\`) with ${int(s.total)} inputs in the space, against the static page \`${CEILING}\` (the framework's ceiling, as in \`bench/run.ts\`).`,
		'',
		...runLines(report, rounds),
		'',
		`Seeded through the services: the demo region (with ${s.fromDemo} inputs of its own in \`${SPACE}\`), then ${int(s.inputs)} more with \`enterNotes\` in ${s.calls} calls of up to 500 notes ` +
			`(${s.meetings} piles from a residents' evening in the space, the rest from online forms; Dutch texts from a seeded generator, 10 subjects across Twente's places, about 70% with an area, all with a theme), ` +
			`grouped with \`createSpearhead\` into ${s.spearheads} spearheads of about 300 (${int(s.grouped)} inputs, ${int(s.inTwo)} of them in two), ${s.linkedSpearheads} spearheads and ${s.directLinks} single inputs linked to actions with \`linkToAction\`, in ${(s.ms / 1000).toFixed(1)} s. ` +
			`The space's funnel afterwards: ${int(s.funnel.received)} received (the ${s.funnel.hidden} hidden left out), ${int(s.funnel.grouped)} grouped, ${int(s.funnel.takenUp)} taken up, ${int(s.funnel.waiting)} still waiting for an answer.`,
		'',
		`Measured: input ${report.trace.number} (status "${report.trace.status}", in ${s.input.spearheads} spearheads, reaching ${s.input.actions} actions) and the action "${report.action.title}" ` +
			`(${int(report.action.total)} inputs behind it through ${s.action.spearheads} spearheads and a few direct links; the page lists the first 50). Both pages were checked to answer 200 with that number and status, and that title and count, before the load.`,
		'',
		'### Pages',
		'',
		`${loadSentence(load)} ` +
			'The first three rows are the pages as visitors who are not signed in get them: the app keeps a rendered page for two seconds per language and address, and forgets it at once when an input, spearhead or action changes. ' +
			'The last two rows ask for a different address each time (`?n=1`, `?n=2`, …), so no kept page helps and every request is rendered anew; the service still keeps its anonymous data for two seconds, so these rows are the cost of rendering, and the table below is the cost of loading the data.',
		'',
		...pageTable([ceiling, trace, action, traceRendered, actionRendered], ms),
		'',
		`${closedLoopSentence(connections, TARGETS.traceP99Ms)} ` +
			`Rendered for every request, the trace page costs ${traceRendered.cpuMsPerRequest.toFixed(2)} ms of server CPU (${times(traceRendered)} times the static page's) at a p99 of ${ms(traceRendered.p99)}, ` +
			`the action page ${actionRendered.cpuMsPerRequest.toFixed(2)} ms (${times(actionRendered)} times) at a p99 of ${ms(actionRendered.p99)}; these rows are shown, not judged.`,
		'',
		'### Loading the data, nothing kept',
		'',
		`In process, through a pool of one connection: ${calls} calls after 20 to warm up, one after another, of each page's service function as a signed-in resident without a role in the space ` +
			'(who sees what an anonymous visitor sees, but is never served from the kept views). Queries counted by the database driver. Anonymous visitors cause at most one such load per page every two seconds.',
		'',
		'| service call | queries per call | p50 | p99 | max |',
		'|---|---:|---:|---:|---:|',
		...report.service.map((c) => `| ${c.label} | ${c.queries.toFixed(0)} | ${ms(c.p50)} | ${ms(c.p99)} | ${ms(c.max)} |`),
		'',
		...targetTable(targets(report))
	];
	return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------- main

await runBench(async () => {
	const report = await main();
	const section = markdown(report);
	printReport(section, targets(report));
	for (const page of Object.values(report.pages)) noteFailedRequests(page);
	if (write) writeBenchSection(section, { key: 'inputs', title: 'input and programme', date: report.date });
});
