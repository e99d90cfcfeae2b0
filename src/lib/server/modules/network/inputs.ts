import { z } from 'zod';

export const organisationKinds = ['initiative', 'network', 'municipality', 'care', 'insurer', 'council', 'other'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];
export const areaLevels = ['region', 'municipality', 'district', 'neighbourhood'] as const;

/** Absent, null and "" all mean "no website". */
const optionalUrl = z
	.string()
	.trim()
	.max(300, { message: 'error.tooLong' })
	.nullish()
	.transform((v) => v || null)
	.refine((v) => v === null || /^https?:\/\/[^\s]+\.[^\s]+$/.test(v), { message: 'error.url' });

export const organisationInput = z.object({
	name: z.string().trim().min(2, { message: 'error.required' }).max(120, { message: 'error.tooLong' }),
	kind: z.enum(organisationKinds, { message: 'error.choose' }),
	description: z.string().trim().max(10_000, { message: 'error.tooLong' }).default(''),
	website: optionalUrl,
	areaIds: z.array(z.uuid({ message: 'error.choose' })).max(50).default([]),
	themeIds: z.array(z.uuid({ message: 'error.choose' })).max(30).default([])
});
export type OrganisationInput = z.input<typeof organisationInput>;

export const memberInput = z.object({
	email: z.string().trim().toLowerCase().email({ message: 'error.email' }),
	role: z.enum(['member', 'coordinator'], { message: 'error.choose' }).default('member')
});

export const themeInput = z.object({
	nameNl: z.string().trim().min(2, { message: 'error.required' }).max(60, { message: 'error.tooLong' }),
	nameEn: z.string().trim().min(2, { message: 'error.required' }).max(60, { message: 'error.tooLong' })
});

export const areaInput = z.object({
	name: z.string().trim().min(2, { message: 'error.required' }).max(100, { message: 'error.tooLong' }),
	level: z.enum(areaLevels, { message: 'error.choose' }),
	parentId: z.uuid({ message: 'error.choose' }).nullable().default(null),
	cbsCode: z
		.string()
		.trim()
		.toUpperCase()
		.nullish()
		.transform((v) => v || null)
		.refine((v) => v === null || /^(GM\d{4}|WK\d{6}|BU\d{8})$/.test(v), { message: 'error.cbsCode' })
});
