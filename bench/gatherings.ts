// `npm run bench:gatherings [-- --write]`: gatherings on PostgreSQL, loopback only.
//
// 1. Creates a fresh PostgreSQL database, migrates it and seeds the demo region plus 500 upcoming
//    gatherings through the services (bench/gatherings-seed.ts).
// 2. Agenda page: starts `build/index.js` on that database (no demo load), then autocannon
//    (50 connections, 10 s after a 2 s warm-up) on `/over` (the framework's ceiling, as in
//    bench/run.ts), on `/bijeenkomsten` as anonymous visitors get it (from the page cache), and on
//    `/bijeenkomsten?n=<counter>`, rendered anew for every request, interleaved per round. The
//    agenda must answer 200 and show the first gathering the service lists, or the run stops.
// 3. Registration burst over HTTP: the same mix as in 4, fired at once at one gathering through the
//    built server's registration form action (skipped when the build has none), see `httpBurst`.
// 4. Registration burst in process: per round a new gathering (capacity 50, waitlist on), then
//    `--registrations` calls of the service function `register` fired at once through a pool of
//    `--pool` connections: distinct guests plus `--duplicates` addresses that come twice (half of
//    them in capital letters). Baseline in the same round, through the same pool: as many plain
//    single-row inserts into a scratch table, and as many inserts that each first lock one shared
//    row (the least a registration must do, since it takes its list's lock). After each burst the
//    invariant is checked in the database: exactly `capacity` confirmed, the waitlist holds every
//    other distinct address, confirmed places come before waiting ones in arrival order, the
//    positions handed out are 1..n in arrival order, no address twice, every repeated address
//    refused as "already registered", one letter in the outbox per place.
// 5. Prints a Markdown section and PASS/FAIL per target; `--write` puts it into BENCHMARKS.md
//    (replacing the section of the same date). Stops the server and drops the database in any case.
//
// Exits non-zero when something crashes or the invariant breaks; a missed speed target is a figure.
//
// Options: --write, --rounds <n> (3), --gatherings <n> (500), --duration <s> (10), --warmup <s> (2),
//          --connections <n> (50), --registrations <n> (1000), --duplicates <n> (100),
//          --capacity <n> (50), --pool <n> (20).
// BENCH_PG_URL (else TEST_DATABASE_URL, else postgres://samenspel:samenspel@127.0.0.1:5432/postgres)
// names a database on a loopback PostgreSQL server whose role may CREATE DATABASE.

import crypto from 'node:crypto';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { openPostgres, type Db } from '../src/lib/server/db/client.ts';
import { DomainError } from '../src/lib/server/modules/identity/index.ts';
import { createGathering, listGatherings, register } from '../src/lib/server/modules/gatherings/index.ts';
import { ORIGIN, gatheringDraft, seedAgenda, seedBase, type Base, type Seeded } from './gatherings-seed.ts';
import { closedLoopSentence, combinePages, escapeHtml, formatMs, int, judgeP99, loadOptions, loadPage, loadSentence, log, median, noteFailedRequests, numberOption, pageTable, pct, percentile, postgresAdminUrl, printReport, random, runBench, runLines, scratchDatabase, startOnDatabase, startRun, stopServer, targetTable, trackDatabase, waitHealthy, writeBenchSection, type PageFigures, type RunInfo, type Server, type Target } from './support.ts';

const AGENDA = '/bijeenkomsten';
const CEILING = '/over';
const TARGETS = { agendaP99Ms: 150 };

// ---------------------------------------------------------------- options

const option = (name: string, fallback: number) => numberOption(name, fallback, true);

const write = process.argv.includes('--write');
const rounds = option('rounds', 3);
const gatheringCount = option('gatherings', 500);
const load = loadOptions(true);
const { connections } = load;
const registrations = option('registrations', 1000);
const duplicates = Math.min(option('duplicates', 100), registrations - 1);
const capacity = option('capacity', 50);
const poolSize = option('pool', 20);
const adminUrl = postgresAdminUrl();

