import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { reserveSlug } from '../../db/slugs';
import {
	DomainError,
	displayNames,
	findUserByEmail,
	forbidden,
	notFound,
	recordAudit,
	signInRequired,
	type Actor
} from '../identity';
import { areaPlacementProblem, buildAreaTree } from './areas';
import { areaInput, memberInput, organisationInput, organisationKinds, themeInput, type OrganisationKind } from './inputs';
import { canCreateOrganisation, canManageOrganisation, canManageTaxonomy, type OrganisationRole } from './policy';
import { area, organisation, organisationArea, organisationMember, organisationTheme, theme } from './schema';

// ---- Areas ------------------------------------------------------------------------------------

export async function listAreas(db: Db) {
	return db
		.select({ id: area.id, parentId: area.parentId, level: area.level, name: area.name, slug: area.slug, cbsCode: area.cbsCode })
		.from(area)
		.orderBy(asc(area.name));
}

export async function areaTree(db: Db) {
	return buildAreaTree(await listAreas(db));
}

export async function createArea(db: Db, actor: Actor | null, raw: z.input<typeof areaInput>) {
	if (!canManageTaxonomy(actor)) throw actor ? forbidden() : signInRequired();
	const input = areaInput.parse(raw);
	return db.transaction(async (tx) => {
		const [parent] = input.parentId ? await tx.select().from(area).where(eq(area.id, input.parentId)) : [];
		if (input.parentId && !parent) throw new DomainError('error.areaParent', 400, 'parentId');
		const problem = areaPlacementProblem(input.level, parent?.level ?? null, input.cbsCode);
		if (problem) throw new DomainError(problem, 400, problem === 'error.cbsCode' ? 'cbsCode' : 'parentId');
		if (input.cbsCode && (await tx.select().from(area).where(eq(area.cbsCode, input.cbsCode))).length)
			throw new DomainError('error.cbsCodeTaken', 409, 'cbsCode');
		const slug = await reserveSlug(tx, area, area.slug, input.name);
		const [row] = await tx.insert(area).values({ ...input, slug }).returning();
		await recordAudit(tx, actor, { action: 'area.create', recordType: 'area', recordId: row.id, details: { name: row.name } });
		return row;
	});
}

// ---- Themes -----------------------------------------------------------------------------------

export async function listThemes(db: Db) {
	return db.select().from(theme).orderBy(asc(theme.nameNl));
}

export async function createTheme(db: Db, actor: Actor | null, raw: z.input<typeof themeInput>) {
	if (!canManageTaxonomy(actor)) throw actor ? forbidden() : signInRequired();
	const input = themeInput.parse(raw);
	return db.transaction(async (tx) => {
		const slug = await reserveSlug(tx, theme, theme.slug, input.nameNl);
		const [row] = await tx.insert(theme).values({ ...input, slug }).returning();
		await recordAudit(tx, actor, { action: 'theme.create', recordType: 'theme', recordId: row.id, details: input });
		return row;
	});
}

export async function updateTheme(db: Db, actor: Actor | null, id: string, raw: z.input<typeof themeInput>) {
	if (!canManageTaxonomy(actor)) throw actor ? forbidden() : signInRequired();
	const input = themeInput.parse(raw);
	if (!isUuid(id)) throw notFound();
	return db.transaction(async (tx) => {
		const [row] = await tx.update(theme).set(input).where(eq(theme.id, id)).returning();
		if (!row) throw notFound();
		await recordAudit(tx, actor, { action: 'theme.update', recordType: 'theme', recordId: id, details: input });
		return row;
	});
}

export async function deleteTheme(db: Db, actor: Actor | null, id: string) {
	if (!canManageTaxonomy(actor)) throw actor ? forbidden() : signInRequired();
	if (!isUuid(id)) throw notFound();
	await db.transaction(async (tx) => {
		const [row] = await tx.delete(theme).where(eq(theme.id, id)).returning();
		if (!row) throw notFound();
		await recordAudit(tx, actor, { action: 'theme.delete', recordType: 'theme', recordId: id, details: { nameNl: row.nameNl } });
	});
}

