import { and, asc, count, eq, isNotNull, sql } from 'drizzle-orm';
import { forgetCount } from '../../cache';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';
import type { Locale, MessageKey, Params } from '../../../i18n';
import { DomainError, recordAudit, signInRequired, type Actor } from '../identity';
import { amsterdamToday } from '../spaces';
import { checkBallot, castChoices, type BallotCheck, type BallotProblem, type BallotRules, type Choices } from './ballot';
import { newReceipt, newVoteCode, normaliseVoteCode, receiptHash, voteCodeHash } from './codes';
import { codeBatchInput, voterInput, type Raw, type VoterInput } from './inputs';
import { formatEuros } from './money';
import { budgetPhase, votingHasClosed } from './phases';
import { livesWithin, parsePostcodeRanges, postcodeDigits } from './postcodes';
import { budgetBallot, budgetCodeBatch, budgetProposal, budgetVoteCode, budgetVoter } from './schema';
import { keepShuffling } from './secrecy';
import { areaFor, areasOf, mustRun, processContext, type AreaRow, type ProcessContext, type ProcessRow } from './service';

/** A ballot that breaks a rule: every problem, so the page can list them all with the running total. */
export class BallotRefused extends DomainError {
	constructor(readonly check: BallotCheck) {
		const [first] = check.problems;
		super(problemMessage(first).key, 400, 'choices', problemMessage(first).params);
	}
}

/** The message for a broken rule; amounts are written the way the reader's language writes them. */
export function problemMessage(problem: BallotProblem, locale: Locale = 'nl'): { key: MessageKey; params?: Params } {
	switch (problem.kind) {
		case 'empty':
			return { key: 'budget.ballot.empty' };
		case 'unknownProject':
			return { key: 'budget.ballot.unknownProject', params: { code: problem.code } };
		case 'badPoints':
			return { key: 'budget.ballot.badPoints', params: { code: problem.code } };
		case 'tooManyProjects':
			return { key: 'budget.ballot.tooManyProjects', params: { max: problem.max, chosen: problem.chosen } };
		case 'overBudget':
			return { key: 'budget.ballot.overBudget', params: { amount: formatEuros(problem.overCents, locale) } };
		case 'tooManyPoints':
			return { key: 'budget.ballot.tooManyPoints', params: { max: problem.max, given: problem.given } };
	}
}

/** The projects on one ballot: feasible proposals of the area, at the cost the review settled on. */
export async function ballotProjects(db: Db, processId: string, area: AreaRow | null) {
	const rows = await db
		.select({ number: budgetProposal.number, code: budgetProposal.code, title: budgetProposal.title, costCents: budgetProposal.costCents, reviewedCostCents: budgetProposal.reviewedCostCents, areaId: budgetProposal.areaId })
		.from(budgetProposal)
		.where(and(eq(budgetProposal.processId, processId), eq(budgetProposal.status, 'feasible')))
		.orderBy(asc(budgetProposal.number));
	return rows.filter((r) => r.areaId === (area?.id ?? null)).map((r) => ({ number: r.number, code: r.code, title: r.title, costCents: r.reviewedCostCents ?? r.costCents }));
}

export function ballotRules(process: ProcessRow, area: AreaRow | null, projects: Array<{ code: string; costCents: number }>): BallotRules {
	return {
		kind: process.ballotType,
		budgetCents: area?.budgetCents ?? process.totalCents,
		maxProjects: process.maxProjects,
		pointsTotal: process.pointsTotal,
		projects: new Map(projects.map((p) => [p.code, p.costCents]))
	};
}

/** Everything the ballot page needs: the rules, the areas and the projects per area. */
export async function getBallot(db: Db, actor: Actor | null, slug: string, now = new Date()) {
	const context = await processContext(db, actor, slug, now);
	const areas = await areasOf(db, context.process.id);
	const boxes = await Promise.all((areas.length ? areas : [null]).map(async (area) => ({ area, projects: await ballotProjects(db, context.process.id, area) })));
	const voted = actor ? await hasVoted(db, context.process.id, actor.userId) : false;
	return { process: context.process, phase: context.phase, space: { slug: context.access.slug, title: context.access.title }, boxes, voted, signedIn: actor !== null };
}

async function hasVoted(db: Db, processId: string, userId: string): Promise<boolean> {
	const [row] = await db
		.select({ userId: budgetVoter.userId })
		.from(budgetVoter)
		.where(and(eq(budgetVoter.processId, processId), eq(budgetVoter.userId, userId)));
	return row !== undefined;
}

/** The running total and the rules broken, without casting: what the page shows after "check". */
export async function previewBallot(db: Db, actor: Actor | null, slug: string, areaId: string | null, choices: Choices, now = new Date()) {
	const context = await processContext(db, actor, slug, now);
	const area = areaFor(await areasOf(db, context.process.id), areaId);
	return checkBallot(ballotRules(context.process, area, await ballotProjects(db, context.process.id, area)), choices);
}

