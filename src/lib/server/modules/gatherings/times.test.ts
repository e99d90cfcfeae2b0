// Dutch wall-clock times and instants: the offset changes with summer time, and the form shows
// back exactly what the organiser typed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { amsterdamInstant, amsterdamParts } from './times';

describe('amsterdamInstant', () => {
	it('reads 19:30 in winter as 18:30 UTC', () => {
		assert.equal(amsterdamInstant('2030-01-15', '19:30').toISOString(), '2030-01-15T18:30:00.000Z');
	});

	it('reads 19:30 in summer as 17:30 UTC', () => {
		assert.equal(amsterdamInstant('2030-07-15', '19:30').toISOString(), '2030-07-15T17:30:00.000Z');
	});

	it('follows the switch on the last Sunday of March and of October', () => {
		// 2030: summer time from 31 March, winter time from 27 October.
		assert.equal(amsterdamInstant('2030-03-30', '12:00').toISOString(), '2030-03-30T11:00:00.000Z');
		assert.equal(amsterdamInstant('2030-03-31', '12:00').toISOString(), '2030-03-31T10:00:00.000Z');
		assert.equal(amsterdamInstant('2030-10-26', '12:00').toISOString(), '2030-10-26T10:00:00.000Z');
		assert.equal(amsterdamInstant('2030-10-27', '12:00').toISOString(), '2030-10-27T11:00:00.000Z');
	});

	it('handles midnight and the day boundary in UTC', () => {
		assert.equal(amsterdamInstant('2030-01-01', '00:00').toISOString(), '2029-12-31T23:00:00.000Z');
		assert.equal(amsterdamInstant('2030-07-01', '01:15').toISOString(), '2030-06-30T23:15:00.000Z');
	});

	it('does not depend on the time zone of the machine', () => {
		// The process zone is whatever the host has; the result must be the same as above.
		assert.equal(amsterdamInstant('2030-07-15', '19:30').getTime(), Date.UTC(2030, 6, 15, 17, 30));
	});
});

describe('amsterdamParts', () => {
	it('gives back the day and time the organiser typed, in winter and in summer', () => {
		for (const [day, time] of [
			['2030-01-15', '19:30'],
			['2030-07-15', '19:30'],
			['2030-03-31', '03:00'],
			['2030-10-27', '03:00'],
			['2030-12-31', '23:59'],
			['2030-01-01', '00:00']
		]) {
			assert.deepEqual(amsterdamParts(amsterdamInstant(day, time)), { day, time });
		}
	});

	it('writes an instant in Dutch time', () => {
		assert.deepEqual(amsterdamParts(new Date('2030-01-15T18:30:00Z')), { day: '2030-01-15', time: '19:30' });
		assert.deepEqual(amsterdamParts(new Date('2030-07-15T17:30:00Z')), { day: '2030-07-15', time: '19:30' });
		assert.deepEqual(amsterdamParts(new Date('2030-06-30T22:30:00Z')), { day: '2030-07-01', time: '00:30' });
	});
});
