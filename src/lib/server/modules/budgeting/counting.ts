import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { DomainError, recordAudit, type Actor } from '../identity';
import { add1Stops, completions, countingRules, tieBreaks } from './inputs';
import { storedOutcome, type StoredOutcome } from './outcome';
import { votingHasClosed } from './phases';
import { budgetArea, budgetBallot, budgetProcess, budgetResult } from './schema';
import { shuffleBallotBox } from './secrecy';
import { areasOf, mustRun, processContext, type AreaRow, type ProcessRow } from './service';
import { tally, fromCents, type Election, type TallyOptions, type TallySettings } from './tally';
import { ballotProjects } from './voting';

/** The process's own rule, as the tally takes it. */
export function tallyOptions(process: ProcessRow): TallyOptions {
	const points = process.ballotType === 'points';
	return {
		rule: process.rule,
		perCost: process.perCost,
		utility: points ? (process.utility === 'approval' ? 'approval' : 'points') : process.utility,
		// A completion belongs to Equal Shares: a greedy process may still carry the column's default.
		completion: process.rule === 'mes' ? process.completion : 'none',
		add1Until: process.add1Until,
		tieBreak: process.tieBreak
	};
}

type BallotProject = Awaited<ReturnType<typeof ballotProjects>>[number];

const boxOf = (processId: string, area: AreaRow | null) => and(eq(budgetBallot.processId, processId), area ? eq(budgetBallot.areaId, area.id) : isNull(budgetBallot.areaId));

/** One ballot box as the tally counts it: the projects on its ballot and every ballot cast in it. */
async function electionOf(tx: Db, process: ProcessRow, area: AreaRow | null): Promise<{ election: Election; projects: BallotProject[] }> {
	const projects = await ballotProjects(tx, process.id, area);
	const ballots = await tx
		.select({ projects: budgetBallot.projects, points: budgetBallot.points })
		.from(budgetBallot)
		.where(boxOf(process.id, area))
		.orderBy(asc(budgetBallot.id));
	const election: Election = {
		budget: fromCents(area?.budgetCents ?? process.totalCents),
		projects: projects.map((p) => ({ id: p.code, cost: fromCents(p.costCents) })),
		ballots: ballots.map((b) => (b.points ? { approvals: b.projects, points: b.points } : { approvals: b.projects })),
		kind: process.ballotType === 'points' ? 'points' : 'approval'
	};
	return { election, projects };
}

/** One ballot box counted: the process's rule, and greedy by votes beside it for the comparison. */
function countBox(process: ProcessRow, election: Election, projects: BallotProject[]) {
	const voters = election.ballots.length;
	const outcome = storedOutcome(tally(election, tallyOptions(process)), projects, voters);
	const greedy = storedOutcome(tally(election, { rule: 'greedy', tieBreak: process.tieBreak }), projects, voters);
	return { ballots: voters, outcome, greedy };
}

/**
 * Counts every ballot box of a process (one per area, or one for the whole) and keeps each count.
 * `read` is a box already in memory (an import that was just parsed), so it is not read back.
 */