/** The area of a code that may still vote; read only when the fast way failed, to say why: unknown, used or another area's. */
async function codeArea(db: Db, processId: string, hash: string, areas: AreaRow[], voter: VoterInput): Promise<AreaRow | null> {
	const [code] = await db
		.select()
		.from(budgetVoteCode)
		.where(and(eq(budgetVoteCode.hash, hash), eq(budgetVoteCode.processId, processId)));
	if (!code) throw new DomainError('budget.error.codeUnknown', 400, 'code');
	if (code.usedOn) throw new DomainError('budget.error.codeUsed', 409, 'code');
	const area = areas.find((a) => a.id === code.areaId) ?? null;
	// The letter decides the area. A voter who filled in another area's ballot is told which one, not that its projects are unknown.
	if (area && voter.areaId && voter.areaId !== area.id) throw new DomainError('budget.error.codeOtherArea', 400, 'code', { area: area.name });
	return area;
}

/** An account may vote if it lives in the area and is old enough, by its own declaration. */
function accountVoter(actor: Actor | null, process: ProcessRow, areas: AreaRow[], voter: VoterInput): { userId: string; area: AreaRow | null } {
	if (!process.votingByAccount) throw new DomainError('budget.error.codeRequired', 400, 'code');
	if (!actor) throw signInRequired();
	const area = areaFor(areas, voter.areaId);
	const digits = postcodeDigits(voter.postcode ?? '');
	if (digits === null) throw new DomainError('budget.error.postcode', 400, 'postcode');
	const ranges = parsePostcodeRanges(area?.postcodes || process.postcodes) ?? [];
	if (!livesWithin(ranges, digits)) throw new DomainError('budget.error.livesElsewhere', 403, 'postcode');
	if (!voter.oldEnough) throw new DomainError('budget.error.tooYoung', 403, 'oldEnough', { age: process.minimumAge });
	return { userId: actor.userId, area };
}

/**
 * What casting reads of a process and its space is kept a moment per process and voter, so that
 * under load most ballots find it read already. Who may see a space can change at any time: an
 * entry is kept one second, and is dropped as soon as this server forgets any kept view (as it
 * does when a space changes here). Only a process in its voting phase is kept.
 */
const castingContextMs = 1_000;
/**
 * The projects on a ballot are fixed once voting opens (the settings and the review close then),
 * so they are kept through the phase; a minute at most all the same, so that a clock moved back
 * (as tests do) never meets an old ballot for long.
 */
const castingProjectsMs = 60_000;
const keptLimit = 1_000;

interface Kept<T> {
	until: number;
	forgotten: number;
	value: Promise<T>;
}

type BallotProject = Awaited<ReturnType<typeof ballotProjects>>[number];

/** Per database handle: two test databases in one process may each hold a process with the same slug. */
const castingKept = new WeakMap<Db, { contexts: Map<string, Kept<ProcessContext>>; areas: Map<string, Kept<AreaRow[]>>; projects: Map<string, Kept<BallotProject[]>> }>();

function castingKeptFor(db: Db) {
	let kept = castingKept.get(db);
	if (!kept) castingKept.set(db, (kept = { contexts: new Map(), areas: new Map(), projects: new Map() }));
	return kept;
}

/** Simultaneous callers share one load; a load that fails, or whose value `keep` refuses, is not kept. */
function keptLoad<T>(entries: Map<string, Kept<T>>, key: string, ms: number, load: () => Promise<T>, keep: (value: T) => boolean): Promise<T> {
	const found = entries.get(key);
	if (found && found.until > Date.now() && found.forgotten === forgetCount()) return found.value;
	if (entries.size >= keptLimit) entries.clear();
	const entry: Kept<T> = { until: Date.now() + ms, forgotten: forgetCount(), value: load() };
	entries.set(key, entry);
	const drop = () => void (entries.get(key) === entry && entries.delete(key));
	entry.value.then((value) => (keep(value) ? undefined : drop()), drop);
	return entry.value;
}

/** `processContext` as casting needs it; today and the phase always come from this call's `now`. */
async function castingContext(db: Db, actor: Actor | null, slug: string, now: Date): Promise<ProcessContext> {
	const key = actor ? `${slug}\n${actor.userId}\n${actor.isAdmin}` : slug;
	const context = await keptLoad(castingKeptFor(db).contexts, key, castingContextMs, () => processContext(db, actor, slug, now), (c) => c.phase === 'voting');
	const today = amsterdamToday(now);
	return { ...context, today, phase: budgetPhase(context.process, today) };
}

