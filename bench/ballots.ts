// `npm run bench:ballots [-- --write]`: casting ballots through the JSON API on PostgreSQL, loopback only.
//
// 1. Creates a fresh PostgreSQL database, migrates it and prepares, through the services, one
//    budget process in its second week of voting (made six weeks ago, five proposals handed in and
//    found feasible in their phases) with enough vote codes for every ballot the run will cast.
// 2. Starts the built server on that database (no demo load), from a private copy of build/ so that
//    another build during the run cannot swap it, and casts one ballot by hand: it must answer 201
//    with a receipt, or the run stops.
// 3. Per round and per number of connections (`--levels`, 10, 25 and 50): autocannon posts
//    `--warmup-ballots` ballots to warm up, then `--ballots` ballots to `POST /api/v1/budgets/{slug}/ballots`,
//    each with a code of its own (`{ code, projects }`), and stops when they are all answered.
//    Baselines in the same round with the same connections: `/healthz` (one `select 1` per
//    request) and `/over` (the framework's ceiling, as in bench/run.ts), `--baseline-duration`
//    seconds each. Server and PostgreSQL CPU per request are read from /proc.
// 4. Checks in the database that the box holds exactly one ballot per 201 and per used code.
// 5. In process, one connection, one ballot after another: the statements `castBallot` runs, each
//    with the time until the next one starts, to show where a ballot's time goes.
// 6. Prints a Markdown section and PASS/FAIL per target; `--write` puts it into BENCHMARKS.md
//    (replacing the section of the same date). Stops the server and drops the database in any case.
//
// Exits non-zero when something crashes or the box does not hold what was acknowledged; a missed
// speed target is a figure.
//
// Options: --write, --rounds <n> (2), --levels <n,n,…> (10,25,50), --ballots <n> (3000),
//          --warmup-ballots <n> (300), --baseline-duration <s> (5), --calls <n> (300).
// BENCH_PG_URL (else TEST_DATABASE_URL, else postgres://samenspel:samenspel@127.0.0.1:5432/postgres)
// names a database on a loopback PostgreSQL server whose role may CREATE DATABASE.

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import autocannon, { type Options, type Result } from 'autocannon';
import { and, count, eq, isNotNull } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { openPostgres, type Db } from '../src/lib/server/db/client.ts';
import * as schema from '../src/lib/server/db/schema.ts';
import '../src/lib/server/components.ts';
import { createAuth, createUser, hashPassword, type Actor } from '../src/lib/server/modules/identity/index.ts';
import { createOrganisation } from '../src/lib/server/modules/network/index.ts';
import { amsterdamToday, createSpace, setComponents } from '../src/lib/server/modules/spaces/index.ts';
import { castBallot, createProcess, generateCodes, reviewProposal, submitProposal } from '../src/lib/server/modules/budgeting/index.ts';
import { budgetBallot, budgetVoteCode } from '../src/lib/server/modules/budgeting/schema.ts';
import { formatMs, int, isLoopback, loadPage, log, median, numberOption, onCleanup, pct, percentile, postgresAdminUrl, printReport, runBench, runLines, scratchDatabase, startOnDatabase, startRun, stopServer, targetTable, trackDatabase, trackPool, waitHealthy, writeBenchSection, type PageFigures, type RunInfo, type Server, type Target } from './support.ts';

const TARGETS = { ballotsPerSecond: 500, p99Ms: 100 };
const ORIGIN = 'http://127.0.0.1';
const projectCount = 5;

// ---------------------------------------------------------------- options

const option = (name: string, fallback: number) => numberOption(name, fallback, true);

function levelsOption(): number[] {
	const i = process.argv.indexOf('--levels');
	if (i === -1) return [10, 25, 50];
	const levels = String(process.argv[i + 1]).split(',').map(Number);
	if (!levels.length || !levels.every((n) => Number.isInteger(n) && n > 0)) throw new Error('--levels needs whole numbers, such as 10,25,50');
	return levels;
}

