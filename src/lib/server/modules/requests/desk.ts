// The desk: what an organisation promises initiatives before they ask, and how it kept its word.
import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { DomainError, displayNames, forbidden, notFound, recordAudit, signInRequired, type Actor } from '../identity';
import { listAreas, listThemes, organisationMembers, organisationSummaries, roleIn } from '../network';
import { organisationBySlug } from './parties';
import { deskFigures } from './figures';
import { contactPointInput, deskInput, isUuid, promiseInput, requestTypes, type Raw, type RequestType } from './inputs';
import { canManageDesk } from './policy';
import { contactPoint, desk, promise, request } from './schema';

type Organisation = Awaited<ReturnType<typeof organisationBySlug>>;

async function managedDesk(db: Db, actor: Actor | null, slug: string): Promise<Organisation> {
	if (!actor) throw signInRequired();
	const org = await organisationBySlug(db, slug);
	if (!canManageDesk(actor, await roleIn(db, actor.userId, org.id))) throw forbidden();
	return org;
}

/** A person named behind a role must belong to the organisation, or the role points at nobody. */
async function checkMember(db: Db, organisationId: string, userId: string | null, field: string) {
	if (!userId) return;
	if (!(await roleIn(db, userId, organisationId))) throw new DomainError('error.notAMember', 400, field);
}

export async function checkTaxonomy(db: Db, themeIds: string[], areaIds: string[]) {
	if (themeIds.length) {
		const known = new Set((await listThemes(db)).map((t) => t.id));
		if (!themeIds.every((id) => known.has(id))) throw new DomainError('error.choose', 400, 'themeIds');
	}
	if (areaIds.length) {
		const known = new Set((await listAreas(db)).map((a) => a.id));
		if (!areaIds.every((id) => known.has(id))) throw new DomainError('error.choose', 400, 'areaIds');
	}
}

export async function saveDesk(db: Db, actor: Actor | null, slug: string, raw: Raw) {
	const org = await managedDesk(db, actor, slug);
	const fields = deskInput.parse(raw);
	await checkMember(db, org.id, fields.escalationUserId, 'escalationUserId');
	await db.transaction(async (tx) => {
		const values = { ...fields, updatedAt: new Date() };
		await tx.insert(desk).values({ organisationId: org.id, ...values }).onConflictDoUpdate({ target: desk.organisationId, set: values });
		await recordAudit(tx, actor, { action: 'desk.update', recordType: 'organisation', recordId: org.id, details: { escalationRole: fields.escalationRole } });
	});
}

/** Offers a request type with its promised times, or stops offering it. Requests already in keep the promise they came in under. */
export async function savePromise(db: Db, actor: Actor | null, slug: string, raw: Raw) {
	const org = await managedDesk(db, actor, slug);
	const fields = promiseInput.parse(raw);
	await db.transaction(async (tx) => {
		if (!fields.offered) {
			await tx.delete(promise).where(and(eq(promise.organisationId, org.id), eq(promise.type, fields.type)));
		} else {
			const values = { acknowledgeDays: fields.acknowledgeDays!, decideDays: fields.decideDays!, note: fields.note };
			await tx.insert(promise).values({ organisationId: org.id, type: fields.type, ...values }).onConflictDoUpdate({ target: [promise.organisationId, promise.type], set: values });
		}
		await recordAudit(tx, actor, { action: 'desk.promise', recordType: 'organisation', recordId: org.id, details: fields });
	});
}

export async function addContactPoint(db: Db, actor: Actor | null, slug: string, raw: Raw) {
	const org = await managedDesk(db, actor, slug);
	const fields = contactPointInput.parse(raw);
	await checkMember(db, org.id, fields.userId, 'userId');
	await checkTaxonomy(db, fields.themeIds, fields.areaIds);
	return db.transaction(async (tx) => {
		const [made] = await tx.insert(contactPoint).values({ organisationId: org.id, ...fields }).returning();
		await recordAudit(tx, actor, { action: 'desk.contact.add', recordType: 'request_contact_point', recordId: made.id, details: { role: made.role } });
		return made;
	});
}

export async function updateContactPoint(db: Db, actor: Actor | null, slug: string, id: string, raw: Raw) {
	const org = await managedDesk(db, actor, slug);
	const fields = contactPointInput.parse(raw);
	if (!isUuid(id)) throw notFound();
	await checkMember(db, org.id, fields.userId, 'userId');
	await checkTaxonomy(db, fields.themeIds, fields.areaIds);
	await db.transaction(async (tx) => {
		const [row] = await tx.update(contactPoint).set(fields).where(and(eq(contactPoint.id, id), eq(contactPoint.organisationId, org.id))).returning();
		if (!row) throw notFound();
		await recordAudit(tx, actor, { action: 'desk.contact.update', recordType: 'request_contact_point', recordId: id, details: { role: row.role, userId: row.userId } });
	});
}

