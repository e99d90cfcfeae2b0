import { z } from 'zod';
import { isCalendarDay } from '../../fields';

/** Absent, null and "" all mean "no date yet". */
const isoDate = z
	.string()
	.trim()
	.nullish()
	.transform((v) => v || null)
	.refine((v) => v === null || isCalendarDay(v), { message: 'error.date' });

export const phaseInput = z
	.object({
		title: z.string().trim().min(2, { message: 'error.required' }).max(100, { message: 'error.tooLong' }),
		description: z.string().trim().max(2000, { message: 'error.tooLong' }).default(''),
		startsOn: isoDate,
		endsOn: isoDate
	})
	.refine((p) => !p.startsOn || !p.endsOn || p.startsOn <= p.endsOn, { message: 'error.dateOrder', path: ['endsOn'] });

export const spaceInput = z.object({
	title: z.string().trim().min(3, { message: 'error.required' }).max(140, { message: 'error.tooLong' }),
	summary: z.string().trim().max(300, { message: 'error.tooLong' }).default(''),
	description: z.string().trim().max(20_000, { message: 'error.tooLong' }).default(''),
	visibility: z.enum(['public', 'members'], { message: 'error.choose' }).default('public'),
	areaId: z.uuid({ message: 'error.choose' }).nullable().default(null),
	ownerIds: z.array(z.uuid({ message: 'error.choose' })).min(1, { message: 'error.ownerRequired' }).max(20)
});
export type SpaceInput = z.input<typeof spaceInput>;

export const phasesInput = z.array(phaseInput).max(12, { message: 'error.tooMany' });
export const componentsInput = z.array(z.string().trim().min(1).max(40)).max(20);
export const spaceRoleInput = z.object({
	email: z.string().trim().toLowerCase().email({ message: 'error.email' }),
	role: z.enum(['owner', 'facilitator', 'moderator'], { message: 'error.choose' })
});