const write = process.argv.includes('--write');
const rounds = option('rounds', 2);
const levels = levelsOption();
const ballotsPerRun = option('ballots', 3_000);
const warmupBallots = option('warmup-ballots', 300);
const baselineSeconds = option('baseline-duration', 5);
const calls = option('calls', 300);
const adminUrl = postgresAdminUrl();

// ---------------------------------------------------------------- the server, from a copy of the build

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A private copy of build/, taken once it is whole: a `vite build` started by anyone else during
 * the run empties and rewrites build/, and a server that then loads a route's chunk from it would
 * answer 500s, or measure a mix of two builds.
 */
function snapshotBuild(): { dir: string; built: string } {
	const complete = (base: string) => {
		if (!['index.js', 'handler.js', 'env.js'].every((f) => fs.existsSync(path.join(base, f)))) return false;
		const chunks = [...fs.readFileSync(path.join(base, 'handler.js'), 'utf8').matchAll(/from '(\.\/server\/[^']+)'/g)].map((m) => m[1]);
		return chunks.length > 0 && chunks.every((c) => fs.existsSync(path.join(base, c)));
	};
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenspel-bench-build-'));
	onCleanup(async () => fs.rmSync(dir, { recursive: true, force: true }));
	for (let attempt = 0; ; attempt++) {
		fs.rmSync(path.join(dir, 'build'), { recursive: true, force: true });
		if (complete(path.join(root, 'build'))) {
			fs.cpSync(path.join(root, 'build'), path.join(dir, 'build'), { recursive: true, preserveTimestamps: true });
			if (complete(path.join(dir, 'build'))) break;
		}
		if (attempt >= 100) throw new Error('build/ stayed incomplete: run `npm run build` first');
		Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
	}
	fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
	fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
	const built = fs.statSync(path.join(dir, 'build', 'index.js')).mtime.toISOString().slice(0, 19).replace('T', ' ') + ' UTC';
	return { dir, built };
}

/** The copied build on loopback, on the given database; nothing else leaks in from this shell. */
function startCopiedServer(dir: string, databaseUrl: string): Promise<Server> {
	// cwd stays the project: migrations are read from ./drizzle.
	return startOnDatabase(databaseUrl, { entry: path.join(dir, 'build', 'index.js') });
}

const openPool = async (url: string, max: number) => trackDatabase(await openPostgres(url, max));

// ---------------------------------------------------------------- the process to vote in

const dayMs = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * dayMs);
const dayFromNow = (days: number) => amsterdamToday(daysFromNow(days));

async function runnerAccount(db: Db): Promise<Actor> {
	const auth = await createAuth(db, { origin: ORIGIN });
	const email = `regisseur.${crypto.randomBytes(3).toString('hex')}@example.org`;
	const user = await createUser(db, auth, { email, name: 'Rosa Regisseur', admin: false }, await hashPassword(auth, crypto.randomBytes(12).toString('hex')));
	return { userId: user.id, name: 'Rosa Regisseur', email, isAdmin: false };
}

/**
 * Made six weeks ago, its proposals handed in and reviewed in their phases: the server, which knows
 * only the real today, then finds the process in its second week of voting.
 */
async function votingProcess(db: Db, runner: Actor): Promise<string> {
	const organisation = await createOrganisation(db, runner, { name: 'Gemeente Telavond', kind: 'municipality' });
	const space = await createSpace(db, runner, { title: 'Wijkbudget Telavond', ownerIds: [organisation.id], visibility: 'public' });
	await setComponents(db, runner, space.slug, ['budget']);
	const fields = { title: 'Wijkbudget onder belasting', total: 100_000, ballotType: 'approval', maxProjects: 3, rule: 'greedy', votingByCode: true };
	const days = { proposalsFrom: dayFromNow(-40), proposalsUntil: dayFromNow(-30), votingFrom: dayFromNow(-7), votingUntil: dayFromNow(14) };
	const made = await createProcess(db, runner, space.slug, { ...fields, ...days }, daysFromNow(-42));
	for (let i = 1; i <= projectCount; i++) {
		const title = `Project ${i} voor de wijk`;
		const proposal = await submitProposal(db, null, runner, made.slug, { title, description: `${title}, voor iedereen die er woont.`, cost: 15_000 }, [], daysFromNow(-35));
		await reviewProposal(db, runner, made.slug, proposal.number, { verdict: 'feasible' }, daysFromNow(-20));
	}
	return made.slug;
}

