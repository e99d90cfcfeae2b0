/**
 * Working days for the service promises of municipalities ("we acknowledge within 3 working days"),
 * counted as the Algemene termijnenwet counts them: Monday to Friday, except the public holidays the
 * law names. Days are days in Amsterdam, whatever the zone of the server, and are carried as
 * 'YYYY-MM-DD' strings so that no clock time or offset can creep into the day arithmetic.
 */

const zone = 'Europe/Amsterdam';
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

// One formatter for every look-up: building an Intl.DateTimeFormat is far slower than using one.
const wallClock = new Intl.DateTimeFormat('en-US', {
	timeZone: zone,
	hourCycle: 'h23',
	year: 'numeric',
	month: 'numeric',
	day: 'numeric',
	hour: 'numeric',
	minute: 'numeric',
	second: 'numeric'
});

function pad(n: number, width = 2): string {
	return String(n).padStart(width, '0');
}

/** A calendar day as the UTC midnight that starts it, so Date's UTC methods do the calendar. */
function utcMidnight(day: string): number {
	const match = dayPattern.exec(day);
	if (!match) throw new RangeError(`Not a day: ${day}`);
	const date = new Date(0);
	// setUTCFullYear, unlike Date.UTC, does not read years below 100 as 19xx.
	date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
	return date.getTime();
}

function dayOf(utc: Date): string {
	return `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
}

function civilDay(year: number, month: number, date: number): string {
	const utc = new Date(0);
	utc.setUTCFullYear(year, month - 1, date);
	return dayOf(utc);
}

function shiftDay(day: string, days: number): string {
	const utc = new Date(utcMidnight(day));
	utc.setUTCDate(utc.getUTCDate() + days);
	return dayOf(utc);
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): string {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const date = ((h + l - 7 * m + 114) % 31) + 1;
	return civilDay(year, month, date);
}

function kingsDay(year: number): string {
	// Koningsdag moves to the Saturday before when 27 April is a Sunday.
	const day = civilDay(year, 4, 27);
	return new Date(utcMidnight(day)).getUTCDay() === 0 ? civilDay(year, 4, 26) : day;
}

/** The public holidays of the Algemene termijnenwet in a year, sorted. */
export function dutchHolidays(year: number): string[] {
	const easter = easterSunday(year);
	const days = new Set([
		civilDay(year, 1, 1),
		easter,
		shiftDay(easter, 1),
		shiftDay(easter, 39),
		shiftDay(easter, 49),
		shiftDay(easter, 50),
		kingsDay(year),
		// The law counts Bevrijdingsdag every year, not only in the lustrum years of the collective agreements.
		civilDay(year, 5, 5),
		civilDay(year, 12, 25),
		civilDay(year, 12, 26)
	]);
	// A Set, because Hemelvaartsdag can fall on 5 May (as in 2016).
	return [...days].sort();
}

const holidayCache = new Map<number, Set<string>>();

function isHoliday(day: string): boolean {
	const year = new Date(utcMidnight(day)).getUTCFullYear();
	let holidays = holidayCache.get(year);
	if (!holidays) {
		holidays = new Set(dutchHolidays(year));
		holidayCache.set(year, holidays);
	}
	return holidays.has(day);
}

export function isWorkingDay(day: string): boolean {
	const weekday = new Date(utcMidnight(day)).getUTCDay();
	return weekday !== 0 && weekday !== 6 && !isHoliday(day);
}

type WallClock = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;

function wallClockParts(instant: Date): WallClock {
	const parts: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
	for (const { type, value } of wallClock.formatToParts(instant)) {
		if (type in parts) parts[type as keyof WallClock] = Number(value);
	}
	return parts;
}

export function amsterdamDay(instant: Date): string {
	const { year, month, day } = wallClockParts(instant);
	return civilDay(year, month, day);
}

/** How far Amsterdam's clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number): number {
	const { year, month, day, hour, minute, second } = wallClockParts(new Date(instant));
	const local = new Date(0);
	local.setUTCFullYear(year, month - 1, day);
	local.setUTCHours(hour, minute, second);
	return local.getTime() - (instant - (((instant % 1000) + 1000) % 1000));
}

function startOfDay(day: string): Date {
	const midnight = utcMidnight(day);
	// Guess with the offset at UTC midnight, then correct with the offset at the guess: the clocks
	// change at 02:00 or 03:00, so the second offset is the one in force at local midnight.
	const guess = midnight - offsetAt(midnight);
	return new Date(midnight - offsetAt(guess));
}

function endOfDay(day: string): Date {
	return new Date(startOfDay(shiftDay(day, 1)).getTime() - 1);
}

export function addWorkingDays(day: string, n: number): string {
	if (!Number.isInteger(n) || n < 0) throw new RangeError(`Not a count of working days: ${n}`);
	let current = day;
	if (n === 0) {
		while (!isWorkingDay(current)) current = shiftDay(current, 1);
		return current;
	}
	for (let left = n; left > 0; ) {
		current = shiftDay(current, 1);
		if (isWorkingDay(current)) left--;
	}
	return current;
}

/**
 * The deadline of a promise of `workingDays` working days. The day of `start` itself never
 * counts, working day or not: a request in on Friday afternoon has not used up Friday.
 */
export function dueAt(start: Date, workingDays: number): Date {
	return endOfDay(addWorkingDays(amsterdamDay(start), workingDays));
}

/**
 * Working days used between two instants, counted like dueAt counts them: the day of `from` is
 * not counted and the day of `to` is. A `to` on a weekend or holiday adds nothing for that day.
 */
export function workingDaysBetween(from: Date, to: Date): number {
	const last = amsterdamDay(to);
	let count = 0;
	for (let day = shiftDay(amsterdamDay(from), 1); day <= last; day = shiftDay(day, 1)) {
		if (isWorkingDay(day)) count++;
	}
	return count;
}

/** A deadline moved on after the clock stood still, for instance while waiting for the applicant. */
export function extendDue(due: Date, extraWorkingDays: number): Date {
	return endOfDay(addWorkingDays(amsterdamDay(due), extraWorkingDays));
}
