import crypto from 'node:crypto';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accountContact, notFound, signInRequired, type Actor } from '../identity';
import { spaceAccess, spaceIdBySlug } from '../spaces';
import { calendar, type CalendarEvent } from './ical';
import { calendarFeed, gathering } from './schema';
import { findGathering, gatheringsOfPerson, getSeries } from './service';

type Dated = Pick<typeof gathering.$inferSelect, 'id' | 'slug' | 'title' | 'description' | 'startsAt' | 'endsAt' | 'format' | 'address' | 'status' | 'sequence' | 'updatedAt'>;

function event(g: Dated, origin: string, onlineUrl = ''): CalendarEvent | null {
	if (!g.startsAt) return null;
	const url = `${origin}/bijeenkomsten/${g.slug}`;
	const location = [g.format !== 'online' ? g.address : '', onlineUrl].filter(Boolean).join(' · ');
	return {
		uid: `gathering-${g.id}@${new URL(origin).hostname}`,
		sequence: g.sequence,
		title: g.title,
		description: `${g.description}\n\n${url}`.trim(),
		startsAt: g.startsAt,
		endsAt: g.endsAt,
		location,
		url,
		cancelled: g.status === 'cancelled',
		updatedAt: g.updatedAt
	};
}

const events = (rows: Dated[], origin: string) => rows.flatMap((g) => event(g, origin) ?? []);

export async function gatheringCalendar(db: Db, actor: Actor | null, slug: string, origin: string): Promise<string> {
	const { row } = await findGathering(db, actor, slug);
	return calendar(row.title, events([row], origin));
}

export async function seriesCalendar(db: Db, actor: Actor | null, slug: string, origin: string): Promise<string> {
	const series = await getSeries(db, actor, slug);
	return calendar(series.title, events(series.sessions, origin));
}

export async function spaceCalendar(db: Db, actor: Actor | null, spaceSlug: string, origin: string): Promise<string> {
	const spaceId = await spaceIdBySlug(db, spaceSlug);
	const space = spaceId ? await spaceAccess(db, actor, spaceId) : null;
	if (!space) throw notFound();
	const rows = await db.select().from(gathering).where(and(eq(gathering.spaceId, space.id), isNotNull(gathering.startsAt))).orderBy(gathering.startsAt);
	return calendar(space.title, events(rows, origin));
}

// ---- The personal feed ------------------------------------------------------------------------

/** The secret in the actor's feed address, made on first use. */
export async function feedToken(db: Db, actor: Actor | null): Promise<string> {
	if (!actor) throw signInRequired();
	const [existing] = await db.select({ token: calendarFeed.token }).from(calendarFeed).where(eq(calendarFeed.userId, actor.userId));
	if (existing) return existing.token;
	const [row] = await db
		.insert(calendarFeed)
		.values({ userId: actor.userId, token: crypto.randomBytes(24).toString('base64url') })
		.onConflictDoUpdate({ target: calendarFeed.userId, set: { userId: sql`excluded.user_id` } })
		.returning({ token: calendarFeed.token });
	return row.token;
}

/** A new secret: the old feed address stops working, for when it was shared by mistake. */
export async function renewFeedToken(db: Db, actor: Actor | null): Promise<string> {
	if (!actor) throw signInRequired();
	await db.delete(calendarFeed).where(eq(calendarFeed.userId, actor.userId));
	return feedToken(db, actor);
}

/** "My gatherings" for a calendar app; confirmed people get the online link in the event. */
export async function personalCalendar(db: Db, token: string, origin: string): Promise<string> {
	const [feed] = await db.select().from(calendarFeed).where(eq(calendarFeed.token, token));
	const contact = feed && (await accountContact(db, feed.userId));
	if (!feed || !contact) throw notFound();
	const rows = await gatheringsOfPerson(db, feed.userId, contact.email);
	const name = contact.locale === 'en' ? 'My gatherings' : 'Mijn bijeenkomsten';
	return calendar(name, rows.flatMap((g) => event(g, origin, g.registrationStatus === 'confirmed' ? g.onlineUrl : '') ?? []));
}

