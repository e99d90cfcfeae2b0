import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { reserveSlug } from '../../db/slugs';
import { DomainError, forbidden, notFound, recordAudit, signInRequired, type Actor } from '../identity';
import { amsterdamToday, spaceAccessBySlug } from '../spaces';
import { countBallotBoxes, tallyOptions } from './counting';
import { tieBreaks } from './inputs';
import { centsToDecimal } from './money';
import type { StoredOutcome } from './outcome';
import { PabulibError, parsePabulib, toElection, writePabulib, type PabulibFile, type PabulibProject } from './pabulib';
import { votingHasClosed } from './phases';
import { canRunBudget } from './policy';
import { budgetArea, budgetBallot, budgetProcess, budgetProposal, budgetResult } from './schema';
import { areasOf, budgetComponent, processContext, type ProcessRow } from './service';
import { fromCents, mul, type Rational } from './tally';
import { ballotProjects } from './voting';

/**
 * The largest file taken. Wrocław 2015 (131,778 voters) is 3.7 MB; the limit stays under the
 * server's request limit (6 MB under `npm start`), so a larger file gets our message, not the server's.
 */
export const maxImportBytes = 5 * 1024 * 1024;
const ballotBatch = 1000;
const maxTitle = 140;

/**
 * The rule a file says it was counted with ("greedy", "equalshares", "equalshares/add1"), or
 * greedy. add1 continues while the outcome fits the budget: that variant reproduces the published
 * results (Wieliczka 2023), where stopping at the first exhaustive outcome funds one project more.
 */
function ruleOf(meta: Map<string, string>): Pick<ProcessRow, 'rule' | 'completion' | 'add1Until' | 'tieBreak'> {
	const rule = (meta.get('rule') ?? '').toLowerCase();
	// Our own exports name the stopping rule and the tie-break, so they count again the same.
	const tieBreak = (tieBreaks as readonly string[]).includes(meta.get('tie_break') ?? '') ? (meta.get('tie_break') as ProcessRow['tieBreak']) : 'id';
	if (!rule.startsWith('equalshares')) return { rule: 'greedy', completion: 'none', add1Until: 'exhaustive', tieBreak };
	const add1 = rule.includes('add1');
	const greedy = rule.includes('greedy');
	const add1Until = meta.get('add1_until') === 'exhaustive' ? 'exhaustive' : 'budget';
	return { rule: 'mes', completion: add1 ? (greedy ? 'add1-greedy' : 'add1') : greedy ? 'greedy' : 'none', add1Until, tieBreak };
}

/** Whole cents, or a refusal naming the line: the platform keeps money in cents. */
function wholeCents(value: Rational, line: number): number {
	const scaled = mul(value, { num: 100n, den: 1n });
	if (scaled.den !== 1n) throw new DomainError('budget.error.importCents', 400, 'file', { line });
	if (scaled.num > BigInt(Number.MAX_SAFE_INTEGER)) throw new DomainError('budget.error.importAmountTooLarge', 400, 'file', { line });
	return Number(scaled.num);
}

/**
 * Where the budget and each project are written, for messages about amounts the parser accepted
 * but the platform cannot keep. Counted the way the parser counts (from 1, empty lines too).
 */
function amountLines(text: string): { budget: number; projects: number[] } {
	const lines = text.split('\n').map((line) => line.replace(/^\uFEFF/, '').replace(/\r$/, ''));
	const budget = lines.findIndex((line) => /^"?budget"?;/.test(line)) + 1;
	const projects: number[] = [];
	let i = lines.indexOf('PROJECTS') + 1;
	// The header, then one project per non-empty line until the votes.
	while (i > 0 && i < lines.length && lines[i] === '') i++;
	for (i++; i > 1 && i < lines.length && lines[i] !== 'VOTES'; i++) if (lines[i] !== '') projects.push(i + 1);
	return { budget, projects };
}

const titleOf = (project: PabulibProject) => (project.name || `Project ${project.id}`).slice(0, maxTitle);