/** One to three projects per ballot, the same mix in every run. */
function choiceOf(n: number): string[] {
	const first = (n % projectCount) + 1;
	return Array.from({ length: (n % 3) + 1 }, (_, k) => String(((first + k - 1) % projectCount) + 1));
}

// ---------------------------------------------------------------- readings from /proc

const CLOCK_TICKS = 100;

/** CPU seconds (user + system) of one process, or 0 when it is gone. */
function cpuSeconds(pid: number): number {
	try {
		const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
	} catch {
		return 0;
	}
}

/** CPU seconds of every PostgreSQL process on the machine: its backends come and go with the server's pool. */
function postgresCpuSeconds(): number {
	let total = 0;
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') total += cpuSeconds(Number(entry));
		} catch {
			// ended meanwhile
		}
	}
	return total;
}

// ---------------------------------------------------------------- ballots over HTTP

interface BallotFigures {
	connections: number;
	ballots: number;
	seconds: number;
	perSecond: number;
	p50: number;
	p99: number;
	max: number;
	non2xx: number;
	errors: number;
	serverCpuMs: number;
	postgresCpuMs: number;
}

/** The parts of autocannon's options this bench adds to what bench/autocannon.d.ts declares. */
interface PostOptions {
	url: string;
	connections: number;
	amount: number;
	timeout: number;
	method: 'POST';
	headers: Record<string, string>;
	requests: { method: 'POST'; setupRequest: (request: { path: string }) => { path: string; body: string } }[];
}

/** Hands out each code once, whatever connection asks. */
function codeSupply(codes: string[]) {
	let next = 0;
	return {
		take(): string {
			if (next >= codes.length) throw new Error('out of vote codes: generate more');
			return codes[next++];
		},
		get used() {
			return next;
		}
	};
}

type Supply = ReturnType<typeof codeSupply>;

/** Every 201 of the run, warm-ups included: the box must hold at least these. */
let acknowledged = 0;

/** `amount` ballots over `connections` keep-alive sockets, each with a code no other ballot has. */
async function castOverHttp(server: Server, slug: string, supply: Supply, connections: number, amount: number): Promise<BallotFigures> {
	const url = `${server.base}/api/v1/budgets/${slug}/ballots`;
	if (!isLoopback(url)) throw new Error(`refusing to load-test ${url}: loopback only`);
	const options: PostOptions = {
		url,
		connections,
		amount,
		timeout: 20,
		method: 'POST',
		headers: { 'content-type': 'application/json', accept: 'application/json' },
		requests: [{ method: 'POST', setupRequest: (request) => ({ ...request, body: JSON.stringify({ code: supply.take(), projects: choiceOf(supply.used) }) }) }]
	};
	const [server0, postgres0] = [cpuSeconds(server.child.pid!), postgresCpuSeconds()];
	const r = (await autocannon(options as unknown as Options)) as Result & { start: Date; finish: Date };
	const [server1, postgres1] = [cpuSeconds(server.child.pid!), postgresCpuSeconds()];
	const seconds = (r.finish.getTime() - r.start.getTime()) / 1000;
	const answered = r['2xx'] + r.non2xx;
	acknowledged += r['2xx'];
	return {
		connections,
		ballots: r['2xx'],
		seconds,
		perSecond: r['2xx'] / seconds,
		p50: r.latency.p50,
		p99: r.latency.p99,
		max: r.latency.max,
		non2xx: r.non2xx,
		errors: r.errors + r.timeouts,
		serverCpuMs: answered ? ((server1 - server0) * 1000) / answered : NaN,
		postgresCpuMs: answered ? ((postgres1 - postgres0) * 1000) / answered : NaN
	};
}

