import { asc, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { reserveSlug } from '../../db/slugs';
import { scheduleJob } from '../../jobs';
import { DomainError, forbidden, notFound, recordAudit, signInRequired, type Actor } from '../identity';
import { amsterdamToday, spaceAccess, spaceAccessBySlug } from '../spaces';
import { processInput, type ProcessInput, type Raw } from './inputs';
import { budgetPhase, votingHasOpened, type BudgetPhase } from './phases';
import { canPropose, canReview, canRunBudget, type BudgetStanding } from './policy';
import { budgetArea, budgetBallot, budgetProcess, budgetProposal } from './schema';

export const budgetComponent = 'budget';
export const countJob = 'budgeting.count';

export type ProcessRow = typeof budgetProcess.$inferSelect;
export type AreaRow = typeof budgetArea.$inferSelect;
type Access = NonNullable<Awaited<ReturnType<typeof spaceAccess>>>;

/** A process, the space it is in, and what the actor may do there today. */
export interface ProcessContext {
	process: ProcessRow;
	access: Access;
	standing: BudgetStanding;
	phase: BudgetPhase;
	today: string;
}

export async function processContext(db: Db, actor: Actor | null, slug: string, now: Date, lock = false): Promise<ProcessContext> {
	const query = db.select().from(budgetProcess).where(eq(budgetProcess.slug, slug));
	const [process] = lock ? await query.for('update') : await query;
	if (!process) throw notFound();
	const access = await spaceAccess(db, actor, process.spaceId);
	if (!access || !access.componentKeys.includes(budgetComponent)) throw notFound();
	const today = amsterdamToday(now);
	return { process, access, standing: { facilitatesSpace: access.facilitate }, phase: budgetPhase(process, today), today };
}

export function mustRun(actor: Actor | null, context: ProcessContext): asserts actor is Actor {
	if (!actor) throw signInRequired();
	if (!canRunBudget(context.standing)) throw forbidden();
}

export async function areasOf(db: Db, processId: string): Promise<AreaRow[]> {
	return db.select().from(budgetArea).where(eq(budgetArea.processId, processId)).orderBy(asc(budgetArea.position));
}

/** The area a proposal, a code or a ballot belongs to: required when the process has areas, refused when not. */
export function areaFor(areas: AreaRow[], areaId: string | null, field = 'areaId'): AreaRow | null {
	if (areas.length === 0) {
		if (areaId) throw new DomainError('error.choose', 400, field);
		return null;
	}
	const area = areas.find((a) => a.id === areaId);
	if (!area) throw new DomainError('budget.error.areaRequired', 400, field);
	return area;
}

/** Counting is background work: the day after voting closes, the ballot boxes are counted. */
async function scheduleCount(tx: Db, process: ProcessRow) {
	const [year, month, day] = process.votingUntil.split('-').map(Number);
	const after = new Date(Date.UTC(year, month - 1, day + 1, 0, 5));
	await scheduleJob(tx, { kind: countJob, key: `${countJob}:${process.id}`, runAt: after, payload: { processId: process.id } });
}

function processValues(fields: ProcessInput) {
	return {
		title: fields.title,
		description: fields.description,
		totalCents: fields.total,
		ballotType: fields.ballotType,
		maxProjects: fields.ballotType === 'approval' ? fields.maxProjects : null,
		pointsTotal: fields.ballotType === 'points' ? fields.pointsTotal : null,
		rule: fields.rule,
		perCost: fields.perCost,
		utility: fields.utility,
		completion: fields.completion,
		add1Until: fields.add1Until,
		tieBreak: fields.tieBreak,
		votingByCode: fields.votingByCode,
		votingByAccount: fields.votingByAccount,
		postcodes: fields.postcodes,
		minimumAge: fields.minimumAge,
		proposalsFrom: fields.proposalsFrom,
		proposalsUntil: fields.proposalsUntil,
		votingFrom: fields.votingFrom,
		votingUntil: fields.votingUntil,
		implementationFrom: fields.implementationFrom
	};
}

/** A form sends its area rows as repeated fields; a row left wholly empty is no area. JSON sends `areas` itself. */
function withFormAreas(raw: Raw): Raw {
	if (raw.areas !== undefined || raw.areaName === undefined) return raw;
	const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((x) => (typeof x === 'string' ? x : ''));
	const [names, budgets, postcodes] = [list(raw.areaName), list(raw.areaBudget), list(raw.areaPostcodes)];
	const areas = names
		.map((name, i) => ({ name, budget: budgets[i] ?? '', postcodes: postcodes[i] ?? '' }))
		.filter((a) => a.name.trim() || a.budget.trim() || a.postcodes.trim());
	return { ...raw, areas };
}

/** A new budget process in a space that has the budget component switched on. */
export async function createProcess(db: Db, actor: Actor | null, spaceSlug: string, raw: Raw, now = new Date()) {
	const access = await spaceAccessBySlug(db, actor, spaceSlug);
	if (!access || !access.componentKeys.includes(budgetComponent)) throw notFound();
	if (!actor) throw signInRequired();
	if (!canRunBudget({ facilitatesSpace: access.facilitate })) throw forbidden();
	const fields = processInput.parse(withFormAreas(raw));
	if (fields.votingFrom <= amsterdamToday(now)) throw new DomainError('budget.error.votingInPast', 400, 'votingFrom');
	return db.transaction(async (tx) => {
		const slug = await reserveSlug(tx, budgetProcess, budgetProcess.slug, fields.title);
		const [made] = await tx.insert(budgetProcess).values({ spaceId: access.id, slug, ...processValues(fields) }).returning();
		if (fields.areas.length) await tx.insert(budgetArea).values(fields.areas.map((a, position) => ({ processId: made.id, position, name: a.name, budgetCents: a.budget, postcodes: a.postcodes })));
		await scheduleCount(tx, made);
		await recordAudit(tx, actor, { action: 'budget.create', recordType: 'budget_process', recordId: made.id, details: { title: made.title, totalCents: made.totalCents } });
		return made;
	});
}

/**
 * Settings change until voting opens. After that every voter must have voted under the same
 * rules, so any change is refused, and so it is once a single ballot exists.
 */
export async function updateProcess(db: Db, actor: Actor | null, slug: string, raw: Raw, now = new Date()) {
	return db.transaction(async (tx) => {
		const context = await processContext(tx, actor, slug, now, true);
		mustRun(actor, context);
		const { process, today } = context;
		const [{ ballots }] = await tx.select({ ballots: count() }).from(budgetBallot).where(eq(budgetBallot.processId, process.id));
		if (process.imported || votingHasOpened(process, today) || ballots > 0) throw new DomainError('budget.error.settingsFixed', 409);
		// Read after who may and whether anything may change: those hear that first, not what is wrong with the form.
		const fields = processInput.parse(withFormAreas(raw));
		await replaceAreas(tx, process.id, fields.areas);
		const [updated] = await tx
			.update(budgetProcess)
			.set({ ...processValues(fields), updatedAt: now })
			.where(eq(budgetProcess.id, process.id))
			.returning();
		await scheduleCount(tx, updated);
		await recordAudit(tx, actor, { action: 'budget.update', recordType: 'budget_process', recordId: process.id, details: { title: updated.title } });
		return updated;
	});
}

/** Areas are matched by position; one that proposals or codes already use may be renamed, not removed. */
async function replaceAreas(tx: Db, processId: string, areas: ProcessInput['areas']) {
	const existing = await areasOf(tx, processId);
	for (const [position, area] of areas.entries()) {
		const values = { name: area.name, budgetCents: area.budget, postcodes: area.postcodes };
		const current = existing.find((a) => a.position === position);
		if (current) await tx.update(budgetArea).set(values).where(eq(budgetArea.id, current.id));
		else await tx.insert(budgetArea).values({ processId, position, ...values });
	}
	const removed = existing.filter((a) => a.position >= areas.length).map((a) => a.id);
	if (!removed.length) return;
	const [{ used }] = await tx.select({ used: count() }).from(budgetProposal).where(inArray(budgetProposal.areaId, removed));
	if (used > 0) throw new DomainError('budget.error.areaInUse', 409, 'areas');
	await tx.delete(budgetArea).where(inArray(budgetArea.id, removed));
}

/** The processes of a space, newest first, for the space's budget page. */
export async function listProcesses(db: Db, actor: Actor | null, spaceSlug: string, now = new Date()) {
	const access = await spaceAccessBySlug(db, actor, spaceSlug);
	if (!access || !access.componentKeys.includes(budgetComponent)) throw notFound();
	const today = amsterdamToday(now);
	const rows = await db.select().from(budgetProcess).where(eq(budgetProcess.spaceId, access.id)).orderBy(asc(budgetProcess.votingFrom));
	return { space: { slug: access.slug, title: access.title }, canRun: access.facilitate, processes: rows.map((p) => ({ ...p, phase: budgetPhase(p, today) })) };
}

/** A process as its page shows it: settings, phase, areas, proposals, and what the actor may do. */
export async function getProcess(db: Db, actor: Actor | null, slug: string, now = new Date()) {
	const context = await processContext(db, actor, slug, now);
	const { process, standing, phase } = context;
	const [areas, proposals] = await Promise.all([
		areasOf(db, process.id),
		db
			.select({
				number: budgetProposal.number,
				code: budgetProposal.code,
				title: budgetProposal.title,
				areaId: budgetProposal.areaId,
				costCents: budgetProposal.costCents,
				reviewedCostCents: budgetProposal.reviewedCostCents,
				status: budgetProposal.status,
				reviewReason: budgetProposal.reviewReason,
				implementation: budgetProposal.implementation
			})
			.from(budgetProposal)
			.where(eq(budgetProposal.processId, process.id))
			.orderBy(asc(budgetProposal.number))
	]);
	return {
		process,
		space: { slug: context.access.slug, title: context.access.title },
		phase,
		areas,
		proposals,
		can: {
			run: canRunBudget(standing),
			propose: canPropose(actor, phase, standing),
			review: canReview(standing, phase),
			change: canRunBudget(standing) && !process.imported && !votingHasOpened(process, context.today)
		}
	};
}
export type ProcessView = Awaited<ReturnType<typeof getProcess>>;

