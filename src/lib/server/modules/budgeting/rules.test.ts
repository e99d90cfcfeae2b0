// The pure rules of a budget process: amounts as people type them, postcode areas, the phase of a
// day, the ballot check with its running total, and vote codes that survive being typed over.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { castChoices, checkBallot, type BallotRules } from './ballot';
import { newVoteCode, normaliseVoteCode, voteCodeHash } from './codes';
import { ballotChoices } from './inputs';
import { centsToDecimal, formatEuros, parseEuros } from './money';
import { budgetPhase, votingHasOpened } from './phases';
import { livesWithin, parsePostcodeRanges, postcodeDigits } from './postcodes';

describe('amounts in euros', () => {
	it('reads Dutch and plain notations into cents', () => {
		assert.equal(parseEuros('1200'), 120000);
		assert.equal(parseEuros('1.200'), 120000);
		assert.equal(parseEuros('1.200,50'), 120050);
		assert.equal(parseEuros('€ 1.200,5'), 120050);
		assert.equal(parseEuros('1200.50'), 120050);
		assert.equal(parseEuros('12.5'), 1250);
		assert.equal(parseEuros('1.234.567'), 123456700);
		assert.equal(parseEuros('0'), 0);
	});
	it('refuses what is no amount', () => {
		for (const bad of ['', 'twaalf', '-5', '1,2,3', '1.2345', '12,345', '1e5']) assert.equal(parseEuros(bad), null, bad);
	});
	it('writes amounts the way each language does, exactly in files', () => {
		assert.equal(formatEuros(120000, 'nl').replace(/\s/g, ' '), '€ 1.200');
		assert.equal(formatEuros(120050, 'en'), '€1,200.50');
		assert.equal(centsToDecimal(120050), '1200.5');
		assert.equal(centsToDecimal(5), '0.05');
		assert.equal(centsToDecimal(99600000), '996000');
	});
});

describe('postcode areas', () => {
	it('reads lists and ranges and knows who lives within', () => {
		const ranges = parsePostcodeRanges('7606, 7607-7609')!;
		assert.deepEqual(ranges, [[7606, 7606], [7607, 7609]]);
		assert.equal(livesWithin(ranges, postcodeDigits('7608 ab')!), true);
		assert.equal(livesWithin(ranges, postcodeDigits('7610AB')!), false);
		assert.equal(livesWithin([], 1234), true, 'no ranges: anywhere');
	});
	it('refuses what is no postcode', () => {
		assert.equal(parsePostcodeRanges('7609-7600'), null);
		assert.equal(parsePostcodeRanges('76 06'), null);
		assert.equal(postcodeDigits('0123 AB'), null);
		assert.equal(postcodeDigits('7607 ABC'), null);
	});
});

describe('phases', () => {
	const days = { proposalsFrom: '2027-01-01', proposalsUntil: '2027-01-31', votingFrom: '2027-03-01', votingUntil: '2027-03-14', implementationFrom: '2027-05-01' };
	it('follows the days, both ends included', () => {
		assert.equal(budgetPhase(days, '2026-12-31'), 'upcoming');
		assert.equal(budgetPhase(days, '2027-01-01'), 'proposals');
		assert.equal(budgetPhase(days, '2027-01-31'), 'proposals');
		assert.equal(budgetPhase(days, '2027-02-01'), 'review');
		assert.equal(budgetPhase(days, '2027-03-01'), 'voting');
		assert.equal(budgetPhase(days, '2027-03-14'), 'voting');
		assert.equal(budgetPhase(days, '2027-03-15'), 'results');
		assert.equal(budgetPhase(days, '2027-05-01'), 'implementation');
		assert.equal(budgetPhase({ ...days, implementationFrom: null }, '2030-01-01'), 'results');
	});
	it('fixes the rules from the first day of voting', () => {
		assert.equal(votingHasOpened(days, '2027-02-28'), false);
		assert.equal(votingHasOpened(days, '2027-03-01'), true);
	});
});

