// Ballots under load, on every engine of this run (PostgreSQL when TEST_DATABASE_URL is set): a
// thousand codes cast at once give a thousand ballots, one code or one account cast many times at
// once gives one, a refused ballot leaves its code unused, and the tables that hold the voter roll
// and the ballot box share nothing that could tie a ballot to whoever cast it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import '../../components';
import { rowsOf } from '../../db/rows';
import { engines, refused, world, type World } from '../../testing';
import { DomainError, type Actor } from '../identity';
import { createOrganisation } from '../network';
import { amsterdamToday, createSpace, setComponents } from '../spaces';
import { job } from '../../jobs/schema';
import { runDueJobs } from '../../jobs';
import { castBallot, countBallotBoxes, createProcess, findBallotByReceipt, generateCodes, reviewProposal, shuffleAfterMs, shuffleJob, submitProposal } from './index';
import { budgetArea, budgetBallot, budgetVoteCode, budgetVoter } from './schema';

const dayMs = 86_400_000;
/** A moment `days` from now (negative: in the past). */
const daysFromNow = (days: number) => new Date(Date.now() + days * dayMs);
const dayFromNow = (days: number) => amsterdamToday(daysFromNow(days));

type Outcome = { ok: true; receipt: string } | { ok: false; key: string; status: number };

/** A cast that was refused becomes its message key and status, so a burst can be tallied. */
async function outcome(cast: Promise<{ receipt: string }>): Promise<Outcome> {
	try {
		return { ok: true, receipt: (await cast).receipt };
	} catch (error) {
		if (error instanceof DomainError) return { ok: false, key: error.messageKey, status: error.status };
		throw error;
	}
}

const succeeded = (outcomes: Outcome[]) => outcomes.filter((o) => o.ok);
const refusedWith = (outcomes: Outcome[], key: string, status: number) => outcomes.filter((o) => !o.ok && o.key === key && o.status === status);

