import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { DomainError, recordAudit, type Actor } from '../identity';
import { storedOutcome, type StoredOutcome } from './outcome';
import { votingHasClosed } from './phases';
import { budgetArea, budgetBallot, budgetProcess, budgetResult } from './schema';
import { areasOf, mustRun, processContext, type AreaRow, type ProcessRow } from './service';
import { tally, fromCents, type Election, type TallyOptions } from './tally';
import { ballotProjects } from './voting';

/** The process's own rule, as the tally takes it. */
export function tallyOptions(process: ProcessRow): TallyOptions {
	const points = process.ballotType === 'points';
	return {
		rule: process.rule,
		perCost: process.perCost,
		utility: points ? (process.utility === 'approval' ? 'approval' : 'points') : process.utility,
		completion: process.completion,
		add1Until: process.add1Until,
		tieBreak: process.tieBreak
	};
}

async function electionOf(tx: Db, process: ProcessRow, area: AreaRow | null): Promise<{ election: Election; projects: Awaited<ReturnType<typeof ballotProjects>> }> {
	const projects = await ballotProjects(tx, process.id, area);
	const ballots = await tx
		.select({ projects: budgetBallot.projects, points: budgetBallot.points })
		.from(budgetBallot)
		.where(and(eq(budgetBallot.processId, process.id), area ? eq(budgetBallot.areaId, area.id) : isNull(budgetBallot.areaId)))
		.orderBy(asc(budgetBallot.id));
	const election: Election = {
		budget: fromCents(area?.budgetCents ?? process.totalCents),
		projects: projects.map((p) => ({ id: p.code, cost: fromCents(p.costCents) })),
		ballots: ballots.map((b) => (b.points ? { approvals: b.projects, points: b.points } : { approvals: b.projects })),
		kind: process.ballotType === 'points' ? 'points' : 'approval'
	};
	return { election, projects };
}

/**
 * Counts every ballot box of a process (one per area, or one for the whole) with the process's
 * rule, and greedy by votes beside it for the comparison, and keeps both as counted.
 */
export async function countBallotBoxes(tx: Db, processId: string, now: Date): Promise<void> {
	const [process] = await tx.select().from(budgetProcess).where(eq(budgetProcess.id, processId)).for('update');
	if (!process) return;
	const areas = await areasOf(tx, process.id);
	for (const area of areas.length ? areas : [null]) {
		const { election, projects } = await electionOf(tx, process, area);
		const outcome = storedOutcome(tally(election, tallyOptions(process)), projects);
		const greedy = storedOutcome(tally(election, { rule: 'greedy', tieBreak: process.tieBreak }), projects);
		const values = { processId: process.id, areaId: area?.id ?? null, ballots: election.ballots.length, outcome, greedy, countedAt: now };
		// A recount replaces the count; the process row is locked, so two counts take turns.
		await tx.delete(budgetResult).where(and(eq(budgetResult.processId, process.id), area ? eq(budgetResult.areaId, area.id) : isNull(budgetResult.areaId)));
		await tx.insert(budgetResult).values(values);
	}
}

/** A facilitator counts (again) once voting has closed, without waiting for the night's job. */
export async function countVotes(db: Db, actor: Actor | null, slug: string, now = new Date()) {
	return db.transaction(async (tx) => {
		const context = await processContext(tx, actor, slug, now);
		mustRun(actor, context);
		if (!context.process.imported && !votingHasClosed(context.process, context.today)) throw new DomainError('budget.error.countTooEarly', 409);
		await countBallotBoxes(tx, context.process.id, now);
		await recordAudit(tx, actor, { action: 'budget.count', recordType: 'budget_process', recordId: context.process.id });
	});
}

export interface ResultBox {
	area: { id: string; name: string } | null;
	ballots: number;
	countedAt: Date;
	outcome: StoredOutcome;
	greedy: StoredOutcome;
}

/** The results once counted: for every ballot box the funded projects and why each one was or was not. */
export async function getResults(db: Db, actor: Actor | null, slug: string, now = new Date()) {
	const context = await processContext(db, actor, slug, now);
	const rows = await db
		.select({ result: budgetResult, area: { id: budgetArea.id, name: budgetArea.name, position: budgetArea.position } })
		.from(budgetResult)
		.leftJoin(budgetArea, eq(budgetArea.id, budgetResult.areaId))
		.where(eq(budgetResult.processId, context.process.id))
		.orderBy(asc(budgetArea.position));
	const shown = context.process.imported || votingHasClosed(context.process, context.today);
	if (!rows.length || !shown) throw new DomainError('budget.error.notCounted', 404);
	const boxes: ResultBox[] = rows.map(({ result, area }) => ({
		area: area ? { id: area.id, name: area.name } : null,
		ballots: result.ballots,
		countedAt: result.countedAt,
		outcome: result.outcome as StoredOutcome,
		greedy: result.greedy as StoredOutcome
	}));
	return { process: context.process, phase: context.phase, space: { slug: context.access.slug, title: context.access.title }, boxes, canRun: context.standing.facilitatesSpace };
}
