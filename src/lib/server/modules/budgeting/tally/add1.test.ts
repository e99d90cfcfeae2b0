import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { approvalElection } from './elections.fixture';
import { tally } from './tally';
import { parseDecimal, toDecimalString } from './rational';

const add1 = { rule: 'mes', completion: 'add1' } as const;
const exhaustive = { ...add1, add1Until: 'exhaustive' } as const;
const whileItFits = { ...add1, add1Until: 'budget' } as const;

describe('add1 completion', () => {
	// B = 80, two voters (one ballot empty): each starts with 40 + k. Voter 1 approves A (80) and
	// B (50); as the only supporter, ρ = 1 for both, so when both are affordable "A" wins by id.
	// k = 0…9: nothing affordable. k = 10…39: only B (50); then 30 is left and A (80) cannot be
	// added, so this outcome is exhaustive. k = 40…89: A first, and 40 + k − 80 < 50 for B: {A},
	// costing 80, still within B. k = 90: {A, B} costs 130 > 80.
	const election = approvalElection('80', { A: '80', B: '50' }, ['A B', '']);

	it('stops at the first exhaustive outcome (pabutools)', () => {
		const outcome = tally(election, exhaustive);
		assert.deepEqual(outcome.selected, ['B']);
		assert.deepEqual(outcome.add1, { increment: 10n, runs: 11 });
		// In the run that was kept, voter 1 started with 50 and paid it all for B.
		assert.deepEqual(outcome.projects[0].why, { reason: 'supportersRanOut', supportersHeld: parseDecimal('0'), cost: parseDecimal('80') });
	});

	it('continues while it fits, keeping the last outcome within B', () => {
		const outcome = tally(election, whileItFits);
		assert.deepEqual(outcome.selected, ['A']);
		assert.equal(toDecimalString(outcome.spent), '80');
		// Runs for k = 0…90; the one at 90 went over B.
		assert.deepEqual(outcome.add1, { increment: 89n, runs: 91 });
		// Voter 1 started with 129 and paid 80 for A: 49 left, 1 short of B.
		assert.deepEqual(outcome.projects[1].why, { reason: 'supportersRanOut', supportersHeld: parseDecimal('49'), cost: parseDecimal('50') });
	});

	it('uses the default stopping rule exhaustive', () => {
		assert.deepEqual(tally(election, add1).add1, { increment: 10n, runs: 11 });
	});

	it('checks the outcome at k = 0 too: plain MES may already be exhaustive', () => {
		// 50 each. k = 0: B (50, voter 2) is affordable, A (60, voter 1) is not, and A does not fit in
		// the 50 left: exhaustive at once. Continuing: at k = 10 voter 1 affords A and {A, B} costs
		// 110 > 100, so the outcome of k = 9 is kept.
		const start = approvalElection('100', { A: '60', B: '50' }, ['A', 'B']);
		const first = tally(start, exhaustive);
		assert.deepEqual(first.selected, ['B']);
		assert.deepEqual(first.add1, { increment: 0n, runs: 1 });
		const fits = tally(start, whileItFits);
		assert.deepEqual(fits.selected, ['B']);
		assert.deepEqual(fits.add1, { increment: 9n, runs: 11 });
	});

	it('keeps the previous outcome when the next one costs more than B, under both rules', () => {
		// 40 + k each. k = 0…19: only C (10), not exhaustive (A would fit in the 110 left).
		// k = 20: A and B become affordable at once and {A, B, C} costs 130 > 120.
		const jump = approvalElection('120', { A: '60', B: '60', C: '10' }, ['A', 'B', 'C']);
		for (const options of [exhaustive, whileItFits]) {
			const outcome = tally(jump, options);
			assert.deepEqual(outcome.selected, ['C'], options.add1Until);
			assert.deepEqual(outcome.add1, { increment: 19n, runs: 21 }, options.add1Until);
		}
	});

	it('ends when every supported project fits, whatever the rule', () => {
		// A (30) and B (60) cost 90 ≤ 100. Exhaustive: at k = 10 voter 2 affords B and everything is
		// funded. Continuing would never go over B; from k = 40 (50 + 40 = 90, the cost of everything)
		// nobody runs out and nothing changes any more, so that outcome is taken at once.
		const all = approvalElection('100', { A: '30', B: '60' }, ['A', 'B']);
		const first = tally(all, exhaustive);
		assert.deepEqual(first.selected, ['A', 'B']);
		assert.deepEqual(first.add1, { increment: 10n, runs: 11 });
		const fits = tally(all, whileItFits);
		assert.deepEqual(fits.selected, ['A', 'B']);
		assert.deepEqual(fits.add1, { increment: 40n, runs: 1 });
	});

	it('stays exact with decimal amounts', () => {
		// B/n = 50.25. A costs 60.25: affordable for its voter from k = 10 exactly, not at 9 (59.25).
		// In the run at k = 10 both projects cost their one supporter ρ = 1, so A goes first by id.
		const decimals = approvalElection('100.5', { A: '60.25', B: '40' }, ['A', 'B']);
		const outcome = tally(decimals, exhaustive);
		assert.deepEqual(outcome.selected, ['A', 'B']);
		assert.deepEqual(outcome.add1, { increment: 10n, runs: 11 });
		assert.equal(toDecimalString(outcome.spent), '100.25');
	});

	it('add1 with greedy completion adds, after add1, what fits', () => {
		// As the first election, with Z (30) that nobody supports: add1 never funds it. After {B}
		// 30 is left: A (1 vote, 80) does not fit, Z (0 votes, 30) does. After {A} nothing is left.
		const withZ = approvalElection('80', { A: '80', B: '50', Z: '30' }, ['A B', '']);
		const first = tally(withZ, { ...exhaustive, completion: 'add1-greedy' });
		assert.deepEqual(first.selected, ['B', 'Z']);
		assert.deepEqual(first.projects[2].why, { stage: 'completion', position: 2 });
		assert.deepEqual(first.add1, { increment: 10n, runs: 11 });
		const fits = tally(withZ, { ...whileItFits, completion: 'add1-greedy' });
		assert.deepEqual(fits.selected, ['A']);
		assert.deepEqual(fits.projects[2].why, { reason: 'doesNotFit', position: 2, leftAtTurn: parseDecimal('0') });
	});
});
