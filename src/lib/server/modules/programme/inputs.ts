import { z } from 'zod';
import { anyObject, day, isText, optional, uuids, whole } from '../../fields';

export { isUuid, type Raw } from '../../fields';

export const actionStatuses = ['idea', 'planned', 'in_progress', 'done', 'stopped'] as const;

const title = z.string({ message: 'error.required' }).trim().min(3, { message: 'error.required' }).max(140, { message: 'error.tooLong' });
const description = z.string().trim().max(20_000, { message: 'error.tooLong' }).default('');

export const programmeInput = z.object({ title, description });

export const pillarInput = z.object({ title, description });

/** What can change as work goes on: status with its reason, progress, dates. */
const progressFields = {
	status: z.enum(actionStatuses, { message: 'error.choose' }),
	stopReason: z.string().trim().max(2000, { message: 'error.tooLong' }).default(''),
	progress: whole(0, 100, 'error.progress'),
	startsOn: optional(day),
	endsOn: optional(day)
};

const progressRules = <T extends z.ZodType<{ status: string; stopReason: string; startsOn: string | null; endsOn: string | null }>>(schema: T) =>
	schema
		.refine((a) => a.status !== 'stopped' || a.stopReason.length >= 3, { message: 'error.stopReasonRequired', path: ['stopReason'], when: anyObject })
		.refine((a) => !isText(a.startsOn) || !isText(a.endsOn) || a.endsOn >= a.startsOn, { message: 'error.dateOrder', path: ['endsOn'], when: anyObject });

export const actionProgress = progressRules(z.object(progressFields));

export const actionInput = progressRules(
	z.object({
		title,
		description,
		pillarId: z.uuid({ message: 'error.choose' }),
		ownerIds: uuids(20).refine((ids) => ids.length > 0, { message: 'error.ownerRequired' }),
		...progressFields
	})
);
export type ActionInput = z.infer<typeof actionInput>;

export const updateInput = z.object({
	body: z.string({ message: 'error.required' }).trim().min(3, { message: 'error.required' }).max(10_000, { message: 'error.tooLong' }),
	/** News may be written down later than it happened; never ahead of time. */
	postedOn: optional(day.refine((d) => d <= new Date().toISOString().slice(0, 10), { message: 'error.dateInFuture' }))
});

export const anchorInput = z.object({
	title,
	reference: z.string().trim().max(300, { message: 'error.tooLong' }).default(''),
	url: optional(z.url({ protocol: /^https?$/, message: 'error.url' }).max(500, { message: 'error.tooLong' })),
	anchoredOn: optional(day)
});

/** A spearhead by id, or an input by its number in the space ("42"), as a facilitator types it. */
export const linkInput = z.object({
	spearheadId: optional(z.uuid({ message: 'error.choose' })),
	inputNumber: optional(whole(1, 100_000_000, 'error.number'))
});
