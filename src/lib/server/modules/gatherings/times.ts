import { TZDate } from '@date-fns/tz';

export const zone = 'Europe/Amsterdam';

/** A day and a clock time as people in the Netherlands mean them, as an instant. */
export function amsterdamInstant(day: string, time: string): Date {
	const [year, month, date] = day.split('-').map(Number);
	const [hours, minutes] = time.split(':').map(Number);
	return new Date(new TZDate(year, month - 1, date, hours, minutes, zone).getTime());
}

/** The day and clock time in Amsterdam of an instant, as a form shows them. */
export function amsterdamParts(instant: Date): { day: string; time: string } {
	const local = new TZDate(instant.getTime(), zone);
	const pad = (n: number) => String(n).padStart(2, '0');
	return {
		day: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`,
		time: `${pad(local.getHours())}:${pad(local.getMinutes())}`
	};
}
