// The plans radar: organisations publish plans early, people who follow a theme or area hear of them.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { reserveSlug } from '../../db/slugs';
import { DomainError, forbidden, notFound, recordAudit, signInRequired, type Actor } from '../identity';
import { areaWithDescendants, listAreas, organisationSummaries, roleIn } from '../network';
import { sendLetter } from '../notifications';
import { spaceAccessBySlug, spaceAccess } from '../spaces';
import { checkTaxonomy, contactPointsOf } from './desk';
import { planInput, radarFilter, subscriptionInput, type Raw } from './inputs';
import { organisationBySlug, recipientsOf } from './parties';
import { canPublishPlan } from './policy';
import { planMatches } from './radar';
import { areaChain } from './routing';
import { plan, radarSubscription } from './schema';

type PlanRow = typeof plan.$inferSelect;

async function checkedPlan(db: Db, actor: Actor | null, organisationId: string, raw: Raw) {
	const fields = planInput.parse(raw);
	await checkTaxonomy(db, fields.themeIds, fields.areaIds);
	if (fields.contactPointId && !(await contactPointsOf(db, organisationId)).some((c) => c.id === fields.contactPointId)) throw new DomainError('error.choose', 400, 'contactPointId');
	let spaceId: string | null = null;
	if (fields.spaceSlug) {
		const space = await spaceAccessBySlug(db, actor, fields.spaceSlug);
		if (!space) throw new DomainError('error.spaceUnknown', 400, 'spaceSlug');
		spaceId = space.id;
	}
	const { spaceSlug: _, ...rest } = fields;
	return { ...rest, themeIds: [...new Set(fields.themeIds)], areaIds: [...new Set(fields.areaIds)], spaceId };
}

async function mayPublish(db: Db, actor: Actor | null, organisationId: string) {
	if (!actor) throw signInRequired();
	if (!canPublishPlan(actor, await roleIn(db, actor.userId, organisationId))) throw forbidden();
}

/** Everyone whose subscription the plan matches hears of it, once, when it is published. */
async function tellSubscribers(tx: Db, row: PlanRow, organisationName: string, origin: string) {
	const [subscriptions, areas] = await Promise.all([tx.select().from(radarSubscription), listAreas(tx)]);
	const matching = subscriptions.filter((s) => planMatches(row, s, areas)).map((s) => s.userId);
	if (!matching.length) return 0;
	const recipients = await recipientsOf(tx, matching, row.createdBy);
	await sendLetter(tx, recipients, { subject: 'mail.plan.subject', body: 'mail.plan.body', notice: 'notice.plan', params: () => ({ title: row.title, organisation: organisationName }), path: `/plannen/${row.slug}` }, origin);
	return recipients.length;
}

export async function publishPlan(db: Db, actor: Actor | null, organisationSlug: string, raw: Raw, origin: string) {
	const org = await organisationBySlug(db, organisationSlug);
	await mayPublish(db, actor, org.id);
	const fields = await checkedPlan(db, actor, org.id, raw);
	return db.transaction(async (tx) => {
		const slug = await reserveSlug(tx, plan, plan.slug, fields.title);
		const [row] = await tx.insert(plan).values({ ...fields, slug, organisationId: org.id, createdBy: actor!.userId }).returning();
		const told = await tellSubscribers(tx, row, org.name, origin);
		await recordAudit(tx, actor, { action: 'plan.publish', recordType: 'plan', recordId: row.id, details: { title: row.title, told } });
		return row;
	});
}

export async function updatePlan(db: Db, actor: Actor | null, slug: string, raw: Raw) {
	const [found] = await db.select().from(plan).where(eq(plan.slug, slug));
	if (!found) throw notFound();
	await mayPublish(db, actor, found.organisationId);
	const fields = await checkedPlan(db, actor, found.organisationId, raw);
	return db.transaction(async (tx) => {
		const [row] = await tx.update(plan).set({ ...fields, updatedAt: new Date() }).where(eq(plan.id, found.id)).returning();
		await recordAudit(tx, actor, { action: 'plan.update', recordType: 'plan', recordId: row.id, details: { title: row.title, phase: row.phase } });
		return row;
	});
}

