// Working days as the Algemene termijnenwet counts them, in Amsterdam's calendar: promises made
// on a Friday, before Christmas or on the night the clocks change must end on the right day.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addWorkingDays, amsterdamDay, dueAt, dutchHolidays, extendDue, isWorkingDay, workingDaysBetween } from './workdays';

const hour = 60 * 60 * 1000;

describe('dutchHolidays', () => {
	it('lists 2025, with Koningsdag on Saturday 26 April because 27 April is a Sunday', () => {
		assert.deepEqual(dutchHolidays(2025), [
			'2025-01-01',
			'2025-04-20',
			'2025-04-21',
			'2025-04-26',
			'2025-05-05',
			'2025-05-29',
			'2025-06-08',
			'2025-06-09',
			'2025-12-25',
			'2025-12-26'
		]);
	});

	it('lists 2026, with Easter on 5 April', () => {
		assert.deepEqual(dutchHolidays(2026), [
			'2026-01-01',
			'2026-04-05',
			'2026-04-06',
			'2026-04-27',
			'2026-05-05',
			'2026-05-14',
			'2026-05-24',
			'2026-05-25',
			'2026-12-25',
			'2026-12-26'
		]);
	});

	it('lists 2027, with Easter on 28 March', () => {
		assert.deepEqual(dutchHolidays(2027), [
			'2027-01-01',
			'2027-03-28',
			'2027-03-29',
			'2027-04-27',
			'2027-05-05',
			'2027-05-06',
			'2027-05-16',
			'2027-05-17',
			'2027-12-25',
			'2027-12-26'
		]);
	});

	it('finds Easter in known years, including the earliest and latest dates it can have', () => {
		for (const [year, easter, monday] of [
			[2000, '2000-04-23', '2000-04-24'],
			[2008, '2008-03-23', '2008-03-24'],
			[2011, '2011-04-24', '2011-04-25'],
			[2019, '2019-04-21', '2019-04-22'],
			[2024, '2024-03-31', '2024-04-01'],
			[2038, '2038-04-25', '2038-04-26'],
			[2285, '2285-03-22', '2285-03-23']
		] as const) {
			const holidays = dutchHolidays(year);
			assert.equal(holidays[1], easter, `Easter ${year}`);
			assert.equal(holidays[2], monday, `Easter Monday ${year}`);
		}
	});

	it('lists a day once when Hemelvaartsdag falls on 5 May', () => {
		const holidays = dutchHolidays(2016);
		assert.equal(holidays.filter((day) => day === '2016-05-05').length, 1);
		assert.equal(holidays.length, 9);
	});

	it('moves Koningsdag only when 27 April is a Sunday', () => {
		assert.ok(dutchHolidays(2031).includes('2031-04-26'));
		assert.ok(!dutchHolidays(2031).includes('2031-04-27'));
		assert.ok(dutchHolidays(2030).includes('2030-04-27'), 'a Saturday 27 April stays');
	});

	it('does not count Good Friday', () => {
		assert.ok(!dutchHolidays(2025).includes('2025-04-18'));
		assert.ok(!dutchHolidays(2026).includes('2026-04-03'));
		assert.ok(!dutchHolidays(2027).includes('2027-03-26'));
	});

	it('returns the days sorted and well formed', () => {
		for (let year = 1990; year <= 2100; year++) {
			const holidays = dutchHolidays(year);
			assert.deepEqual(holidays, [...holidays].sort());
			for (const day of holidays) assert.match(day, new RegExp(`^${year}-\\d{2}-\\d{2}$`));
		}
	});
});

describe('isWorkingDay', () => {
	it('counts Monday to Friday', () => {
		for (const day of ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']) {
			assert.equal(isWorkingDay(day), true, day);
		}
	});

	it('skips Saturday and Sunday', () => {
		assert.equal(isWorkingDay('2026-12-05'), false);
		assert.equal(isWorkingDay('2026-12-06'), false);
	});

	it('skips every holiday of 2025 to 2027', () => {
		for (const year of [2025, 2026, 2027]) {
			for (const day of dutchHolidays(year)) assert.equal(isWorkingDay(day), false, day);
		}
	});

	it('skips Bevrijdingsdag in a year that is no lustrum', () => {
		assert.equal(isWorkingDay('2026-05-05'), false);
	});

	it('works on Good Friday, Christmas Eve and New Year’s Eve', () => {
		assert.equal(isWorkingDay('2026-04-03'), true);
		assert.equal(isWorkingDay('2026-12-24'), true);
		assert.equal(isWorkingDay('2026-12-31'), true);
	});

	it('refuses something that is not a day', () => {
		assert.throws(() => isWorkingDay('2026-12-7'), RangeError);
		assert.throws(() => isWorkingDay('7 December 2026'), RangeError);
	});
});

