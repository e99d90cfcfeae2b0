import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { scheduleJobUnlessPending } from '../../jobs';
import { budgetBallot } from './schema';

/**
 * A vote writes the voter roll (or the code) and the ballot box in one transaction, so PostgreSQL's
 * hidden row versions (`xmin`) and the order of the rows on disk tie the two together for anyone
 * who reads the database files. Rewriting the box in one transaction, in random order and with new
 * ids, gives every ballot the same `xmin` and an order of its own, and so cuts that tie.
 */
export const shuffleJob = 'budgeting.shuffle';

/** How long a ballot may stay in the order it was cast: the first ballot after a rewrite schedules the next. */
export const shuffleAfterMs = 5 * 60_000;

/** Ballots cast here; imported ones carry the voter label of their file and are left as they came. */
export async function shuffleBallotBox(tx: Db, processId: string): Promise<void> {
	await tx.execute(sql`with moved as (
		delete from ${budgetBallot} where ${budgetBallot.processId} = ${processId}::uuid and ${budgetBallot.label} is null
		returning area_id, projects, points, receipt_hash)
		insert into ${budgetBallot} (process_id, area_id, projects, points, receipt_hash)
		select ${processId}::uuid, area_id, projects, points, receipt_hash from moved order by random()`);
}

/**
 * Per database handle and process, when this server last asked for a rewrite. Asking at most once
 * a minute keeps the job table out of the way of casting; a minute is well within `shuffleAfterMs`,
 * so a ballot cast without asking is always covered by a rewrite still pending.
 */
const asked = new WeakMap<Db, Map<string, number>>();
const askEveryMs = 60_000;

/** After a ballot is boxed: make sure a rewrite of the box is due within `shuffleAfterMs`. */
export async function keepShuffling(db: Db, processId: string, now: Date): Promise<void> {
	let byProcess = asked.get(db);
	if (!byProcess) asked.set(db, (byProcess = new Map()));
	const last = byProcess.get(processId);
	if (last !== undefined && Math.abs(now.getTime() - last) < askEveryMs) return;
	byProcess.set(processId, now.getTime());
	try {
		await scheduleJobUnlessPending(db, { kind: shuffleJob, key: `${shuffleJob}:${processId}`, runAt: new Date(now.getTime() + shuffleAfterMs), payload: { processId } });
	} catch (error) {
		// The ballot is in the box already and must be acknowledged; the next ballot asks again, and the count rewrites the box in any case.
		byProcess.delete(processId);
		console.error('Scheduling the rewrite of a ballot box failed:', error);
	}
}
