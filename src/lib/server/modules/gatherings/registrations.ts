import crypto from 'node:crypto';
import { and, asc, count, eq, gt, inArray, isNull, min, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { DomainError, notFound, type Actor } from '../identity';
import { sendLetter, type Recipient } from '../notifications';
import { placement, placesToFill, registrationWindow } from './places';
import { gathering, gatheringSeries, registration, registrationList } from './schema';

type ListRow = typeof registrationList.$inferSelect;
export type RegistrationRow = typeof registration.$inferSelect;

export interface Person {
	userId: string | null;
	name: string;
	email: string;
	needs: string;
	locale: string;
}

export interface Placed {
	status: 'confirmed' | 'waitlisted';
	position: number;
	registrationId: string;
	/** The secret for the manage link; only ever shown in the e-mail and to the caller. */
	token: string;
}

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** What a list is for: a series (one registration for all sessions) or one gathering. */
export async function listOwner(tx: Db, listId: string): Promise<{ title: string; path: string }> {
	const [series] = await tx.select({ title: gatheringSeries.title, slug: gatheringSeries.slug }).from(gatheringSeries).where(eq(gatheringSeries.listId, listId));
	if (series) return { title: series.title, path: `/reeksen/${series.slug}` };
	const [one] = await tx.select({ title: gathering.title, slug: gathering.slug }).from(gathering).where(eq(gathering.listId, listId));
	return { title: one?.title ?? '', path: one ? `/bijeenkomsten/${one.slug}` : '/bijeenkomsten' };
}

async function lockList(tx: Db, listId: string): Promise<ListRow> {
	const [list] = await tx.select().from(registrationList).where(eq(registrationList.id, listId)).for('update');
	if (!list) throw notFound();
	return list;
}

async function confirmedCount(tx: Db, listId: string): Promise<number> {
	const [row] = await tx.select({ n: count() }).from(registration).where(and(eq(registration.listId, listId), eq(registration.status, 'confirmed')));
	return row.n;
}

/** Place in line: confirmed people count among the confirmed, waiting people among the waiting. */
export async function positionOf(tx: Db, r: Pick<RegistrationRow, 'listId' | 'status' | 'arrival'>): Promise<number> {
	const [row] = await tx
		.select({ n: count() })
		.from(registration)
		.where(and(eq(registration.listId, r.listId), eq(registration.status, r.status), sql`${registration.arrival} <= ${r.arrival}`));
	return row.n;
}

/**
 * Takes a place on a list. The list row is locked first, so concurrent registrations queue up
 * here: the count of confirmed places is exact, and arrival order is the order of the lock. What
 * does not depend on the count is read before the lock, so each registration holds it briefly.
 */
export async function takePlace(tx: Db, listId: string, person: Person, origin: string, now = new Date()): Promise<Placed> {
	const owner = await listOwner(tx, listId);
	const [dates] = await tx
		.select({ firstStart: min(gathering.startsAt), scheduled: count() })
		.from(gathering)
		.where(and(eq(gathering.listId, listId), eq(gathering.status, 'scheduled')));
	const list = await lockList(tx, listId);
	if (dates.scheduled === 0) throw new DomainError('error.gatheringCancelled', 409);
	const window = registrationWindow(list, dates.firstStart ? new Date(dates.firstStart) : null, now);
	if (window === 'notYetOpen') throw new DomainError('error.registrationNotOpen', 409);
	if (window === 'closed') throw new DomainError('error.registrationClosed', 409);
	const [tally] = await tx
		.select({
			confirmed: sql<number>`count(*) filter (where ${registration.status} = 'confirmed')::int`,
			waitlisted: sql<number>`count(*) filter (where ${registration.status} = 'waitlisted')::int`,
			mine: sql<number>`count(*) filter (where ${registration.email} = ${person.email})::int`
		})
		.from(registration)
		.where(and(eq(registration.listId, listId), ne(registration.status, 'cancelled')));
	if (tally.mine > 0) throw new DomainError('error.alreadyRegistered', 409, 'email');
	const outcome = placement(list, tally.confirmed);
	if (outcome === 'full') throw new DomainError('error.gatheringFull', 409);
	const token = crypto.randomBytes(24).toString('base64url');
	const [row] = await tx
		.insert(registration)
		.values({ listId, ...person, status: outcome, manageTokenHash: hashToken(token) })
		.returning({ id: registration.id });
	// Under the lock nobody else joined, so the place is the next one in its line.
	const position = (outcome === 'confirmed' ? tally.confirmed : tally.waitlisted) + 1;
	await sendLetter(
		tx,
		[person],
		{
			subject: outcome === 'confirmed' ? 'mail.registered.subject' : 'mail.waitlisted.subject',
			body: outcome === 'confirmed' ? 'mail.registered.body' : 'mail.waitlisted.body',
			params: () => ({ title: owner.title, name: person.name, position, manage: `${origin}/aanmelding/${token}` }),
			path: owner.path
		},
		origin
	);
	return { status: outcome, position, registrationId: row.id, token };
}

/** Gives up a place; the first people on the waitlist move up in the same transaction. */
export async function givePlaceUp(tx: Db, r: RegistrationRow, origin: string): Promise<void> {
	await lockList(tx, r.listId);
	const [current] = await tx.select({ status: registration.status }).from(registration).where(eq(registration.id, r.id));
	if (!current || current.status === 'cancelled') throw new DomainError('error.notRegistered', 404);
	await tx.update(registration).set({ status: 'cancelled', cancelledAt: new Date() }).where(eq(registration.id, r.id));
	await promoteFromWaitlist(tx, r.listId, origin);
}

/**
 * Fills free places from the waitlist, in arrival order, and tells each person. Call with the list
 * locked: after a cancellation, or when the organiser raises the capacity.
 */
export async function promoteFromWaitlist(tx: Db, listId: string, origin: string): Promise<number> {
	// A place at a cancelled or finished gathering is no place: nobody is told one came free.
	const [ahead] = await tx
		.select({ n: count() })
		.from(gathering)
		.where(and(eq(gathering.listId, listId), eq(gathering.status, 'scheduled'), or(isNull(gathering.startsAt), gt(gathering.startsAt, sql`now()`))));
	if (ahead.n === 0) return 0;
	const [list] = await tx.select().from(registrationList).where(eq(registrationList.id, listId));
	const waiting = await tx
		.select()
		.from(registration)
		.where(and(eq(registration.listId, listId), eq(registration.status, 'waitlisted')))
		.orderBy(asc(registration.arrival));
	const moving = waiting.slice(0, placesToFill(list.capacity, await confirmedCount(tx, listId), waiting.length));
	if (!moving.length) return 0;
	await tx
		.update(registration)
		.set({ status: 'confirmed', promotedAt: new Date() })
		.where(inArray(registration.id, moving.map((m) => m.id)));
	const owner = await listOwner(tx, listId);
	await sendLetter(tx, moving, { subject: 'mail.promoted.subject', body: 'mail.promoted.body', notice: 'notice.promoted', params: () => ({ title: owner.title }), path: owner.path }, origin);
	return moving.length;
}

/** The live registration of this actor (by account, or by the address of the account) on a list. */
export async function registrationOf(db: Db, actor: Actor | null, listId: string): Promise<RegistrationRow | null> {
	if (!actor) return null;
	const [row] = await db
		.select()
		.from(registration)
		.where(and(eq(registration.listId, listId), ne(registration.status, 'cancelled'), or(eq(registration.userId, actor.userId), eq(registration.email, actor.email))));
	return row ?? null;
}

export async function registrationByToken(db: Db, token: string): Promise<RegistrationRow> {
	const [row] = await db.select().from(registration).where(eq(registration.manageTokenHash, hashToken(token)));
	if (!row) throw new DomainError('error.invalidLink', 404);
	return row;
}

/** Everyone who holds or waits for a place, to tell them about a change. */
export async function peopleOnList(tx: Db, listId: string): Promise<Recipient[]> {
	return tx
		.select({ userId: registration.userId, email: registration.email, locale: registration.locale })
		.from(registration)
		.where(and(eq(registration.listId, listId), ne(registration.status, 'cancelled')));
}

export async function listCounts(db: Db, listIds: string[]): Promise<Map<string, { confirmed: number; waitlisted: number }>> {
	if (!listIds.length) return new Map();
	const rows = await db
		.select({
			listId: registration.listId,
			confirmed: sql<number>`count(*) filter (where ${registration.status} = 'confirmed')::int`,
			waitlisted: sql<number>`count(*) filter (where ${registration.status} = 'waitlisted')::int`
		})
		.from(registration)
		.where(inArray(registration.listId, listIds))
		.groupBy(registration.listId);
	return new Map(rows.map((r) => [r.listId, { confirmed: r.confirmed, waitlisted: r.waitlisted }]));
}
