import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { emailOutbox } from './schema';

export interface Email {
	to: string;
	subject: string;
	text: string;
}

/** Queues an e-mail inside the caller's transaction: it is sent only if the transaction commits. */
export async function enqueueEmail(db: Db, email: Email): Promise<void> {
	await db.insert(emailOutbox).values({ recipient: email.to, subject: email.subject, text: email.text });
}

export async function listOutbox(db: Db, limit = 50) {
	return db.select().from(emailOutbox).orderBy(desc(emailOutbox.createdAt)).limit(limit);
}

export type Transport = (email: Email) => Promise<void>;

const maxAttempts = 8;

/**
 * Sends due e-mails one by one. A row is claimed with SKIP LOCKED and leased for ten minutes, then
 * sent outside any transaction: several processes can deliver from one outbox without sending
 * twice, and a process that dies mid-send leaves the row to be retried when the lease ends.
 */
export async function deliverDueEmails(db: Db, send: Transport, batch = 20): Promise<number> {
	let delivered = 0;
	for (let i = 0; i < batch; i++) {
		const row = await claimDueEmail(db);
		if (!row) break;
		const attempts = row.attempts + 1;
		try {
			await send({ to: row.recipient, subject: row.subject, text: row.text });
			await db
				.update(emailOutbox)
				.set({ status: 'sent', sentAt: new Date(), attempts, lastError: null })
				.where(eq(emailOutbox.id, row.id));
			delivered++;
		} catch (error) {
			await db
				.update(emailOutbox)
				.set({
					attempts,
					lastError: String((error as Error)?.message ?? error).slice(0, 500),
					status: attempts >= maxAttempts ? 'failed' : 'pending',
					// Back off exponentially: 1, 2, 4 … minutes.
					nextAttemptAt: sql`now() + ${2 ** (attempts - 1)} * interval '1 minute'`
				})
				.where(eq(emailOutbox.id, row.id));
		}
	}
	return delivered;
}

async function claimDueEmail(db: Db) {
	const due = db
		.select({ id: emailOutbox.id })
		.from(emailOutbox)
		.where(and(eq(emailOutbox.status, 'pending'), lte(emailOutbox.nextAttemptAt, sql`now()`)))
		.orderBy(asc(emailOutbox.createdAt))
		.limit(1)
		.for('update', { skipLocked: true });
	const [row] = await db
		.update(emailOutbox)
		.set({ nextAttemptAt: sql`now() + interval '10 minutes'` })
		.where(inArray(emailOutbox.id, due))
		.returning();
	return row;
}