// ---------------------------------------------------------------- PostgreSQL

const openPool = async (url: string, max: number) => trackDatabase(await openPostgres(url, max));

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

// ---------------------------------------------------------------- server

/**
 * `behindProxy`: the client address comes from X-Forwarded-For, as when a reverse proxy sits in
 * front; a burst can then come from many addresses, as a real crowd does, instead of running into
 * the per-address limit on guest registrations after a few dozen.
 */
function startOn(url: string, behindProxy = false): Promise<Server> {
	return startOnDatabase(url, { set: behindProxy ? { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' } : {} });
}

// ---------------------------------------------------------------- agenda page

/** The page must show what the service lists first, or the figures would be for an empty page. */
async function checkAgendaContent(server: Server, db: Db): Promise<{ total: number; shown: number }> {
	const expected = await listGatherings(db, null, {});
	const html = await (await fetch(server.base + AGENDA, { headers: { accept: 'text/html' } })).text();
	const shown = expected.gatherings.filter((g) => html.includes(escapeHtml(g.title))).length;
	if (!expected.gatherings.length || !html.includes(escapeHtml(expected.gatherings[0].title)))
		throw new Error(`${AGENDA} does not show "${expected.gatherings[0]?.title}", the first upcoming gathering`);
	return { total: expected.total, shown };
}

// ---------------------------------------------------------------- registration bursts

interface Guest {
	name: string;
	email: string;
	/** The address in the form the database keeps (lower case). */
	key: string;
}

/** Distinct guests, then some of their addresses a second time, shuffled into one arrival order. */
function guests(round: number): Guest[] {
	const rnd = random(1000 + round);
	const distinct = registrations - duplicates;
	const run = crypto.randomBytes(3).toString('hex');
	const list: Guest[] = Array.from({ length: distinct }, (_, i) => {
		const email = `gast.${run}.${i}@example.org`;
		return { name: `Gast ${i}`, email, key: email };
	});
	for (let d = 0; d < duplicates; d++) {
		const of = list[Math.floor(rnd() * distinct)];
		// Half come back in capitals: the address is the same person whatever its case.
		list.push({ name: `${of.name} (nog eens)`, email: d % 2 ? of.email.toUpperCase() : of.email, key: of.key });
	}
	for (let i = list.length - 1; i > 0; i--) {
		const j = Math.floor(rnd() * (i + 1));
		[list[i], list[j]] = [list[j], list[i]];
	}
	return list;
}

interface Timed {
	ms: number;
	/** The address (lower case) that got the place. */
	placed?: { status: 'confirmed' | 'waitlisted'; position: number; key: string };
	refusal?: string;
	error?: unknown;
}

interface Burst {
	calls: number;
	wallMs: number;
	perSecond: number;
	p50: number;
	p99: number;
	max: number;
}

function summarise(calls: number, wallMs: number, latencies: number[]): Burst {
	const sorted = [...latencies].sort((a, b) => a - b);
	return { calls, wallMs, perSecond: (calls * 1000) / wallMs, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN };
}

/** Fires every call at once and times each from the moment it was fired. */
async function fireAll<T>(items: T[], call: (item: T) => Promise<Omit<Timed, 'ms'>>): Promise<{ wallMs: number; results: Timed[] }> {
	const t0 = performance.now();
	const results = await Promise.all(
		items.map(async (item) => {
			const started = performance.now();
			const outcome = await call(item);
			return { ...outcome, ms: performance.now() - started };
		})
	);
	return { wallMs: performance.now() - t0, results };
}

async function burstGathering(db: Db, base: Base, title: string): Promise<{ slug: string; id: string; listId: string }> {
	const inMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
	const g = await createGathering(
		db,
		base.admin,
		gatheringDraft({ title, startDay: inMonth, startTime: '19:30', endTime: '21:30', format: 'in_person', address: 'Marktstraat 1, Hengelo', organiserIds: [base.organisationIds[0]], capacity, waitlist: true }),
		ORIGIN
	);
	return { slug: g.slug, id: g.id, listId: g.listId };
}

interface Invariant {
	confirmed: number;
	waitlisted: number;
	refusedRepeats: number;
	otherErrors: number;
	addressesTwice: number;
	missingAddresses: number;
	confirmedBeforeWaiting: boolean;
	positionsInArrivalOrder: boolean;
	letters: number;
	problems: string[];
	holds: boolean;
}

async function outboxCount(db: Db): Promise<number> {
	return rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from email_outbox`))[0].n;
}

async function checkInvariant(db: Db, listId: string, plan: Guest[], results: Timed[], letters: number): Promise<Invariant> {
	const problems: string[] = [];
	const rows = rowsOf<{ email: string; status: string; arrival: string }>(
		await db.execute(sql`select email, status, arrival from registration where list_id = ${listId} and status <> 'cancelled' order by arrival`)
	);
	const confirmed = rows.filter((r) => r.status === 'confirmed');
	const waiting = rows.filter((r) => r.status === 'waitlisted');
	const distinct = new Set(plan.map((g) => g.key));
	const seen = new Map<string, number>();
	for (const r of rows) seen.set(r.email, (seen.get(r.email) ?? 0) + 1);
	const addressesTwice = [...seen.values()].filter((n) => n > 1).length;
	const missingAddresses = [...distinct].filter((e) => !seen.has(e)).length;
	const refusedRepeats = results.filter((r) => r.refusal === 'error.alreadyRegistered').length;
	const otherErrors = results.filter((r) => r.error !== undefined || (r.refusal && r.refusal !== 'error.alreadyRegistered')).length;
	const lastConfirmed = confirmed.length ? BigInt(confirmed[confirmed.length - 1].arrival) : -1n;
	const firstWaiting = waiting.length ? BigInt(waiting[0].arrival) : BigInt(Number.MAX_SAFE_INTEGER);
	const confirmedBeforeWaiting = lastConfirmed < firstWaiting;
	// Each placed call got a position; in arrival order they must run 1, 2, 3 … per status.
	const handedOut = new Map(results.flatMap((r) => (r.placed ? [[r.placed.key, r.placed] as const] : [])));
	const inOrder = (list: typeof rows) => list.every((r, i) => handedOut.get(r.email)?.position === i + 1 && handedOut.get(r.email)?.status === r.status);
	const positionsInArrivalOrder = handedOut.size === rows.length && inOrder(confirmed) && inOrder(waiting);
	if (confirmed.length !== capacity) problems.push(`${confirmed.length} confirmed, capacity ${capacity}`);
	if (waiting.length !== distinct.size - capacity) problems.push(`${waiting.length} waiting, expected ${distinct.size - capacity}`);
	if (addressesTwice) problems.push(`${addressesTwice} addresses registered twice`);
	if (missingAddresses) problems.push(`${missingAddresses} addresses without a registration`);
	if (refusedRepeats !== plan.length - distinct.size) problems.push(`${refusedRepeats} repeats refused, expected ${plan.length - distinct.size}`);
	if (otherErrors) problems.push(`${otherErrors} other errors: ${String(results.find((r) => r.error !== undefined)?.error ?? results.find((r) => r.refusal && r.refusal !== 'error.alreadyRegistered')?.refusal)}`);
	if (!confirmedBeforeWaiting) problems.push('a waiting registration arrived before a confirmed one');
	if (!positionsInArrivalOrder) problems.push('positions handed out are not 1..n in arrival order');
	if (letters !== rows.length) problems.push(`${letters} letters in the outbox for ${rows.length} places`);
	return { confirmed: confirmed.length, waitlisted: waiting.length, refusedRepeats, otherErrors, addressesTwice, missingAddresses, confirmedBeforeWaiting, positionsInArrivalOrder, letters, problems, holds: problems.length === 0 };
}

interface ServiceRound {
	register: Burst;
	inserts: Burst;
	locked: Burst;
	invariant: Invariant;
}

async function serviceRound(db: Db, base: Base, round: number, count = registrations): Promise<ServiceRound> {
	const g = await burstGathering(db, base, `Drukbezochte bewonersavond ronde ${round}`);
	const plan = guests(round).slice(0, count);
	const before = await outboxCount(db);
	const fired = await fireAll(plan, async (guest) => {
		try {
			const placed = await register(db, null, { gathering: g.slug }, { name: guest.name, email: guest.email }, { locale: 'nl', origin: ORIGIN });
			return { placed: { status: placed.status, position: placed.position, key: guest.key } };
		} catch (error) {
			return error instanceof DomainError ? { refusal: error.messageKey } : { error };
		}
	});
	const invariant = await checkInvariant(db, g.listId, plan, fired.results, (await outboxCount(db)) - before);
	const registerBurst = summarise(plan.length, fired.wallMs, fired.results.map((r) => r.ms));

	const inserted = await fireAll(plan, async (guest) => {
		await db.execute(sql`insert into bench_scratch (email) values (${guest.email})`);
		return {};
	});
	const locked = await fireAll(plan, async (guest) => {
		await db.transaction(async (tx) => {
			await tx.execute(sql`select id from bench_lock where id = 1 for update`);
			await tx.execute(sql`insert into bench_scratch (email) values (${guest.email})`);
		});
		return {};
	});
	return {
		register: registerBurst,
		inserts: summarise(plan.length, inserted.wallMs, inserted.results.map((r) => r.ms)),
		locked: summarise(plan.length, locked.wallMs, locked.results.map((r) => r.ms)),
		invariant
	};
}

function combineBursts(runs: Burst[]): Burst {
	const mid = (pick: (b: Burst) => number) => median(runs.map(pick));
	return { calls: runs[0].calls, wallMs: mid((b) => b.wallMs), perSecond: mid((b) => b.perSecond), p50: mid((b) => b.p50), p99: mid((b) => b.p99), max: Math.max(...runs.map((b) => b.max)) };
}

async function serviceBursts(url: string, base: Base): Promise<ServiceRound[]> {
	log(`Registration burst in process: ${registrations} calls (${registrations - duplicates} guests, ${duplicates} repeated addresses), capacity ${capacity}, pool ${poolSize}`);
	const database = await openPool(url, poolSize);
	try {
		const db = database.db;
		await db.execute(sql`create table bench_scratch (id bigserial primary key, email text not null, created_at timestamptz not null default now())`);
		await db.execute(sql`create table bench_lock (id int primary key)`);
		await db.execute(sql`insert into bench_lock values (1)`);
		// Warm-up: the first calls compile the query builders and fill the pool.
		await serviceRound(db, base, 0, Math.min(200, registrations));
		const results: ServiceRound[] = [];
		for (let round = 1; round <= rounds; round++) {
			const r = await serviceRound(db, base, round);
			results.push(r);
			log(
				`  round ${round}: register ${Math.round(r.register.perSecond)}/s (p99 ${Math.round(r.register.p99)} ms), inserts ${Math.round(r.inserts.perSecond)}/s, locked inserts ${Math.round(r.locked.perSecond)}/s; ` +
					`invariant ${r.invariant.holds ? 'holds' : `BROKEN: ${r.invariant.problems.join('; ')}`}`
			);
		}
		await db.execute(sql`drop table bench_scratch, bench_lock`);
		return results;
	} finally {
		await database.close();
	}
}

// ---------------------------------------------------------------- registration burst over HTTP

interface HttpBurst {
	route: string;
	burst: Burst;
	statuses: Record<string, number>;
	invariant: Invariant;
	baseline: Burst;
}

/** One POST on a keep-alive agent; resolves with the status and body. */
function post(agent: http.Agent, url: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const req = http.request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
			res.on('error', reject);
		});
		req.on('error', reject);
		req.end(body);
	});
}

function get(agent: http.Agent, url: string): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		http
			.get(url, { agent, headers: { accept: 'text/html' } }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
				res.on('error', reject);
			})
			.on('error', reject);
	});
}

/**
 * The same burst through the built server, as people send it from the gathering page: the
 * registration form action, the way the enhanced form posts it (JSON answer). At most
 * `connections` sockets, as a crowd behind a reverse proxy; each guest from an address of their
 * own, a repeat from the same address as the first try.
 */
async function httpBurst(server: Server, db: Db, base: Base, round: number): Promise<HttpBurst | string> {
	const g = await burstGathering(db, base, `Drukbezochte bewonersavond via de site ${round}`);
	const route = `/bijeenkomsten/${g.slug}?/register`;
	const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
	const headers = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'x-sveltekit-action': 'true', origin: server.base };
	try {
		// An empty form is refused before anything is written, by an action that exists.
		const probe = await post(agent, server.base + route, '', { ...headers, 'x-forwarded-for': '10.255.255.254' });
		if (probe.status === 404 || probe.status === 405 || !probe.body.startsWith('{')) return `POST ${route.replace(g.slug, '{slug}')} answered ${probe.status}: the build has no registration form action yet`;
		const plan = guests(100 + round);
		const addresses = new Map(plan.map((guest, i) => [guest.key, `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`]));
		const before = await outboxCount(db);
		const statuses: Record<string, number> = {};
		const fired = await fireAll(plan, async (guest) => {
			const form = new URLSearchParams({ name: guest.name, email: guest.email }).toString();
			const r = await post(agent, server.base + route, form, { ...headers, 'x-forwarded-for': addresses.get(guest.key)! });
			const answer = actionAnswer(r.body);
			const label = `${r.status} ${answer.type}${answer.status && answer.status !== r.status ? ` ${answer.status}` : ''}`;
			statuses[label] = (statuses[label] ?? 0) + 1;
			const data = answer.data as { placed?: { status: 'confirmed' | 'waitlisted'; position: number }; error?: string } | undefined;
			if (answer.type === 'success' && data?.placed) return { placed: { ...data.placed, key: guest.key } };
			if (answer.type === 'failure' && data?.error) return { refusal: data.error };
			return { error: `${r.status} ${r.body.slice(0, 200)}` };
		});
		const invariant = await checkInvariant(db, g.listId, plan, fired.results, (await outboxCount(db)) - before);
		const baseline = await fireAll(plan, async () => {
			const r = await get(agent, server.base + CEILING);
			return r.status === 200 ? {} : { error: r.status };
		});
		return { route: route.replace(g.slug, '{slug}'), burst: summarise(plan.length, fired.wallMs, fired.results.map((r) => r.ms)), statuses, invariant, baseline: summarise(plan.length, baseline.wallMs, baseline.results.map((r) => r.ms)) };
	} finally {
		agent.destroy();
	}
}

/** A form action's JSON answer; its `data` is in devalue's flat form, of which plain objects, arrays and scalars are enough here. */
function actionAnswer(body: string): { type: string; status?: number; data?: unknown } {
	try {
		const answer = JSON.parse(body) as { type: string; status?: number; data?: string };
		if (typeof answer.data !== 'string') return { type: answer.type, status: answer.status };
		const flat = JSON.parse(answer.data) as unknown[];
		const hydrate = (i: number): unknown => {
			if (i < 0) return undefined;
			const v = flat[i];
			if (Array.isArray(v)) return typeof v[0] === 'string' ? v : v.map((j) => hydrate(j as number));
			if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, j]) => [k, hydrate(j as number)]));
			return v;
		};
		return { type: answer.type, status: answer.status, data: hydrate(0) };
	} catch {
		return { type: 'unreadable' };
	}
}

// ---------------------------------------------------------------- the run

interface Report extends RunInfo {
	seeded: Seeded;
	agenda: { ceiling: PageFigures; agenda: PageFigures; rendered: PageFigures; total: number; shown: number } | null;
	agendaSkipped?: string;
	http: HttpBurst | null;
	httpSkipped?: string;
	service: ServiceRound[];
}

async function main(): Promise<Report> {
	const finishRun = startRun();
	const { url, postgres } = await scratchDatabase(adminUrl, 'g');

	const seeding = await openPool(url, poolSize);
	let base: Base;
	let seeded: Seeded;
	try {
		await seeding.migrate();
		base = await seedBase(seeding.db);
		log(`demo region loaded; seeding ${gatheringCount} upcoming gatherings …`);
		seeded = await seedAgenda(seeding.db, base, gatheringCount, log);
		log(`  ${seeded.fromDemo} from the demo data + ${seeded.gatherings} seeded (${seeded.series} series, ${seeded.inSpaces} in spaces, ${seeded.undated} undated) in ${(seeded.ms / 1000).toFixed(1)} s: ${seeded.upcoming} upcoming`);
	} finally {
		await seeding.close();
	}

	let agenda: Report['agenda'] = null;
	let agendaSkipped: string | undefined;
	let httpResult: HttpBurst | null = null;
	let httpSkipped: string | undefined;
	// A small pool of the bench's own, to read what the service lists and check what the server wrote.
	const side = await openPool(url, 4);
	try {
		const server = await startOn(url);
		try {
			const ready = await waitHealthy(server, { pollMs: 20 });
			log(`server ready (pid ${server.child.pid}, port ${server.port}) in ${Math.round(ready)} ms`);
			const probe = await fetch(server.base + AGENDA, { headers: { accept: 'text/html' } });
			await probe.arrayBuffer();
			if (probe.status === 404) {
				agendaSkipped = `${AGENDA} answered 404: the build has no agenda page yet`;
				log(agendaSkipped);
			} else {
				const { total, shown } = await checkAgendaContent(server, side.db);
				log(`agenda: ${total} upcoming gatherings for an anonymous visitor, ${shown} of the first page's titles on the page`);
				const runs: PageFigures[][] = [[], [], []];
				for (let round = 1; round <= rounds; round++) {
					if (rounds > 1) log(` round ${round} of ${rounds}`);
					runs[0].push(await loadPage(server, 'static page (ceiling)', CEILING, load));
					runs[1].push(await loadPage(server, 'agenda', AGENDA, load));
					runs[2].push(await loadPage(server, 'agenda, rendered for every request', AGENDA, load, { uncached: true }));
				}
				agenda = { ceiling: combinePages(runs[0]), agenda: combinePages(runs[1]), rendered: combinePages(runs[2]), total, shown };
			}
		} finally {
			await stopServer(server);
		}

		const proxied = await startOn(url, true);
		try {
			await waitHealthy(proxied, { pollMs: 20 });
			const outcome = await httpBurst(proxied, side.db, base, 1);
			if (typeof outcome === 'string') {
				httpSkipped = outcome;
				log(httpSkipped);
			} else {
				httpResult = outcome;
				log(`HTTP burst: ${Math.round(outcome.burst.perSecond)}/s, p99 ${Math.round(outcome.burst.p99)} ms; invariant ${outcome.invariant.holds ? 'holds' : `BROKEN: ${outcome.invariant.problems.join('; ')}`}`);
			}
		} finally {
			await stopServer(proxied);
		}
	} finally {
		await side.close();
	}

	const service = await serviceBursts(url, base);

	const report: Report = {
		...finishRun(postgres),
		seeded,
		agenda,
		agendaSkipped,
		http: httpResult,
		httpSkipped,
		service
	};
	return report;
}

