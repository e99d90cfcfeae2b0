/**
 * Ballots survive a crash: 1,000 vote codes are cast over the JSON API of the built server on
 * PostgreSQL, 100 at a time, and the server is killed (SIGKILL, no chance to finish anything) once
 * 40% have been acknowledged. After a restart on the same database every ballot that was not
 * acknowledged is sent again. In the database, every acknowledged receipt is then there exactly
 * once, and there are exactly as many ballots as used codes.
 *
 * A ballot can commit while its answer is lost with the server; sent again, its code is then
 * "used" (409). Those count as committed without acknowledgement: the ballots in the box must be
 * exactly the acknowledged ones plus those.
 *
 * PostgreSQL only (TEST_DATABASE_URL): PGlite lives inside the server process it would die with.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import { ensureBuild, startServer, type Server } from './support.ts';
import { world, type World } from '../../src/lib/server/testing.ts';
import { rowsOf } from '../../src/lib/server/db/rows.ts';
import { translator } from '../../src/lib/i18n/index.ts';
import type { Actor } from '../../src/lib/server/modules/identity/index.ts';
import { createOrganisation } from '../../src/lib/server/modules/network/index.ts';
import { amsterdamToday, createSpace, setComponents } from '../../src/lib/server/modules/spaces/index.ts';
import { createProcess, generateCodes, reviewProposal, submitProposal } from '../../src/lib/server/modules/budgeting/index.ts';
import { receiptHash } from '../../src/lib/server/modules/budgeting/codes.ts';
import { budgetBallot, budgetVoteCode } from '../../src/lib/server/modules/budgeting/schema.ts';
import '../../src/lib/server/components.ts';

const ballotCount = 1_000;
const spareCodes = 200;
const inFlight = 100;
const killAfter = Math.round(ballotCount * 0.4);
const requestTimeoutMs = 15_000;
const codeUsedTitle = translator('en')('budget.error.codeUsed');

const dayMs = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * dayMs);
const dayFromNow = (days: number) => amsterdamToday(daysFromNow(days));

/**
 * A process made six weeks ago whose proposals were handed in and reviewed in their phases, so
 * that the server, which only knows the real today, finds it in its second week of voting.
 */
async function votingProcess(w: World, runner: Actor): Promise<string> {
	const db = w.database.db;
	const organisation = await createOrganisation(db, runner, { name: 'Gemeente Stroomuitval', kind: 'municipality' });
	const space = await createSpace(db, runner, { title: 'Wijkbudget Stroomuitval', ownerIds: [organisation.id], visibility: 'public' });
	await setComponents(db, runner, space.slug, ['budget']);
	const fields = { title: 'Wijkbudget na de crash', total: 100_000, ballotType: 'approval', maxProjects: 2, rule: 'greedy', votingByCode: true };
	const days = { proposalsFrom: dayFromNow(-40), proposalsUntil: dayFromNow(-30), votingFrom: dayFromNow(-7), votingUntil: dayFromNow(14) };
	const made = await createProcess(db, runner, space.slug, { ...fields, ...days }, daysFromNow(-42));
	for (const title of ['Bankjes in het park', 'Speeltuin aan de beek']) {
		const proposal = await submitProposal(db, null, runner, made.slug, { title, description: `${title}, voor iedereen in de wijk.`, cost: 30_000 }, [], daysFromNow(-35));
		await reviewProposal(db, runner, made.slug, proposal.number, { verdict: 'feasible' }, daysFromNow(-20));
	}
	return made.slug;
}

/** What became of one ballot sent over HTTP. */
type Sent = { kind: 'receipt'; receipt: string } | { kind: 'codeUsed' } | { kind: 'lost'; reason: string } | { kind: 'other'; detail: string };

async function sendBallot(base: string, slug: string, code: string): Promise<Sent> {
	try {
		const res = await fetch(`${base}/api/v1/budgets/${slug}/ballots`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': 'en' },
			body: JSON.stringify({ code, projects: ['1'] }),
			signal: AbortSignal.timeout(requestTimeoutMs)
		});
		// Only a whole answer is an acknowledgement: the receipt must have reached the voter.
		const body = (await res.json()) as { receipt?: string; title?: string };
		if (res.status === 201 && typeof body.receipt === 'string') return { kind: 'receipt', receipt: body.receipt };
		if (res.status === 409 && body.title === codeUsedTitle) return { kind: 'codeUsed' };
		return { kind: 'other', detail: `${res.status} ${JSON.stringify(body)}` };
	} catch (error) {
		return { kind: 'lost', reason: String((error as { cause?: unknown }).cause ?? error) };
	}
}

/** Sends each code once, `width` at a time, until all are sent or `stop` says no more may start. */
async function castAll(codes: string[], width: number, send: (code: string) => Promise<void>, stop = () => false): Promise<void> {
	let next = 0;
	const lane = async () => {
		while (!stop() && next < codes.length) await send(codes[next++]);
	};
	await Promise.all(Array.from({ length: width }, lane));
}

const skip = process.env.TEST_DATABASE_URL ? false : 'needs PostgreSQL: set TEST_DATABASE_URL';