function readFile(text: string): { file: PabulibFile; election: ReturnType<typeof toElection> } {
	if (text.length > maxImportBytes) throw tooLarge();
	try {
		const file = parsePabulib(text);
		return { file, election: toElection(file) };
	} catch (error) {
		if (error instanceof PabulibError) throw new DomainError(error.code, 400, 'file', error.params);
		throw error;
	}
}

export const tooLarge = () => new DomainError('budget.error.importTooLarge', 413, 'file', { max: maxImportBytes / 1024 / 1024 });

function days(today: string, back: number): string {
	const [year, month, date] = today.split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, date - back)).toISOString().slice(0, 10);
}

/**
 * A Pabulib file becomes a finished process in a space, to replay or study: its projects are the
 * proposals on the ballot, its votes the ballots, counted at once with the rule the file names.
 * A file that is wrong anywhere changes nothing and says on which line.
 */
export async function importPabulib(db: Db, actor: Actor | null, spaceSlug: string, text: string, title: string, now = new Date()) {
	if (!actor) throw signInRequired();
	const access = await spaceAccessBySlug(db, actor, spaceSlug);
	if (!access || !access.componentKeys.includes(budgetComponent)) throw notFound();
	if (!canRunBudget({ facilitatesSpace: access.facilitate })) throw forbidden();
	if (title.trim().length > maxTitle) throw new DomainError('budget.error.importTitle', 400, 'title');
	const { file, election } = readFile(text);
	const lines = amountLines(text);
	const totalCents = wholeCents(election.budget, lines.budget);
	if (totalCents <= 0) throw new DomainError('budget.error.importBudgetZero', 400, 'file', { line: lines.budget });
	const costs = file.projects.map((p, i) => wholeCents(p.cost, lines.projects[i] ?? 0));
	const points = election.kind === 'points';
	const today = amsterdamToday(now);
	const name = (title.trim() || file.meta.get('description') || [file.meta.get('unit'), file.meta.get('subunit'), file.meta.get('instance')].filter(Boolean).join(' ') || 'Pabulib').slice(0, maxTitle);
	const maxLength = Number(file.meta.get('max_length'));
	const maxPoints = Number(file.meta.get('max_sum_points'));
	return db.transaction(async (tx) => {
		const slug = await reserveSlug(tx, budgetProcess, budgetProcess.slug, name);
		const [made] = await tx
			.insert(budgetProcess)
			.values({
				spaceId: access.id,
				slug,
				title: name,
				description: file.meta.get('comment') ?? '',
				totalCents,
				ballotType: points ? 'points' : 'approval',
				maxProjects: !points && Number.isSafeInteger(maxLength) && maxLength > 0 ? maxLength : null,
				pointsTotal: points && Number.isSafeInteger(maxPoints) && maxPoints > 0 ? maxPoints : null,
				...ruleOf(file.meta),
				votingByCode: false,
				votingByAccount: false,
				proposalsFrom: days(today, 3),
				proposalsUntil: days(today, 3),
				votingFrom: days(today, 2),
				votingUntil: days(today, 1),
				imported: true,
				importedMeta: Object.fromEntries(file.meta)
			})
			.returning();
		for (let i = 0; i < file.projects.length; i += ballotBatch)
			await tx.insert(budgetProposal).values(
				file.projects.slice(i, i + ballotBatch).map((p, j) => ({
					processId: made.id,
					number: i + j + 1,
					code: p.id,
					title: titleOf(p),
					costCents: costs[i + j],
					status: 'feasible' as const
				}))
			);
		const ballots = file.votes.length;
		for (let i = 0; i < ballots; i += ballotBatch)
			await tx.insert(budgetBallot).values(
				file.votes.slice(i, i + ballotBatch).map((v) => ({ processId: made.id, projects: v.approvals, points: points ? (v.points ?? []) : null, label: v.voterId }))
			);
		// The server has little memory to spare: the votes as read are let go, and the count uses
		// the election already in memory instead of reading 100,000 ballots back.
		file.votes.length = 0;
		const projects = file.projects.map((p, i) => ({ number: i + 1, code: p.id, title: titleOf(p), costCents: costs[i] }));
		await countBallotBoxes(tx, made.id, now, { election, projects });
		await recordAudit(tx, actor, { action: 'budget.import', recordType: 'budget_process', recordId: made.id, details: { projects: file.projects.length, ballots } });
		return made;
	});
}