// ---------------------------------------------------------------- output

const ms = (n: number) => formatMs(n, 100);
const yes = (ok: boolean) => (ok ? 'yes' : '**no**');

function targets(report: Report): Target[] {
	const list: Target[] = [];
	if (report.agenda) list.push({ what: `agenda page p99 < ${TARGETS.agendaP99Ms} ms at ${connections} connections`, ...judgeP99(report.agenda.agenda, TARGETS.agendaP99Ms, ms) });
	const broken = report.service.filter((r) => !r.invariant.holds).length;
	list.push({ what: `registration invariant in every in-process burst (${report.service.length})`, seen: broken ? `${broken} broken` : 'holds', met: broken === 0 });
	if (report.http) list.push({ what: 'registration invariant in the HTTP burst', seen: report.http.invariant.holds ? 'holds' : 'broken', met: report.http.invariant.holds });
	return list;
}

function burstRow(label: string, b: Burst, baseline: Burst): string {
	return `| ${label} | ${int(b.calls)} | ${int(b.wallMs)} ms | ${int(b.perSecond)} | ${ms(b.p50)} | ${ms(b.p99)} | ${ms(b.max)} | **${pct(b.perSecond / baseline.perSecond)}** |`;
}

function markdown(report: Report): string {
	const s = report.seeded;
	const distinct = registrations - duplicates;
	const lines = [
		`## Gatherings: ${report.date}`,
		'',
		'Reproduce with `npm run build && npm run bench:gatherings -- --write` (see `bench/gatherings.ts`). ' +
			'Registrations through the service on PostgreSQL, fired all at once at one gathering, with the invariant checked in the database; ' +
			`the agenda page \`${AGENDA}\` with ${int(s.upcoming)} upcoming gatherings against the static page \`${CEILING}\` (the framework's ceiling, as in \`bench/run.ts\`).`,
		'',
		...runLines(report, rounds),
		'',
		`Seeded through the services: the demo region (with ${s.fromDemo} upcoming gatherings of its own), then ${int(s.gatherings)} more upcoming gatherings (${s.series} series of 5 sessions, ${s.inSpaces} in public spaces, ${s.undated} without a date; ` +
			`${s.formats.in_person} in person, ${s.formats.online} online, ${s.formats.hybrid} hybrid; 1–3 organisers, 0–2 themes, areas across Twente; ${s.registrations} guests on every tenth) in ${(s.ms / 1000).toFixed(1)} s.`,
		''
	];

	lines.push('### Agenda page', '');
	if (report.agenda) {
		const { ceiling, agenda, rendered } = report.agenda;
		lines.push(
			`${loadSentence(load)} ` +
				`An anonymous visitor's agenda holds ${int(report.agenda.total)} upcoming gatherings; the page showed ${report.agenda.shown} titles, the whole first page the service lists.`,
			'',
			'The agenda as visitors who are not signed in get it: the app keeps the rendered page for two seconds per language and address (as its data already was), and forgets it at once when a gathering or registration changes. ' +
				'The third row asks for a different address each time (`?n=1`, `?n=2`, …), so every request is rendered anew from the kept data: what a page costs that nobody asked for in the last two seconds (a signed-in visitor also loads their own data).',
			'',
			...pageTable([ceiling, agenda, rendered], ms),
			'',
			`${closedLoopSentence(connections, TARGETS.agendaP99Ms)} The agenda reached ${int(agenda.reqPerSec)} req/s at ${agenda.cpuMsPerRequest.toFixed(2)} ms of server CPU per request; ` +
				`rendered for every request it reached ${int(rendered.reqPerSec)} req/s at ${rendered.cpuMsPerRequest.toFixed(2)} ms, ${(rendered.cpuMsPerRequest / ceiling.cpuMsPerRequest).toFixed(1)} times the static page's.`
		);
	} else lines.push(`Not measured: ${report.agendaSkipped}.`);
	lines.push('');

	lines.push('### Registration burst in process', '');
	const combined = {
		register: combineBursts(report.service.map((r) => r.register)),
		inserts: combineBursts(report.service.map((r) => r.inserts)),
		locked: combineBursts(report.service.map((r) => r.locked))
	};
	lines.push(
		`Per round a new gathering with capacity ${capacity} and a waitlist; ${int(registrations)} calls of \`register\` (guests: ${int(distinct)} distinct addresses, ${int(duplicates)} of them a second time, half of those in capitals) ` +
			`started at the same moment through a pool of ${poolSize} connections; each latency runs from the moment the call was fired, so it includes the wait for a connection and for the list's lock. ` +
			'Baseline in the same round and pool: as many plain single-row inserts into a scratch table; for reference, as many inserts that each first lock one shared row (the floor for anything that, like a registration, queues on one lock).',
		'',
		'| what | calls | wall time | per second | p50 | p99 | max | vs plain inserts |',
		'|---|---:|---:|---:|---:|---:|---:|---:|',
		burstRow('`register` (guest)', combined.register, combined.inserts),
		burstRow('plain single-row insert (baseline)', combined.inserts, combined.inserts),
		burstRow('insert behind one row lock (reference)', combined.locked, combined.inserts),
		'',
		`Registrations for one list take turns on its lock, so the burst's wall time divided by its calls is about how long each call holds the lock: ` +
			`${ms(combined.register.wallMs / combined.register.calls)} for \`register\`, ${ms(combined.locked.wallMs / combined.locked.calls)} for the reference's lock, insert and commit.`,
		'',
		'Invariant, per round, read back from the database:',
		'',
		`| round | confirmed (capacity ${capacity}) | waitlisted (expected ${int(distinct - capacity)}) | repeats refused (expected ${int(duplicates)}) | other errors | addresses twice | confirmed before waiting | positions 1..n in arrival order | letters in outbox | holds |`,
		'|---:|---:|---:|---:|---:|---:|---|---|---:|---|'
	);
	for (const [i, r] of report.service.entries()) {
		const v = r.invariant;
		lines.push(
			`| ${i + 1} | ${v.confirmed} | ${int(v.waitlisted)} | ${v.refusedRepeats} | ${v.otherErrors} | ${v.addressesTwice} | ${yes(v.confirmedBeforeWaiting)} | ${yes(v.positionsInArrivalOrder)} | ${int(v.letters)} | ${v.holds ? 'PASS' : `**FAIL**: ${v.problems.join('; ')}`} |`
		);
	}
	lines.push('');

	lines.push('### Registration burst over HTTP', '');
	if (report.http) {
		const h = report.http;
		const v = h.invariant;
		lines.push(
			`The same mix (${int(h.burst.calls)} posts, fresh addresses) through the registration form action \`POST ${h.route}\` of the built server, as the enhanced form sends it, ` +
				`over at most ${connections} keep-alive sockets, each guest from an address of their own (\`X-Forwarded-For\`, the server started with \`ADDRESS_HEADER=x-forwarded-for\` as behind a reverse proxy; ` +
				`the per-address limit on guest registrations stays on). Latency from the moment each post was fired. Baseline: as many \`GET ${CEILING}\` the same way, right after.`,
			'',
			'| what | calls | wall time | per second | p50 | p99 | max | vs baseline |',
			'|---|---:|---:|---:|---:|---:|---:|---:|',
			burstRow('registration over HTTP', h.burst, h.baseline),
			burstRow(`\`GET ${CEILING}\` (baseline)`, h.baseline, h.baseline),
			'',
			`Statuses: ${Object.entries(h.statuses).map(([k, n]) => `${k} × ${int(n)}`).join(', ')}. Invariant: ${v.confirmed} confirmed, ${int(v.waitlisted)} waitlisted, ${v.refusedRepeats} repeats refused, ` +
				`${v.otherErrors} other errors, ${v.addressesTwice} addresses twice, positions in arrival order: ${yes(v.positionsInArrivalOrder)}: ${v.holds ? 'PASS' : `**FAIL**: ${v.problems.join('; ')}`}.`
		);
	} else lines.push(`Not measured: ${report.httpSkipped}.`);
	lines.push('');

	lines.push(...targetTable(targets(report)));
	return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------- main

await runBench(async () => {
	const report = await main();
	const section = markdown(report);
	printReport(section, targets(report));
	if (report.agenda) for (const page of [report.agenda.agenda, report.agenda.rendered]) noteFailedRequests(page);
	if (write) writeBenchSection(section, { key: 'gatherings', title: 'gatherings', date: report.date });
	if (report.service.some((r) => !r.invariant.holds) || (report.http && !report.http.invariant.holds)) process.exitCode = 1;
});
