import { and, asc, count, eq, exists, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { shortLived } from '../../cache';
import { reserveSlug } from '../../db/slugs';
import { scheduleJob, unscheduleJob } from '../../jobs';
import { DomainError, enforce, forbidden, notFound, recordAudit, signInRequired, type Actor } from '../identity';
import { areaWithDescendants, membershipsOf, organisationSummaries } from '../network';
import { listSpaces, spaceAccess } from '../spaces';
import { agendaFilter, cancelInput, gatheringInput, isUuid, oneClickInput, registrationInput, seriesInput, type AgendaFilter, type Gathering, type Raw } from './inputs';
import { sendLetter } from '../notifications';
import { describeChanges, when, where } from './letters';
import { registrationWindow } from './places';
import { canManageGathering, canOrganise, canSeeParticipantDetails, type GatheringStanding } from './policy';
import { givePlaceUp, listCounts, peopleOnList, positionOf, promoteFromWaitlist, registrationByToken, registrationOf, takePlace, type Placed } from './registrations';
import { amsterdamInstant } from './times';
import { gathering, gatheringAttachment, gatheringOrganiser, gatheringOutcome, gatheringSeries, gatheringTheme, registrationList, seriesOrganiser } from './schema';

export type GatheringRow = typeof gathering.$inferSelect;
export type SeriesRow = typeof gatheringSeries.$inferSelect;
export const reminderJob = 'gathering.reminder';

// ---- Standing ---------------------------------------------------------------------------------

async function standingFor(db: Db, actor: Actor | null, spaceId: string | null, organiserIds: string[]): Promise<{ standing: GatheringStanding; visible: boolean; space: Awaited<ReturnType<typeof spaceAccess>> }> {
	const space = spaceId ? await spaceAccess(db, actor, spaceId) : null;
	const memberOf = actor ? new Set((await membershipsOf(db, actor.userId)).map((m) => m.organisationId)) : new Set<string>();
	return {
		space,
		visible: !spaceId || space !== null,
		standing: { facilitatesSpace: space?.facilitate ?? false, memberOfOrganiser: organiserIds.some((id) => memberOf.has(id)) }
	};
}

async function organisersOf(db: Db, gatheringId: string): Promise<string[]> {
	return (await db.select({ id: gatheringOrganiser.organisationId }).from(gatheringOrganiser).where(eq(gatheringOrganiser.gatheringId, gatheringId))).map((r) => r.id);
}

async function seriesOrganisersOf(db: Db, seriesId: string): Promise<string[]> {
	return (await db.select({ id: seriesOrganiser.organisationId }).from(seriesOrganiser).where(eq(seriesOrganiser.seriesId, seriesId))).map((r) => r.id);
}

/** Pages address a gathering by slug, the API also by id. */
const gatheringKey = (key: string) => (isUuid(key) ? or(eq(gathering.slug, key), eq(gathering.id, key)) : eq(gathering.slug, key));

/** A gathering the actor may see, with what they may do; members-only spaces look absent. */
export async function findGathering(db: Db, actor: Actor | null, slug: string, lock = false) {
	const query = db.select().from(gathering).where(gatheringKey(slug));
	const [row] = lock ? await query.for('update') : await query;
	if (!row) throw notFound();
	const organiserIds = await organisersOf(db, row.id);
	const { standing, visible, space } = await standingFor(db, actor, row.spaceId, organiserIds);
	if (!visible) throw notFound();
	return { row, organiserIds, space, manages: canManageGathering(actor, standing) };
}

/** Like findGathering, for a change: signed in, allowed, and the row locked in the transaction. */
export async function managedGathering(tx: Db, actor: Actor | null, slug: string) {
	if (!actor) throw signInRequired();
	const found = await findGathering(tx, actor, slug, true);
	if (!found.manages) throw forbidden();
	return found;
}

async function findSeries(db: Db, actor: Actor | null, slug: string, lock = false) {
	const query = db.select().from(gatheringSeries).where(eq(gatheringSeries.slug, slug));
	const [row] = lock ? await query.for('update') : await query;
	if (!row) throw notFound();
	const organiserIds = await seriesOrganisersOf(db, row.id);
	const { standing, visible, space } = await standingFor(db, actor, row.spaceId, organiserIds);
	if (!visible) throw notFound();
	return { row, organiserIds, space, manages: canManageGathering(actor, standing) };
}

async function checkOrganisers(db: Db, actor: Actor, organiserIds: string[], spaceId: string | null) {
	const space = spaceId ? await spaceAccess(db, actor, spaceId) : null;
	if (spaceId && !space) throw new DomainError('error.choose', 400, 'spaceId');
	if ((await organisationSummaries(db, organiserIds)).length !== organiserIds.length) throw new DomainError('error.choose', 400, 'organiserIds');
	const memberOf = new Set((await membershipsOf(db, actor.userId)).map((m) => m.organisationId));
	if (!canOrganise(actor, organiserIds, memberOf, space)) throw new DomainError('error.organiserConsent', 403, 'organiserIds');
}

// ---- Series -----------------------------------------------------------------------------------

export async function createSeries(db: Db, actor: Actor | null, raw: Raw, spaceId: string | null = null) {
	if (!actor) throw signInRequired();
	const input = seriesInput.parse(raw);
	const organiserIds = [...new Set(input.organiserIds)];
	await checkOrganisers(db, actor, organiserIds, spaceId);
	return db.transaction(async (tx) => {
		const listId = input.registration === 'series' ? await newList(tx, input) : null;
		const slug = await reserveSlug(tx, gatheringSeries, gatheringSeries.slug, input.title);
		const [created] = await tx.insert(gatheringSeries).values({ slug, title: input.title, description: input.description, spaceId, listId }).returning();
		await tx.insert(seriesOrganiser).values(organiserIds.map((organisationId) => ({ seriesId: created.id, organisationId })));
		await recordAudit(tx, actor, { action: 'series.create', recordType: 'gathering_series', recordId: created.id, details: { title: created.title, registration: input.registration } });
		return created;
	}).finally(agendaChanged);
}

export async function updateSeries(db: Db, actor: Actor | null, slug: string, raw: Raw, origin: string) {
	if (!actor) throw signInRequired();
	const input = seriesInput.parse(raw);
	return db.transaction(async (tx) => {
		const found = await findSeries(tx, actor, slug, true);
		if (!found.manages) throw forbidden();
		const organiserIds = [...new Set(input.organiserIds)];
		const added = organiserIds.filter((id) => !found.organiserIds.includes(id));
		if (added.length) await checkOrganisers(tx, actor, added, found.row.spaceId);
		const [updated] = await tx.update(gatheringSeries).set({ title: input.title, description: input.description, updatedAt: new Date() }).where(eq(gatheringSeries.id, found.row.id)).returning();
		await tx.delete(seriesOrganiser).where(eq(seriesOrganiser.seriesId, found.row.id));
		await tx.insert(seriesOrganiser).values(organiserIds.map((organisationId) => ({ seriesId: found.row.id, organisationId })));
		if (found.row.listId) await changeList(tx, found.row.listId, input, origin);
		await recordAudit(tx, actor, { action: 'series.update', recordType: 'gathering_series', recordId: found.row.id, details: { title: input.title } });
		return updated;
	}).finally(agendaChanged);
}

export async function getSeries(db: Db, actor: Actor | null, slug: string, now = new Date()) {
	const { row, organiserIds, space, manages } = await findSeries(db, actor, slug);
	const sessions = await db.select().from(gathering).where(eq(gathering.seriesId, row.id)).orderBy(sql`${gathering.startsAt} asc nulls last`, asc(gathering.createdAt));
	const organisers = await organisationSummaries(db, organiserIds);
	const registrationView = row.listId ? await listView(db, actor, row.listId, sessions, now) : null;
	return {
		...row,
		organisers,
		space: space && { slug: space.slug, title: space.title },
		sessions: sessions.map(({ onlineUrl: _hidden, ...s }) => s),
		registration: registrationView,
		permissions: { manage: manages }
	};
}

// ---- Gatherings -------------------------------------------------------------------------------

type ListSettings = { capacity: number | null; waitlist: boolean; opensAt: Date | null; closesAt: Date | null };

async function newList(tx: Db, settings: ListSettings): Promise<string> {
	const [list] = await tx.insert(registrationList).values({ capacity: settings.capacity, waitlist: settings.waitlist, opensAt: settings.opensAt, closesAt: settings.closesAt }).returning({ id: registrationList.id });
	return list.id;
}

/** New rules for a list; a higher capacity lets people off the waitlist at once. */
async function changeList(tx: Db, listId: string, settings: ListSettings, origin: string) {
	await tx.select({ id: registrationList.id }).from(registrationList).where(eq(registrationList.id, listId)).for('update');
	await tx.update(registrationList).set({ capacity: settings.capacity, waitlist: settings.waitlist, opensAt: settings.opensAt, closesAt: settings.closesAt }).where(eq(registrationList.id, listId));
	await promoteFromWaitlist(tx, listId, origin);
}

export interface Placement {
	spaceId?: string | null;
	seriesSlug?: string | null;
}

export async function createGathering(db: Db, actor: Actor | null, raw: Raw, origin: string, place: Placement = {}) {
	if (!actor) throw signInRequired();
	const input = gatheringInput.parse(raw);
	let series: SeriesRow | null = null;
	let seriesOrganiserIds: string[] = [];
	if (place.seriesSlug) {
		const found = await findSeries(db, actor, place.seriesSlug);
		if (!found.manages) throw forbidden();
		series = found.row;
		seriesOrganiserIds = found.organiserIds;
	}
	const spaceId = series ? series.spaceId : (place.spaceId ?? null);
	const organiserIds = [...new Set(input.organiserIds)];
	// A session may name its series' organisers; naming anyone else needs the same consent as a new gathering.
	const added = organiserIds.filter((id) => !seriesOrganiserIds.includes(id));
	if (added.length) await checkOrganisers(db, actor, added, spaceId);
	return db.transaction(async (tx) => {
		const listId = series?.listId ?? (await newList(tx, input));
		const slug = await reserveSlug(tx, gathering, gathering.slug, input.title);
		const [created] = await tx
			.insert(gathering)
			.values({ ...gatheringFields(input), slug, listId, spaceId, seriesId: series?.id ?? null, createdBy: actor.userId })
			.returning();
		await setLinks(tx, created.id, organiserIds, input.themeIds);
		await planReminder(tx, created, origin);
		await recordAudit(tx, actor, { action: 'gathering.create', recordType: 'gathering', recordId: created.id, details: { title: created.title, seriesId: created.seriesId, spaceId } });
		return created;
	}).finally(agendaChanged);
}

function gatheringFields(input: Gathering) {
	return {
		title: input.title,
		description: input.description,
		startsAt: input.startsAt,
		endsAt: input.endsAt,
		format: input.format,
		address: input.address,
		areaId: input.areaId,
		onlineUrl: input.onlineUrl ?? '',
		stepFreeAccess: input.stepFreeAccess,
		hearingLoop: input.hearingLoop,
		interpreterOnRequest: input.interpreterOnRequest,
		accessibilityNotes: input.accessibilityNotes,
		contactName: input.contactName,
		contactEmail: input.contactEmail ?? '',
		caseClinic: input.caseClinic,
		reminderDaysBefore: input.reminderDaysBefore
	};
}

async function setLinks(tx: Db, gatheringId: string, organiserIds: string[], themeIds: string[]) {
	await tx.delete(gatheringOrganiser).where(eq(gatheringOrganiser.gatheringId, gatheringId));
	await tx.insert(gatheringOrganiser).values(organiserIds.map((organisationId) => ({ gatheringId, organisationId })));
	await tx.delete(gatheringTheme).where(eq(gatheringTheme.gatheringId, gatheringId));
	const themes = [...new Set(themeIds)];
	if (themes.length) await tx.insert(gatheringTheme).values(themes.map((themeId) => ({ gatheringId, themeId })));
}

/** The reminder is a job in the database: a restart keeps it, and a new date moves it. */
async function planReminder(tx: Db, g: GatheringRow, origin: string, now = new Date()) {
	const key = `${reminderJob}:${g.id}`;
	const runAt = g.startsAt && new Date(g.startsAt.getTime() - g.reminderDaysBefore * 86_400_000);
	if (g.status !== 'scheduled' || !g.startsAt || !runAt || g.reminderDaysBefore === 0 || runAt <= now) return unscheduleJob(tx, key);
	await scheduleJob(tx, { kind: reminderJob, key, runAt, payload: { gatheringId: g.id, startsAt: g.startsAt.toISOString(), origin } });
}

export async function updateGathering(db: Db, actor: Actor | null, slug: string, raw: Raw, origin: string) {
	if (!actor) throw signInRequired();
	const input = gatheringInput.parse(raw);
	return db.transaction(async (tx) => {
		const { row, organiserIds } = await managedGathering(tx, actor, slug);
		if (row.status === 'cancelled') throw new DomainError('error.gatheringCancelled', 409);
		const wanted = [...new Set(input.organiserIds)];
		const added = wanted.filter((id) => !organiserIds.includes(id));
		if (added.length) await checkOrganisers(tx, actor, added, row.spaceId);
		const fields = gatheringFields(input);
		const before = { startsAt: row.startsAt, endsAt: row.endsAt, format: row.format, address: row.address };
		const after = { startsAt: fields.startsAt, endsAt: fields.endsAt, format: fields.format, address: fields.address };
		const changed = describeChanges(before, after, 'nl') !== '';
		const [updated] = await tx
			.update(gathering)
			.set({ ...fields, sequence: changed || row.title !== fields.title ? row.sequence + 1 : row.sequence, updatedAt: new Date() })
			.where(eq(gathering.id, row.id))
			.returning();
		await setLinks(tx, row.id, wanted, input.themeIds);
		// A shared series list is changed on the series, not per session.
		if (!row.seriesId || !(await seriesHasList(tx, row.seriesId))) await changeList(tx, row.listId, input, origin);
		await planReminder(tx, updated, origin);
		if (changed) {
			await sendLetter(
				tx,
				await peopleOnList(tx, row.listId),
				{
					subject: 'mail.changed.subject',
					body: 'mail.changed.body',
					notice: 'notice.changed',
					params: (locale) => ({ title: updated.title, changes: describeChanges(before, after, locale) }),
					path: `/bijeenkomsten/${updated.slug}`
				},
				origin
			);
		}
		await recordAudit(tx, actor, { action: 'gathering.update', recordType: 'gathering', recordId: row.id, details: { title: updated.title, changed } });
		return updated;
	}).finally(agendaChanged);
}

async function seriesHasList(tx: Db, seriesId: string): Promise<boolean> {
	const [s] = await tx.select({ listId: gatheringSeries.listId }).from(gatheringSeries).where(eq(gatheringSeries.id, seriesId));
	return Boolean(s?.listId);
}

export async function cancelGathering(db: Db, actor: Actor | null, slug: string, raw: Raw, origin: string) {
	const input = cancelInput.parse(raw);
	return db.transaction(async (tx) => {
		const { row } = await managedGathering(tx, actor, slug);
		if (row.status === 'cancelled') throw new DomainError('error.gatheringCancelled', 409);
		const [cancelled] = await tx
			.update(gathering)
			.set({ status: 'cancelled', cancelReason: input.reason, sequence: row.sequence + 1, updatedAt: new Date() })
			.where(eq(gathering.id, row.id))
			.returning();
		await planReminder(tx, cancelled, origin);
		await sendLetter(
			tx,
			await peopleOnList(tx, row.listId),
			{
				subject: 'mail.cancelled.subject',
				body: input.reason ? 'mail.cancelled.bodyWithReason' : 'mail.cancelled.body',
				notice: 'notice.cancelled',
				params: (locale) => ({ title: row.title, when: when(row, locale), where: where(row, locale), reason: input.reason }),
				path: `/bijeenkomsten/${row.slug}`
			},
			origin
		);
		await recordAudit(tx, actor, { action: 'gathering.cancel', recordType: 'gathering', recordId: row.id, details: { title: row.title, reason: input.reason } });
		return cancelled;
	}).finally(agendaChanged);
}

// ---- Reading ----------------------------------------------------------------------------------

async function listView(db: Db, actor: Actor | null, listId: string, sessions: Pick<GatheringRow, 'startsAt' | 'status'>[], now: Date) {
	const [list] = await db.select().from(registrationList).where(eq(registrationList.id, listId));
	const counts = (await listCounts(db, [listId])).get(listId) ?? { confirmed: 0, waitlisted: 0 };
	const starts = sessions.filter((s) => s.status === 'scheduled' && s.startsAt).map((s) => s.startsAt!.getTime());
	const mine = await registrationOf(db, actor, listId);
	return {
		listId,
		capacity: list.capacity,
		waitlist: list.waitlist,
		opensAt: list.opensAt,
		closesAt: list.closesAt,
		window: registrationWindow(list, starts.length ? new Date(Math.min(...starts)) : null, now),
		...counts,
		placesLeft: list.capacity === null ? null : Math.max(0, list.capacity - counts.confirmed),
		mine: mine && { status: mine.status, position: await positionOf(db, mine), needs: mine.needs }
	};
}

/** Everything the gathering page shows, for this actor. */
export async function getGathering(db: Db, actor: Actor | null, slug: string, now = new Date()) {
	const { row, organiserIds, space, manages } = await findGathering(db, actor, slug);
	const series = row.seriesId ? (await db.select().from(gatheringSeries).where(eq(gatheringSeries.id, row.seriesId)))[0] : null;
	const sessions = await db.select({ startsAt: gathering.startsAt, status: gathering.status }).from(gathering).where(eq(gathering.listId, row.listId));
	const registration = await listView(db, actor, row.listId, sessions, now);
	const themeIds = (await db.select({ id: gatheringTheme.themeId }).from(gatheringTheme).where(eq(gatheringTheme.gatheringId, row.id))).map((t) => t.id);
	const participant = canSeeParticipantDetails(registration.mine?.status === 'confirmed', manages);
	const { onlineUrl, createdBy: _creator, listId: _list, ...fields } = row;
	return {
		...fields,
		onlineUrl: participant ? onlineUrl : null,
		hasOnlineUrl: onlineUrl !== '',
		organisers: await organisationSummaries(db, organiserIds),
		themeIds,
		space: space && { slug: space.slug, title: space.title },
		series: series && { slug: series.slug, title: series.title, sharedRegistration: series.listId === row.listId },
		registration,
		attachments: await listAttachments(db, row.id),
		outcomes: (await db.select({ text: gatheringOutcome.text }).from(gatheringOutcome).where(eq(gatheringOutcome.gatheringId, row.id)).orderBy(asc(gatheringOutcome.position))).map((o) => o.text),
		permissions: { manage: manages, participant }
	};
}

export type GatheringView = Awaited<ReturnType<typeof getGathering>>;

export async function listAttachments(db: Db, gatheringId: string) {
	return db
		.select({ id: gatheringAttachment.id, filename: gatheringAttachment.filename, contentType: gatheringAttachment.contentType, size: gatheringAttachment.size })
		.from(gatheringAttachment)
		.where(eq(gatheringAttachment.gatheringId, gatheringId))
		.orderBy(asc(gatheringAttachment.createdAt));
}


/**
 * The agenda is the busiest page and the same for every anonymous visitor with the same filters,
 * so their view is kept for two seconds, like a public space page. Changes in this process clear it.
 */
const anonymousAgenda = shortLived<Agenda>(2000);
type Agenda = Awaited<ReturnType<typeof loadAgenda>>;

/** The agenda: upcoming gatherings the actor may see, soonest first, undated ones last. */
export async function listGatherings(db: Db, actor: Actor | null, raw: Record<string, unknown> = {}, now?: Date, pageSize = 20): Promise<Agenda> {
	const filter = agendaFilter.parse(raw);
	if (actor || now) return loadAgenda(db, actor, filter, now ?? new Date(), pageSize);
	return anonymousAgenda.get(JSON.stringify([filter, pageSize]), () => loadAgenda(db, null, filter, new Date(), pageSize));
}

/** Called by every change that the agenda shows. */
function agendaChanged() {
	anonymousAgenda.forget();
}

async function loadAgenda(db: Db, actor: Actor | null, filter: AgendaFilter, now: Date, pageSize: number) {
	const visibleSpaces = (await listSpaces(db, actor)).map((s) => s.id);
	const conditions = [
		or(isNull(gathering.spaceId), visibleSpaces.length ? inArray(gathering.spaceId, visibleSpaces) : sql`false`),
		filter.from
			? gte(gathering.startsAt, amsterdamInstant(filter.from, '00:00'))
			: or(isNull(gathering.startsAt), gte(sql`coalesce(${gathering.endsAt}, ${gathering.startsAt})`, now))
	];
	if (filter.to) conditions.push(lt(gathering.startsAt, new Date(amsterdamInstant(filter.to, '00:00').getTime() + 86_400_000)));
	if (filter.space) conditions.push(eq(gathering.spaceId, filter.space));
	if (filter.format) conditions.push(eq(gathering.format, filter.format));
	if (filter.area) conditions.push(inArray(gathering.areaId, await areaWithDescendants(db, filter.area)));
	if (filter.organisation)
		conditions.push(exists(db.select({ x: sql`1` }).from(gatheringOrganiser).where(and(eq(gatheringOrganiser.gatheringId, gathering.id), eq(gatheringOrganiser.organisationId, filter.organisation)))));
	if (filter.theme)
		conditions.push(exists(db.select({ x: sql`1` }).from(gatheringTheme).where(and(eq(gatheringTheme.gatheringId, gathering.id), eq(gatheringTheme.themeId, filter.theme)))));
	const matching = and(...conditions);
	const [{ total }] = await db.select({ total: count() }).from(gathering).where(matching);
	const rows = await db
		.select({
			id: gathering.id,
			slug: gathering.slug,
			title: gathering.title,
			startsAt: gathering.startsAt,
			endsAt: gathering.endsAt,
			format: gathering.format,
			address: gathering.address,
			status: gathering.status,
			listId: gathering.listId,
			capacity: registrationList.capacity,
			waitlist: registrationList.waitlist,
			seriesTitle: gatheringSeries.title,
			organiserIds: sql<string[]>`(select coalesce(array_agg(o.organisation_id::text), '{}') from gathering_organiser o where o.gathering_id = "gathering"."id")`
		})
		.from(gathering)
		.innerJoin(registrationList, eq(registrationList.id, gathering.listId))
		.leftJoin(gatheringSeries, eq(gatheringSeries.id, gathering.seriesId))
		.where(matching)
		.orderBy(sql`${gathering.startsAt} asc nulls last`, asc(gathering.title))
		.limit(pageSize)
		.offset((filter.page - 1) * pageSize);
	const counts = await listCounts(db, [...new Set(rows.map((r) => r.listId))]);
	const organisers = new Map((await organisationSummaries(db, [...new Set(rows.flatMap((r) => r.organiserIds))])).map((o) => [o.id, o]));
	return {
		filter,
		total,
		pages: Math.max(1, Math.ceil(total / pageSize)),
		gatherings: rows.map(({ listId, organiserIds, ...r }) => {
			const confirmed = counts.get(listId)?.confirmed ?? 0;
			return {
				...r,
				organisers: organiserIds.flatMap((id) => (organisers.has(id) ? [organisers.get(id)!] : [])),
				full: r.capacity !== null && confirmed >= r.capacity
			};
		})
	};
}

/** The actor's own gatherings, through any live registration, upcoming first. */
export async function myGatherings(db: Db, actor: Actor | null) {
	if (!actor) throw signInRequired();
	return gatheringsOfPerson(db, actor.userId, actor.email);
}

export async function gatheringsOfPerson(db: Db, userId: string, email: string) {
	return db
		.select({
			id: gathering.id,
			slug: gathering.slug,
			title: gathering.title,
			description: gathering.description,
			startsAt: gathering.startsAt,
			endsAt: gathering.endsAt,
			format: gathering.format,
			address: gathering.address,
			onlineUrl: gathering.onlineUrl,
			status: gathering.status,
			sequence: gathering.sequence,
			updatedAt: gathering.updatedAt,
			registrationStatus: sql<'confirmed' | 'waitlisted'>`r.status`
		})
		.from(gathering)
		.innerJoin(sql`registration r`, sql`r.list_id = ${gathering.listId}`)
		.where(and(sql`r.status <> 'cancelled'`, sql`(r.user_id = ${userId} or r.email = ${email})`))
		.orderBy(sql`${gathering.startsAt} desc nulls first`);
}

// ---- Registering ------------------------------------------------------------------------------

export interface Registrant {
	/** The registrant's language, for the e-mails they get. */
	locale: string;
	origin: string;
	/** A guest's address, to limit how many registrations one machine can make. */
	ip?: string;
}

/** Registers a signed-in person in one click, or a guest with a name and an e-mail address. */
export async function register(db: Db, actor: Actor | null, target: { gathering?: string; series?: string }, raw: Record<string, unknown>, who: Registrant): Promise<Placed> {
	const person = actor
		? { ...oneClickInput.parse(raw), userId: actor.userId, name: actor.name, email: actor.email.toLowerCase(), locale: who.locale }
		: { ...registrationInput.parse(raw), userId: null, locale: who.locale };
	if (!actor && who.ip) await enforce(db, { key: `register:ip:${who.ip}`, max: 30, windowSeconds: 3600 });
	return db.transaction(async (tx) => {
		const listId = await listOf(tx, actor, target);
		return takePlace(tx, listId, person, who.origin);
	}).finally(agendaChanged);
}

async function listOf(tx: Db, actor: Actor | null, target: { gathering?: string; series?: string }): Promise<string> {
	if (target.series) {
		const { row } = await findSeries(tx, actor, target.series);
		if (!row.listId) throw new DomainError('error.registerPerSession', 409);
		return row.listId;
	}
	const { row } = await findGathering(tx, actor, target.gathering ?? '');
	return row.listId;
}

export async function cancelMyRegistration(db: Db, actor: Actor | null, target: { gathering?: string; series?: string }, origin: string) {
	if (!actor) throw signInRequired();
	await db.transaction(async (tx) => {
		const mine = await registrationOf(tx, actor, await listOf(tx, actor, target));
		if (!mine) throw new DomainError('error.notRegistered', 404);
		await givePlaceUp(tx, mine, origin);
	}).finally(agendaChanged);
}

/** What a guest sees behind the link in their e-mail. */
export async function registrationForLink(db: Db, token: string) {
	const r = await registrationByToken(db, token);
	const sessions = await db
		.select({ slug: gathering.slug, title: gathering.title, startsAt: gathering.startsAt, status: gathering.status, caseClinic: gathering.caseClinic, onlineUrl: gathering.onlineUrl, format: gathering.format, address: gathering.address })
		.from(gathering)
		.where(eq(gathering.listId, r.listId))
		.orderBy(sql`${gathering.startsAt} asc nulls last`);
	const confirmed = r.status === 'confirmed';
	return {
		id: r.id,
		name: r.name,
		email: r.email,
		status: r.status,
		position: r.status === 'cancelled' ? null : await positionOf(db, r),
		sessions: sessions.map((s) => ({ ...s, onlineUrl: confirmed ? s.onlineUrl : null }))
	};
}

export async function cancelByLink(db: Db, token: string, origin: string) {
	await db.transaction(async (tx) => givePlaceUp(tx, await registrationByToken(tx, token), origin)).finally(agendaChanged);
}


/** Titles and dates of gatherings by id, for modules that refer to one (an input from a meeting). */
export async function gatheringSummaries(db: Db, ids: string[]) {
	if (!ids.length) return [];
	return db.select({ id: gathering.id, slug: gathering.slug, title: gathering.title, startsAt: gathering.startsAt, spaceId: gathering.spaceId }).from(gathering).where(inArray(gathering.id, ids));
}

/** Every gathering of a space, newest first: the meetings a facilitator may enter notes for. */
export async function spaceGatherings(db: Db, spaceId: string) {
	return db
		.select({ id: gathering.id, slug: gathering.slug, title: gathering.title, startsAt: gathering.startsAt, spaceId: gathering.spaceId })
		.from(gathering)
		.where(eq(gathering.spaceId, spaceId))
		.orderBy(sql`${gathering.startsAt} desc nulls last`);
}