/** One ballot by hand, so that a broken route or process stops the run before any figure is taken. */
async function probeBallot(server: Server, slug: string, supply: Supply): Promise<void> {
	const res = await fetch(`${server.base}/api/v1/budgets/${slug}/ballots`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', accept: 'application/json' },
		body: JSON.stringify({ code: supply.take(), projects: ['1'] })
	});
	const body = (await res.json()) as { receipt?: unknown };
	if (res.status !== 201 || typeof body.receipt !== 'string') throw new Error(`a ballot answered ${res.status} ${JSON.stringify(body)}, not 201 with a receipt`);
	acknowledged++;
}

interface Level {
	connections: number;
	ballots: BallotFigures[];
	healthz: PageFigures[];
	over: PageFigures[];
}

async function measureLevel(server: Server, slug: string, supply: Supply, level: Level): Promise<void> {
	const { connections } = level;
	process.stderr.write(`  ballots, ${connections} connections: warm-up ${warmupBallots} … `);
	await castOverHttp(server, slug, supply, connections, warmupBallots);
	process.stderr.write(`measuring ${ballotsPerRun} … `);
	const figures = await castOverHttp(server, slug, supply, connections, ballotsPerRun);
	process.stderr.write(`${Math.round(figures.perSecond)}/s, p99 ${figures.p99} ms${figures.non2xx || figures.errors ? `, ${figures.non2xx} non-2xx, ${figures.errors} errors` : ''}\n`);
	level.ballots.push(figures);
	const settings = { connections, warmup: 1, duration: baselineSeconds };
	level.healthz.push(await loadPage(server, `/healthz, ${connections} connections`, '/healthz', settings));
	level.over.push(await loadPage(server, `/over, ${connections} connections`, '/over', settings));
}

// ---------------------------------------------------------------- the box afterwards

interface BoxCheck {
	ballots: number;
	usedCodes: number;
	acknowledged: number;
	codesSent: number;
	holds: boolean;
	problems: string[];
}

/**
 * autocannon may give up on a request whose ballot was still cast, so the box may hold more than
 * the 201s, never fewer, and never more than the codes sent; every ballot has used its code.
 */
async function checkBox(db: Db, slug: string, acknowledged: number, codesSent: number): Promise<BoxCheck> {
	const [process] = await db.select({ id: schema.budgetProcess.id }).from(schema.budgetProcess).where(eq(schema.budgetProcess.slug, slug));
	const [[{ ballots }], [{ usedCodes }]] = await Promise.all([
		db.select({ ballots: count() }).from(budgetBallot).where(eq(budgetBallot.processId, process.id)),
		db.select({ usedCodes: count() }).from(budgetVoteCode).where(and(eq(budgetVoteCode.processId, process.id), isNotNull(budgetVoteCode.usedOn)))
	]);
	const problems: string[] = [];
	if (Number(ballots) !== Number(usedCodes)) problems.push(`${ballots} ballots but ${usedCodes} used codes`);
	if (Number(ballots) < acknowledged) problems.push(`${ballots} ballots but ${acknowledged} acknowledged`);
	if (Number(ballots) > codesSent) problems.push(`${ballots} ballots from ${codesSent} codes`);
	return { ballots: Number(ballots), usedCodes: Number(usedCodes), acknowledged, codesSent, holds: problems.length === 0, problems };
}

// ---------------------------------------------------------------- where one ballot's time goes

interface Step {
	statement: string;
	ms: number;
}

interface Profile {
	calls: number;
	p50: number;
	p99: number;
	steps: Step[];
	/** A bare `select 1` on the same connection: what one round trip costs at the least. */
	roundTrip: number;
}

/** `select … from "budget_process"` → `select budget_process`: enough to tell the statements apart. */
function statementLabel(query: string): string {
	const verb = /^\s*(\w+)/.exec(query)?.[1].toLowerCase() ?? '?';
	// A statement with writing parts names each part.
	if (verb === 'with') return `with ${[...query.matchAll(/\b(update|insert into)\s+"(\w+)"/gi)].map((m) => `${m[1].toLowerCase().replace(' into', '')} ${m[2]}`).join(', ')}`;
	const table = /\b(?:from|update|into)\s+"(\w+)"/i.exec(query)?.[1];
	return table ? `${verb} ${table}` : verb;
}

