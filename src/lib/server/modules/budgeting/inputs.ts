import { z } from 'zod';
import { anyObject, day, flag, optional, uuids, whole, type Raw } from '../../fields';
import { parseEuros } from './money';
import { parsePostcodeRanges } from './postcodes';

export { isUuid, type Raw } from '../../fields';

export const ballotTypes = ['approval', 'knapsack', 'points'] as const;
export const countingRules = ['greedy', 'mes'] as const;
export const completions = ['none', 'greedy', 'add1', 'add1-greedy'] as const;
export const add1Stops = ['exhaustive', 'budget'] as const;
export const tieBreaks = ['id', 'votes', 'cost'] as const;
export const utilities = ['cost', 'approval'] as const;
export const implementationStatuses = ['not_started', 'in_progress', 'done', 'stopped'] as const;

const maxCents = 100_000_000_000_00;

/** Euros as typed ("1.200,50") or sent as a JSON number (1200.5), in whole cents. */
const euros = (message: string, min = 0) =>
	z.preprocess(
		(v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : (parseEuros(v) ?? Number.NaN)) : typeof v === 'number' ? Math.round(v * 100) : v),
		z.number({ message }).int({ message }).min(min, { message }).max(maxCents, { message })
	);

const title = z.string({ message: 'error.required' }).trim().min(3, { message: 'error.required' }).max(140, { message: 'error.tooLong' });
const description = z.string().trim().max(20_000, { message: 'error.tooLong' }).default('');
const postcodes = z
	.string()
	.trim()
	.max(2000, { message: 'error.tooLong' })
	.default('')
	.refine((v) => parsePostcodeRanges(v) !== null, { message: 'budget.error.postcodes' });

export const areaInput = z.object({
	name: z.string({ message: 'error.required' }).trim().min(2, { message: 'error.required' }).max(100, { message: 'error.tooLong' }),
	budget: euros('budget.error.amount', 1),
	postcodes
});

export const processInput = z
	.object({
		title,
		description,
		total: euros('budget.error.amount', 1),
		areas: z.array(areaInput).max(30, { message: 'error.tooMany' }).default([]),
		ballotType: z.enum(ballotTypes, { message: 'error.choose' }),
		maxProjects: optional(whole(1, 1000, 'budget.error.maxProjects')),
		pointsTotal: optional(whole(1, 10_000, 'budget.error.pointsTotal')),
		rule: z.enum(countingRules, { message: 'error.choose' }),
		perCost: flag,
		utility: z.enum(utilities, { message: 'error.choose' }).default('cost'),
		completion: z.enum(completions, { message: 'error.choose' }).default('none'),
		add1Until: z.enum(add1Stops, { message: 'error.choose' }).default('exhaustive'),
		tieBreak: z.enum(tieBreaks, { message: 'error.choose' }).default('id'),
		votingByCode: flag,
		votingByAccount: flag,
		postcodes,
		minimumAge: whole(0, 120, 'budget.error.minimumAge').default(16),
		proposalsFrom: day,
		proposalsUntil: day,
		votingFrom: day,
		votingUntil: day,
		implementationFrom: optional(day)
	})
	.refine((p) => p.votingByCode || p.votingByAccount, { message: 'budget.error.whoVotes', path: ['votingByCode'], when: anyObject })
	.refine((p) => p.ballotType !== 'points' || p.pointsTotal !== null, { message: 'budget.error.pointsTotal', path: ['pointsTotal'], when: anyObject })
	.refine((p) => p.proposalsFrom <= p.proposalsUntil, { message: 'error.dateOrder', path: ['proposalsUntil'], when: anyObject })
	.refine((p) => p.proposalsUntil < p.votingFrom, { message: 'budget.error.votingAfterProposals', path: ['votingFrom'], when: anyObject })
	.refine((p) => p.votingFrom <= p.votingUntil, { message: 'error.dateOrder', path: ['votingUntil'], when: anyObject })
	.refine((p) => !p.implementationFrom || p.implementationFrom > p.votingUntil, { message: 'budget.error.implementationAfterVoting', path: ['implementationFrom'], when: anyObject })
	.refine((p) => p.areas.reduce((sum, a) => sum + a.budget, 0) <= p.total, { message: 'budget.error.areasOverTotal', path: ['areas'], when: anyObject });
