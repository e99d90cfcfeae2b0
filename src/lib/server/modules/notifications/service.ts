import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { isMessageKey, type MessageKey } from '../../../i18n';
import { signInRequired, type Actor } from '../identity';
import { emailOutbox, notice } from './schema';

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

// ---- In-app notices ---------------------------------------------------------------------------

export interface Notice {
	userId: string;
	messageKey: MessageKey;
	params?: Record<string, string | number>;
	link?: string;
}

/** Adds in-app notices inside the caller's transaction. */
export async function notify(db: Db, notices: Notice[]): Promise<void> {
	if (!notices.length) return;
	await db.insert(notice).values(notices.map((n) => ({ userId: n.userId, messageKey: n.messageKey, params: n.params ?? {}, link: n.link ?? '' })));
}

export async function listNotices(db: Db, actor: Actor | null, limit = 50) {
	if (!actor) throw signInRequired();
	const rows = await db.select().from(notice).where(eq(notice.userId, actor.userId)).orderBy(desc(notice.createdAt)).limit(limit);
	// A key removed from the catalogue since the notice was written is left out rather than shown raw.
	return rows.flatMap((row) => (isMessageKey(row.messageKey) ? [{ ...row, messageKey: row.messageKey }] : []));
}

export async function countUnreadNotices(db: Db, actor: Actor): Promise<number> {
	const [row] = await db
		.select({ count: sql<number>`count(*)::int` })
		.from(notice)
		.where(and(eq(notice.userId, actor.userId), isNull(notice.readAt)));
	return row.count;
}

export async function markNoticesRead(db: Db, actor: Actor | null): Promise<void> {
	if (!actor) throw signInRequired();
	await db.update(notice).set({ readAt: new Date() }).where(and(eq(notice.userId, actor.userId), isNull(notice.readAt)));
}