/** `areasOf` while voting is open: the areas are settings, fixed as the projects are. */
function castingAreas(db: Db, processId: string): Promise<AreaRow[]> {
	return keptLoad(castingKeptFor(db).areas, processId, castingProjectsMs, () => areasOf(db, processId), () => true);
}

/** `ballotProjects` while voting is open. */
function castingProjects(db: Db, processId: string, area: AreaRow | null): Promise<BallotProject[]> {
	return keptLoad(castingKeptFor(db).projects, `${processId}\n${area?.id ?? ''}`, castingProjectsMs, () => ballotProjects(db, processId, area), () => true);
}

interface BoxedBallot {
	processId: string;
	areaId: string | null;
	projects: string[];
	points: number[] | null;
	receiptHash: string;
}

/** A column by its bare name, as SET and an INSERT's column list want it. */
const bare = (column: { name: string }) => sql.identifier(column.name);

/** The ballot as the end of a statement: it goes into the box only if `taken`, the part before, returned a row. */
function intoBox(ballot: BoxedBallot, taken: ReturnType<typeof sql.identifier>) {
	const columns = [budgetBallot.processId, budgetBallot.areaId, budgetBallot.projects, budgetBallot.points, budgetBallot.receiptHash].map(bare);
	return sql`insert into ${budgetBallot} (${sql.join(columns, sql`, `)})
		select ${ballot.processId}::uuid, ${ballot.areaId}::uuid, ${sql.param(ballot.projects, budgetBallot.projects)}::text[], ${sql.param(ballot.points, budgetBallot.points)}::integer[], ${ballot.receiptHash}
		from ${taken}
		returning true as boxed`;
}

/**
 * Claims the code, if it is unused and meant for the ballot's area, and boxes the ballot in one
 * statement, which PostgreSQL runs as one transaction: one round trip, and of two simultaneous casts
 * with one code the second finds it used and boxes nothing.
 */
async function castWithCode(db: Db, hash: string, today: string, ballot: BoxedBallot): Promise<boolean> {
	const taken = sql.identifier('claimed');
	const result = await db.execute(sql`with ${taken} as (
		update ${budgetVoteCode} set ${bare(budgetVoteCode.usedOn)} = ${today}::date
		where ${budgetVoteCode.hash} = ${hash} and ${budgetVoteCode.processId} = ${ballot.processId}::uuid and ${budgetVoteCode.usedOn} is null
			and ${budgetVoteCode.areaId} is not distinct from ${ballot.areaId}::uuid
		returning 1)
		${intoBox(ballot, taken)}`);
	return rowsOf(result).length === 1;
}

/** Enters the voter on the roll and boxes the ballot in one statement; a second entry of one voter boxes nothing. */
async function castWithAccount(db: Db, userId: string, today: string, ballot: BoxedBallot): Promise<boolean> {
	const taken = sql.identifier('entered');
	const columns = [budgetVoter.processId, budgetVoter.userId, budgetVoter.votedOn].map(bare);
	const result = await db.execute(sql`with ${taken} as (
		insert into ${budgetVoter} (${sql.join(columns, sql`, `)}) values (${ballot.processId}::uuid, ${userId}, ${today}::date)
		on conflict do nothing
		returning 1)
		${intoBox(ballot, taken)}`);
	return rowsOf(result).length === 1;
}

/**
 * Casts a ballot, once and for good. The voter roll (who) and the ballot box (what) are written in
 * one statement but share nothing: no id, no code, no time; the box is rewritten soon after (see
 * `secrecy.ts`). The code is claimed, or the voter entered, by a statement that only one of two
 * simultaneous attempts can win.
 */
export async function castBallot(db: Db, actor: Actor | null, slug: string, rawVoter: Raw, choices: Choices, now = new Date()) {
	const voter = voterInput.parse(rawVoter);
	const context = await castingContext(db, actor, slug, now);
	const { process, today } = context;
	if (context.phase !== 'voting') throw new DomainError(votingHasClosed(process, today) ? 'budget.error.votingClosed' : 'budget.error.votingNotOpen', 409);
	const areas = await castingAreas(db, process.id);
	const checked = async (area: AreaRow | null) => checkBallot(ballotRules(process, area, await castingProjects(db, process.id, area)), choices);
	const receipt = newReceipt();
	const cast = castChoices(choices);
	const boxed = (area: AreaRow | null): BoxedBallot => ({ processId: process.id, areaId: area?.id ?? null, projects: cast.projects, points: process.ballotType === 'points' ? cast.points : null, receiptHash: receiptHash(receipt) });
	const done = async (area: AreaRow | null, check: BallotCheck) => {
		await keepShuffling(db, process.id, now);
		return { receipt, check, area };
	};
	if (voter.code && process.votingByCode) {
		const hash = voteCodeHash(process.id, voter.code);
		// The fast way, taken by nearly every ballot: the area the voter filled in, and one statement that claims the code for it.
		const presumed = areas.length === 0 ? null : areas.find((a) => a.id === voter.areaId);
		if (presumed !== undefined) {
			const check = await checked(presumed);
			if (!check.problems.length && (await castWithCode(db, hash, today, boxed(presumed)))) return done(presumed, check);
		}
		const area = await codeArea(db, process.id, hash, areas, voter);
		const check = await checked(area);
		if (check.problems.length) throw new BallotRefused(check);
		if (!(await castWithCode(db, hash, today, boxed(area)))) throw new DomainError('budget.error.codeUsed', 409, 'code');
		return done(area, check);
	}
	const { area, userId } = accountVoter(actor, process, areas, voter);
	const check = await checked(area);
	if (check.problems.length) throw new BallotRefused(check);
	if (!(await castWithAccount(db, userId, today, boxed(area)))) throw new DomainError('budget.error.alreadyVoted', 409);
	return done(area, check);
}

