import { z } from 'zod';

const isoDate = z
	.string()
	.trim()
	.refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), { message: 'error.date' })
	.transform((v) => (v === '' ? null : v));

export const phaseInput = z
	.object({
		title: z.string().trim().min(2, { message: 'error.required' }).max(100, { message: 'error.tooLong' }),
		description: z.string().trim().max(2000, { message: 'error.tooLong' }).default(''),
		startsOn: isoDate.default(''),
		endsOn: isoDate.default('')
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