describe('amsterdamDay', () => {
	it('gives the day in Amsterdam, not in UTC', () => {
		assert.equal(amsterdamDay(new Date('2026-12-04T22:59:59.999Z')), '2026-12-04');
		assert.equal(amsterdamDay(new Date('2026-12-04T23:00:00.000Z')), '2026-12-05');
		assert.equal(amsterdamDay(new Date('2026-06-30T21:59:59.999Z')), '2026-06-30');
		assert.equal(amsterdamDay(new Date('2026-06-30T22:00:00.000Z')), '2026-07-01');
	});

	it('follows the clocks on the nights they change', () => {
		// 2026: summer time from Sunday 29 March, winter time from Sunday 25 October.
		assert.equal(amsterdamDay(new Date('2026-03-28T23:30:00Z')), '2026-03-29');
		assert.equal(amsterdamDay(new Date('2026-03-29T21:59:59.999Z')), '2026-03-29');
		assert.equal(amsterdamDay(new Date('2026-03-29T22:00:00Z')), '2026-03-30');
		assert.equal(amsterdamDay(new Date('2026-10-24T22:30:00Z')), '2026-10-25');
		assert.equal(amsterdamDay(new Date('2026-10-25T22:59:59.999Z')), '2026-10-25');
		assert.equal(amsterdamDay(new Date('2026-10-25T23:00:00Z')), '2026-10-26');
	});

	it('turns the year at Amsterdam midnight', () => {
		assert.equal(amsterdamDay(new Date('2026-12-31T22:59:59.999Z')), '2026-12-31');
		assert.equal(amsterdamDay(new Date('2026-12-31T23:00:00Z')), '2027-01-01');
	});
});

describe('addWorkingDays', () => {
	it('gives the day itself for 0 on a working day, else the next working day', () => {
		assert.equal(addWorkingDays('2026-12-04', 0), '2026-12-04');
		assert.equal(addWorkingDays('2026-12-05', 0), '2026-12-07');
		assert.equal(addWorkingDays('2026-04-03', 0), '2026-04-03', 'Good Friday is a working day');
		assert.equal(addWorkingDays('2026-04-04', 0), '2026-04-07', 'past Easter Sunday and Monday');
	});

	it('does not count the day it starts from', () => {
		assert.equal(addWorkingDays('2026-12-07', 1), '2026-12-08');
		assert.equal(addWorkingDays('2026-12-05', 1), '2026-12-07');
		assert.equal(addWorkingDays('2026-12-06', 1), '2026-12-07');
	});

	it('steps over weekends', () => {
		assert.equal(addWorkingDays('2026-12-04', 1), '2026-12-07');
		assert.equal(addWorkingDays('2026-12-07', 5), '2026-12-14');
		assert.equal(addWorkingDays('2026-12-07', 10), '2026-12-21');
	});

	it('steps over Christmas and New Year', () => {
		assert.equal(addWorkingDays('2026-12-24', 1), '2026-12-28');
		assert.equal(addWorkingDays('2026-12-31', 1), '2027-01-04');
		assert.equal(addWorkingDays('2026-12-23', 5), '2026-12-31');
		assert.equal(addWorkingDays('2026-12-23', 6), '2027-01-04');
	});

	it('steps over Easter, Koningsdag, Bevrijdingsdag, Hemelvaart and Pinksteren of 2026', () => {
		assert.equal(addWorkingDays('2026-04-02', 2), '2026-04-07');
		assert.equal(addWorkingDays('2026-04-24', 1), '2026-04-28');
		assert.equal(addWorkingDays('2026-05-04', 1), '2026-05-06');
		assert.equal(addWorkingDays('2026-05-13', 1), '2026-05-15');
		assert.equal(addWorkingDays('2026-05-22', 1), '2026-05-26');
	});

	it('refuses a negative or broken count', () => {
		assert.throws(() => addWorkingDays('2026-12-07', -1), RangeError);
		assert.throws(() => addWorkingDays('2026-12-07', 1.5), RangeError);
		assert.throws(() => addWorkingDays('2026-12-07', Number.NaN), RangeError);
	});
});