// ---- Organisations ----------------------------------------------------------------------------

export interface DirectoryFilter {
	q?: string;
	kind?: OrganisationKind;
	areaId?: string;
	themeId?: string;
}

export const directoryFilter = z.object({
	q: z.string().trim().max(100).optional().catch(undefined),
	kind: z.enum(organisationKinds).optional().catch(undefined),
	areaId: z.uuid().optional().catch(undefined),
	themeId: z.uuid().optional().catch(undefined)
});

export async function listOrganisations(db: Db, filter: DirectoryFilter = {}) {
	const conditions = [];
	if (filter.q) {
		const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
		conditions.push(or(ilike(organisation.name, pattern), ilike(organisation.description, pattern)));
	}
	if (filter.kind) conditions.push(eq(organisation.kind, filter.kind));
	if (filter.areaId)
		conditions.push(
			inArray(organisation.id, db.select({ id: organisationArea.organisationId }).from(organisationArea).where(eq(organisationArea.areaId, filter.areaId)))
		);
	if (filter.themeId)
		conditions.push(
			inArray(organisation.id, db.select({ id: organisationTheme.organisationId }).from(organisationTheme).where(eq(organisationTheme.themeId, filter.themeId)))
		);
	return db
		.select({ id: organisation.id, slug: organisation.slug, name: organisation.name, kind: organisation.kind, description: organisation.description, website: organisation.website })
		.from(organisation)
		.where(and(...conditions))
		.orderBy(asc(organisation.name));
}

export async function countOrganisations(db: Db): Promise<number> {
	const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(organisation);
	return count;
}

/** Short public facts of organisations by id, for other modules (space co-owners). */
export async function organisationSummaries(db: Db, ids: string[]) {
	if (ids.length === 0) return [];
	return db
		.select({ id: organisation.id, slug: organisation.slug, name: organisation.name, kind: organisation.kind })
		.from(organisation)
		.where(inArray(organisation.id, ids))
		.orderBy(asc(organisation.name));
}

/** Short public facts of one organisation by its slug; not found when there is none. */
export async function organisationSummaryBySlug(db: Db, slug: string) {
	const [row] = await db.select({ id: organisation.id, slug: organisation.slug, name: organisation.name, kind: organisation.kind }).from(organisation).where(eq(organisation.slug, slug));
	if (!row) throw notFound();
	return row;
}

export async function getOrganisation(db: Db, slug: string) {
	const [org] = await db.select().from(organisation).where(eq(organisation.slug, slug));
	if (!org) throw notFound();
	const [areas, themes, members] = await Promise.all([
		db.select({ id: area.id, name: area.name, slug: area.slug, cbsCode: area.cbsCode }).from(organisationArea).innerJoin(area, eq(area.id, organisationArea.areaId)).where(eq(organisationArea.organisationId, org.id)).orderBy(asc(area.name)),
		db.select({ id: theme.id, slug: theme.slug, nameNl: theme.nameNl, nameEn: theme.nameEn }).from(organisationTheme).innerJoin(theme, eq(theme.id, organisationTheme.themeId)).where(eq(organisationTheme.organisationId, org.id)).orderBy(asc(theme.nameNl)),
		db.select().from(organisationMember).where(eq(organisationMember.organisationId, org.id))
	]);
	const names = await displayNames(db, members.map((m) => m.userId));
	return {
		...org,
		areas,
		themes,
		members: members
			.map((m) => ({ userId: m.userId, role: m.role, name: names.get(m.userId) ?? '' }))
			.sort((a, b) => a.name.localeCompare(b.name, 'nl'))
	};
}