export async function countBallotBoxes(tx: Db, processId: string, now: Date, read?: { election: Election; projects: BallotProject[] }): Promise<void> {
	const [process] = await tx.select().from(budgetProcess).where(eq(budgetProcess.id, processId)).for('update');
	if (!process) return;
	// No ballot leaves voting in the order it was cast.
	await shuffleBallotBox(tx, process.id);
	const areas = await areasOf(tx, process.id);
	for (const area of areas.length ? areas : [null]) {
		const { election, projects } = read && !area ? read : await electionOf(tx, process, area);
		const values = { processId: process.id, areaId: area?.id ?? null, ...countBox(process, election, projects), countedAt: now };
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

/** The day the night's job counts: the first day after voting closed (Amsterdam days, as the phases). */
export function countDay(process: Pick<ProcessRow, 'votingUntil'>): string {
	const [year, month, day] = process.votingUntil.split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** The process's rule with every default filled in, as a count states it. */
export function countSettings(process: ProcessRow): TallySettings {
	const options = tallyOptions(process);
	return { rule: options.rule, perCost: options.perCost ?? false, utility: options.utility ?? 'cost', completion: options.completion ?? 'none', add1Until: options.add1Until ?? 'exhaustive', tieBreak: options.tieBreak ?? 'id' };
}

/**
 * The results: for every ballot box the funded projects and why each one was or was not. Before
 * voting has closed, or before the count, there are no boxes: `countsOn` says when there will be.
 * With `replay` (an imported election only) the boxes are counted again in memory with that rule.
 */
export async function getResults(db: Db, actor: Actor | null, slug: string, now = new Date(), replay: Record<string, unknown> | null = null) {
	const context = await processContext(db, actor, slug, now);
	const { process } = context;
	const closed = process.imported || votingHasClosed(process, context.today);
	const rows = closed
		? await db
				.select({ result: budgetResult, area: { id: budgetArea.id, name: budgetArea.name, position: budgetArea.position } })
				.from(budgetResult)
				.leftJoin(budgetArea, eq(budgetArea.id, budgetResult.areaId))
				.where(eq(budgetResult.processId, process.id))
				.orderBy(asc(budgetArea.position))
		: [];
	const stored: ResultBox[] = rows.map(({ result, area }) => ({
		area: area ? { id: area.id, name: area.name } : null,
		ballots: result.ballots,
		countedAt: result.countedAt,
		outcome: result.outcome as StoredOutcome,
		greedy: result.greedy as StoredOutcome
	}));
	const replayed = replay ? await replayBoxes(db, process, replay, now) : null;
	const boxes = replayed?.boxes ?? stored;
	return {
		process,
		phase: context.phase,
		space: { slug: context.access.slug, title: context.access.title },
		settings: countSettings(process),
		boxes,
		counted: boxes.length > 0,
		/** The rule of a replay; null for the stored count. */
		replay: replayed?.fields ?? null,
		votingClosed: closed,
		countsOn: countDay(process),
		canRun: context.standing.facilitatesSpace,
		/** A facilitator may count now: voting has closed (an imported process is always closed). */
		canCount: context.standing.facilitatesSpace && closed
	};
}
export type Results = Awaited<ReturnType<typeof getResults>>;

// ---- Replaying an imported election with another rule ---------------------------------------------

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: 'error.choose' });

/** Another rule for an imported election, as the replay form sends it. */
export const replayInput = z.object({
	rule: choice(countingRules),
	completion: choice(completions).default('none'),
	add1Until: choice(add1Stops).default('exhaustive'),
	tieBreak: choice(tieBreaks).default('id')
});
export type ReplayInput = z.infer<typeof replayInput>;

/**
 * How many approvals a replay may count while the page waits. Greedy and plain Equal Shares stay
 * well under a second up to Łódź 2020 (196,833 approvals). add1 reruns the count once per euro
 * added, so it is held to files the size of Wieliczka 2023 (16,750 approvals, about 0.2 s), and
 * far lower for points ballots, where Toulouse 2019 (4,252) already takes seconds.
 */
export const replayLimits = { plain: 250_000, add1: 20_000, add1Points: 1_000 };

function replayLimit(options: ReplayInput, points: boolean): number {
	if (options.rule !== 'mes' || !options.completion.startsWith('add1')) return replayLimits.plain;
	return points ? replayLimits.add1Points : replayLimits.add1;
}

/**
 * Counts an imported election again, in memory, with another rule: to study what a rule does.
 * Nothing is stored. Only imported processes: a real process is counted by the rule it announced.
 */
async function replayBoxes(db: Db, process: ProcessRow, raw: Record<string, unknown>, now: Date) {
	if (!process.imported) throw new DomainError('budget.error.replayImportedOnly', 409);
	const fields = replayInput.parse(raw);
	const options: TallyOptions = {
		rule: fields.rule,
		completion: fields.rule === 'mes' ? fields.completion : 'none',
		add1Until: fields.add1Until,
		tieBreak: fields.tieBreak,
		perCost: process.perCost,
		utility: tallyOptions(process).utility
	};
	const limit = replayLimit(fields, process.ballotType === 'points');
	const areas = await areasOf(db, process.id);
	const boxes: ResultBox[] = [];
	for (const area of areas.length ? areas : [null]) {
		const [size] = await db
			.select({ approvals: sql<number>`coalesce(sum(cardinality(${budgetBallot.projects})), 0)`.mapWith(Number) })
			.from(budgetBallot)
			.where(boxOf(process.id, area));
		if (size.approvals > limit) throw new DomainError('budget.error.replayTooLarge', 413, undefined, { approvals: size.approvals, max: limit });
		const { election, projects } = await electionOf(db, process, area);
		const voters = election.ballots.length;
		boxes.push({
			area: area ? { id: area.id, name: area.name } : null,
			ballots: voters,
			countedAt: now,
			outcome: storedOutcome(tally(election, options), projects, voters),
			// Beside the replay, greedy with the replay's own tie-break: the comparison changes one thing only.
			greedy: storedOutcome(tally(election, { rule: 'greedy', tieBreak: fields.tieBreak }), projects, voters)
		});
	}
	return { boxes, fields };
}