describe('ballots when the server is killed in the middle of the vote (PostgreSQL)', { skip }, () => {
	let w: World;
	let databaseUrl: string;
	let slug: string;
	let codes: string[];
	const servers: Server[] = [];
	/** Code → receipt, for every ballot whose answer came back whole. */
	const acknowledged = new Map<string, string>();
	let lostInFlight = 0;
	let neverSent = 0;
	let committedUnacknowledged = 0;
	let acknowledgedOnRetry = 0;
	const unexpected: string[] = [];

	const start = async () => {
		const server = await startServer({ env: { DATABASE_URL: databaseUrl, DEMO_DATA: '0' } });
		servers.push(server);
		return server;
	};

	before(async () => {
		await ensureBuild();
		w = await world('postgresql');
		const [{ name }] = rowsOf<{ name: string }>(await w.database.db.execute(sql`select current_database() as name`));
		const url = new URL(process.env.TEST_DATABASE_URL!);
		url.pathname = `/${name}`;
		databaseUrl = url.toString();
		const runner = await w.person('Rosa Regisseur');
		slug = await votingProcess(w, runner);
		({ codes } = await generateCodes(w.database.db, runner, slug, { count: ballotCount + spareCodes }));
	});

	after(async () => {
		await Promise.all(servers.map((s) => s.stop({ signal: 'SIGKILL' })));
		await w?.database.drop();
	});

	it(`casts ${ballotCount} ballots, ${inFlight} at a time, through a SIGKILL after ${killAfter} acknowledgements and a restart`, async () => {
		const started = Date.now();
		const voting = codes.slice(0, ballotCount);
		const first = await start();
		let killed: Promise<unknown> | undefined;
		const unanswered = new Set(voting);
		await castAll(
			voting,
			inFlight,
			async (code) => {
				const sent = await sendBallot(first.url, slug, code);
				if (sent.kind === 'receipt') {
					acknowledged.set(code, sent.receipt);
					unanswered.delete(code);
					if (acknowledged.size >= killAfter) killed ??= first.stop({ signal: 'SIGKILL' });
				} else if (sent.kind === 'lost') lostInFlight++;
				else unexpected.push(`before the kill, ${code}: ${JSON.stringify(sent)}`);
			},
			() => killed !== undefined
		);
		assert.ok(killed, `the server was killed (acknowledged ${acknowledged.size}, lost ${lostInFlight})`);
		await killed;
		const killedAt = Date.now() - started;
		neverSent = unanswered.size - lostInFlight;

		const second = await start();
		await castAll([...unanswered], inFlight, async (code) => {
			const sent = await sendBallot(second.url, slug, code);
			if (sent.kind === 'receipt') acknowledged.set(code, sent.receipt), acknowledgedOnRetry++;
			else if (sent.kind === 'codeUsed') committedUnacknowledged++;
			else unexpected.push(`after the restart, ${code}: ${JSON.stringify(sent)}`);
		});
		console.log(
			`killed after ${killedAt} ms with ${acknowledged.size - acknowledgedOnRetry} acknowledged, ${lostInFlight} in flight, ${neverSent} not yet sent; ` +
				`after the restart ${acknowledgedOnRetry} acknowledged, ${committedUnacknowledged} had committed unacknowledged; ${Date.now() - started} ms in all`
		);
		assert.deepEqual(unexpected, []);
		assert.ok(lostInFlight > 0, 'ballots were in flight when the server died');
		assert.equal(acknowledged.size + committedUnacknowledged, ballotCount, 'every code ended acknowledged or committed');
	});

	it('finds every acknowledged receipt in the box exactly once, and as many ballots as used codes', async () => {
		const db = w.database.db;
		const [{ id: processId }] = rowsOf<{ id: string }>(await db.execute(sql`select id from budget_process where slug = ${slug}`));
		const boxed = await db.select({ hash: budgetBallot.receiptHash, n: count() }).from(budgetBallot).where(eq(budgetBallot.processId, processId)).groupBy(budgetBallot.receiptHash);
		const times = new Map(boxed.map((b) => [b.hash, Number(b.n)]));
		const missing = [...acknowledged.values()].filter((receipt) => times.get(receiptHash(receipt)) !== 1);
		assert.deepEqual(missing, [], 'acknowledged receipts not in the box exactly once');
		const ballots = boxed.reduce((sum, b) => sum + Number(b.n), 0);
		const [{ used }] = await db.select({ used: count() }).from(budgetVoteCode).where(and(eq(budgetVoteCode.processId, processId), isNotNull(budgetVoteCode.usedOn)));
		assert.equal(ballots, Number(used), 'ballots = used codes');
		assert.equal(ballots, acknowledged.size + committedUnacknowledged, 'ballots = acknowledged + committed unacknowledged');
		assert.equal(ballots, ballotCount);
		assert.equal(boxed.length, ballots, 'no receipt twice');
	});

	it('refuses every code a second time now, as "code used", and casts no ballot more', async () => {
		const server = servers.at(-1)!;
		const answers = new Map<string, number>();
		await castAll(codes.slice(0, ballotCount), inFlight, async (code) => {
			const sent = await sendBallot(server.url, slug, code);
			answers.set(sent.kind, (answers.get(sent.kind) ?? 0) + 1);
		});
		assert.deepEqual(Object.fromEntries(answers), { codeUsed: ballotCount });
		const [{ n }] = await w.database.db.select({ n: count() }).from(budgetBallot);
		assert.equal(Number(n), ballotCount);
	});
});
