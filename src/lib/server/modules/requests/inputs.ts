import { z } from 'zod';
import { anyObject, day, flag, isText, optional, uuids, whole } from '../../fields';

export { isUuid, type Raw } from '../../fields';

export const requestTypes = ['support', 'subsidy', 'space_or_land', 'permit_question', 'partnership', 'challenge', 'information'] as const;
export type RequestType = (typeof requestTypes)[number];
export const requestStatuses = ['submitted', 'acknowledged', 'in_progress', 'waiting', 'decided', 'closed'] as const;
export type RequestStatus = (typeof requestStatuses)[number];
export const decisions = ['yes', 'yes_with_conditions', 'no'] as const;
export type Decision = (typeof decisions)[number];
export const planPhases = ['idea', 'preparation', 'participation', 'decision', 'execution'] as const;

const text = (min: number, max: number) =>
	z.string({ message: 'error.required' }).trim().min(min, { message: 'error.required' }).max(max, { message: 'error.tooLong' });
const longText = (max: number) => z.string().trim().max(max, { message: 'error.tooLong' }).default('');

/** One line per item, as a textarea gives it; blank lines dropped. */
const lines = (max: number) =>
	z.preprocess(
		(v) => (Array.isArray(v) ? v : typeof v === 'string' ? v.split(/\r?\n/) : []),
		z.array(z.string().trim().max(300, { message: 'error.tooLong' })).transform((all) => all.filter(Boolean)).pipe(z.array(z.string()).max(max, { message: 'error.tooMany' }))
	);

export const deskInput = z.object({
	intro: longText(5000),
	escalationRole: text(3, 140),
	escalationUserId: optional(z.string().max(100)),
	challengeCriteria: lines(20)
});

/** Days are needed only to offer a type; stopping an offer needs nothing but the type. */
export const promiseInput = z
	.object({
		type: z.enum(requestTypes, { message: 'error.choose' }),
		offered: flag,
		acknowledgeDays: optional(whole(1, 260, 'error.workingDays')),
		decideDays: optional(whole(1, 260, 'error.workingDays')),
		note: longText(500)
	})
	.refine((p) => !p.offered || p.acknowledgeDays !== null, { message: 'error.workingDays', path: ['acknowledgeDays'], when: anyObject })
	.refine((p) => !p.offered || p.decideDays !== null, { message: 'error.workingDays', path: ['decideDays'], when: anyObject })
	.refine((p) => p.acknowledgeDays === null || p.decideDays === null || p.decideDays >= p.acknowledgeDays, { message: 'error.decideAfterAcknowledge', path: ['decideDays'], when: anyObject });

export const contactPointInput = z.object({
	role: text(3, 140),
	userId: optional(z.string().max(100)),
	themeIds: uuids(30),
	areaIds: uuids(30)
});

export const requestInput = z.object({
	organisationId: z.uuid({ message: 'error.choose' }),
	initiativeId: z.uuid({ message: 'error.choose' }),
	type: z.enum(requestTypes, { message: 'error.choose' }),
	subject: text(3, 140),
	description: text(10, 20_000),
	themeIds: uuids(10),
	areaId: optional(z.uuid({ message: 'error.choose' })),
	desiredOn: optional(day)
});
export type RequestInput = z.infer<typeof requestInput>;

export const messageInput = z.object({ body: text(2, 10_000) });

export const statusInput = z.object({
	status: z.enum(['in_progress', 'waiting'], { message: 'error.choose' }),
	body: longText(5000)
});

export const assignInput = z.object({
	handlerId: z.string({ message: 'error.choose' }).min(1, { message: 'error.choose' }).max(100),
	body: longText(5000)
});

/**
 * "Yes, unless": a yes needs nothing more, conditions must be spelled out, and a no must give both
 * its reason and what the initiative can do instead.
 */
export const decisionInput = z
	.object({
		decision: z.enum(decisions, { message: 'error.choose' }),
		reason: longText(10_000),
		conditions: longText(10_000),
		alternative: longText(10_000)
	})
	.refine((d) => d.decision !== 'no' || d.reason.length >= 3, { message: 'error.noNeedsReason', path: ['reason'], when: anyObject })
	.refine((d) => d.decision !== 'no' || d.alternative.length >= 3, { message: 'error.noNeedsAlternative', path: ['alternative'], when: anyObject })
	.refine((d) => d.decision !== 'yes_with_conditions' || d.conditions.length >= 3, { message: 'error.conditionsRequired', path: ['conditions'], when: anyObject });
export type DecisionInput = z.infer<typeof decisionInput>;

export const escalationInput = z.object({ reason: text(3, 5000) });

export const closeInput = z.object({ body: longText(5000) });

/** One verdict per published criterion, posted as met-0 / note-0, met-1 / note-1, … */
export function assessmentInput(criteria: number) {
	const shape: Record<string, z.ZodType> = {};
	for (let i = 0; i < criteria; i++) {
		shape[`met-${i}`] = z.enum(['yes', 'no'], { message: 'error.choose' });
		shape[`note-${i}`] = text(3, 2000);
	}
	return z.object(shape);
}

export const publicityInput = z.object({ public: flag });

export const planInput = z
	.object({
		title: text(3, 140),
		description: longText(20_000),
		phase: z.enum(planPhases, { message: 'error.choose' }),
		themeIds: uuids(10),
		areaIds: uuids(20),
		participationFrom: optional(day),
		participationUntil: optional(day),
		howToTakePart: longText(2000),
		contactPointId: optional(z.uuid({ message: 'error.choose' })),
		spaceSlug: optional(z.string().max(200))
	})
	.refine((p) => !isText(p.participationFrom) || !isText(p.participationUntil) || p.participationUntil >= p.participationFrom, {
		message: 'error.dateOrder',
		path: ['participationUntil'],
		when: anyObject
	});
export type PlanInput = z.infer<typeof planInput>;

export const subscriptionInput = z.object({ themeIds: uuids(30), areaIds: uuids(30) });

export const radarFilter = z.object({
	themeId: z.uuid().optional().catch(undefined),
	areaId: z.uuid().optional().catch(undefined),
	phase: z.enum(planPhases).optional().catch(undefined)
});
