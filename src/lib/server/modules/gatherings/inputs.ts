import { z } from 'zod';
import { anyObject, day, flag, isCalendarDay, isText, optional, uuids, whole } from '../../fields';
import { amsterdamInstant } from './times';

export { isUuid, type Raw } from '../../fields';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'error.time' });
const moment = z.string().regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { message: 'error.dateTime' }).refine((v) => isCalendarDay(v.slice(0, 10)), { message: 'error.dateTime' });

/** "2026-12-03T19:30" in Amsterdam time, as an instant. */
export function momentToInstant(value: string | null): Date | null {
	return value ? amsterdamInstant(value.slice(0, 10), value.slice(11, 16)) : null;
}

const registrationRules = {
	capacity: optional(whole(1, 100_000, 'error.capacity')),
	waitlist: flag,
	registrationOpens: optional(moment),
	registrationCloses: optional(moment)
};

/** Compares as text: both are "YYYY-MM-DDTHH:MM"; anything else is left to the fields' own checks. */
const windowOrder = (r: { registrationOpens: unknown; registrationCloses: unknown }) =>
	!isText(r.registrationOpens) || !isText(r.registrationCloses) || r.registrationOpens < r.registrationCloses;

/** The end lies after the start, on the end day or else the start day; unreadable parts are the fields' own errors. */
function endAfterStart(g: { startDay: unknown; startTime: unknown; endDay: unknown; endTime: unknown }): boolean {
	const valid = (d: unknown, time: unknown) => day.safeParse(d).success && clock.safeParse(time).success;
	const endDay = isText(g.endDay) ? g.endDay : g.startDay;
	if (!valid(g.startDay, g.startTime) || !valid(endDay, g.endTime)) return true;
	return `${endDay}T${g.endTime}` > `${g.startDay}T${g.startTime}`;
}

export const gatheringInput = z
	.object({
		title: z.string().trim().min(3, { message: 'error.required' }).max(140, { message: 'error.tooLong' }),
		description: z.string().trim().max(20_000, { message: 'error.tooLong' }).default(''),
		/** No day means "date still to be decided". */
		startDay: optional(day),
		startTime: optional(clock),
		endTime: optional(clock),
		/** For a gathering over several days; the start day when absent. */
		endDay: optional(day),
		format: z.enum(['in_person', 'online', 'hybrid'], { message: 'error.choose' }).default('in_person'),
		/** Empty means "place still to be decided". */
		address: z.string().trim().max(300, { message: 'error.tooLong' }).default(''),
		areaId: optional(z.uuid({ message: 'error.choose' })),
		onlineUrl: optional(z.url({ protocol: /^https?$/, message: 'error.url' }).max(500, { message: 'error.tooLong' })),
		stepFreeAccess: flag,
		hearingLoop: flag,
		interpreterOnRequest: flag,
		accessibilityNotes: z.string().trim().max(1000, { message: 'error.tooLong' }).default(''),
		contactName: z.string().trim().max(100, { message: 'error.tooLong' }).default(''),
		contactEmail: optional(z.email({ message: 'error.email' }).max(254, { message: 'error.tooLong' })),
		caseClinic: flag,
		reminderDaysBefore: z.preprocess((v) => (v === '' || v === undefined ? 2 : v), whole(0, 30, 'error.number')),
		organiserIds: uuids().pipe(z.array(z.string()).min(1, { message: 'error.organiserRequired' })),
		themeIds: uuids(),
		...registrationRules
	})
	// These checks also run when other fields are wrong, so a form lists every mistake at once.
	.refine((g) => !isText(g.startDay) || isText(g.startTime), { message: 'error.required', path: ['startTime'], when: anyObject })
	.refine((g) => windowOrder(g), { message: 'error.dateOrder', path: ['registrationCloses'], when: anyObject })
	.refine((g) => endAfterStart(g), { message: 'error.endBeforeStart', path: ['endTime'], when: anyObject })
	.transform((g) => {
		const startsAt = g.startDay && g.startTime ? amsterdamInstant(g.startDay, g.startTime) : null;
		const endsAt = startsAt && g.endTime ? amsterdamInstant(g.endDay ?? g.startDay!, g.endTime) : null;
		return { ...g, startsAt, endsAt, opensAt: momentToInstant(g.registrationOpens), closesAt: momentToInstant(g.registrationCloses) };
	});
