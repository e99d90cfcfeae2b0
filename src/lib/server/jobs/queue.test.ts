// The job queue: scheduling by key, running what is due, retrying with back-off, several runners
// at once; and the gathering reminder built on it, on every engine of this run.
import '../components';
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import { engines, world, type World } from '../testing';
import type { Actor } from '../modules/identity';
import { createOrganisation } from '../modules/network';
import { enqueueEmail, listOutbox } from '../modules/notifications';
import { cancelGathering, createGathering, register, reminderJob, updateGathering, type GatheringInput } from '../modules/gatherings';
import { formatDateTime } from '../../format';
import { registerJobHandler, runDueJobs, scheduleJob, scheduleJobUnlessPending, unscheduleJob } from './index';
import { job } from './schema';

const origin = 'http://localhost:3000';
const minute = 60_000;
const t0 = new Date('2099-01-01T12:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * minute);

/** What the test handlers saw, per kind. */
const calls: Record<string, unknown[]> = { record: [], fail: [], slow: [], writeThenFail: [] };
registerJobHandler('test.record', async (_tx, payload) => {
	calls.record.push(payload.n);
});
registerJobHandler('test.fail', async (_tx, payload) => {
	calls.fail.push(payload.n);
	throw new Error(`broken ${String(payload.n)}`);
});
registerJobHandler('test.slow', async (_tx, payload) => {
	calls.slow.push(payload.n);
	// Holding the row a moment makes the runners overlap.
	await sleep(2);
});
registerJobHandler('test.writeThenFail', async (tx, payload) => {
	calls.writeThenFail.push(payload.n);
	await enqueueEmail(tx, { to: 'rolled.back@example.org', subject: 'never sent', text: '' });
	throw new Error('after writing');
});

for (const engine of engines())
	describe(`job queue (${engine})`, () => {
		let w: World;
		const db = () => w.database.db;
		const jobRow = async (key: string) => (await db().select().from(job).where(eq(job.key, key)))[0];

		before(async () => {
			w = await world(engine);
		});
		after(() => w.database.drop());

		describe('generic jobs', () => {
			beforeEach(async () => {
				await db().delete(job);
				for (const list of Object.values(calls)) list.length = 0;
			});

			it('moves a job scheduled again under the same key instead of adding one', async () => {
				await scheduleJob(db(), { kind: 'test.record', key: 'k-move', runAt: at(10), payload: { n: 1 } });
				await scheduleJob(db(), { kind: 'test.record', key: 'k-move', runAt: at(20), payload: { n: 2 } });
				const rows = await db().select().from(job);
				assert.equal(rows.length, 1);
				assert.equal(rows[0].runAt.getTime(), at(20).getTime());
				assert.deepEqual(rows[0].payload, { n: 2 });
				assert.equal(await runDueJobs(db(), at(15)), 0);
				assert.equal(await runDueJobs(db(), at(20)), 1);
				assert.deepEqual(calls.record, [2]);
			});

			it('keeps a pending job where it is when asked to schedule it unless pending, and schedules it anew once done', async () => {
				await scheduleJobUnlessPending(db(), { kind: 'test.record', key: 'k-once', runAt: at(10), payload: { n: 1 } });
				await scheduleJobUnlessPending(db(), { kind: 'test.record', key: 'k-once', runAt: at(20), payload: { n: 2 } });
				assert.equal((await jobRow('k-once')).runAt.getTime(), at(10).getTime());
				assert.equal(await runDueJobs(db(), at(10)), 1);
				assert.deepEqual(calls.record, [1]);
				await scheduleJobUnlessPending(db(), { kind: 'test.record', key: 'k-once', runAt: at(30), payload: { n: 3 } });
				const again = await jobRow('k-once');
				assert.deepEqual({ status: again.status, runAt: again.runAt.getTime() }, { status: 'pending', runAt: at(30).getTime() });
				assert.equal((await db().select().from(job)).length, 1);
			});

			it('runs due jobs only, earliest first, and marks them done', async () => {
				await scheduleJob(db(), { kind: 'test.record', key: 'k-b', runAt: at(-1), payload: { n: 'b' } });
				await scheduleJob(db(), { kind: 'test.record', key: 'k-a', runAt: at(-2), payload: { n: 'a' } });
				await scheduleJob(db(), { kind: 'test.record', key: 'k-c', runAt: at(1), payload: { n: 'c' } });
				assert.equal(await runDueJobs(db(), t0), 2);
				assert.deepEqual(calls.record, ['a', 'b']);
				const done = await jobRow('k-a');
				assert.deepEqual({ status: done.status, attempts: done.attempts, doneAt: done.doneAt?.getTime() }, { status: 'done', attempts: 1, doneAt: t0.getTime() });
				assert.equal((await jobRow('k-c')).status, 'pending');
				assert.equal(await runDueJobs(db(), t0), 0, 'a done job is not run again');
				assert.equal(await runDueJobs(db(), at(1)), 1);
				assert.deepEqual(calls.record, ['a', 'b', 'c']);
			});

			it('runs at most one batch per call', async () => {
				for (const n of [1, 2, 3]) await scheduleJob(db(), { kind: 'test.record', key: `k-batch-${n}`, runAt: at(-n), payload: { n } });
				assert.equal(await runDueJobs(db(), t0, 2), 2);
				assert.equal(await runDueJobs(db(), t0, 2), 1);
			});

			it('unschedules a pending job, and leaves a done one in place', async () => {
				await scheduleJob(db(), { kind: 'test.record', key: 'k-gone', runAt: at(5) });
				await scheduleJob(db(), { kind: 'test.record', key: 'k-kept', runAt: at(-5) });
				await runDueJobs(db(), t0);
				await unscheduleJob(db(), 'k-gone');
				await unscheduleJob(db(), 'k-kept');
				assert.equal(await jobRow('k-gone'), undefined);
				assert.equal((await jobRow('k-kept')).status, 'done');
				assert.equal(await runDueJobs(db(), at(10)), 0);
			});

			it('retries a failing job later with growing back-off, and gives up after five attempts', async () => {
				await scheduleJob(db(), { kind: 'test.fail', key: 'k-fail', runAt: t0, payload: { n: 1 } });
				const expectedWaits = [1, 4, 9, 16];
				let now = t0;
				for (const [i, wait] of expectedWaits.entries()) {
					assert.equal(await runDueJobs(db(), now), 0);
					const row = await jobRow('k-fail');
					assert.deepEqual({ status: row.status, attempts: row.attempts, lastError: row.lastError }, { status: 'pending', attempts: i + 1, lastError: 'broken 1' });
					assert.equal(row.runAt.getTime(), now.getTime() + wait * minute);
					// Not a moment before its time.
					assert.equal(await runDueJobs(db(), new Date(row.runAt.getTime() - 1000)), 0);
					assert.equal(calls.fail.length, i + 1);
					now = row.runAt;
				}
				await runDueJobs(db(), now);
				const failed = await jobRow('k-fail');
				assert.deepEqual({ status: failed.status, attempts: failed.attempts }, { status: 'failed', attempts: 5 });
				await runDueJobs(db(), at(100_000));
				assert.equal(calls.fail.length, 5, 'a failed job is not tried again');
			});

			it('rolls back what a failing handler wrote, and goes on with the next job', async () => {
				await scheduleJob(db(), { kind: 'test.writeThenFail', key: 'k-write', runAt: at(-2), payload: { n: 1 } });
				await scheduleJob(db(), { kind: 'test.record', key: 'k-after', runAt: at(-1), payload: { n: 'after' } });
				assert.equal(await runDueJobs(db(), t0), 1);
				assert.deepEqual(calls.record, ['after']);
				assert.equal((await listOutbox(db(), 100_000)).filter((m) => m.recipient === 'rolled.back@example.org').length, 0);
				assert.equal((await jobRow('k-write')).attempts, 1);
			});

			it('records a job of an unknown kind as a failure instead of stopping', async () => {
				await scheduleJob(db(), { kind: 'test.nobody', key: 'k-unknown', runAt: at(-1) });
				assert.equal(await runDueJobs(db(), t0), 0);
				const row = await jobRow('k-unknown');
				assert.equal(row.attempts, 1);
				assert.match(row.lastError ?? '', /No handler/);
			});

			it(`runs each job exactly once with runners at the same time${engine === 'pglite' ? ' (PGlite runs them one after another)' : ''}`, async () => {
				const count = engine === 'postgresql' ? 60 : 20;
				for (let n = 0; n < count; n++) await scheduleJob(db(), { kind: 'test.slow', key: `k-race-${n}`, runAt: at(-1 - (n % 7)), payload: { n } });
				const ran = await Promise.all([runDueJobs(db(), t0, 100), runDueJobs(db(), t0, 100), runDueJobs(db(), t0, 100)]);
				assert.equal(ran.reduce((a, b) => a + b, 0), count);
				assert.equal(calls.slow.length, count);
				assert.equal(new Set(calls.slow).size, count, 'no job ran twice');
				const rows = await db().select().from(job);
				assert.ok(rows.every((r) => r.status === 'done' && r.attempts === 1));
			});
		});

		describe('gathering reminders', () => {
			let organiser: Actor;
			let ann: Actor;
			let A: { id: string };
			let guestNumber = 0;
			const guest = () => ({ name: `Gast ${++guestNumber}`, email: `herinnering.${guestNumber}@example.org` });
			const input = (over: Partial<GatheringInput>): GatheringInput => ({ title: 'Kring met herinnering', startDay: '2099-10-10', startTime: '19:30', address: 'Buurthuis De Linde', organiserIds: [A.id], ...over });
			const reminders = async (email: string, title: string) => (await listOutbox(db(), 100_000)).filter((m) => m.recipient === email && m.subject === `Herinnering: ${title}`);
			const reminderRow = async (gatheringId: string) => jobRow(`${reminderJob}:${gatheringId}`);

			before(async () => {
				await db().delete(job);
				organiser = await w.person('Olga Organisator');
				ann = await w.person('Ann Aangemeld');
				A = await createOrganisation(db(), organiser, { name: 'Initiatief Herinnering', kind: 'initiative' });
			});

			it('sends one reminder per confirmed person, none to the waitlist, and never twice', async () => {
				const g = await createGathering(db(), organiser, input({ title: 'Kring over drie dagen', reminderDaysBefore: 3, capacity: 2, waitlist: true }), origin);
				const row = await reminderRow(g.id);
				const startsAt = new Date('2099-10-10T17:30:00Z');
				assert.equal(row.runAt.getTime(), startsAt.getTime() - 3 * 24 * 60 * minute);
				const first = guest();
				const waiting = guest();
				await register(db(), null, { gathering: g.slug }, first, { locale: 'nl', origin });
				await register(db(), ann, { gathering: g.slug }, {}, { locale: 'en', origin });
				await register(db(), null, { gathering: g.slug }, waiting, { locale: 'nl', origin });

				await runDueJobs(db(), new Date(row.runAt.getTime() - minute));
				assert.deepEqual(await reminders(first.email, 'Kring over drie dagen'), [], 'not before its time');

				await runDueJobs(db(), new Date(row.runAt.getTime() + 60 * minute));
				const [mail] = await reminders(first.email, 'Kring over drie dagen');
				assert.ok(mail);
				assert.ok(mail.text.includes(formatDateTime(startsAt, 'nl')) && mail.text.includes('Buurthuis De Linde'), mail.text);
				assert.ok(mail.text.includes(`${origin}/bijeenkomsten/${g.slug}`));
				const english = (await listOutbox(db(), 100_000)).filter((m) => m.recipient === ann.email && m.subject === 'Reminder: Kring over drie dagen');
				assert.equal(english.length, 1, 'in the language the person registered in');
				assert.deepEqual(await reminders(waiting.email, 'Kring over drie dagen'), [], 'the waitlist gets no reminder');
				assert.equal((await reminderRow(g.id)).status, 'done');

				await runDueJobs(db(), new Date(row.runAt.getTime() + 120 * minute));
				assert.equal((await reminders(first.email, 'Kring over drie dagen')).length, 1, 'running again sends nothing');
			});

			it('moves the reminder with a new date, and the old moment sends nothing', async () => {
				const g = await createGathering(db(), organiser, input({ title: 'Verplaatste kring', startDay: '2099-11-10' }), origin);
				const person = guest();
				await register(db(), null, { gathering: g.slug }, person, { locale: 'nl', origin });
				const oldRun = (await reminderRow(g.id)).runAt;
				const moved = await updateGathering(db(), organiser, g.slug, input({ title: 'Verplaatste kring', startDay: '2099-11-20' }), origin);
				const newRun = (await reminderRow(g.id)).runAt;
				assert.equal(newRun.getTime(), moved.startsAt!.getTime() - 2 * 24 * 60 * minute);
				assert.equal(newRun.getTime() - oldRun.getTime(), 10 * 24 * 60 * minute);

				await runDueJobs(db(), new Date(oldRun.getTime() + minute));
				assert.deepEqual(await reminders(person.email, 'Verplaatste kring'), []);
				await runDueJobs(db(), new Date(newRun.getTime() + minute));
				const sent = await reminders(person.email, 'Verplaatste kring');
				assert.equal(sent.length, 1);
				assert.ok(sent[0].text.includes(formatDateTime(moved.startsAt, 'nl')));
			});

			it('sends no reminder for a cancelled gathering', async () => {
				const g = await createGathering(db(), organiser, input({ title: 'Afgelaste kring met herinnering', startDay: '2099-12-10' }), origin);
				const person = guest();
				await register(db(), null, { gathering: g.slug }, person, { locale: 'nl', origin });
				const runAt = (await reminderRow(g.id)).runAt;
				await cancelGathering(db(), organiser, g.slug, {}, origin);
				assert.equal(await reminderRow(g.id), undefined, 'the job is taken away');
				await runDueJobs(db(), new Date(runAt.getTime() + minute));
				assert.deepEqual(await reminders(person.email, 'Afgelaste kring met herinnering'), []);
			});

			it('does nothing for a job left over from an old date or a cancelled gathering', async () => {
				const g = await createGathering(db(), organiser, input({ title: 'Kring met oud werk', startDay: '2099-12-20' }), origin);
				const person = guest();
				await register(db(), null, { gathering: g.slug }, person, { locale: 'nl', origin });
				// A job another process scheduled for a start that no longer holds.
				await scheduleJob(db(), { kind: reminderJob, key: `stale:${g.id}`, runAt: at(0), payload: { gatheringId: g.id, startsAt: '2099-12-01T17:30:00.000Z', origin } });
				await runDueJobs(db(), at(1));
				assert.equal((await jobRow(`stale:${g.id}`)).status, 'done');
				assert.deepEqual(await reminders(person.email, 'Kring met oud werk'), []);
			});

			it('plans no reminder without a date or with zero days, and plans one when the date comes', async () => {
				const none = await createGathering(db(), organiser, input({ title: 'Kring zonder herinnering', reminderDaysBefore: 0 }), origin);
				assert.equal(await reminderRow(none.id), undefined);
				const undated = await createGathering(db(), organiser, input({ title: 'Kring nog zonder datum', startDay: '', startTime: '' }), origin);
				assert.equal(await reminderRow(undated.id), undefined);
				const dated = await updateGathering(db(), organiser, undated.slug, input({ title: 'Kring nog zonder datum', startDay: '2099-10-01' }), origin);
				assert.equal((await reminderRow(undated.id)).runAt.getTime(), dated.startsAt!.getTime() - 2 * 24 * 60 * minute);
			});
		});
	});
