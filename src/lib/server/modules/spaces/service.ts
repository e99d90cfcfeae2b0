import { and, asc, eq, getTableColumns, inArray, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { reserveSlug } from '../../db/slugs';
import { shortLived } from '../../cache';
import { DomainError, findUserByEmail, forbidden, notFound, recordAudit, signInRequired, type Actor } from '../identity';
import { membershipsOf, organisationSummaries } from '../network';
import { componentByKey } from './components';
import { componentsInput, phasesInput, spaceInput, spaceRoleInput } from './inputs';
import { amsterdamToday, phaseState } from './phases';
import { canCreateSpaceFor, canFacilitate, canManageSpace, canModerate, canViewSpace, noStanding, type SpaceRole, type SpaceStanding } from './policy';
import { space, spaceComponent, spaceOwner, spacePhase, spaceRole } from './schema';

type SpaceRow = typeof space.$inferSelect;

export async function standingIn(db: Db, actor: Actor | null, spaceId: string): Promise<SpaceStanding> {
	if (!actor) return noStanding;
	// One after another: `db` may be a transaction, which runs a single query at a time.
	const roles = await db.select({ role: spaceRole.role }).from(spaceRole).where(and(eq(spaceRole.spaceId, spaceId), eq(spaceRole.userId, actor.userId)));
	const owners = await db.select({ id: spaceOwner.organisationId }).from(spaceOwner).where(eq(spaceOwner.spaceId, spaceId));
	const memberships = await membershipsOf(db, actor.userId);
	const ownerIds = new Set(owners.map((o) => o.id));
	const inOwners = memberships.filter((m) => ownerIds.has(m.organisationId));
	return {
		roles: roles.map((r) => r.role),
		memberOfOwner: inOwners.length > 0,
		coordinatorOfOwner: inOwners.some((m) => m.role === 'coordinator')
	};
}

/** Public spaces, plus members-only spaces the actor belongs to. */
export async function listSpaces(db: Db, actor: Actor | null) {
	const columns = { id: space.id, slug: space.slug, title: space.title, summary: space.summary, visibility: space.visibility };
	if (actor?.isAdmin) return db.select(columns).from(space).orderBy(asc(space.title));
	if (!actor) return db.select(columns).from(space).where(eq(space.visibility, 'public')).orderBy(asc(space.title));
	const orgIds = (await membershipsOf(db, actor.userId)).map((m) => m.organisationId);
	const visibleToMember = or(
		inArray(space.id, db.select({ id: spaceRole.spaceId }).from(spaceRole).where(eq(spaceRole.userId, actor.userId))),
		orgIds.length ? inArray(space.id, db.select({ id: spaceOwner.spaceId }).from(spaceOwner).where(inArray(spaceOwner.organisationId, orgIds))) : sql`false`
	);
	return db.select(columns).from(space).where(or(eq(space.visibility, 'public'), visibleToMember)).orderBy(asc(space.title));
}

export type SpaceView = Awaited<ReturnType<typeof loadSpace>>;

/**
 * Public space pages are read far more often than they change, so an anonymous visitor's view is
 * kept for two seconds. A change made in this process clears it at once; another app process on the
 * same database may show the old view for at most those two seconds.
 */
const anonymousViews = shortLived<SpaceView>(2000);

/** Everything the space page shows, if the actor may see it (members-only spaces look absent). */
export async function getSpace(db: Db, actor: Actor | null, slug: string, today = amsterdamToday()): Promise<SpaceView> {
	if (actor) return loadSpace(db, actor, slug, today);
	return anonymousViews.get(`${today}:${slug}`, () => loadSpace(db, null, slug, today));
}

function forgetAnonymousViews(slug: string) {
	anonymousViews.forget((key) => key.endsWith(`:${slug}`));
}

async function loadSpace(db: Db, actor: Actor | null, slug: string, today: string) {
	// One round trip for the space with its owner ids and component keys: this page is hot.
	const [row] = await db
		.select({
			...getTableColumns(space),
			ownerIds: sql<string[]>`(select coalesce(array_agg(o.organisation_id::text), '{}') from space_owner o where o.space_id = "space"."id")`,
			componentKeys: sql<string[]>`(select coalesce(array_agg(c.component_key order by c.position), '{}') from space_component c where c.space_id = "space"."id")`
		})
		.from(space)
		.where(eq(space.slug, slug));
	if (!row) throw notFound();
	const standing = await standingIn(db, actor, row.id);
	if (!canViewSpace(actor, row.visibility, standing)) throw notFound();
	const { ownerIds, componentKeys, ...fields } = row;
	const [owners, phases] = await Promise.all([
		organisationSummaries(db, ownerIds),
		db.select().from(spacePhase).where(eq(spacePhase.spaceId, row.id)).orderBy(asc(spacePhase.position))
	]);
	return {
		...fields,
		owners,
		phases: phases.map((p) => ({ ...p, state: phaseState(p, today) })),
		// A component whose module is gone is left out rather than shown broken.
		components: componentKeys.flatMap((key) => {
			const manifest = componentByKey(key);
			return manifest ? [manifest] : [];
		}),
		permissions: {
			manage: canManageSpace(actor, standing),
			facilitate: canFacilitate(actor, standing),
			moderate: canModerate(actor, standing)
		}
	};
}

export async function createSpace(db: Db, actor: Actor | null, raw: z.input<typeof spaceInput>) {
	if (!actor) throw signInRequired();
	const input = spaceInput.parse(raw);
	const ownerIds = [...new Set(input.ownerIds)];
	if (!canCreateSpaceFor(actor, await coordinatesAll(db, actor, ownerIds))) throw forbidden();
	if ((await organisationSummaries(db, ownerIds)).length !== ownerIds.length) throw new DomainError('error.choose', 400, 'ownerIds');
	return db.transaction(async (tx) => {
		const slug = await reserveSlug(tx, space, space.slug, input.title);
		const [created] = await tx
			.insert(space)
			.values({ slug, title: input.title, summary: input.summary, description: input.description, visibility: input.visibility, areaId: input.areaId })
			.returning();
		await tx.insert(spaceOwner).values(ownerIds.map((organisationId) => ({ spaceId: created.id, organisationId })));
		await tx.insert(spaceRole).values({ spaceId: created.id, userId: actor.userId, role: 'owner' });
		await recordAudit(tx, actor, { action: 'space.create', recordType: 'space', recordId: created.id, details: { title: created.title, ownerIds } });
		return created;
	});
}

export async function updateSpace(db: Db, actor: Actor | null, slug: string, raw: z.input<typeof spaceInput>) {
	const input = spaceInput.parse(raw);
	return managed(db, actor, slug, async (tx, row) => {
		const [updated] = await tx
			.update(space)
			.set({ title: input.title, summary: input.summary, description: input.description, visibility: input.visibility, areaId: input.areaId, updatedAt: new Date() })
			.where(eq(space.id, row.id))
			.returning();
		const ownerIds = [...new Set(input.ownerIds)];
		if ((await organisationSummaries(tx, ownerIds)).length !== ownerIds.length) throw new DomainError('error.choose', 400, 'ownerIds');
		// Nobody makes an organisation co-owner without that organisation's own coordinator.
		const current = new Set((await tx.select({ id: spaceOwner.organisationId }).from(spaceOwner).where(eq(spaceOwner.spaceId, row.id))).map((o) => o.id));
		const added = ownerIds.filter((id) => !current.has(id));
		if (added.length && !canCreateSpaceFor(actor, await coordinatesAll(tx, actor!, added))) throw new DomainError('error.coOwnerConsent', 403, 'ownerIds');
		await tx.delete(spaceOwner).where(eq(spaceOwner.spaceId, row.id));
		await tx.insert(spaceOwner).values(ownerIds.map((organisationId) => ({ spaceId: row.id, organisationId })));
		await recordAudit(tx, actor, { action: 'space.update', recordType: 'space', recordId: row.id, details: { title: input.title, visibility: input.visibility, ownerIds } });
		return updated;
	});
}

export async function setPhases(db: Db, actor: Actor | null, slug: string, raw: z.input<typeof phasesInput>) {
	const phases = phasesInput.parse(raw);
	return managed(db, actor, slug, async (tx, row) => {
		await tx.delete(spacePhase).where(eq(spacePhase.spaceId, row.id));
		if (phases.length) await tx.insert(spacePhase).values(phases.map((p, position) => ({ ...p, spaceId: row.id, position })));
		await recordAudit(tx, actor, { action: 'space.phases.set', recordType: 'space', recordId: row.id, details: { phases: phases.map((p) => p.title) } });
	});
}

export async function setComponents(db: Db, actor: Actor | null, slug: string, raw: z.input<typeof componentsInput>) {
	const keys = [...new Set(componentsInput.parse(raw))];
	if (keys.some((k) => !componentByKey(k))) throw new DomainError('error.unknownComponent', 400, 'components');
	return managed(db, actor, slug, async (tx, row) => {
		await tx.delete(spaceComponent).where(eq(spaceComponent.spaceId, row.id));
		if (keys.length) await tx.insert(spaceComponent).values(keys.map((componentKey, position) => ({ spaceId: row.id, componentKey, position })));
		await recordAudit(tx, actor, { action: 'space.components.set', recordType: 'space', recordId: row.id, details: { components: keys } });
	});
}

export async function assignSpaceRole(db: Db, actor: Actor | null, slug: string, raw: z.input<typeof spaceRoleInput>) {
	const input = spaceRoleInput.parse(raw);
	return managed(db, actor, slug, async (tx, row) => {
		const person = await findUserByEmail(tx, input.email);
		if (!person) throw new DomainError('error.noAccountForEmail', 404, 'email');
		await tx.insert(spaceRole).values({ spaceId: row.id, userId: person.id, role: input.role }).onConflictDoNothing();
		await recordAudit(tx, actor, { action: 'space.role.assign', recordType: 'space', recordId: row.id, details: { userId: person.id, role: input.role } });
	});
}

export async function revokeSpaceRole(db: Db, actor: Actor | null, slug: string, userId: string, role: string) {
	if (!spaceRoleInput.shape.role.safeParse(role).success) throw new DomainError('error.choose', 400, 'role');
	return managed(db, actor, slug, async (tx, row) => {
		const removed = await tx
			.delete(spaceRole)
			.where(and(eq(spaceRole.spaceId, row.id), eq(spaceRole.userId, userId), eq(spaceRole.role, role as SpaceRole)))
			.returning();
		if (!removed.length) throw notFound();
		await recordAudit(tx, actor, { action: 'space.role.revoke', recordType: 'space', recordId: row.id, details: { userId, role } });
	});
}

export async function spaceRoles(db: Db, actor: Actor | null, slug: string) {
	const row = await findSpace(db, slug);
	if (!canManageSpace(actor, await standingIn(db, actor, row.id))) throw actor ? forbidden() : signInRequired();
	return db.select({ userId: spaceRole.userId, role: spaceRole.role }).from(spaceRole).where(eq(spaceRole.spaceId, row.id));
}

/**
 * What an actor may do in a space, for modules whose records live in one (gatherings, inputs).
 * Null when there is no such space, or when the actor may not know it exists.
 */
export async function spaceAccess(db: Db, actor: Actor | null, spaceId: string) {
	const [row] = await db.select({ id: space.id, slug: space.slug, title: space.title, visibility: space.visibility }).from(space).where(eq(space.id, spaceId));
	if (!row) return null;
	const standing = await standingIn(db, actor, row.id);
	if (!canViewSpace(actor, row.visibility, standing)) return null;
	const owners = await db.select({ id: spaceOwner.organisationId }).from(spaceOwner).where(eq(spaceOwner.spaceId, row.id));
	const components = await db.select({ key: spaceComponent.componentKey }).from(spaceComponent).where(eq(spaceComponent.spaceId, row.id));
	return {
		...row,
		ownerIds: owners.map((o) => o.id),
		componentKeys: components.map((c) => c.key),
		facilitate: canFacilitate(actor, standing),
		moderate: canModerate(actor, standing) || canFacilitate(actor, standing)
	};
}

/** `spaceAccess` by the space's slug, as pages address it. */
export async function spaceAccessBySlug(db: Db, actor: Actor | null, slug: string) {
	const id = await spaceIdBySlug(db, slug);
	return id ? spaceAccess(db, actor, id) : null;
}

export async function spaceIdBySlug(db: Db, slug: string): Promise<string | null> {
	const [row] = await db.select({ id: space.id }).from(space).where(eq(space.slug, slug));
	return row?.id ?? null;
}

/** Runs a change to a space in one transaction, after the row is locked and the actor checked. */
async function managed<T>(db: Db, actor: Actor | null, slug: string, change: (tx: Db, row: SpaceRow) => Promise<T>): Promise<T> {
	if (!actor) throw signInRequired();
	return db.transaction(async (tx) => {
		const [row] = await tx.select().from(space).where(eq(space.slug, slug)).for('update');
		if (!row) throw notFound();
		const standing = await standingIn(tx, actor, row.id);
		if (!canManageSpace(actor, standing)) throw canViewSpace(actor, row.visibility, standing) ? forbidden() : notFound();
		return change(tx, row);
	}).finally(() => forgetAnonymousViews(slug));
}

async function coordinatesAll(db: Db, actor: Actor, organisationIds: string[]): Promise<boolean> {
	const coordinated = new Set((await membershipsOf(db, actor.userId)).filter((m) => m.role === 'coordinator').map((m) => m.organisationId));
	return organisationIds.every((id) => coordinated.has(id));
}

async function findSpace(db: Db, slug: string): Promise<SpaceRow> {
	const [row] = await db.select().from(space).where(eq(space.slug, slug));
	if (!row) throw notFound();
	return row;
}