/**
 * One connection and one ballot after another, so each time is the statement's own and not a
 * queue's: the logger notes when each statement starts, and the time until the next one starts
 * (or the call returns) is that statement's round trip plus the code run before the next.
 */
async function profileCasting(url: string, slug: string, supply: Supply): Promise<Profile> {
	const pool = new pg.Pool({ connectionString: url, max: 1 });
	const close = trackPool(() => pool.end());
	let marks: { label: string; at: number }[] = [];
	const db = drizzle(pool, { schema, logger: { logQuery: (query) => void marks.push({ label: statementLabel(query), at: performance.now() }) } }) as unknown as Db;
	try {
		const latencies: number[] = [];
		const perStep: number[][] = [];
		let labels: string[] = [];
		for (let i = 0; i < calls + 20; i++) {
			marks = [];
			const n = supply.used;
			const started = performance.now();
			await castBallot(db, null, slug, { code: supply.take() }, new Map(choiceOf(n).map((p) => [p, 1])));
			const ended = performance.now();
			// The first calls warm the JIT and the connection up.
			if (i < 20) continue;
			latencies.push(ended - started);
			labels = marks.map((m) => m.label);
			marks.forEach((m, k) => (perStep[k] ??= []).push((marks[k + 1]?.at ?? ended) - m.at));
		}
		const sorted = [...latencies].sort((a, b) => a - b);
		const roundTrip = await selectOneTime(pool);
		return { calls, p50: percentile(sorted, 50), p99: percentile(sorted, 99), steps: labels.map((statement, k) => ({ statement, ms: median(perStep[k]) })), roundTrip };
	} finally {
		await close();
	}
}

async function selectOneTime(pool: pg.Pool): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < 300; i++) {
		const t = performance.now();
		await pool.query('select 1');
		times.push(performance.now() - t);
	}
	return median(times.slice(50));
}

// ---------------------------------------------------------------- the run

interface Report extends RunInfo {
	codes: number;
	levels: Level[];
	box: BoxCheck;
	profile: Profile;
}

async function main(): Promise<Report> {
	const copy = snapshotBuild();
	const finishRun = startRun();
	const { url, postgres } = await scratchDatabase(adminUrl, 'b');
	const codeCount = levels.length * rounds * (warmupBallots + ballotsPerRun) + calls + 100;

	const side = await openPool(url, 4);
	try {
		await side.migrate();
		const runner = await runnerAccount(side.db);
		const slug = await votingProcess(side.db, runner);
		const { codes } = await generateCodes(side.db, runner, slug, { count: codeCount });
		log(`process ${slug} in its voting phase, ${int(codes.length)} vote codes`);
		const supply = codeSupply(codes);

		const measured = levels.map((connections): Level => ({ connections, ballots: [], healthz: [], over: [] }));
		const server = await startCopiedServer(copy.dir, url);
		try {
			log(`server ready (pid ${server.child.pid}) in ${Math.round(await waitHealthy(server, { pollMs: 20 }))} ms`);
			await probeBallot(server, slug, supply);
			for (let round = 1; round <= rounds; round++) {
				if (rounds > 1) log(` round ${round} of ${rounds}`);
				for (const level of measured) await measureLevel(server, slug, supply, level);
			}
		} finally {
			await stopServer(server);
		}
		const box = await checkBox(side.db, slug, acknowledged, supply.used);
		log(`box: ${int(box.ballots)} ballots, ${int(box.usedCodes)} used codes, ${int(box.acknowledged)} acknowledged: ${box.holds ? 'holds' : box.problems.join('; ')}`);
		const profile = await profileCasting(url, slug, supply);
		log(`in process: ${profile.steps.length} statements per ballot, p50 ${profile.p50.toFixed(1)} ms; select 1 takes ${profile.roundTrip.toFixed(2)} ms`);
		const run = finishRun(postgres);
		// The server ran from the copy: a build written into build/ since then never reached it.
		run.build.built = copy.built;
		return { ...run, codes: codes.length, levels: measured, box, profile };
	} finally {
		await side.close();
	}
}

