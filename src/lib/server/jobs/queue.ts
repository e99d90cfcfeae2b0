import { and, asc, eq, lte, ne } from 'drizzle-orm';
import type { Db } from '../db/client';
import { job } from './schema';

export type JobHandler = (tx: Db, payload: Record<string, unknown>, now: Date) => Promise<void>;

const handlers = new Map<string, JobHandler>();

/** A module declares the kinds of job it runs, once, next to its component registration. */
export function registerJobHandler(kind: string, handler: JobHandler): void {
	handlers.set(kind, handler);
}

export interface JobRequest {
	kind: string;
	key: string;
	runAt: Date;
	payload?: Record<string, unknown>;
}

const pending = (request: JobRequest) => ({ kind: request.kind, key: request.key, runAt: request.runAt, payload: request.payload ?? {}, status: 'pending' as const, attempts: 0, lastError: null, doneAt: null });

/** Schedules a job inside the caller's transaction; a job with the same key is moved, not doubled. */
export async function scheduleJob(db: Db, request: JobRequest): Promise<void> {
	const values = pending(request);
	await db.insert(job).values(values).onConflictDoUpdate({ target: job.key, set: values });
}

/**
 * Schedules a job unless one with the same key is already pending, which then keeps its time: for
 * work that must happen some time after a first event however many follow, not after the last.
 */
export async function scheduleJobUnlessPending(db: Db, request: JobRequest): Promise<void> {
	const values = pending(request);
	await db.insert(job).values(values).onConflictDoUpdate({ target: job.key, set: values, setWhere: ne(job.status, 'pending') });
}

export async function unscheduleJob(db: Db, key: string): Promise<void> {
	await db.delete(job).where(and(eq(job.key, key), eq(job.status, 'pending')));
}

const maxAttempts = 5;

/**
 * Runs the jobs that are due, one transaction each: the row is claimed with SKIP LOCKED, the
 * handler writes in the same transaction, and the row is marked done before it commits. A failing
 * job is rolled back and tried again later, up to five times.
 */
export async function runDueJobs(db: Db, now = new Date(), batch = 20): Promise<number> {
	let ran = 0;
	for (let i = 0; i < batch; i++) {
		let claimed: typeof job.$inferSelect | undefined;
		try {
			const found = await db.transaction(async (tx) => {
				[claimed] = await tx
					.select()
					.from(job)
					.where(and(eq(job.status, 'pending'), lte(job.runAt, now)))
					.orderBy(asc(job.runAt))
					.limit(1)
					.for('update', { skipLocked: true });
				if (!claimed) return false;
				const handler = handlers.get(claimed.kind);
				if (!handler) throw new Error(`No handler for job kind "${claimed.kind}"`);
				await handler(tx, claimed.payload, now);
				await tx.update(job).set({ status: 'done', doneAt: now, attempts: claimed.attempts + 1 }).where(eq(job.id, claimed.id));
				return true;
			});
			if (!found) break;
			ran++;
		} catch (error) {
			if (!claimed) throw error;
			await recordFailure(db, claimed, error, now);
		}
	}
	return ran;
}

async function recordFailure(db: Db, failed: typeof job.$inferSelect, error: unknown, now: Date) {
	const attempts = failed.attempts + 1;
	await db
		.update(job)
		.set({
			attempts,
			lastError: String((error as Error)?.message ?? error).slice(0, 500),
			status: attempts >= maxAttempts ? 'failed' : 'pending',
			// Back off: 1, 4, 9, 16 minutes.
			runAt: new Date(now.getTime() + attempts * attempts * 60_000)
		})
		.where(eq(job.id, failed.id));
}