export async function roleIn(db: Db, userId: string, organisationId: string): Promise<OrganisationRole | null> {
	const [row] = await db
		.select({ role: organisationMember.role })
		.from(organisationMember)
		.where(and(eq(organisationMember.organisationId, organisationId), eq(organisationMember.userId, userId)));
	return row?.role ?? null;
}

/** The people of an organisation with their role and name, for modules that route work to them. */
export async function organisationMembers(db: Db, organisationId: string) {
	const members = await db.select({ userId: organisationMember.userId, role: organisationMember.role }).from(organisationMember).where(eq(organisationMember.organisationId, organisationId));
	const names = await displayNames(db, members.map((m) => m.userId));
	return members.map((m) => ({ ...m, name: names.get(m.userId) ?? '' })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** `origin` is the site's address, for letters the handler writes. */
export type MemberLeaving = (tx: Db, leaving: { organisationId: string; userId: string }, actor: Actor, origin: string) => Promise<void>;
const memberLeavingHandlers: MemberLeaving[] = [];

/** Work a person holds for an organisation must not leave with them: a module hands it on here. */
export function onMemberLeaving(handler: MemberLeaving): void {
	memberLeavingHandlers.push(handler);
}

/** The organisations a person belongs to, with their role. */
export async function membershipsOf(db: Db, userId: string) {
	return db
		.select({ organisationId: organisation.id, slug: organisation.slug, name: organisation.name, kind: organisation.kind, role: organisationMember.role })
		.from(organisationMember)
		.innerJoin(organisation, eq(organisation.id, organisationMember.organisationId))
		.where(eq(organisationMember.userId, userId))
		.orderBy(asc(organisation.name));
}

export async function createOrganisation(db: Db, actor: Actor | null, raw: z.input<typeof organisationInput>) {
	if (!actor) throw signInRequired();
	if (!canCreateOrganisation(actor)) throw forbidden();
	const input = organisationInput.parse(raw);
	return db.transaction(async (tx) => {
		const slug = await reserveSlug(tx, organisation, organisation.slug, input.name);
		const [org] = await tx
			.insert(organisation)
			.values({ slug, name: input.name, kind: input.kind, description: input.description, website: input.website })
			.returning();
		await linkAreasAndThemes(tx, org.id, input.areaIds, input.themeIds);
		await tx.insert(organisationMember).values({ organisationId: org.id, userId: actor.userId, role: 'coordinator' });
		await recordAudit(tx, actor, { action: 'organisation.create', recordType: 'organisation', recordId: org.id, details: { name: org.name, kind: org.kind } });
		return org;
	});
}

export async function updateOrganisation(db: Db, actor: Actor | null, slug: string, raw: z.input<typeof organisationInput>) {
	if (!actor) throw signInRequired();
	const input = organisationInput.parse(raw);
	return db.transaction(async (tx) => {
		const org = await lockOrganisation(tx, slug);
		if (!canManageOrganisation(actor, await roleIn(tx, actor.userId, org.id))) throw forbidden();
		const [updated] = await tx
			.update(organisation)
			.set({ name: input.name, kind: input.kind, description: input.description, website: input.website, updatedAt: new Date() })
			.where(eq(organisation.id, org.id))
			.returning();
		await tx.delete(organisationArea).where(eq(organisationArea.organisationId, org.id));
		await tx.delete(organisationTheme).where(eq(organisationTheme.organisationId, org.id));
		await linkAreasAndThemes(tx, org.id, input.areaIds, input.themeIds);
		await recordAudit(tx, actor, { action: 'organisation.update', recordType: 'organisation', recordId: org.id, details: { name: input.name, kind: input.kind } });
		return updated;
	});
}

export async function addMember(db: Db, actor: Actor | null, slug: string, raw: z.input<typeof memberInput>) {
	if (!actor) throw signInRequired();
	const input = memberInput.parse(raw);
	return db.transaction(async (tx) => {
		const org = await lockOrganisation(tx, slug);
		if (!canManageOrganisation(actor, await roleIn(tx, actor.userId, org.id))) throw forbidden();
		const person = await findUserByEmail(tx, input.email);
		if (!person) throw new DomainError('error.noAccountForEmail', 404, 'email');
		await tx
			.insert(organisationMember)
			.values({ organisationId: org.id, userId: person.id, role: input.role })
			.onConflictDoUpdate({ target: [organisationMember.organisationId, organisationMember.userId], set: { role: input.role } });
		await keepACoordinator(tx, org.id);
		await recordAudit(tx, actor, { action: 'organisation.member.set', recordType: 'organisation', recordId: org.id, details: { userId: person.id, role: input.role } });
	});
}

export async function removeMember(db: Db, actor: Actor | null, slug: string, userId: string, origin = '') {
	if (!actor) throw signInRequired();
	return db.transaction(async (tx) => {
		const org = await lockOrganisation(tx, slug);
		const ownRole = await roleIn(tx, actor.userId, org.id);
		const leavingSelf = actor.userId === userId && ownRole !== null;
		if (!leavingSelf && !canManageOrganisation(actor, ownRole)) throw forbidden();
		const removed = await tx
			.delete(organisationMember)
			.where(and(eq(organisationMember.organisationId, org.id), eq(organisationMember.userId, userId)))
			.returning();
		if (removed.length === 0) throw notFound();
		await keepACoordinator(tx, org.id);
		for (const handOn of memberLeavingHandlers) await handOn(tx, { organisationId: org.id, userId }, actor, origin);
		await recordAudit(tx, actor, { action: 'organisation.member.remove', recordType: 'organisation', recordId: org.id, details: { userId } });
	});
}

// ---- Helpers of this module -------------------------------------------------------------------

const isUuid = (id: string) => z.uuid().safeParse(id).success;

/** An organisation without a coordinator could never be managed again: refuse, roll back. */
async function keepACoordinator(db: Db, organisationId: string) {
	const [{ coordinators }] = await db
		.select({ coordinators: sql<number>`count(*)::int` })
		.from(organisationMember)
		.where(and(eq(organisationMember.organisationId, organisationId), eq(organisationMember.role, 'coordinator')));
	if (coordinators === 0) throw new DomainError('error.lastCoordinator', 409);
}

/** Row lock on the organisation so concurrent membership changes see each other. */
async function lockOrganisation(db: Db, slug: string) {
	const [org] = await db.select().from(organisation).where(eq(organisation.slug, slug)).for('update');
	if (!org) throw notFound();
	return org;
}

async function linkAreasAndThemes(db: Db, organisationId: string, areaIds: string[], themeIds: string[]) {
	const uniqueAreas = [...new Set(areaIds)];
	const uniqueThemes = [...new Set(themeIds)];
	if (uniqueAreas.length) {
		const found = await db.select({ id: area.id }).from(area).where(inArray(area.id, uniqueAreas));
		if (found.length !== uniqueAreas.length) throw new DomainError('error.choose', 400, 'areaIds');
		await db.insert(organisationArea).values(uniqueAreas.map((areaId) => ({ organisationId, areaId })));
	}
	if (uniqueThemes.length) {
		const found = await db.select({ id: theme.id }).from(theme).where(inArray(theme.id, uniqueThemes));
		if (found.length !== uniqueThemes.length) throw new DomainError('error.choose', 400, 'themeIds');
		await db.insert(organisationTheme).values(uniqueThemes.map((themeId) => ({ organisationId, themeId })));
	}
}

/** An area and every area inside it, so a filter on a municipality also finds its neighbourhoods. */
export async function areaWithDescendants(db: Db, areaId: string): Promise<string[]> {
	const result = await db.execute<{ id: string }>(sql`
		with recursive inside(id) as (
			select id from area where id = ${areaId}
			union all
			select a.id from area a join inside i on a.parent_id = i.id
		)
		select id from inside`);
	return rowsOf<{ id: string }>(result).map((r) => r.id);
}
