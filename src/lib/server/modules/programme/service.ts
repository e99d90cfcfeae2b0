import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { shortLived } from '../../cache';
import { reserveSlug } from '../../db/slugs';
import { DomainError, forbidden, notFound, recordAudit, signInRequired, type Actor } from '../identity';
import { inputByNumber, inputsBehind, linksChanged, spaceSpearheads, spearheadSummaries } from '../inputs';
import { membershipsOf, organisationSummaries } from '../network';
import { spaceAccess, spaceAccessBySlug } from '../spaces';
import { actionInput, actionProgress, anchorInput, isUuid, linkInput, pillarInput, programmeInput, updateInput, type ActionInput, type Raw } from './inputs';
import { canPlanProgramme, canReportOnAction } from './policy';
import { actionAnchor, actionInput as actionInputLink, actionOwner, actionSpearhead, actionUpdate, pillar, programme, programmeAction } from './schema';

export const programmeComponent = 'programme';
type Access = NonNullable<Awaited<ReturnType<typeof spaceAccess>>>;
type ActionRow = typeof programmeAction.$inferSelect;

// Public pages, read far more than changed: anonymous views are kept two seconds, forgotten on any change.
const anonymousViews = shortLived<unknown>(2000);
const programmeChanged = () => anonymousViews.forget();

function viewed<T>(actor: Actor | null, key: string, load: () => Promise<T>): Promise<T> {
	return actor ? load() : (anonymousViews.get(key, load) as Promise<T>);
}

// ---- Access -----------------------------------------------------------------------------------

async function programmeSpace(db: Db, actor: Actor | null, slug: string): Promise<Access> {
	const access = await spaceAccessBySlug(db, actor, slug);
	if (!access || !access.componentKeys.includes(programmeComponent)) throw notFound();
	return access;
}

function mustPlan(actor: Actor | null, access: Access) {
	if (!actor) throw signInRequired();
	if (!canPlanProgramme(access.facilitate)) throw forbidden();
}

/** The programme of a space, made on first use: a space has one. */
async function programmeOf(tx: Db, access: Access) {
	const [found] = await tx.select().from(programme).where(eq(programme.spaceId, access.id));
	if (found) return found;
	const [made] = await tx.insert(programme).values({ spaceId: access.id, title: access.title }).onConflictDoNothing().returning();
	return made ?? (await tx.select().from(programme).where(eq(programme.spaceId, access.id)))[0];
}

/** An action, its pillar's programme's space, and what the actor may do with it. */
async function findAction(db: Db, actor: Actor | null, slug: string, lock = false) {
	const query = db
		.select({ action: programmeAction, pillar: { id: pillar.id, title: pillar.title }, spaceId: programme.spaceId })
		.from(programmeAction)
		.innerJoin(pillar, eq(pillar.id, programmeAction.pillarId))
		.innerJoin(programme, eq(programme.id, pillar.programmeId))
		.where(eq(programmeAction.slug, slug));
	const [row] = lock ? await query.for('update', { of: programmeAction }) : await query;
	if (!row) throw notFound();
	const access = await spaceAccess(db, actor, row.spaceId);
	if (!access) throw notFound();
	const ownerIds = (await db.select({ id: actionOwner.organisationId }).from(actionOwner).where(eq(actionOwner.actionId, row.action.id))).map((o) => o.id);
	const memberOf = actor ? new Set((await membershipsOf(db, actor.userId)).map((m) => m.organisationId)) : new Set<string>();
	const standing = { facilitatesSpace: access.facilitate, memberOfOwner: ownerIds.some((id) => memberOf.has(id)) };
	return { ...row, access, ownerIds, plan: canPlanProgramme(access.facilitate), report: canReportOnAction(standing) };
}

async function actionForChange(tx: Db, actor: Actor | null, slug: string, need: 'plan' | 'report') {
	if (!actor) throw signInRequired();
	const found = await findAction(tx, actor, slug, true);
	if (!found[need]) throw forbidden();
	return found;
}

// ---- Programme and pillars --------------------------------------------------------------------