/** A voter checks with their receipt that their ballot is in the box, and what it says. */
export async function findBallotByReceipt(db: Db, actor: Actor | null, slug: string, receipt: string, now = new Date()) {
	const typed = normaliseVoteCode(receipt);
	if (typed === '') throw new DomainError('budget.error.receiptRequired', 400, 'receipt');
	if (typed.length > 40) throw new DomainError('budget.error.receiptUnknown', 404, 'receipt');
	const context = await processContext(db, actor, slug, now);
	const [ballot] = await db
		.select({ projects: budgetBallot.projects, points: budgetBallot.points, areaId: budgetBallot.areaId })
		.from(budgetBallot)
		.where(and(eq(budgetBallot.processId, context.process.id), eq(budgetBallot.receiptHash, receiptHash(receipt))));
	if (!ballot) throw new DomainError('budget.error.receiptUnknown', 404, 'receipt');
	return ballot;
}

/**
 * A batch of vote codes for a mail merge. The codes are returned this once and kept only as
 * hashes: whoever prints the letters holds the only copy.
 */
export async function generateCodes(db: Db, actor: Actor | null, slug: string, raw: Raw, now = new Date()) {
	const fields = codeBatchInput.parse(raw);
	return db.transaction(async (tx) => {
		const context = await processContext(tx, actor, slug, now);
		mustRun(actor, context);
		if (!context.process.votingByCode) throw new DomainError('budget.error.codesOff', 409);
		if (context.process.imported || votingHasClosed(context.process, context.today)) throw new DomainError('budget.error.votingClosed', 409);
		const area = areaFor(await areasOf(tx, context.process.id), fields.areaId);
		const [batch] = await tx.insert(budgetCodeBatch).values({ processId: context.process.id, areaId: area?.id ?? null, size: fields.count, createdBy: actor.userId, createdAt: now }).returning();
		const codes = Array.from({ length: fields.count }, newVoteCode);
		for (let i = 0; i < codes.length; i += 1000) {
			const rows = codes.slice(i, i + 1000).map((code) => ({ hash: voteCodeHash(context.process.id, code), processId: context.process.id, batchId: batch.id, areaId: area?.id ?? null }));
			await tx.insert(budgetVoteCode).values(rows);
		}
		await recordAudit(tx, actor, { action: 'budget.codes', recordType: 'budget_process', recordId: context.process.id, details: { batchId: batch.id, count: fields.count, areaId: area?.id ?? null } });
		return { batch, area, codes, process: { title: context.process.title, votingUntil: context.process.votingUntil } };
	});
}

/** How many codes were made and used, and how many people voted with an account: turnout, not who. */
export async function turnout(db: Db, actor: Actor | null, slug: string, now = new Date()) {
	const context = await processContext(db, actor, slug, now);
	mustRun(actor, context);
	const id = context.process.id;
	const [[codes], [used], [accounts], [ballots], batches] = await Promise.all([
		db.select({ n: count() }).from(budgetVoteCode).where(eq(budgetVoteCode.processId, id)),
		db.select({ n: count() }).from(budgetVoteCode).where(and(eq(budgetVoteCode.processId, id), isNotNull(budgetVoteCode.usedOn))),
		db.select({ n: count() }).from(budgetVoter).where(eq(budgetVoter.processId, id)),
		db.select({ n: count() }).from(budgetBallot).where(eq(budgetBallot.processId, id)),
		db.select().from(budgetCodeBatch).where(eq(budgetCodeBatch.processId, id)).orderBy(asc(budgetCodeBatch.createdAt))
	]);
	return { codes: codes.n, codesUsed: used.n, accountVoters: accounts.n, ballots: ballots.n, batches };
}