describe('dueAt', () => {
	it('ends a promise made on Friday afternoon on Tuesday night', () => {
		// Friday 2026-12-04 15:00 in Amsterdam, 2 working days: Monday and Tuesday.
		const due = dueAt(new Date('2026-12-04T14:00:00Z'), 2);
		assert.equal(due.toISOString(), '2026-12-08T22:59:59.999Z');
	});

	it('does not count the day of a request made in the weekend', () => {
		assert.equal(dueAt(new Date('2026-12-05T10:00:00Z'), 1).toISOString(), '2026-12-07T22:59:59.999Z');
		assert.equal(dueAt(new Date('2026-12-06T10:00:00Z'), 1).toISOString(), '2026-12-07T22:59:59.999Z');
		assert.equal(dueAt(new Date('2026-12-05T10:00:00Z'), 2).toISOString(), '2026-12-08T22:59:59.999Z');
	});

	it('takes the day from Amsterdam’s clock late in the evening', () => {
		// Friday 23:30 in Amsterdam is still Friday; half an hour later it is Saturday.
		assert.equal(dueAt(new Date('2026-12-04T22:30:00Z'), 1).toISOString(), '2026-12-07T22:59:59.999Z');
		assert.equal(dueAt(new Date('2026-12-04T23:30:00Z'), 1).toISOString(), '2026-12-07T22:59:59.999Z');
		// Monday 23:30 and Tuesday 00:30 in Amsterdam, in summer.
		assert.equal(dueAt(new Date('2026-06-15T21:30:00Z'), 1).toISOString(), '2026-06-16T21:59:59.999Z');
		assert.equal(dueAt(new Date('2026-06-15T22:30:00Z'), 1).toISOString(), '2026-06-17T21:59:59.999Z');
	});

	it('ends the day itself for 0 working days on a working day', () => {
		assert.equal(dueAt(new Date('2026-12-04T08:00:00Z'), 0).toISOString(), '2026-12-04T22:59:59.999Z');
		assert.equal(dueAt(new Date('2026-12-05T08:00:00Z'), 0).toISOString(), '2026-12-07T22:59:59.999Z');
	});

	it('steps over Christmas and New Year', () => {
		// Thursday 24 December 2026: Friday is Eerste Kerstdag, then the weekend.
		assert.equal(dueAt(new Date('2026-12-24T09:00:00Z'), 2).toISOString(), '2026-12-29T22:59:59.999Z');
		// Wednesday 30 December: Thursday counts, Friday is Nieuwjaarsdag.
		assert.equal(dueAt(new Date('2026-12-30T09:00:00Z'), 2).toISOString(), '2027-01-04T22:59:59.999Z');
		assert.equal(dueAt(new Date('2026-12-23T09:00:00Z'), 6).toISOString(), '2027-01-04T22:59:59.999Z');
	});

	it('ends at local midnight across the switch to summer time', () => {
		// 2026: clocks go forward on Sunday 29 March. Friday ends in winter time, Monday in summer time.
		assert.equal(dueAt(new Date('2026-03-26T12:00:00Z'), 1).toISOString(), '2026-03-27T22:59:59.999Z');
		assert.equal(dueAt(new Date('2026-03-27T12:00:00Z'), 1).toISOString(), '2026-03-30T21:59:59.999Z');
		// 2027: the switch falls on Easter Sunday, so Monday is a holiday too.
		assert.equal(dueAt(new Date('2027-03-26T12:00:00Z'), 1).toISOString(), '2027-03-30T21:59:59.999Z');
	});

	it('ends at local midnight across the switch to winter time', () => {
		// 2026: clocks go back on Sunday 25 October.
		assert.equal(dueAt(new Date('2026-10-22T12:00:00Z'), 1).toISOString(), '2026-10-23T21:59:59.999Z');
		assert.equal(dueAt(new Date('2026-10-23T12:00:00Z'), 1).toISOString(), '2026-10-26T22:59:59.999Z');
		// A request made in the doubled hour of that night.
		assert.equal(dueAt(new Date('2026-10-25T00:30:00Z'), 1).toISOString(), '2026-10-26T22:59:59.999Z');
		assert.equal(dueAt(new Date('2026-10-25T01:30:00Z'), 1).toISOString(), '2026-10-26T22:59:59.999Z');
	});

	it('does not count a holiday it starts on', () => {
		// Eerste Kerstdag 2026 is a Friday; Koningsdag 2026 a Monday; Tweede Paasdag 2027 a Monday.
		assert.equal(dueAt(new Date('2026-12-25T10:00:00Z'), 1).toISOString(), '2026-12-28T22:59:59.999Z');
		assert.equal(dueAt(new Date('2026-04-27T10:00:00Z'), 1).toISOString(), '2026-04-28T21:59:59.999Z');
		assert.equal(dueAt(new Date('2027-03-29T10:00:00Z'), 3).toISOString(), '2027-04-01T21:59:59.999Z');
	});

	it('always ends in the last millisecond of a working day in Amsterdam', () => {
		for (let start = Date.UTC(2025, 11, 1); start < Date.UTC(2028, 0, 1); start += 13 * hour + 17 * 60 * 1000) {
			for (const n of [0, 1, 2, 3, 5, 10]) {
				const due = dueAt(new Date(start), n);
				const day = amsterdamDay(due);
				assert.ok(isWorkingDay(day), `${due.toISOString()} is on ${day}`);
				assert.notEqual(amsterdamDay(new Date(due.getTime() + 1)), day, `${due.toISOString()} ends ${day}`);
				assert.ok(due.getTime() > start);
			}
		}
	});
});