export async function updateProgramme(db: Db, actor: Actor | null, spaceSlug: string, raw: Raw) {
	const access = await programmeSpace(db, actor, spaceSlug);
	mustPlan(actor, access);
	const fields = programmeInput.parse(raw);
	await db.transaction(async (tx) => {
		const row = await programmeOf(tx, access);
		await tx.update(programme).set(fields).where(eq(programme.id, row.id));
		await recordAudit(tx, actor, { action: 'programme.update', recordType: 'programme', recordId: row.id, details: { title: fields.title } });
	});
	programmeChanged();
}

export async function createPillar(db: Db, actor: Actor | null, spaceSlug: string, raw: Raw) {
	const access = await programmeSpace(db, actor, spaceSlug);
	mustPlan(actor, access);
	const fields = pillarInput.parse(raw);
	const created = await db.transaction(async (tx) => {
		const row = await programmeOf(tx, access);
		// Locks the programme so two new pillars do not take the same place.
		await tx.select({ id: programme.id }).from(programme).where(eq(programme.id, row.id)).for('update');
		const [{ last }] = await tx.select({ last: sql<number>`coalesce(max(${pillar.position}), 0)` }).from(pillar).where(eq(pillar.programmeId, row.id));
		const [made] = await tx.insert(pillar).values({ programmeId: row.id, position: Number(last) + 1, ...fields }).returning();
		await recordAudit(tx, actor, { action: 'pillar.create', recordType: 'pillar', recordId: made.id, details: { title: made.title } });
		return made;
	});
	programmeChanged();
	return created;
}

async function pillarForChange(tx: Db, actor: Actor | null, id: string) {
	if (!isUuid(id)) throw notFound();
	const [row] = await tx.select({ pillar, spaceId: programme.spaceId }).from(pillar).innerJoin(programme, eq(programme.id, pillar.programmeId)).where(eq(pillar.id, id));
	if (!row) throw notFound();
	const access = await spaceAccess(tx, actor, row.spaceId);
	if (!access) throw notFound();
	mustPlan(actor, access);
	return { ...row.pillar, access };
}

export async function updatePillar(db: Db, actor: Actor | null, id: string, raw: Raw) {
	const fields = pillarInput.parse(raw);
	await db.transaction(async (tx) => {
		const row = await pillarForChange(tx, actor, id);
		await tx.update(pillar).set(fields).where(eq(pillar.id, row.id));
		await recordAudit(tx, actor, { action: 'pillar.update', recordType: 'pillar', recordId: row.id, details: { title: fields.title } });
	});
	programmeChanged();
}

// ---- Actions ----------------------------------------------------------------------------------

async function checkOwners(db: Db, ownerIds: string[]) {
	if ((await organisationSummaries(db, ownerIds)).length !== ownerIds.length) throw new DomainError('error.choose', 400, 'ownerIds');
}

function actionFields(input: Pick<ActionInput, 'status' | 'stopReason' | 'progress' | 'startsOn' | 'endsOn'>) {
	return {
		status: input.status,
		stopReason: input.status === 'stopped' ? input.stopReason : '',
		// Done is done: whatever percentage was typed.
		progress: input.status === 'done' ? 100 : input.progress,
		startsOn: input.startsOn,
		endsOn: input.endsOn
	};
}

/** Facilitators add actions to a pillar of their space's programme; any organisations may own one. */
export async function createAction(db: Db, actor: Actor | null, raw: Raw) {
	const fields = actionInput.parse(raw);
	const ownerIds = [...new Set(fields.ownerIds)];
	await checkOwners(db, ownerIds);
	const created = await db.transaction(async (tx) => {
		const place = await pillarForChange(tx, actor, fields.pillarId);
		const slug = await reserveSlug(tx, programmeAction, programmeAction.slug, fields.title);
		const [made] = await tx.insert(programmeAction).values({ slug, pillarId: place.id, title: fields.title, description: fields.description, ...actionFields(fields) }).returning();
		await tx.insert(actionOwner).values(ownerIds.map((organisationId) => ({ actionId: made.id, organisationId })));
		await recordAudit(tx, actor, { action: 'action.create', recordType: 'programme_action', recordId: made.id, details: { title: made.title, status: made.status } });
		return made;
	});
	programmeChanged();
	return created;
}

