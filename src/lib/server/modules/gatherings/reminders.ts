import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sendLetter } from '../notifications';
import { when, where } from './letters';
import { registration, gathering } from './schema';

/**
 * Sends the reminder for one gathering, with the online link: only confirmed people get it. It runs inside the job's transaction, so the e-mails are
 * queued exactly once. A job left over from an old date, or for a cancelled gathering, does nothing.
 */
export async function sendReminder(tx: Db, payload: Record<string, unknown>, now: Date): Promise<void> {
	const [g] = await tx.select().from(gathering).where(eq(gathering.id, String(payload.gatheringId)));
	if (!g || g.status !== 'scheduled' || !g.startsAt || g.startsAt <= now) return;
	if (g.startsAt.toISOString() !== payload.startsAt) return;
	const people = await tx
		.select({ userId: registration.userId, email: registration.email, locale: registration.locale })
		.from(registration)
		.where(and(eq(registration.listId, g.listId), eq(registration.status, 'confirmed')));
	await sendLetter(
		tx,
		people,
		{ subject: 'mail.reminder.subject', body: 'mail.reminder.body', params: (locale) => ({ title: g.title, when: when(g, locale), where: where(g, locale) + (g.format !== 'in_person' && g.onlineUrl ? ` – ${g.onlineUrl}` : '') }), path: `/bijeenkomsten/${g.slug}` },
		String(payload.origin)
	);
}