describe('workingDaysBetween', () => {
	it('counts nothing on the same day or backwards', () => {
		assert.equal(workingDaysBetween(new Date('2026-12-07T08:00:00Z'), new Date('2026-12-07T20:00:00Z')), 0);
		assert.equal(workingDaysBetween(new Date('2026-12-08T08:00:00Z'), new Date('2026-12-07T08:00:00Z')), 0);
		assert.equal(workingDaysBetween(new Date('2026-12-08T08:00:00Z'), new Date('2026-11-08T08:00:00Z')), 0);
	});

	it('counts the day of the end, not the day of the start', () => {
		assert.equal(workingDaysBetween(new Date('2026-12-07T08:00:00Z'), new Date('2026-12-08T07:00:00Z')), 1);
		assert.equal(workingDaysBetween(new Date('2026-12-04T14:00:00Z'), new Date('2026-12-07T08:00:00Z')), 1);
		assert.equal(workingDaysBetween(new Date('2026-12-07T08:00:00Z'), new Date('2026-12-14T08:00:00Z')), 5);
	});

	it('counts no weekend or holiday', () => {
		// Friday to Saturday and Sunday: nothing worked yet.
		assert.equal(workingDaysBetween(new Date('2026-12-04T14:00:00Z'), new Date('2026-12-05T10:00:00Z')), 0);
		assert.equal(workingDaysBetween(new Date('2026-12-04T14:00:00Z'), new Date('2026-12-06T10:00:00Z')), 0);
		assert.equal(workingDaysBetween(new Date('2026-12-23T09:00:00Z'), new Date('2027-01-04T09:00:00Z')), 6);
		assert.equal(workingDaysBetween(new Date('2026-04-02T09:00:00Z'), new Date('2026-04-07T09:00:00Z')), 2);
	});

	it('uses Amsterdam’s day at both ends', () => {
		// Monday 23:30 in Amsterdam to Tuesday 00:30: one day, though it is one hour.
		assert.equal(workingDaysBetween(new Date('2026-12-07T22:30:00Z'), new Date('2026-12-07T23:30:00Z')), 1);
		// Tuesday 00:30 to Tuesday 23:30 in Amsterdam, though the UTC dates differ.
		assert.equal(workingDaysBetween(new Date('2026-12-07T23:30:00Z'), new Date('2026-12-08T22:30:00Z')), 0);
	});

	it('gives back n for the deadline of n working days', () => {
		for (let start = Date.UTC(2025, 11, 1); start < Date.UTC(2028, 0, 1); start += 11 * hour + 23 * 60 * 1000) {
			const startsOnWorkingDay = isWorkingDay(amsterdamDay(new Date(start)));
			for (const n of [0, 1, 2, 3, 7]) {
				// 0 working days from a weekend is the end of Monday, and Monday is one working day.
				const expected = n === 0 && !startsOnWorkingDay ? 1 : n;
				assert.equal(workingDaysBetween(new Date(start), dueAt(new Date(start), n)), expected);
			}
		}
	});

	it('agrees with dueAt on whether a moment on a working day was in time', () => {
		const step = 7 * hour + 41 * 60 * 1000;
		for (let start = Date.UTC(2025, 11, 1); start < Date.UTC(2028, 0, 1); start += 19 * hour + 23 * 60 * 1000) {
			const startsOnWorkingDay = isWorkingDay(amsterdamDay(new Date(start)));
			for (let x = start; x < start + 14 * 24 * hour; x += step) {
				const moment = new Date(x);
				const taken = workingDaysBetween(new Date(start), moment);
				if (isWorkingDay(amsterdamDay(moment))) {
					assert.ok(dueAt(new Date(start), taken) >= moment, `${new Date(start).toISOString()} → ${moment.toISOString()}`);
					if (taken >= 2 || (taken === 1 && startsOnWorkingDay)) {
						assert.ok(dueAt(new Date(start), taken - 1) < moment, 'and not a day less');
					}
				} else {
					// On a weekend or holiday the days taken have all passed, and the next one has not.
					if (taken >= 1) assert.ok(dueAt(new Date(start), taken) < moment);
					assert.ok(dueAt(new Date(start), taken + 1) >= moment);
				}
			}
		}
	});

	it('counts a reply on Saturday to a Friday request as 0, though it is after Friday’s deadline', () => {
		const start = new Date('2026-12-04T14:00:00Z');
		const saturday = new Date('2026-12-05T10:00:00Z');
		assert.equal(workingDaysBetween(start, saturday), 0);
		assert.ok(dueAt(start, 0) < saturday);
	});
});