/** Everything about an action, changed by a facilitator; a new status reaches the inputs behind it. */
export async function updateAction(db: Db, actor: Actor | null, slug: string, raw: Raw, origin: string) {
	const fields = actionInput.parse(raw);
	const ownerIds = [...new Set(fields.ownerIds)];
	await checkOwners(db, ownerIds);
	const updated = await db.transaction(async (tx) => {
		const found = await actionForChange(tx, actor, slug, 'plan');
		if (fields.pillarId !== found.pillar.id) {
			const target = await pillarForChange(tx, actor, fields.pillarId);
			if (target.access.id !== found.access.id) throw new DomainError('error.choose', 400, 'pillarId');
		}
		const row = await saveAction(tx, found.action, { title: fields.title, description: fields.description, pillarId: fields.pillarId, ...actionFields(fields) });
		await tx.delete(actionOwner).where(eq(actionOwner.actionId, row.id));
		await tx.insert(actionOwner).values(ownerIds.map((organisationId) => ({ actionId: row.id, organisationId })));
		await afterStatus(tx, found.action, row, origin);
		await recordAudit(tx, actor, { action: 'action.update', recordType: 'programme_action', recordId: row.id, details: { title: row.title, status: row.status, progress: row.progress } });
		return row;
	});
	programmeChanged();
	return updated;
}

/** Those who do the work report on it: status, progress, dates. */
export async function reportProgress(db: Db, actor: Actor | null, slug: string, raw: Raw, origin: string) {
	const fields = actionProgress.parse(raw);
	const updated = await db.transaction(async (tx) => {
		const found = await actionForChange(tx, actor, slug, 'report');
		const row = await saveAction(tx, found.action, actionFields(fields));
		await afterStatus(tx, found.action, row, origin);
		await recordAudit(tx, actor, { action: 'action.progress', recordType: 'programme_action', recordId: row.id, details: { status: row.status, progress: row.progress } });
		return row;
	});
	programmeChanged();
	return updated;
}

async function saveAction(tx: Db, before: ActionRow, change: Partial<ActionRow>): Promise<ActionRow> {
	const statusSince = change.status && change.status !== before.status ? new Date() : before.statusSince;
	const [row] = await tx.update(programmeAction).set({ ...change, statusSince, updatedAt: new Date() }).where(eq(programmeAction.id, before.id)).returning();
	return row;
}

/** A status the inputs behind the action show: when it moves, so may theirs. */
async function afterStatus(tx: Db, before: ActionRow, after: ActionRow, origin: string) {
	if (before.status === after.status && before.title === after.title) return;
	await linksChanged(tx, await linkedTo(tx, after.id), origin);
}

async function linkedTo(tx: Db, actionId: string) {
	const inputIds = (await tx.select({ id: actionInputLink.inputId }).from(actionInputLink).where(eq(actionInputLink.actionId, actionId))).map((r) => r.id);
	const spearheadIds = (await tx.select({ id: actionSpearhead.spearheadId }).from(actionSpearhead).where(eq(actionSpearhead.actionId, actionId))).map((r) => r.id);
	return { inputIds, spearheadIds };
}

export async function postUpdate(db: Db, actor: Actor | null, slug: string, raw: Raw) {
	const { body, postedOn } = updateInput.parse(raw);
	await db.transaction(async (tx) => {
		const found = await actionForChange(tx, actor, slug, 'report');
		const [made] = await tx.insert(actionUpdate).values({ actionId: found.action.id, body, authorId: actor!.userId, ...(postedOn ? { postedAt: new Date(`${postedOn}T12:00:00Z`) } : {}) }).returning();
		await tx.update(programmeAction).set({ updatedAt: new Date() }).where(eq(programmeAction.id, found.action.id));
		await recordAudit(tx, actor, { action: 'action.post', recordType: 'programme_action', recordId: found.action.id, details: { updateId: made.id } });
	});
	programmeChanged();
}

/** "Anchored in policy": where the action was taken into a plan, with a link or document. */
export async function addAnchor(db: Db, actor: Actor | null, slug: string, raw: Raw) {
	const fields = anchorInput.parse(raw);
	await db.transaction(async (tx) => {
		const found = await actionForChange(tx, actor, slug, 'plan');
		const [made] = await tx.insert(actionAnchor).values({ actionId: found.action.id, title: fields.title, reference: fields.reference, url: fields.url ?? '', anchoredOn: fields.anchoredOn }).returning();
		await recordAudit(tx, actor, { action: 'action.anchor', recordType: 'programme_action', recordId: found.action.id, details: { anchorId: made.id, title: made.title } });
	});
	programmeChanged();
}