for (const engine of engines())
	describe(`casting ballots at once (${engine})`, () => {
		let w: World;
		let runner: Actor;
		let slug: string;
		let processId: string;
		let codes: string[];
		const db = () => w.database.db;

		/**
		 * The process was made six weeks ago, proposals were handed in and reviewed in their phases,
		 * and voting opened a week ago: so today, as the services see it, is inside voting. Three
		 * projects of €20.000 on a €50.000 budget: any two fit, all three do not.
		 */
		async function votingProcess(): Promise<{ slug: string; id: string }> {
			const organisation = await createOrganisation(db(), runner, { name: 'Gemeente Stembus', kind: 'municipality' });
			const space = await createSpace(db(), runner, { title: 'Wijkbudget Stembus', ownerIds: [organisation.id], visibility: 'public' });
			await setComponents(db(), runner, space.slug, ['budget']);
			const made = await createProcess(
				db(),
				runner,
				space.slug,
				{
					title: 'Wijkbudget 2026',
					total: 50_000,
					ballotType: 'knapsack',
					rule: 'greedy',
					votingByCode: true,
					votingByAccount: true,
					proposalsFrom: dayFromNow(-40),
					proposalsUntil: dayFromNow(-30),
					votingFrom: dayFromNow(-7),
					votingUntil: dayFromNow(14)
				},
				daysFromNow(-42)
			);
			for (const title of ['Bankjes in het park', 'Speeltuin aan de beek', 'Moestuin bij de school']) {
				const proposal = await submitProposal(db(), null, runner, made.slug, { title, description: `${title}, voor iedereen in de wijk.`, cost: 20_000 }, [], daysFromNow(-35));
				await reviewProposal(db(), runner, made.slug, proposal.number, { verdict: 'feasible' }, daysFromNow(-20));
			}
			return { slug: made.slug, id: made.id };
		}

		const ballots = async () => Number((await db().select({ n: count() }).from(budgetBallot).where(eq(budgetBallot.processId, processId)))[0].n);
		const usedCodes = async () => Number((await db().select({ n: count() }).from(budgetVoteCode).where(and(eq(budgetVoteCode.processId, processId), isNotNull(budgetVoteCode.usedOn))))[0].n);
		const voters = async () => Number((await db().select({ n: count() }).from(budgetVoter).where(eq(budgetVoter.processId, processId)))[0].n);
		const byCode = (code: string, projects = ['1', '2']) => outcome(castBallot(db(), null, slug, { code }, new Map(projects.map((p) => [p, 1]))));

		before(async () => {
			w = await world(engine);
			runner = await w.person('Rosa Regisseur');
			({ slug, id: processId } = await votingProcess());
			({ codes } = await generateCodes(db(), runner, slug, { count: 1_100 }));
		});

		after(() => w.database.drop());

		it('casts 1,000 different codes at once into exactly 1,000 ballots', { skip: engine === 'pglite' ? 'PGlite runs one query at a time, so nothing happens at once' : false }, async () => {
			const [ballotsBefore, usedBefore] = [await ballots(), await usedCodes()];
			const outcomes = await Promise.all(codes.slice(0, 1_000).map((code, i) => byCode(code, [String((i % 3) + 1)])));
			assert.equal(succeeded(outcomes).length, 1_000, JSON.stringify(outcomes.find((o) => !o.ok)));
			assert.equal(new Set(succeeded(outcomes).map((o) => o.ok && o.receipt)).size, 1_000, 'every receipt is different');
			assert.equal((await ballots()) - ballotsBefore, 1_000);
			assert.equal((await usedCodes()) - usedBefore, 1_000);
		});

		it('takes one code cast 20 times at once only once: the rest hear "code used"', async () => {
			const [ballotsBefore, usedBefore] = [await ballots(), await usedCodes()];
			const code = codes[1_000];
			const outcomes = await Promise.all(Array.from({ length: 20 }, () => byCode(code)));
			assert.equal(succeeded(outcomes).length, 1);
			assert.equal(refusedWith(outcomes, 'budget.error.codeUsed', 409).length, 19, JSON.stringify(outcomes));
			assert.equal((await ballots()) - ballotsBefore, 1);
			assert.equal((await usedCodes()) - usedBefore, 1);
			await assert.rejects(castBallot(db(), null, slug, { code }, new Map([['3', 1]])), refused('budget.error.codeUsed', 409, 'code'));
		});

		it('refuses over-budget ballots cast at once and leaves their codes unused, so the voter can try again', async () => {
			const [ballotsBefore, usedBefore] = [await ballots(), await usedCodes()];
			const spent = codes.slice(1_001, 1_021);
			const outcomes = await Promise.all(spent.map((code) => byCode(code, ['1', '2', '3'])));
			assert.equal(refusedWith(outcomes, 'budget.ballot.overBudget', 400).length, 20, JSON.stringify(outcomes));
			assert.equal((await ballots()) - ballotsBefore, 0);
			assert.equal((await usedCodes()) - usedBefore, 0);
			// One code, ten times within budget and ten times over it, all at once: one ballot, a
			// within one. An over-budget try hears "over budget", or "code used" once the code is gone.
			const code = codes[1_021];
			const mixed = await Promise.all(Array.from({ length: 20 }, (_, i) => byCode(code, i % 2 ? ['1', '2', '3'] : ['1', '3'])));
			const [within, over] = [mixed.filter((_, i) => i % 2 === 0), mixed.filter((_, i) => i % 2 === 1)];
			assert.equal(succeeded(within).length, 1);
			assert.equal(refusedWith(within, 'budget.error.codeUsed', 409).length, 9, JSON.stringify(within));
			assert.equal(refusedWith(over, 'budget.ballot.overBudget', 400).length + refusedWith(over, 'budget.error.codeUsed', 409).length, 10, JSON.stringify(over));
			const [kept] = succeeded(mixed);
			assert.deepEqual(await findBallotByReceipt(db(), null, slug, kept.ok ? kept.receipt : ''), { projects: ['1', '3'], points: null, areaId: null });
			assert.equal((await ballots()) - ballotsBefore, 1);
			assert.equal((await usedCodes()) - usedBefore, 1);
		});

		it('takes one account voting 20 times at once only once: the rest hear "already voted"', async () => {
			const resident = await w.person('Bram Bewoner');
			const ballotsBefore = await ballots();
			const vote = () => outcome(castBallot(db(), resident, slug, { postcode: '7607 AB', oldEnough: true }, new Map([['2', 1]])));
			const outcomes = await Promise.all(Array.from({ length: 20 }, vote));
			assert.equal(succeeded(outcomes).length, 1);
			assert.equal(refusedWith(outcomes, 'budget.error.alreadyVoted', 409).length, 19, JSON.stringify(outcomes));
			assert.equal((await ballots()) - ballotsBefore, 1);
			const rows = await db().select().from(budgetVoter).where(and(eq(budgetVoter.processId, processId), eq(budgetVoter.userId, resident.userId)));
			assert.equal(rows.length, 1, 'one row on the voter roll');
			assert.equal(await voters(), 1);
		});

		it('holds as many ballots as codes used and voters on the roll', async () => {
			assert.equal(await ballots(), (await usedCodes()) + (await voters()));
		});

		it('boxes a points ballot in the area of its code, as cast, for codes of two areas cast at once', async () => {
			const space = await createSpace(db(), runner, { title: 'Wijkbudget Twee Kernen', ownerIds: [(await createOrganisation(db(), runner, { name: 'Gemeente Twee Kernen', kind: 'municipality' })).id], visibility: 'public' });
			await setComponents(db(), runner, space.slug, ['budget']);
			const made = await createProcess(
				db(),
				runner,
				space.slug,
				{
					title: 'Puntenbudget 2026',
					total: 80_000,
					areas: [
						{ name: 'Noord', budget: 40_000, postcodes: '' },
						{ name: 'Zuid', budget: 40_000, postcodes: '' }
					],
					ballotType: 'points',
					pointsTotal: 10,
					rule: 'greedy',
					votingByCode: true,
					proposalsFrom: dayFromNow(-40),
					proposalsUntil: dayFromNow(-30),
					votingFrom: dayFromNow(-7),
					votingUntil: dayFromNow(14)
				},
				daysFromNow(-42)
			);
			const [north, south] = await db().select().from(budgetArea).where(eq(budgetArea.processId, made.id)).orderBy(budgetArea.position);
			// Proposals 1 and 2 in the north, 3 and 4 in the south.
			for (const [area, title] of [[north, 'Bankjes Noord'], [north, 'Speeltuin Noord'], [south, 'Bankjes Zuid'], [south, 'Moestuin Zuid']] as const) {
				const proposal = await submitProposal(db(), null, runner, made.slug, { title, description: `${title}, voor iedereen in de kern.`, cost: 10_000, areaId: area.id }, [], daysFromNow(-35));
				await reviewProposal(db(), runner, made.slug, proposal.number, { verdict: 'feasible' }, daysFromNow(-20));
			}
			const northCodes = (await generateCodes(db(), runner, made.slug, { count: 20, areaId: north.id })).codes;
			const southCodes = (await generateCodes(db(), runner, made.slug, { count: 20, areaId: south.id })).codes;
			const casts = [
				...northCodes.map((code, i) => ({ code, points: new Map([['1', i % 7], ['2', 3]]), areaId: north.id })),
				...southCodes.map((code, i) => ({ code, points: new Map([['3', 1], ['4', (i % 6) + 1]]), areaId: south.id }))
			];
			const outcomes = await Promise.all(casts.map((c) => outcome(castBallot(db(), null, made.slug, { code: c.code }, c.points))));
			assert.equal(succeeded(outcomes).length, casts.length, JSON.stringify(outcomes.find((o) => !o.ok)));
			for (const [i, o] of outcomes.entries()) {
				const given = [...casts[i].points].filter(([, p]) => p > 0);
				const stored = await findBallotByReceipt(db(), null, made.slug, o.ok ? o.receipt : '');
				assert.deepEqual(stored, { projects: given.map(([code]) => code), points: given.map(([, p]) => p), areaId: casts[i].areaId });
			}
			// A northern code opens the northern ballot only, whether or not the voter says which area they filled in.
			const [northern, alsoNorthern] = (await generateCodes(db(), runner, made.slug, { count: 2, areaId: north.id })).codes;
			await assert.rejects(castBallot(db(), null, made.slug, { code: northern }, new Map([['3', 2]])), refused('budget.ballot.unknownProject', 400));
			await assert.rejects(castBallot(db(), null, made.slug, { code: northern, areaId: south.id }, new Map([['3', 2]])), refused('budget.error.codeOtherArea', 400, 'code'));
			await assert.rejects(castBallot(db(), null, made.slug, { code: northern, areaId: north.id }, new Map([['3', 2]])), refused('budget.ballot.unknownProject', 400));
			const said = await castBallot(db(), null, made.slug, { code: northern, areaId: north.id }, new Map([['1', 2]]));
			assert.equal(said.area?.id, north.id);
			await assert.rejects(castBallot(db(), null, made.slug, { code: northern, areaId: north.id }, new Map([['1', 2]])), refused('budget.error.codeUsed', 409, 'code'));
			await assert.rejects(castBallot(db(), null, made.slug, { code: 'AAAA-BBBB-CCCC', areaId: north.id }, new Map([['1', 2]])), refused('budget.error.codeUnknown', 400, 'code'));
			assert.deepEqual((await castBallot(db(), null, made.slug, { code: alsoNorthern }, new Map([['2', 1]]))).area?.id, north.id);
		});

		describe('ballot secrecy in the tables themselves', () => {
			/** The columns of a table as the database describes them, so a column added later is caught too. */
			async function columns(table: string): Promise<{ name: string; type: string; fill: string | null }[]> {
				const result = await db().execute(
					sql`select column_name as name, data_type as type, column_default as fill from information_schema.columns where table_schema = current_schema() and table_name = ${table}`
				);
				const found = rowsOf<{ name: string; type: string; fill: string | null }>(result);
				assert.ok(found.length > 0, `${table} exists`);
				return found;
			}

			/** The tables a table's foreign keys point at. */
			async function referenced(table: string): Promise<string[]> {
				const result = await db().execute(sql`
					select distinct target.relname as name
					from pg_constraint c
					join pg_class source on source.oid = c.conrelid
					join pg_class target on target.oid = c.confrelid
					where c.contype = 'f' and source.relname = ${table}`);
				return rowsOf<{ name: string }>(result).map((r) => r.name);
			}

			const namesAPerson = /user|voter|person|account|member|email|name|address|(^|_)ip(_|$)/i;
			const namesACode = /code|batch/i;
			const namesATime = /time|date|day|_at$|_on$|when|created|updated|cast/i;
			const timeTypes = /date|time|interval/i;
			const namesABallot = /ballot|receipt|choice|project|point/i;

			it('keeps no user, code or time on a ballot', async () => {
				for (const column of await columns('budget_ballot')) {
					assert.doesNotMatch(column.name, namesAPerson, `budget_ballot.${column.name} names a person`);
					assert.doesNotMatch(column.name, namesACode, `budget_ballot.${column.name} names a code`);
					assert.doesNotMatch(column.name, namesATime, `budget_ballot.${column.name} names a time`);
					assert.doesNotMatch(column.type, timeTypes, `budget_ballot.${column.name} holds a time`);
					// A counter or a time-ordered id would put the ballots in the order they were cast, which the roll's rows also have.
					assert.doesNotMatch(column.fill ?? '', /nextval|now\(|current_|clock_|statement_|transaction_|timeofday|uuid_generate_v1|uuidv7/i, `budget_ballot.${column.name} is filled in by order or time`);
				}
				assert.equal((await columns('budget_ballot')).find((c) => c.name === 'id')?.fill, 'gen_random_uuid()', 'a ballot id is random');
				assert.deepEqual((await referenced('budget_ballot')).sort(), ['budget_area', 'budget_process']);
			});

			it('keeps no ballot on the voter roll or with a code', async () => {
				for (const table of ['budget_voter', 'budget_vote_code'])
					for (const column of await columns(table)) assert.doesNotMatch(column.name, namesABallot, `${table}.${column.name} names a ballot`);
				assert.ok(!(await referenced('budget_voter')).includes('budget_ballot'));
				assert.ok(!(await referenced('budget_vote_code')).includes('budget_ballot'));
			});

			/** Ballots of the process written in the same transaction as a row of the voter roll or a used code. */
			async function sharingTransaction(): Promise<number> {
				const result = await db().execute(sql`
					select count(*)::int as n from budget_ballot b
					where b.process_id = ${processId}::uuid and b.xmin::text in (
						select v.xmin::text from budget_voter v where v.process_id = ${processId}::uuid
						union select c.xmin::text from budget_vote_code c where c.process_id = ${processId}::uuid and c.used_on is not null)`);
				return rowsOf<{ n: number }>(result)[0].n;
			}

			const boxContents = async () =>
				(await db().select({ id: budgetBallot.id, projects: budgetBallot.projects, receipt: budgetBallot.receiptHash }).from(budgetBallot).where(eq(budgetBallot.processId, processId)));
			const sortedContents = (rows: Awaited<ReturnType<typeof boxContents>>) => rows.map((r) => `${r.receipt} ${r.projects.join(',')}`).sort();

			it('rewrites the box a few minutes after voting started, so no ballot shares a transaction with the roll or a code', async () => {
				const [scheduled] = await db().select().from(job).where(eq(job.key, `${shuffleJob}:${processId}`));
				assert.equal(scheduled?.status, 'pending', 'the first ballot asked for a rewrite');
				assert.ok(scheduled.runAt.getTime() <= Date.now() + shuffleAfterMs);
				assert.ok((await sharingTransaction()) > 0, 'as cast, a ballot shares the transaction of its code or voter');
				const before = await boxContents();
				await runDueJobs(db(), scheduled.runAt);
				assert.equal(await sharingTransaction(), 0);
				const rewritten = await boxContents();
				assert.deepEqual(sortedContents(rewritten), sortedContents(before), 'every ballot is still there, as cast');
				const oldIds = new Set(before.map((r) => r.id));
				assert.ok(rewritten.every((r) => !oldIds.has(r.id)), 'every ballot has a new random id');
				assert.equal((await db().select().from(job).where(eq(job.key, `${shuffleJob}:${processId}`)))[0].status, 'done');
			});

			it('rewrites the box again before counting, so a ballot cast after the last rewrite is not left in its transaction', async () => {
				await byCode(codes[1_050], ['1']);
				assert.equal(await sharingTransaction(), 1);
				await db().transaction((tx) => countBallotBoxes(tx, processId, daysFromNow(15)));
				assert.equal(await sharingTransaction(), 0);
			});

			it('leaves the label, kept for imported ballots, empty on every ballot cast here', async () => {
				const labelled = await db().select({ n: count() }).from(budgetBallot).where(and(eq(budgetBallot.processId, processId), isNotNull(budgetBallot.label)));
				assert.equal(Number(labelled[0].n), 0);
			});
		});
	});