export type GatheringInput = { [K in keyof z.input<typeof gatheringInput>]?: unknown };
export type Gathering = z.output<typeof gatheringInput>;

export const seriesInput = z
	.object({
		title: z.string().trim().min(3, { message: 'error.required' }).max(140, { message: 'error.tooLong' }),
		description: z.string().trim().max(20_000, { message: 'error.tooLong' }).default(''),
		/** "series": one registration covers every session; "session": people choose sessions. */
		registration: z.enum(['series', 'session'], { message: 'error.choose' }).default('series'),
		organiserIds: uuids().pipe(z.array(z.string()).min(1, { message: 'error.organiserRequired' })),
		...registrationRules
	})
	.refine((s) => windowOrder(s), { message: 'error.dateOrder', path: ['registrationCloses'], when: anyObject })
	.transform((s) => ({ ...s, opensAt: momentToInstant(s.registrationOpens), closesAt: momentToInstant(s.registrationCloses) }));
export type SeriesInput = { [K in keyof z.input<typeof seriesInput>]?: unknown };

export const registrationInput = z.object({
	name: z.string().trim().min(1, { message: 'error.required' }).max(100, { message: 'error.tooLong' }),
	email: z.email({ message: 'error.email' }).trim().toLowerCase().max(254, { message: 'error.tooLong' }),
	needs: z.string().trim().max(1000, { message: 'error.tooLong' }).default('')
});
/** A signed-in person registers in one click: name and address come from the account. */
export const oneClickInput = registrationInput.pick({ needs: true });

export const cancelInput = z.object({ reason: z.string().trim().max(500, { message: 'error.tooLong' }).default('') });

export const caseInput = z.object({
	title: z.string().trim().min(3, { message: 'error.required' }).max(140, { message: 'error.tooLong' }),
	question: z.string().trim().min(10, { message: 'error.questionTooShort' }).max(1000, { message: 'error.tooLong' }),
	context: z.string().trim().max(3000, { message: 'error.tooLong' }).default('')
});

export const caseDecisionInput = z
	.object({
		decision: z.enum(['accepted', 'declined'], { message: 'error.choose' }),
		reason: z.string().trim().max(1000, { message: 'error.tooLong' }).default(''),
		sessionId: optional(z.uuid({ message: 'error.choose' }))
	})
	.refine((d) => d.decision === 'accepted' || d.reason.length > 0, { message: 'error.reasonRequired', path: ['reason'] });

export const reportInput = z.object({
	report: z.string().trim().max(50_000, { message: 'error.tooLong' }).default(''),
	/** One outcome per line. */
	outcomes: z
		.string()
		.max(10_000, { message: 'error.tooLong' })
		.default('')
		.transform((v) => v.split('\n').map((line) => line.trim()).filter(Boolean))
		.pipe(z.array(z.string().max(500, { message: 'error.tooLong' })).max(30, { message: 'error.tooMany' })),
	attendeeCount: optional(whole(0, 100_000, 'error.number'))
});

export const attendanceInput = z.object({ present: uuids(100_000) });

export const agendaFilter = z.object({
	space: optional(z.uuid()).catch(null),
	organisation: optional(z.uuid()).catch(null),
	area: optional(z.uuid()).catch(null),
	theme: optional(z.uuid()).catch(null),
	format: optional(z.enum(['in_person', 'online', 'hybrid'])).catch(null),
	from: optional(day).catch(null),
	to: optional(day).catch(null),
	page: z.coerce.number().int().min(1).max(1000).catch(1).default(1)
});
export type AgendaFilter = z.output<typeof agendaFilter>;