export async function removeAnchor(db: Db, actor: Actor | null, slug: string, anchorId: string) {
	if (!isUuid(anchorId)) throw notFound();
	await db.transaction(async (tx) => {
		const found = await actionForChange(tx, actor, slug, 'plan');
		const removed = await tx.delete(actionAnchor).where(and(eq(actionAnchor.id, anchorId), eq(actionAnchor.actionId, found.action.id))).returning();
		if (!removed.length) throw notFound();
		await recordAudit(tx, actor, { action: 'action.unanchor', recordType: 'programme_action', recordId: found.action.id, details: { title: removed[0].title } });
	});
	programmeChanged();
}

// ---- Links to inputs --------------------------------------------------------------------------

/** Links a spearhead, or a single input by its number, of the same space to the action. */
export async function linkToAction(db: Db, actor: Actor | null, slug: string, raw: Raw, origin: string) {
	const fields = linkInput.parse(raw);
	if (!fields.spearheadId && !fields.inputNumber) throw new DomainError('error.linkWhat', 400, 'spearheadId');
	await db.transaction(async (tx) => {
		const found = await actionForChange(tx, actor, slug, 'plan');
		const target = { inputIds: [] as string[], spearheadIds: [] as string[] };
		if (fields.spearheadId) {
			const [s] = await spearheadSummaries(tx, [fields.spearheadId]);
			if (!s || s.spaceId !== found.access.id) throw new DomainError('error.choose', 400, 'spearheadId');
			await tx.insert(actionSpearhead).values({ actionId: found.action.id, spearheadId: s.id }).onConflictDoNothing();
			target.spearheadIds.push(s.id);
		}
		if (fields.inputNumber) {
			const i = await inputByNumber(tx, found.access.id, fields.inputNumber);
			if (!i) throw new DomainError('error.noSuchInput', 400, 'inputNumber');
			await tx.insert(actionInputLink).values({ actionId: found.action.id, inputId: i.id }).onConflictDoNothing();
			target.inputIds.push(i.id);
		}
		await linksChanged(tx, target, origin);
		await recordAudit(tx, actor, { action: 'action.link', recordType: 'programme_action', recordId: found.action.id, details: target });
	});
	programmeChanged();
}

export async function unlinkFromAction(db: Db, actor: Actor | null, slug: string, raw: { spearheadId?: string; inputId?: string }, origin: string) {
	await db.transaction(async (tx) => {
		const found = await actionForChange(tx, actor, slug, 'plan');
		const target = { inputIds: [] as string[], spearheadIds: [] as string[] };
		if (raw.spearheadId && isUuid(raw.spearheadId)) {
			await tx.delete(actionSpearhead).where(and(eq(actionSpearhead.actionId, found.action.id), eq(actionSpearhead.spearheadId, raw.spearheadId)));
			target.spearheadIds.push(raw.spearheadId);
		}
		if (raw.inputId && isUuid(raw.inputId)) {
			await tx.delete(actionInputLink).where(and(eq(actionInputLink.actionId, found.action.id), eq(actionInputLink.inputId, raw.inputId)));
			target.inputIds.push(raw.inputId);
		}
		if (!target.inputIds.length && !target.spearheadIds.length) throw notFound();
		await linksChanged(tx, target, origin);
		await recordAudit(tx, actor, { action: 'action.unlink', recordType: 'programme_action', recordId: found.action.id, details: target });
	});
	programmeChanged();
}

// ---- Reading ----------------------------------------------------------------------------------

