import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deskFigures, median } from './figures';
import { promisedSteps, stepState } from './steps';
import { dueAt } from './workdays';

const monday = new Date('2026-09-07T08:00:00Z');
const at = (days: number, hours = 0) => new Date(monday.getTime() + (days * 24 + hours) * 3600_000);

describe('desk figures', () => {
	it('takes medians of odd and even lists, and none of nothing', () => {
		assert.equal(median([]), null);
		assert.equal(median([5, 1, 3]), 3);
		assert.equal(median([4, 1, 3, 2]), 2.5);
	});
	it('counts in working days and whole percentages of what was decided', () => {
		const base = { submittedAt: monday, decideDue: dueAt(monday, 5) };
		const figures = deskFigures([
			{ ...base, acknowledgedAt: at(1), decidedAt: at(2), decision: 'yes' },
			{ ...base, acknowledgedAt: at(4), decidedAt: at(14), decision: 'no' },
			{ ...base, acknowledgedAt: at(1), decidedAt: at(3), decision: 'yes_with_conditions' },
			{ ...base, acknowledgedAt: null, decidedAt: null, decision: null }
		]);
		assert.deepEqual(figures, {
			received: 4,
			decided: 3,
			medianAcknowledgeDays: 1,
			medianDecideDays: 3,
			onTimePercent: 67,
			decisionPercent: { yes: 33, yes_with_conditions: 33, no: 33 }
		});
	});
	it('says nothing rather than zero when nothing was decided', () => {
		const figures = deskFigures([{ submittedAt: monday, decideDue: dueAt(monday, 5), acknowledgedAt: null, decidedAt: null, decision: null }]);
		assert.equal(figures.onTimePercent, null);
		assert.equal(figures.decisionPercent, null);
		assert.equal(figures.medianAcknowledgeDays, null);
	});
});

describe('promised steps', () => {
	const due = dueAt(monday, 2);
	it('is on time up to the last moment of the deadline, late after it', () => {
		assert.equal(stepState(due, due, at(10), false), 'on_time');
		assert.equal(stepState(due, new Date(due.getTime() + 1), at(10), false), 'late');
		assert.equal(stepState(due, null, due, false), 'open');
		assert.equal(stepState(due, null, new Date(due.getTime() + 1), false), 'overdue');
		assert.equal(stepState(due, null, at(30), true), 'open', 'a stopped clock is not overdue');
	});
	it('stops the decision clock while waiting and both clocks once closed', () => {
		const r = { acknowledgeDue: due, acknowledgedAt: at(1), decideDue: dueAt(monday, 5), decidedAt: null, closedAt: null, waitingSince: at(2) };
		assert.deepEqual(promisedSteps(r, at(30)).map((s) => s.state), ['on_time', 'open']);
		assert.deepEqual(promisedSteps({ ...r, waitingSince: null }, at(30)).map((s) => s.state), ['on_time', 'overdue']);
		assert.deepEqual(promisedSteps({ ...r, acknowledgedAt: null, waitingSince: null, closedAt: at(3) }, at(30)).map((s) => s.state), ['open', 'open']);
	});
});