export type ProcessInput = z.infer<typeof processInput>;

export const proposalInput = z.object({
	title,
	description: z.string({ message: 'error.required' }).trim().min(10, { message: 'budget.error.describe' }).max(10_000, { message: 'error.tooLong' }),
	cost: euros('budget.error.amount'),
	areaId: optional(z.uuid({ message: 'error.choose' })),
	themeIds: uuids(5),
	organisationId: optional(z.uuid({ message: 'error.choose' }))
});
export type ProposalInput = z.infer<typeof proposalInput>;

/** "Yes, unless": a no always says why; a changed cost always says why too. */
export const reviewInput = z
	.object({
		verdict: z.enum(['feasible', 'not_feasible'], { message: 'error.choose' }),
		reason: z.string().trim().max(5000, { message: 'error.tooLong' }).default(''),
		cost: optional(euros('budget.error.amount')),
		costNote: z.string().trim().max(2000, { message: 'error.tooLong' }).default('')
	})
	.refine((r) => r.verdict !== 'not_feasible' || r.reason.length >= 10, { message: 'budget.error.reasonRequired', path: ['reason'], when: anyObject })
	.refine((r) => r.cost === null || r.costNote.length >= 5, { message: 'budget.error.costNoteRequired', path: ['costNote'], when: anyObject });

export const responseInput = z.object({
	response: z.string({ message: 'error.required' }).trim().min(3, { message: 'error.required' }).max(5000, { message: 'error.tooLong' })
});

export const codeBatchInput = z.object({
	count: whole(1, 100_000, 'budget.error.codeCount'),
	areaId: optional(z.uuid({ message: 'error.choose' }))
});

/** Who votes and where: a code, or an account with its postcode and the age declaration. */
export const voterInput = z.object({
	code: optional(z.string().trim().max(40, { message: 'budget.error.codeUnknown' })),
	areaId: optional(z.uuid({ message: 'error.choose' })),
	postcode: optional(z.string().trim().max(10, { message: 'budget.error.postcode' })),
	oldEnough: flag
});
export type VoterInput = z.infer<typeof voterInput>;

/** A ballot through the API: who votes, and the choices as project codes or points per code. */
export const ballotBody = voterInput.extend({
	projects: z.array(z.string().max(50)).max(1000, { message: 'error.tooMany' }).optional(),
	points: z.record(z.string().max(50), z.number({ message: 'budget.ballot.badPointsAny' }).int({ message: 'budget.ballot.badPointsAny' }).min(0, { message: 'budget.ballot.badPointsAny' })).optional()
});

export const implementationInput = z.object({
	implementation: z.enum(implementationStatuses, { message: 'error.choose' }),
	spent: euros('budget.error.amount'),
	actionId: optional(z.uuid({ message: 'error.choose' }))
});

export const implementationUpdateInput = z.object({
	body: z.string({ message: 'error.required' }).trim().min(3, { message: 'error.required' }).max(10_000, { message: 'error.tooLong' })
});

/**
 * The choices on a ballot, as a form sends them (`project=3&project=7`, or `points-3=2` for points)
 * or as JSON (`{"projects": ["3", "7"]}` or `{"points": {"3": 2}}`). Points that are no whole
 * number are kept as NaN, so the ballot check names the project.
 */
export function ballotChoices(raw: Raw): Map<string, number> {
	const choices = new Map<string, number>();
	const projects = raw.projects ?? raw.project;
	for (const code of Array.isArray(projects) ? projects : projects === undefined ? [] : [projects]) choices.set(String(code), 1);
	const points = raw.points;
	const entries = points && typeof points === 'object' ? Object.entries(points) : Object.entries(raw).filter(([key]) => key.startsWith('points-')).map(([key, v]) => [key.slice(7), v] as const);
	for (const [code, value] of entries) {
		const text = String(value ?? '').trim();
		if (text === '') continue;
		choices.set(code, /^\d+$/.test(text) ? Number(text) : Number.NaN);
	}
	return choices;
}