describe('the ballot check', () => {
	const projects = new Map([
		['1', 2_000_00],
		['2', 3_000_00],
		['10', 500_00]
	]);
	const rules = (kind: BallotRules['kind'], extra: Partial<BallotRules> = {}): BallotRules => ({ kind, budgetCents: 4_000_00, maxProjects: null, pointsTotal: null, projects, ...extra });
	const approve = (...codes: string[]) => new Map(codes.map((c) => [c, 1]));

	it('gives the running total and accepts a ballot within the rules', () => {
		assert.deepEqual(checkBallot(rules('knapsack'), approve('1', '10')), { costCents: 2_500_00, points: 2, problems: [] });
	});
	it('says by how much a knapsack ballot is over the budget', () => {
		assert.deepEqual(checkBallot(rules('knapsack'), approve('1', '2')).problems, [{ kind: 'overBudget', overCents: 1_000_00 }]);
	});
	it('counts the projects against the limit of an approval ballot, not the money', () => {
		const check = checkBallot(rules('approval', { maxProjects: 2 }), approve('1', '2', '10'));
		assert.deepEqual(check.problems, [{ kind: 'tooManyProjects', max: 2, chosen: 3 }]);
		assert.deepEqual(checkBallot(rules('approval', { maxProjects: 2 }), approve('1', '2')).problems, []);
	});
	it('counts points against the points there are', () => {
		const points = rules('points', { pointsTotal: 10 });
		assert.deepEqual(checkBallot(points, new Map([['1', 6], ['2', 4], ['10', 0]])).problems, []);
		assert.deepEqual(checkBallot(points, new Map([['1', 7], ['2', 4]])).problems, [{ kind: 'tooManyPoints', max: 10, given: 11 }]);
		assert.deepEqual(checkBallot(points, new Map([['1', Number.NaN]])).problems, [{ kind: 'badPoints', code: '1' }]);
	});
	it('refuses empty ballots, unknown projects and points on an approval ballot', () => {
		assert.deepEqual(checkBallot(rules('approval'), new Map()).problems, [{ kind: 'empty' }]);
		assert.deepEqual(checkBallot(rules('approval'), approve('1', '99')).problems, [{ kind: 'unknownProject', code: '99' }]);
		assert.deepEqual(checkBallot(rules('approval'), new Map([['1', 3]])).problems, [{ kind: 'badPoints', code: '1' }]);
	});
	it('stores the supported projects in code order with their points', () => {
		assert.deepEqual(castChoices(new Map([['2', 3], ['10', 0], ['1', 2]])), { projects: ['1', '2'], points: [2, 3] });
	});
	it('reads choices from a form and from JSON alike', () => {
		assert.deepEqual([...ballotChoices({ project: ['1', '2'] })], [['1', 1], ['2', 1]]);
		assert.deepEqual([...ballotChoices({ project: '1' })], [['1', 1]]);
		assert.deepEqual([...ballotChoices({ projects: ['3'] })], [['3', 1]]);
		assert.deepEqual([...ballotChoices({ 'points-1': '4', 'points-2': '', 'points-3': 'x' })], [['1', 4], ['3', Number.NaN]]);
		assert.deepEqual([...ballotChoices({ points: { '1': 2 } })], [['1', 2]]);
	});
});

describe('vote codes', () => {
	it('are typed back however people write them', () => {
		const code = newVoteCode();
		assert.match(code, /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
		assert.doesNotMatch(code, /[015OILSZ2]/, 'no symbols that look alike');
		assert.equal(voteCodeHash('p', code), voteCodeHash('p', ` ${code.toLowerCase().replaceAll('-', ' ')} `));
		assert.equal(normaliseVoteCode('ab-cd ef'), 'ABCDEF');
	});
	it('belong to one process', () => {
		assert.notEqual(voteCodeHash('p1', 'AAAA'), voteCodeHash('p2', 'AAAA'));
	});
	it('do not repeat', () => {
		const codes = new Set(Array.from({ length: 5000 }, newVoteCode));
		assert.equal(codes.size, 5000);
	});
});
