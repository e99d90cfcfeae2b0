// The rules for taking a place, without a database: the registration window, where a newcomer
// lands, and how many people move up from the waitlist.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { placement, placesToFill, registrationWindow, type ListRules } from './places';

const at = (iso: string) => new Date(iso);
const rules = (over: Partial<ListRules> = {}): ListRules => ({ capacity: null, opensAt: null, closesAt: null, waitlist: true, ...over });

describe('registrationWindow', () => {
	const start = at('2030-03-01T18:30:00Z');

	it('is open without any moments set and without a date', () => {
		assert.equal(registrationWindow(rules(), null, at('2030-01-01T00:00:00Z')), 'open');
	});

	it('is not yet open before the opening moment, and open from that moment on', () => {
		const r = rules({ opensAt: at('2030-02-01T09:00:00Z') });
		assert.equal(registrationWindow(r, start, at('2030-02-01T08:59:59Z')), 'notYetOpen');
		assert.equal(registrationWindow(r, start, at('2030-02-01T09:00:00Z')), 'open');
	});

	it('closes at the closing moment, inclusive', () => {
		const r = rules({ closesAt: at('2030-02-20T12:00:00Z') });
		assert.equal(registrationWindow(r, start, at('2030-02-20T11:59:59Z')), 'open');
		assert.equal(registrationWindow(r, start, at('2030-02-20T12:00:00Z')), 'closed');
	});

	it('without a closing moment, closes when the first session starts', () => {
		assert.equal(registrationWindow(rules(), start, at('2030-03-01T18:29:59Z')), 'open');
		assert.equal(registrationWindow(rules(), start, start), 'closed');
	});

	it('an explicit closing moment after the start wins over the start', () => {
		const r = rules({ closesAt: at('2030-03-01T20:00:00Z') });
		assert.equal(registrationWindow(r, start, at('2030-03-01T19:00:00Z')), 'open');
	});

	it('stays open for an undated list without a closing moment', () => {
		assert.equal(registrationWindow(rules({ opensAt: at('2030-01-01T00:00:00Z') }), null, at('2040-01-01T00:00:00Z')), 'open');
	});
});

describe('placement', () => {
	it('confirms everyone when there is no limit', () => {
		assert.equal(placement({ capacity: null, waitlist: false }, 10_000), 'confirmed');
	});

	it('confirms while places are left', () => {
		assert.equal(placement({ capacity: 3, waitlist: false }, 0), 'confirmed');
		assert.equal(placement({ capacity: 3, waitlist: false }, 2), 'confirmed');
	});

	it('puts people on the waitlist once full, or refuses without a waitlist', () => {
		assert.equal(placement({ capacity: 3, waitlist: true }, 3), 'waitlisted');
		assert.equal(placement({ capacity: 3, waitlist: false }, 3), 'full');
	});

	it('treats an over-full list (capacity lowered later) as full', () => {
		assert.equal(placement({ capacity: 2, waitlist: true }, 5), 'waitlisted');
		assert.equal(placement({ capacity: 2, waitlist: false }, 5), 'full');
	});
});

describe('placesToFill', () => {
	it('fills every free place that has someone waiting', () => {
		assert.equal(placesToFill(10, 8, 5), 2);
		assert.equal(placesToFill(10, 8, 1), 1);
	});

	it('moves nobody up when the list is full or over-full, or nobody waits', () => {
		assert.equal(placesToFill(10, 10, 5), 0);
		assert.equal(placesToFill(10, 12, 5), 0);
		assert.equal(placesToFill(10, 3, 0), 0);
	});

	it('moves everyone up when the limit is lifted', () => {
		assert.equal(placesToFill(null, 50, 7), 7);
	});
});
