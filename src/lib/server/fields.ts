// Form and JSON fields that several modules read the same way. Messages are catalogue keys.
import { z } from 'zod';

/** Input as it arrives from a form or a JSON body; each module's schemas decide what it means. */
export type Raw = Record<string, unknown>;

/** Absent, null and "" all mean "not given". */
export const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess((v) => (v === '' || v === undefined ? null : typeof v === 'string' ? v.trim() || null : v), schema.nullable());

/** A checkbox: "on" from a form, true from JSON. */
export const flag = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());

/** A real calendar day: Date.parse would roll 30 February over into March. */
export function isCalendarDay(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, date] = match.slice(1).map(Number);
	const d = new Date(Date.UTC(year, month - 1, date));
	return year >= 1900 && year <= 2200 && d.getUTCMonth() === month - 1 && d.getUTCDate() === date;
}

/** "YYYY-MM-DD", a day that exists. */
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'error.date' }).refine(isCalendarDay, { message: 'error.date' });

/** One id or several (a form repeats the field, JSON sends a list); none is an empty list. */
export const uuids = (max = 20) =>
	z.preprocess((v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid({ message: 'error.choose' })).max(max, { message: 'error.tooMany' }));

/** A whole number between min and max, typed into a form or sent as a JSON number. */
export const whole = (min: number, max: number, message: string) =>
	z.preprocess((v) => (typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v), z.number({ message }).int({ message }).min(min, { message }).max(max, { message }));

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from addresses are checked first: a malformed one finds nothing instead of raising a database error. */
export const isUuid = (value: string) => uuidPattern.test(value);

export const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** For `.refine(…, { when: anyObject })`: cross-field checks run even when a field is wrong, so a form lists every mistake at once. */
export const anyObject = (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null;