/** Plans with their organisation; who typed them in stays out of it. */
async function describe(db: Db, rows: PlanRow[]) {
	const orgs = new Map((await organisationSummaries(db, [...new Set(rows.map((r) => r.organisationId))])).map((o) => [o.id, o]));
	return rows.map(({ createdBy: _, ...r }) => ({ ...r, organisation: orgs.get(r.organisationId)! }));
}

/**
 * The radar: plans newest first, filtered by theme, phase and area. An area finds the plans for
 * the areas inside it and around it, as following that area would: a plan for the whole town
 * concerns each of its villages.
 */
export async function listPlans(db: Db, rawFilter: Raw = {}) {
	const filter = radarFilter.parse(rawFilter);
	const conditions = [];
	if (filter.phase) conditions.push(eq(plan.phase, filter.phase));
	if (filter.themeId) conditions.push(sql`${plan.themeIds} @> ${JSON.stringify([filter.themeId])}::jsonb`);
	if (filter.areaId) {
		const touching = [...new Set([...(await areaWithDescendants(db, filter.areaId)), ...areaChain(filter.areaId, await listAreas(db))])];
		const ids = sql.join(touching.map((id) => sql`${id}`), sql`, `);
		conditions.push(sql`(${plan.areaIds} = '[]'::jsonb or exists (select 1 from jsonb_array_elements_text(${plan.areaIds}) as a(id) where a.id in (${ids})))`);
	}
	const rows = await db.select().from(plan).where(and(...conditions)).orderBy(desc(plan.publishedAt)).limit(200);
	return { filter, plans: await describe(db, rows) };
}

export async function getPlan(db: Db, actor: Actor | null, slug: string) {
	const [row] = await db.select().from(plan).where(eq(plan.slug, slug));
	if (!row) throw notFound();
	const [described] = await describe(db, [row]);
	const contact = row.contactPointId ? ((await contactPointsOf(db, row.organisationId)).find((c) => c.id === row.contactPointId) ?? null) : null;
	const space = row.spaceId ? await spaceAccess(db, actor, row.spaceId) : null;
	const role = actor ? await roleIn(db, actor.userId, row.organisationId) : null;
	return {
		...described,
		contact: contact ? { role: contact.role, personName: contact.personName } : null,
		space: space ? { slug: space.slug, title: space.title } : null,
		spaceSlug: space?.slug ?? '',
		permissions: { edit: canPublishPlan(actor, role) }
	};
}

export async function plansOf(db: Db, organisationId: string) {
	return db.select().from(plan).where(eq(plan.organisationId, organisationId)).orderBy(asc(plan.title));
}

// ---- Following the radar ----------------------------------------------------------------------

export async function mySubscription(db: Db, actor: Actor | null) {
	if (!actor) return null;
	const [row] = await db.select().from(radarSubscription).where(eq(radarSubscription.userId, actor.userId));
	return row ?? null;
}

/** Follows themes and areas; empty lists follow everything. Saving again replaces the choice. */
export async function subscribeToRadar(db: Db, actor: Actor | null, raw: Raw) {
	if (!actor) throw signInRequired();
	const fields = subscriptionInput.parse(raw);
	await checkTaxonomy(db, fields.themeIds, fields.areaIds);
	const values = { themeIds: [...new Set(fields.themeIds)], areaIds: [...new Set(fields.areaIds)], updatedAt: new Date() };
	await db.insert(radarSubscription).values({ userId: actor.userId, ...values }).onConflictDoUpdate({ target: radarSubscription.userId, set: values });
}

export async function unsubscribeFromRadar(db: Db, actor: Actor | null) {
	if (!actor) throw signInRequired();
	await db.delete(radarSubscription).where(eq(radarSubscription.userId, actor.userId));
}

/** How many people follow the radar, for the organisations publishing on it. */
export async function subscriberCount(db: Db) {
	const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(radarSubscription);
	return count;
}