describe('extendDue', () => {
	it('moves a deadline on by working days', () => {
		const due = dueAt(new Date('2026-12-04T14:00:00Z'), 2);
		assert.equal(extendDue(due, 3).toISOString(), '2026-12-11T22:59:59.999Z');
		assert.equal(extendDue(due, 5).toISOString(), '2026-12-15T22:59:59.999Z');
	});

	it('leaves a deadline at the end of a working day alone for 0 days', () => {
		const due = new Date('2026-12-08T22:59:59.999Z');
		assert.equal(extendDue(due, 0).toISOString(), due.toISOString());
	});

	it('steps over Christmas and New Year', () => {
		assert.equal(extendDue(new Date('2026-12-24T22:59:59.999Z'), 1).toISOString(), '2026-12-28T22:59:59.999Z');
		assert.equal(extendDue(new Date('2026-12-24T22:59:59.999Z'), 5).toISOString(), '2027-01-04T22:59:59.999Z');
	});

	it('ends at local midnight across the switches of the clock', () => {
		assert.equal(extendDue(new Date('2026-03-27T22:59:59.999Z'), 1).toISOString(), '2026-03-30T21:59:59.999Z');
		assert.equal(extendDue(new Date('2026-10-23T21:59:59.999Z'), 1).toISOString(), '2026-10-26T22:59:59.999Z');
	});

	it('ends the day, whatever time the old deadline had', () => {
		assert.equal(extendDue(new Date('2026-12-08T09:15:00Z'), 1).toISOString(), '2026-12-09T22:59:59.999Z');
	});

	it('adds up: extending a deadline of a days by b is a deadline of a + b days', () => {
		for (let start = Date.UTC(2025, 11, 1); start < Date.UTC(2028, 0, 1); start += 17 * hour + 41 * 60 * 1000) {
			for (const [a, b] of [
				[1, 0],
				[1, 1],
				[2, 3],
				[5, 10]
			] as const) {
				assert.equal(
					extendDue(dueAt(new Date(start), a), b).toISOString(),
					dueAt(new Date(start), a + b).toISOString()
				);
			}
		}
	});
});