// ---------------------------------------------------------------- output

const ms = (n: number) => formatMs(n, 100);

/** Several rounds of one level: the median of each figure, the sum of failures. */
function combineBallots(runs: BallotFigures[]): BallotFigures {
	const mid = (pick: (b: BallotFigures) => number) => median(runs.map(pick));
	const sum = (pick: (b: BallotFigures) => number) => runs.reduce((a, b) => a + pick(b), 0);
	return {
		connections: runs[0].connections,
		ballots: sum((b) => b.ballots),
		seconds: sum((b) => b.seconds),
		perSecond: mid((b) => b.perSecond),
		p50: mid((b) => b.p50),
		p99: mid((b) => b.p99),
		max: Math.max(...runs.map((b) => b.max)),
		non2xx: sum((b) => b.non2xx),
		errors: sum((b) => b.errors),
		serverCpuMs: mid((b) => b.serverCpuMs),
		postgresCpuMs: mid((b) => b.postgresCpuMs)
	};
}

function meets(b: BallotFigures): boolean {
	return b.non2xx === 0 && b.errors === 0 && b.perSecond >= TARGETS.ballotsPerSecond && b.p99 < TARGETS.p99Ms;
}

function targets(report: Report): Target[] {
	const best = report.levels.map((l) => combineBallots(l.ballots)).sort((a, b) => b.perSecond - a.perSecond)[0];
	const within = report.levels.map((l) => combineBallots(l.ballots)).find(meets);
	const seen = (b: BallotFigures) => `${int(b.perSecond)}/s, p99 ${ms(b.p99)} at ${b.connections} connections`;
	return [
		{ what: `≥ ${TARGETS.ballotsPerSecond} ballots/s with p99 < ${TARGETS.p99Ms} ms (at some number of connections)`, seen: within ? seen(within) : `best ${seen(best)}`, met: within !== undefined },
		{ what: 'the box holds one ballot per acknowledgement and per used code', seen: report.box.holds ? 'holds' : report.box.problems.join('; '), met: report.box.holds }
	];
}

/**
 * Which numbers of connections meet the target, and for those that do not, the wait that queueing
 * alone gives: with n requests always in flight at r per second, each spends n / r seconds on
 * average (Little's law), however quick the work itself.
 */
function levelsLine(report: Report): string {
	const figures = report.levels.map((level) => ({ b: combineBallots(level.ballots), healthzP99: median(level.healthz.map((p) => p.p99)) }));
	const met = figures.filter((f) => meets(f.b)).map((f) => f.b.connections);
	const missed = figures
		.filter((f) => !meets(f.b))
		.map(({ b, healthzP99 }) => `${b.connections} connections (${int(b.perSecond)}/s, p99 ${ms(b.p99)}: ${b.connections} in flight at that rate wait ${ms((1000 * b.connections) / b.perSecond)} on average; \`/healthz\` has p99 ${ms(healthzP99)} there)`);
	const metText = met.length ? `The target is met at ${met.join(', ')} connections` : 'The target is met at no number of connections';
	return missed.length ? `${metText}; not at ${missed.join(', ')}.` : `${metText}.`;
}

function levelRows(level: Level): string[] {
	const b = combineBallots(level.ballots);
	const [h, o] = [median(level.healthz.map((p) => p.reqPerSec)), median(level.over.map((p) => p.reqPerSec))];
	const cpu = (pages: PageFigures[]) => median(pages.map((p) => p.cpuMsPerRequest)).toFixed(2);
	const p99 = (pages: PageFigures[]) => ms(median(pages.map((p) => p.p99)));
	return [
		`| ${b.connections} | ballot \`POST …/ballots\` | ${int(b.perSecond)} | ${ms(b.p50)} | ${ms(b.p99)} | ${ms(b.max)} | **${pct(b.perSecond / h)}** | ${pct(b.perSecond / o)} | ${b.non2xx + b.errors} | ${b.serverCpuMs.toFixed(2)} ms | ${b.postgresCpuMs.toFixed(2)} ms |`,
		`| ${b.connections} | \`GET /healthz\` (baseline) | ${int(h)} | ${ms(median(level.healthz.map((p) => p.p50)))} | ${p99(level.healthz)} | | 100% | ${pct(h / o)} | ${level.healthz.reduce((s, p) => s + p.non2xx + p.errors + p.timeouts, 0)} | ${cpu(level.healthz)} ms | |`,
		`| ${b.connections} | \`GET /over\` (ceiling) | ${int(o)} | ${ms(median(level.over.map((p) => p.p50)))} | ${p99(level.over)} | | | 100% | ${level.over.reduce((s, p) => s + p.non2xx + p.errors + p.timeouts, 0)} | ${cpu(level.over)} ms | |`
	];
}

