// Pure tests of where a phase stands on a day, and of "today" in Europe/Amsterdam.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { amsterdamToday, phaseState } from './phases';

describe('phaseState', () => {
	const today = '2026-03-15';

	it('is undated without dates', () => {
		assert.equal(phaseState({ startsOn: null, endsOn: null }, today), 'undated');
	});

	it('is past when it ended before today', () => {
		assert.equal(phaseState({ startsOn: '2026-01-01', endsOn: '2026-03-14' }, today), 'past');
		assert.equal(phaseState({ startsOn: null, endsOn: '2025-12-31' }, today), 'past');
	});

	it('is upcoming when it starts after today', () => {
		assert.equal(phaseState({ startsOn: '2026-03-16', endsOn: '2026-04-01' }, today), 'upcoming');
		assert.equal(phaseState({ startsOn: '2027-01-01', endsOn: null }, today), 'upcoming');
	});

	it('is current between its dates, both days included', () => {
		assert.equal(phaseState({ startsOn: '2026-03-01', endsOn: '2026-03-31' }, today), 'current');
		assert.equal(phaseState({ startsOn: '2026-03-15', endsOn: '2026-03-31' }, today), 'current');
		assert.equal(phaseState({ startsOn: '2026-03-01', endsOn: '2026-03-15' }, today), 'current');
		assert.equal(phaseState({ startsOn: '2026-03-15', endsOn: '2026-03-15' }, today), 'current');
	});

	it('is current when open-ended on one side and today is on the open side', () => {
		assert.equal(phaseState({ startsOn: '2026-01-01', endsOn: null }, today), 'current');
		assert.equal(phaseState({ startsOn: null, endsOn: '2026-12-31' }, today), 'current');
	});

	it('compares across month and year boundaries', () => {
		assert.equal(phaseState({ startsOn: '2025-12-01', endsOn: '2025-12-31' }, '2026-01-01'), 'past');
		assert.equal(phaseState({ startsOn: '2026-10-01', endsOn: null }, '2026-09-30'), 'upcoming');
	});
});

describe('amsterdamToday', () => {
	it('gives the Amsterdam date, not the UTC date, late in the evening in winter (UTC+1)', () => {
		assert.equal(amsterdamToday(new Date('2026-03-28T23:30:00Z')), '2026-03-29');
		assert.equal(amsterdamToday(new Date('2026-01-15T22:59:59Z')), '2026-01-15');
		assert.equal(amsterdamToday(new Date('2026-01-15T23:00:00Z')), '2026-01-16');
	});

	it('follows summer time (UTC+2)', () => {
		assert.equal(amsterdamToday(new Date('2026-07-01T21:59:59Z')), '2026-07-01');
		assert.equal(amsterdamToday(new Date('2026-07-01T22:00:00Z')), '2026-07-02');
	});

	it('crosses the new year in Amsterdam before it does in UTC', () => {
		assert.equal(amsterdamToday(new Date('2026-12-31T23:15:00Z')), '2027-01-01');
	});

	it('formats as YYYY-MM-DD, also without an argument', () => {
		assert.match(amsterdamToday(new Date('2026-02-03T10:00:00Z')), /^2026-02-03$/);
		assert.match(amsterdamToday(), /^\d{4}-\d{2}-\d{2}$/);
	});
});
