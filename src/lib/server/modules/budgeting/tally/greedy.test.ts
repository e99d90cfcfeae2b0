import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { approvalElection, pointsElection } from './elections.fixture';
import { tally } from './tally';
import { parseDecimal, toDecimalString } from './rational';

describe('greedy by votes', () => {
	it('walks the list once and skips what does not fit', () => {
		// A (3 votes) takes 6 of 10; B (2 votes, cost 5) does not fit in the 4 left and is skipped;
		// C (1 vote, cost 4) still fits.
		const election = approvalElection('10', { A: '6', B: '5', C: '4' }, ['A B C', 'A B', 'A']);
		const outcome = tally(election, { rule: 'greedy' });
		assert.deepEqual(outcome.selected, ['A', 'C']);
		assert.equal(toDecimalString(outcome.spent), '10');
		assert.deepEqual(outcome.projects[0], { id: 'A', cost: parseDecimal('6'), votes: 3, funded: true, why: { stage: 'greedy', position: 1 } });
		assert.deepEqual(outcome.projects[1].why, { reason: 'doesNotFit', position: 2, leftAtTurn: parseDecimal('4') });
		assert.deepEqual(outcome.projects[2].why, { stage: 'greedy', position: 3 });
	});

	it('still funds projects without votes at the end when they fit', () => {
		// Z has no votes, so it comes last; 4 of 10 are left by then, and it costs 3.
		const election = approvalElection('10', { Z: '3', A: '6' }, ['A', '']);
		assert.deepEqual(tally(election, { rule: 'greedy' }).selected, ['A', 'Z']);
	});

	it('funds a project that costs exactly what is left, with decimal amounts', () => {
		const election = approvalElection('10.5', { A: '7.25', B: '3.25', C: '0.01' }, ['A B C', 'A B']);
		const outcome = tally(election, { rule: 'greedy' });
		assert.deepEqual(outcome.selected, ['A', 'B']);
		assert.equal(toDecimalString(outcome.spent), '10.5');
		assert.deepEqual(outcome.projects[2].why, { reason: 'doesNotFit', position: 3, leftAtTurn: parseDecimal('0') });
	});

	it('breaks ties by id as a string, so "10" before "9"', () => {
		// Equal votes, room for one: "10" < "9" by code units.
		const election = approvalElection('5', { '9': '5', '10': '5' }, ['9 10']);
		assert.deepEqual(tally(election, { rule: 'greedy' }).selected, ['10']);
	});

	it('breaks ties by lower cost when asked, then by id', () => {
		// Equal votes. By cost the two projects of 4 come first, "11" before "9" by id; "11" leaves 1,
		// too little for the others. By id alone "10" comes first and uses the whole budget.
		const election = approvalElection('5', { '9': '4', '10': '5', '11': '4' }, ['9 10 11']);
		assert.deepEqual(tally(election, { rule: 'greedy', tieBreak: 'cost' }).selected, ['11']);
		assert.deepEqual(tally(election, { rule: 'greedy', tieBreak: 'id' }).selected, ['10']);
	});

	it('per cost orders by votes per unit of money', () => {
		// A: 10 votes for 10 (1 per unit), B: 6 votes for 3 (2 per unit). By votes A comes first and
		// uses the budget; per cost B comes first and A no longer fits in the 7 left.
		const ballots = [...Array(6).fill('A B'), ...Array(4).fill('A')];
		const election = approvalElection('10', { A: '10', B: '3' }, ballots);
		assert.deepEqual(tally(election, { rule: 'greedy' }).selected, ['A']);
		const perCost = tally(election, { rule: 'greedy', perCost: true });
		assert.deepEqual(perCost.selected, ['B']);
		assert.deepEqual(perCost.projects[0].why, { reason: 'doesNotFit', position: 2, leftAtTurn: parseDecimal('7') });
	});

	it('per cost breaks equal ratios by more votes when asked', () => {
		// "a": 1 vote for 1, "b": 2 votes for 2, the same ratio; room for only one of the two costs.
		const election = approvalElection('2', { a: '1', b: '2' }, ['a b', 'b']);
		assert.deepEqual(tally(election, { rule: 'greedy', perCost: true }).selected, ['a']);
		assert.deepEqual(tally(election, { rule: 'greedy', perCost: true, tieBreak: 'votes' }).selected, ['b']);
	});

	it('puts free projects first per cost', () => {
		const election = approvalElection('5', { A: '5', F: '0' }, ['A', 'A']);
		assert.deepEqual(tally(election, { rule: 'greedy', perCost: true }).selected, ['F', 'A']);
	});

	it('orders points ballots by total points, and reports votes and points', () => {
		// X: 2 voters, 1 + 1 = 2 points; Y: 1 voter, 5 points. Room for one.
		const election = pointsElection('10', { X: '10', Y: '10' }, ['X:1 Y:5', 'X:1']);
		const outcome = tally(election, { rule: 'greedy' });
		assert.deepEqual(outcome.selected, ['Y']);
		assert.equal(outcome.projects[0].votes, 2);
		assert.equal(outcome.projects[0].points, 2);
		assert.equal(outcome.projects[1].points, 5);
		// With the votes tie-break on points ballots, "votes" means points too.
		assert.deepEqual(tally(pointsElection('10', { X: '10', Y: '10' }, ['X:3', 'Y:3']), { rule: 'greedy', tieBreak: 'votes' }).selected, ['X']);
	});

	it('refuses options and elections that do not go together', () => {
		const election = approvalElection('10', { A: '5' }, ['A']);
		assert.throws(() => tally(election, { rule: 'greedy', completion: 'greedy' }), RangeError);
		assert.throws(() => tally(election, { rule: 'mes', utility: 'points' }), RangeError);
		assert.throws(() => tally(approvalElection('10', { A: '5' }, ['B']), { rule: 'greedy' }), /unknown project B/);
		assert.throws(() => tally(approvalElection('10', { A: '5' }, ['A A']), { rule: 'greedy' }), /twice/);
		assert.throws(() => tally(approvalElection('10', { A: '-5' }, ['A']), { rule: 'greedy' }), RangeError);
		assert.throws(() => tally(pointsElection('10', { A: '5' }, ['A:1.5']), { rule: 'greedy' }), RangeError);
	});
});