function profileLines(p: Profile): string[] {
	const total = p.steps.reduce((s, step) => s + step.ms, 0);
	// Reads, then the writing: a transaction's `begin`, or a statement that writes by itself.
	const writing = p.steps.findIndex((s) => /^(begin|insert|update|delete|with)\b/.test(s.statement));
	const before = p.steps.slice(0, writing === -1 ? p.steps.length : writing);
	const preTransaction = before.reduce((s, step) => s + step.ms, 0);
	return [
		`In process, through one connection, ${p.calls} ballots one after another (after 20 to warm up): p50 ${ms(p.p50)}, p99 ${ms(p.p99)}; ` +
			`${p.steps.length} statements in as many round trips, ${before.length} of them reads before anything is written. A bare \`select 1\` on the same connection takes ${p.roundTrip.toFixed(2)} ms.`,
		'',
		'| # | statement | median ms until the next starts |',
		'|---:|---|---:|',
		...p.steps.map((s, k) => `| ${k + 1} | \`${s.statement}\` | ${s.ms.toFixed(2)} |`),
		`| | reading / writing | ${preTransaction.toFixed(2)} / ${(total - preTransaction).toFixed(2)} |`
	];
}

function markdown(report: Report): string {
	const levelsText = report.levels.map((l) => l.connections).join(', ');
	const box = report.box;
	return [
		`## Ballots: ${report.date}`,
		'',
		'Reproduce with `npm run build && npm run bench:ballots -- --write` (see `bench/ballots.ts`). ' +
			`Ballots cast through the JSON API \`POST /api/v1/budgets/{slug}/ballots\` of the built server on PostgreSQL, each with a vote code of its own (\`{ code, projects }\`, 1–3 of ${projectCount} projects, approval), ` +
			`autocannon at ${levelsText} keep-alive connections over loopback, ${int(warmupBallots)} ballots to warm up and then ${int(ballotsPerRun)} measured per run, ${rounds} round${rounds > 1 ? 's' : ''} (medians shown). ` +
			`Baselines in the same round with the same connections, ${baselineSeconds} s each: \`/healthz\` (one \`select 1\` per request, as the API's floor) and \`/over\` (the framework's ceiling, as in \`bench/run.ts\`).`,
		'',
		...runLines(report),
		'',
		'| connections | what | per second | p50 | p99 | max | vs `/healthz` | vs `/over` | failed | server CPU per request | PostgreSQL CPU per request |',
		'|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
		...report.levels.flatMap(levelRows),
		'',
		`The box afterwards: ${int(box.ballots)} ballots, ${int(box.usedCodes)} used codes, ${int(box.acknowledged)} ballots acknowledged (201) from ${int(box.codesSent)} codes sent: ${box.holds ? 'PASS' : `**FAIL**: ${box.problems.join('; ')}`}. ` +
			'PostgreSQL CPU counts every `postgres` process on the machine, so other work on the same server would add to it.',
		'',
		levelsLine(report),
		'',
		'### Where one ballot\'s time goes',
		'',
		...profileLines(report.profile),
		'',
		...targetTable(targets(report))
	].join('\n') + '\n';
}

// ---------------------------------------------------------------- main

await runBench(async () => {
	const report = await main();
	const section = markdown(report);
	printReport(section, targets(report));
	if (write) writeBenchSection(section, { key: 'ballots', title: 'ballots', date: report.date });
	if (!report.box.holds) process.exitCode = 1;
});