/**
 * The anonymous ballots of one ballot box as a Pabulib file, once voting has closed, so that
 * anyone can count again with any tool. Voters are numbered 1, 2, 3 … in no telling order.
 */
export async function exportPabulib(db: Db, actor: Actor | null, slug: string, areaId: string | null, now = new Date()): Promise<{ filename: string; text: string }> {
	const context = await processContext(db, actor, slug, now);
	const { process } = context;
	if (!process.imported && !votingHasClosed(process, context.today)) throw new DomainError('budget.error.notCounted', 404);
	// A file holds one election: a process with areas has one ballot box, and one file, per area.
	const areas = await areasOf(db, process.id);
	const area = areas.length ? areas.find((a) => a.id === areaId) : null;
	if (area === undefined) throw new DomainError(areaId ? 'error.notFound' : 'budget.error.areaRequired', areaId ? 404 : 400, 'area');
	const box = area ? eq(budgetBallot.areaId, area.id) : isNull(budgetBallot.areaId);
	const [projects, ballots, [result]] = await Promise.all([
		ballotProjects(db, process.id, area),
		db.select({ projects: budgetBallot.projects, points: budgetBallot.points }).from(budgetBallot).where(and(eq(budgetBallot.processId, process.id), box)).orderBy(asc(budgetBallot.id)),
		db
			.select({ outcome: budgetResult.outcome })
			.from(budgetResult)
			.where(and(eq(budgetResult.processId, process.id), area ? eq(budgetResult.areaId, area.id) : isNull(budgetResult.areaId)))
	]);
	const selected = new Set((result?.outcome as StoredOutcome | undefined)?.selected ?? []);
	const votes = new Map<string, number>();
	for (const b of ballots) for (const code of b.projects) votes.set(code, (votes.get(code) ?? 0) + 1);
	const points = process.ballotType === 'points';
	const options = tallyOptions(process);
	const meta: Array<[string, string]> = [
		['description', area ? `${process.title}: ${area.name}` : process.title],
		['country', 'Netherlands'],
		['unit', context.access.title],
		['instance', process.votingUntil.slice(0, 4)],
		['num_projects', String(projects.length)],
		['num_votes', String(ballots.length)],
		['budget', centsToDecimal(area?.budgetCents ?? process.totalCents)],
		['vote_type', points ? 'cumulative' : 'approval'],
		['rule', options.rule === 'mes' ? `equalshares${options.completion === 'none' ? '' : `/${options.completion}`}` : 'greedy'],
		...(options.rule === 'mes' && options.completion?.startsWith('add1') ? ([['add1_until', process.add1Until]] as Array<[string, string]>) : []),
		['tie_break', process.tieBreak],
		['date_begin', process.votingFrom],
		['date_end', process.votingUntil],
		...(process.maxProjects ? ([['max_length', String(process.maxProjects)]] as Array<[string, string]>) : []),
		...(process.ballotType === 'knapsack' ? ([['max_sum_cost', centsToDecimal(area?.budgetCents ?? process.totalCents)]] as Array<[string, string]>) : []),
		...(process.pointsTotal ? ([['max_sum_points', String(process.pointsTotal)]] as Array<[string, string]>) : [])
	];
	const file: PabulibFile = {
		meta: new Map(meta),
		projectColumns: ['project_id', 'cost', 'name', 'votes', 'selected'],
		projects: projects.map((p) => ({ id: p.code, cost: fromCents(p.costCents), name: p.title, extra: { votes: String(votes.get(p.code) ?? 0), selected: selected.has(p.code) ? '1' : '0' } })),
		voteColumns: points ? ['voter_id', 'vote', 'points'] : ['voter_id', 'vote'],
		votes: ballots.map((b, i) => ({ voterId: String(i + 1), approvals: b.projects, points: b.points ?? undefined, extra: {} }))
	};
	return { filename: `${process.slug}${area ? `-${area.position + 1}` : ''}.pb`, text: writePabulib(file) };
}