/** The programme page: pillars in order, each with its actions and their owners. */
export async function getProgramme(db: Db, actor: Actor | null, spaceSlug: string) {
	const access = await programmeSpace(db, actor, spaceSlug);
	return viewed(actor, `programme:${access.id}`, async () => {
		const [row] = await db.select().from(programme).where(eq(programme.spaceId, access.id));
		const pillars = row ? await db.select().from(pillar).where(eq(pillar.programmeId, row.id)).orderBy(asc(pillar.position)) : [];
		const actions = pillars.length
			? await db
					.select({
						id: programmeAction.id,
						slug: programmeAction.slug,
						pillarId: programmeAction.pillarId,
						title: programmeAction.title,
						status: programmeAction.status,
						progress: programmeAction.progress,
						startsOn: programmeAction.startsOn,
						endsOn: programmeAction.endsOn,
						anchors: sql<number>`(select count(*) from action_anchor a where a.action_id = "programme_action"."id")`.mapWith(Number)
					})
					.from(programmeAction)
					.where(inArray(programmeAction.pillarId, pillars.map((p) => p.id)))
					.orderBy(asc(programmeAction.createdAt))
			: [];
		const owners = await ownersOf(db, actions.map((a) => a.id));
		return {
			title: row?.title ?? access.title,
			description: row?.description ?? '',
			space: { slug: access.slug, title: access.title },
			pillars: pillars.map((p) => ({ ...p, actions: actions.filter((a) => a.pillarId === p.id).map((a) => ({ ...a, owners: owners.get(a.id) ?? [] })) })),
			permissions: { plan: canPlanProgramme(access.facilitate) }
		};
	});
}
export type ProgrammeView = Awaited<ReturnType<typeof getProgramme>>;

async function ownersOf(db: Db, actionIds: string[]) {
	const byAction = new Map<string, { id: string; slug: string; name: string }[]>();
	if (!actionIds.length) return byAction;
	const rows = await db.select().from(actionOwner).where(inArray(actionOwner.actionId, actionIds));
	const orgs = new Map((await organisationSummaries(db, [...new Set(rows.map((r) => r.organisationId))])).map((o) => [o.id, o]));
	for (const r of rows) {
		const org = orgs.get(r.organisationId);
		if (org) byAction.set(r.actionId, [...(byAction.get(r.actionId) ?? []), { id: org.id, slug: org.slug, name: org.name }]);
	}
	return byAction;
}

/** The action page: what it is, who does it, how far it is, and why it exists. */
export async function getAction(db: Db, actor: Actor | null, slug: string) {
	return viewed(actor, `action:${slug}`, async () => {
		const found = await findAction(db, actor, slug);
		const { action } = found;
		const [updates, anchors, links] = [
			await db.select({ id: actionUpdate.id, body: actionUpdate.body, postedAt: actionUpdate.postedAt }).from(actionUpdate).where(eq(actionUpdate.actionId, action.id)).orderBy(desc(actionUpdate.postedAt)),
			await db.select().from(actionAnchor).where(eq(actionAnchor.actionId, action.id)).orderBy(asc(actionAnchor.createdAt)),
			await linkedTo(db, action.id)
		];
		const spearheads = await spearheadSummaries(db, links.spearheadIds);
		const behind = await inputsBehind(db, links);
		const directIds = new Set(links.inputIds);
		return {
			...action,
			pillar: found.pillar,
			space: { slug: found.access.slug, title: found.access.title },
			owners: (await ownersOf(db, [action.id])).get(action.id) ?? [],
			ownerIds: found.ownerIds,
			updates,
			anchors,
			spearheads,
			inputs: { total: behind.total, shown: behind.inputs.map((i) => ({ ...i, direct: directIds.has(i.id) })) },
			permissions: { plan: found.plan, report: found.report }
		};
	});
}
export type ActionView = Awaited<ReturnType<typeof getAction>>;

/** What a facilitator chooses from when editing or linking an action. */
export async function actionChoices(db: Db, actor: Actor | null, spaceSlug: string) {
	const access = await programmeSpace(db, actor, spaceSlug);
	mustPlan(actor, access);
	const [row] = await db.select().from(programme).where(eq(programme.spaceId, access.id));
	const pillars = row ? await db.select({ id: pillar.id, title: pillar.title }).from(pillar).where(eq(pillar.programmeId, row.id)).orderBy(asc(pillar.position)) : [];
	return { pillars, spearheads: await spaceSpearheads(db, access.id) };
}

/** The actions of a space's programme, by title, for other modules that link their work to one. */
export async function actionsInSpace(db: Db, spaceId: string) {
	return db
		.select({ id: programmeAction.id, slug: programmeAction.slug, title: programmeAction.title, status: programmeAction.status })
		.from(programmeAction)
		.innerJoin(pillar, eq(pillar.id, programmeAction.pillarId))
		.innerJoin(programme, eq(programme.id, pillar.programmeId))
		.where(eq(programme.spaceId, spaceId))
		.orderBy(asc(programmeAction.title));
}