export async function removeContactPoint(db: Db, actor: Actor | null, slug: string, id: string) {
	const org = await managedDesk(db, actor, slug);
	if (!isUuid(id)) throw notFound();
	await db.transaction(async (tx) => {
		const [row] = await tx.delete(contactPoint).where(and(eq(contactPoint.id, id), eq(contactPoint.organisationId, org.id))).returning();
		if (!row) throw notFound();
		await recordAudit(tx, actor, { action: 'desk.contact.remove', recordType: 'request_contact_point', recordId: id, details: { role: row.role } });
	});
}

export async function promisesOf(db: Db, organisationId: string) {
	const rows = await db.select().from(promise).where(eq(promise.organisationId, organisationId));
	const order = (type: RequestType) => requestTypes.indexOf(type);
	return rows.sort((a, b) => order(a.type) - order(b.type)).map(({ type, acknowledgeDays, decideDays, note }) => ({ type, acknowledgeDays, decideDays, note }));
}

export async function contactPointsOf(db: Db, organisationId: string) {
	const rows = await db.select().from(contactPoint).where(eq(contactPoint.organisationId, organisationId)).orderBy(asc(contactPoint.createdAt), asc(contactPoint.id));
	const names = await displayNames(db, rows.flatMap((r) => (r.userId ? [r.userId] : [])));
	return rows.map((r) => ({ id: r.id, role: r.role, userId: r.userId, personName: r.userId ? (names.get(r.userId) ?? null) : null, themeIds: r.themeIds, areaIds: r.areaIds }));
}

export async function deskOf(db: Db, organisationId: string) {
	const [row] = await db.select().from(desk).where(eq(desk.organisationId, organisationId));
	return row ?? null;
}

const yearInMs = 365 * 24 * 3600 * 1000;

/** The public figures of the last twelve months. */
export async function figuresOf(db: Db, organisationId: string, now = new Date()) {
	const rows = await db
		.select({ submittedAt: request.submittedAt, acknowledgedAt: request.acknowledgedAt, decidedAt: request.decidedAt, decideDue: request.decideDue, decision: request.decision })
		.from(request)
		.where(and(eq(request.organisationId, organisationId), gte(request.submittedAt, new Date(now.getTime() - yearInMs))));
	return deskFigures(rows);
}

/**
 * Everything an initiative may know before it asks: the request types with their promised times,
 * the contact points per theme and area, whom an overdue step goes to, the challenge criteria and
 * how the organisation did over the last year.
 */
export async function getDesk(db: Db, actor: Actor | null, slug: string) {
	const org = await organisationBySlug(db, slug);
	const [row, promises, contacts, figures, themes, areas] = await Promise.all([deskOf(db, org.id), promisesOf(db, org.id), contactPointsOf(db, org.id), figuresOf(db, org.id), listThemes(db), listAreas(db)]);
	const role = actor ? await roleIn(db, actor.userId, org.id) : null;
	const escalationName = row?.escalationUserId ? ((await displayNames(db, [row.escalationUserId])).get(row.escalationUserId) ?? null) : null;
	const themeName = new Map(themes.map((t) => [t.id, { nl: t.nameNl, en: t.nameEn }]));
	const areaName = new Map(areas.map((a) => [a.id, a.name]));
	const manage = canManageDesk(actor, role);
	return {
		organisation: org,
		open: promises.length > 0,
		intro: row?.intro ?? '',
		escalation: row ? { role: row.escalationRole, personName: escalationName, userId: manage ? row.escalationUserId : null } : null,
		challengeCriteria: row?.challengeCriteria ?? [],
		promises,
		contactPoints: contacts.map((c) => ({
			...c,
			userId: manage ? c.userId : null,
			themes: c.themeIds.flatMap((id) => (themeName.has(id) ? [{ id, ...themeName.get(id)! }] : [])),
			areas: c.areaIds.flatMap((id) => (areaName.has(id) ? [{ id, name: areaName.get(id)! }] : []))
		})),
		figures,
		permissions: { manage, ask: actor !== null && role === null },
		members: manage ? await organisationMembers(db, org.id) : []
	};
}

/** Organisations that take requests, for the overview and the choice on the request form. */
export async function listDesks(db: Db) {
	const offering = await db.selectDistinct({ id: promise.organisationId }).from(promise);
	if (!offering.length) return [];
	const orgs = await organisationSummaries(db, offering.map((o) => o.id));
	const all = await db.select().from(promise).where(inArray(promise.organisationId, orgs.map((o) => o.id)));
	return orgs.map((o) => ({ ...o, types: all.filter((p) => p.organisationId === o.id).map((p) => p.type) }));
}
