import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { approvalElection, pointsElection } from './elections.fixture';
import { tally } from './tally';
import { parseDecimal, rational, toDecimalString } from './rational';

const mes = { rule: 'mes' } as const;

describe('Method of Equal Shares', () => {
	// B = 300, 3 voters: each starts with 100. Cost utilities: ρ is what a supporter pays per unit of
	// the project's cost. A (200, voters 1 and 2): 100 each, ρ = 1/2. B (100, voter 3): ρ = 1.
	// C (150, all three): 50 each, ρ = 1/3, the smallest. After C everyone holds 50: A's supporters
	// hold 100 < 200 and B's 50 < 100, so counting stops.
	const three = approvalElection('300', { A: '200', B: '100', C: '150' }, ['A C', 'A C', 'B C']);

	it('funds the project with the smallest ρ, and says why others were not funded', () => {
		const outcome = tally(three, mes);
		assert.deepEqual(outcome.selected, ['C']);
		assert.equal(toDecimalString(outcome.spent), '150');
		assert.deepEqual(outcome.projects[2].why, { stage: 'mes', round: 1, pricePerSupporter: parseDecimal('50'), rho: rational(1n, 3n) });
		assert.deepEqual(outcome.projects[0].why, { reason: 'supportersRanOut', supportersHeld: parseDecimal('100'), cost: parseDecimal('200') });
		assert.deepEqual(outcome.projects[1].why, { reason: 'supportersRanOut', supportersHeld: parseDecimal('50'), cost: parseDecimal('100') });
		assert.deepEqual(outcome.settings, { rule: 'mes', perCost: false, utility: 'cost', completion: 'none', add1Until: 'exhaustive', tieBreak: 'id' });
	});

	it('greedy completion adds what fits in what MES left, by votes', () => {
		// 150 left: A (2 votes, 200) does not fit, B (1 vote, 100) does.
		const outcome = tally(three, { ...mes, completion: 'greedy' });
		assert.deepEqual(outcome.selected, ['C', 'B']);
		assert.equal(toDecimalString(outcome.spent), '250');
		assert.deepEqual(outcome.projects[0].why, { reason: 'doesNotFit', position: 1, leftAtTurn: parseDecimal('150') });
		assert.deepEqual(outcome.projects[1].why, { stage: 'completion', position: 2 });
		assert.equal(outcome.add1, undefined);
	});

	it('funds a project whose supporters hold exactly its cost', () => {
		// Two voters with 100 each, together exactly 200.
		const exact = tally(approvalElection('200', { A: '200' }, ['A', 'A']), mes);
		assert.deepEqual(exact.projects[0].why, { stage: 'mes', round: 1, pricePerSupporter: parseDecimal('100'), rho: rational(1n, 2n) });
		const short = tally(approvalElection('200', { A: '200.01' }, ['A', 'A']), mes);
		assert.deepEqual(short.projects[0].why, { reason: 'supportersRanOut', supportersHeld: parseDecimal('200'), cost: parseDecimal('200.01') });
	});

	it('funds a supported project of cost 0 at once, and never an unsupported one', () => {
		// Z costs nothing: ρ = 0 beats A (ρ = 1) although "A" comes first by id. F has no supporter.
		const outcome = tally(approvalElection('100', { A: '50', Z: '0', F: '0' }, ['A Z']), mes);
		assert.deepEqual(outcome.selected, ['Z', 'A']);
		assert.deepEqual(outcome.projects[1].why, { stage: 'mes', round: 1, pricePerSupporter: parseDecimal('0'), rho: parseDecimal('0') });
		assert.deepEqual(outcome.projects[2].why, { reason: 'noSupport' });
	});

	it('counts empty ballots as voters', () => {
		// With two empty ballots B/n is 100, less than A's 150; alone the voter would hold 300.
		const outcome = tally(approvalElection('300', { A: '150' }, ['A', '', '']), mes);
		assert.deepEqual(outcome.selected, []);
		assert.deepEqual(outcome.projects[0].why, { reason: 'supportersRanOut', supportersHeld: parseDecimal('100'), cost: parseDecimal('150') });
		assert.deepEqual(tally(approvalElection('300', { A: '150' }, ['A']), mes).selected, ['A']);
	});

	it('breaks equal ρ by id, by lower cost or by more votes', () => {
		// One voter with 100: with cost utilities a sole supporter always has ρ = 1. By id "10" comes
		// before "9" and takes everything; by cost "9" (60) comes first and leaves 40 < 100.
		const lone = approvalElection('100', { '9': '60', '10': '100' }, ['9 10']);
		assert.deepEqual(tally(lone, mes).selected, ['10']);
		assert.deepEqual(tally(lone, { ...mes, tieBreak: 'cost' }).selected, ['9']);
		// Approval utilities, 100 each: a (100, voter 1) and b (200, voters 1 and 2) both cost 100 per
		// supporter. By id a wins and voter 1 is empty; by votes b wins (2 votes) and then a is not affordable.
		const shared = approvalElection('200', { a: '100', b: '200' }, ['a b', 'b']);
		assert.deepEqual(tally(shared, { ...mes, utility: 'approval' }).selected, ['a']);
		assert.deepEqual(tally(shared, { ...mes, utility: 'approval', tieBreak: 'votes' }).selected, ['b']);
	});

	it('counts points ballots with points utilities by default, or with approval utilities', () => {
		// One voter with 100 gives X 1 point and Y 3. Points: ρ(X) = 100 per point, ρ(Y) = 100/3, so Y.
		// Approval (and cost) utilities: both cost the voter 100, a tie that "X" wins by id.
		const election = pointsElection('100', { X: '100', Y: '100' }, ['X:1 Y:3']);
		const byPoints = tally(election, mes);
		assert.equal(byPoints.settings.utility, 'points');
		assert.deepEqual(byPoints.selected, ['Y']);
		assert.deepEqual(byPoints.projects[1].why, { stage: 'mes', round: 1, pricePerSupporter: parseDecimal('100'), rho: rational(100n, 3n) });
		assert.deepEqual(tally(election, { ...mes, utility: 'approval' }).selected, ['X']);
		assert.deepEqual(tally(election, { ...mes, utility: 'cost' }).selected, ['X']);
	});

	it('lets a supporter with points pay less than ρ·points when that is all it has', () => {
		// 50 each; P costs 80 and gets 1 and 3 points. Without limits ρ = 80/4 = 20, but 3·20 = 60 is
		// more than voter 2 holds: voter 2 pays 50, voter 1 the other 30 = ρ·1, so ρ = 30. The largest
		// payment of one supporter is voter 2's 50.
		const outcome = tally(pointsElection('100', { P: '80' }, ['P:1', 'P:3']), mes);
		assert.deepEqual(outcome.projects[0].why, { stage: 'mes', round: 1, pricePerSupporter: parseDecimal('50'), rho: parseDecimal('30') });
	});

	it('funds nothing without voters', () => {
		const outcome = tally(approvalElection('100', { A: '10' }, []), mes);
		assert.deepEqual(outcome.selected, []);
		assert.deepEqual(outcome.projects[0].why, { reason: 'noSupport' });
	});
});
