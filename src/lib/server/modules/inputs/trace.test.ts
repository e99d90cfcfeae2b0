// What became of an input, derived from its links without a database: the public status with its
// precedence, and the chain of dated steps an input's page tells.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dedupeActions, publicStatus, traceSteps, type ActionStatus, type LinkedAction, type TraceFacts } from './trace';

const at = (iso: string) => new Date(iso);

const facts = (over: Partial<TraceFacts> = {}): TraceFacts => ({
	createdAt: at('2026-01-10T09:00:00Z'),
	hidden: null,
	closure: null,
	spearheads: [],
	actions: [],
	...over
});

const action = (slug: string, status: ActionStatus, over: Partial<LinkedAction> = {}): LinkedAction => ({
	slug,
	title: `Actie ${slug}`,
	pillarTitle: 'Ontmoeting',
	status,
	statusSince: at('2026-03-01T09:00:00Z'),
	stopReason: status === 'stopped' ? 'Geen geld meer' : '',
	linkedAt: at('2026-02-01T09:00:00Z'),
	via: null,
	...over
});

const spearheadOf = (id: string, addedAt = '2026-01-20T09:00:00Z') => ({ id, title: `Speerpunt ${id}`, addedAt: at(addedAt) });
const closure = (kind: 'not_taken_up' | 'already_exists' = 'not_taken_up') => ({ kind, reason: 'Dit valt buiten het plan', url: '', at: at('2026-01-25T09:00:00Z') });
const hidden = { at: at('2026-04-01T09:00:00Z'), reason: 'Bevat een naam en adres' };

describe('publicStatus', () => {
	it('is received for an input without links, closure or hiding', () => {
		assert.equal(publicStatus(facts()), 'received');
	});

	it('is grouped once the input sits in a spearhead', () => {
		assert.equal(publicStatus(facts({ spearheads: [spearheadOf('s1')] })), 'grouped');
		assert.equal(publicStatus(facts({ spearheads: [spearheadOf('s1'), spearheadOf('s2')] })), 'grouped');
	});

	it('is the closure kind when a facilitator answered, even for an input in a spearhead', () => {
		assert.equal(publicStatus(facts({ closure: closure('not_taken_up') })), 'not_taken_up');
		assert.equal(publicStatus(facts({ closure: closure('already_exists') })), 'already_exists');
		assert.equal(publicStatus(facts({ closure: closure(), spearheads: [spearheadOf('s1')] })), 'not_taken_up');
	});

	it('is taken up while any linked action is not yet done, whatever its stage', () => {
		for (const status of ['idea', 'planned', 'in_progress'] as const) assert.equal(publicStatus(facts({ actions: [action('a', status)] })), 'taken_up', status);
		assert.equal(publicStatus(facts({ actions: [action('a', 'done'), action('b', 'in_progress')] })), 'taken_up');
	});

	it('is done only when every live action is done; a stopped one does not hold it back', () => {
		assert.equal(publicStatus(facts({ actions: [action('a', 'done')] })), 'done');
		assert.equal(publicStatus(facts({ actions: [action('a', 'done'), action('b', 'done')] })), 'done');
		assert.equal(publicStatus(facts({ actions: [action('a', 'done'), action('b', 'stopped')] })), 'done');
	});

	it('is stopped only when every linked action stopped', () => {
		assert.equal(publicStatus(facts({ actions: [action('a', 'stopped')] })), 'stopped');
		assert.equal(publicStatus(facts({ actions: [action('a', 'stopped'), action('b', 'stopped')] })), 'stopped');
		assert.equal(publicStatus(facts({ actions: [action('a', 'stopped'), action('b', 'planned')] })), 'taken_up');
	});

	it('lets an action beat a closure and a spearhead', () => {
		assert.equal(publicStatus(facts({ closure: closure(), spearheads: [spearheadOf('s1')], actions: [action('a', 'planned')] })), 'taken_up');
		assert.equal(publicStatus(facts({ closure: closure('already_exists'), actions: [action('a', 'done')] })), 'done');
	});

	it('lets hiding beat everything else', () => {
		assert.equal(publicStatus(facts({ hidden })), 'hidden');
		assert.equal(publicStatus(facts({ hidden, closure: closure(), spearheads: [spearheadOf('s1')], actions: [action('a', 'done')] })), 'hidden');
	});
});

describe('traceSteps', () => {
	it('tells only "received" with the moment of giving for an input nothing happened to', () => {
		assert.deepEqual(traceSteps(facts()), [{ kind: 'received', at: at('2026-01-10T09:00:00Z') }]);
	});

	it('tells the whole chain, oldest first, each step with its own date', () => {
		const a = action('bankjes', 'done', { linkedAt: at('2026-02-01T09:00:00Z'), statusSince: at('2026-05-01T09:00:00Z'), via: { id: 's1', title: 'Speerpunt s1' } });
		const steps = traceSteps(facts({ spearheads: [spearheadOf('s1', '2026-01-20T09:00:00Z')], actions: [a] }));
		assert.deepEqual(
			steps.map((s) => [s.kind, s.at.toISOString()]),
			[
				['received', '2026-01-10T09:00:00.000Z'],
				['grouped', '2026-01-20T09:00:00.000Z'],
				['taken_up', '2026-02-01T09:00:00.000Z'],
				['done', '2026-05-01T09:00:00.000Z']
			]
		);
		const grouped = steps[1];
		assert.ok(grouped.kind === 'grouped');
		assert.deepEqual(grouped.spearhead, { id: 's1', title: 'Speerpunt s1' });
		const takenUp = steps[2];
		assert.ok(takenUp.kind === 'taken_up');
		assert.deepEqual(takenUp.action.via, { id: 's1', title: 'Speerpunt s1' }, 'the step says which spearhead the action came through');
	});

	it('orders steps by date, not by the order the facts arrive in', () => {
		const late = action('laat', 'in_progress', { linkedAt: at('2026-06-01T09:00:00Z') });
		const early = action('vroeg', 'stopped', { linkedAt: at('2026-02-01T09:00:00Z'), statusSince: at('2026-03-01T09:00:00Z') });
		const steps = traceSteps(facts({ spearheads: [spearheadOf('s2', '2026-04-01T09:00:00Z'), spearheadOf('s1', '2026-01-15T09:00:00Z')], actions: [late, early] }));
		assert.deepEqual(
			steps.map((s) => s.kind),
			['received', 'grouped', 'taken_up', 'stopped', 'grouped', 'taken_up']
		);
		for (let i = 1; i < steps.length; i++) assert.ok(steps[i - 1].at <= steps[i].at, `step ${i} is not earlier than the one before`);
		const stopped = steps[3];
		assert.ok(stopped.kind === 'stopped');
		assert.equal(stopped.action.stopReason, 'Geen geld meer');
	});

	it('keeps the order of the chain for steps of the same moment', () => {
		const moment = '2026-01-10T09:00:00Z';
		const a = action('tegelijk', 'done', { linkedAt: at(moment), statusSince: at(moment) });
		const steps = traceSteps(facts({ spearheads: [spearheadOf('s1', moment)], actions: [a] }));
		assert.deepEqual(
			steps.map((s) => s.kind),
			['received', 'grouped', 'taken_up', 'done']
		);
	});

	it('adds a step for every action stage: taken up always, done or stopped when it got there', () => {
		const steps = traceSteps(facts({ actions: [action('a', 'planned'), action('b', 'done', { linkedAt: at('2026-02-02T09:00:00Z') })] }));
		assert.deepEqual(
			steps.map((s) => (s.kind === 'taken_up' || s.kind === 'done' ? `${s.kind}:${s.action.slug}` : s.kind)),
			['received', 'taken_up:a', 'taken_up:b', 'done:b']
		);
	});

	it('dates "done" no earlier than the link, for an action that was done before the input reached it', () => {
		const a = action('al-klaar', 'done', { statusSince: at('2026-01-05T09:00:00Z'), linkedAt: at('2026-02-01T09:00:00Z') });
		const steps = traceSteps(facts({ actions: [a] }));
		assert.deepEqual(
			steps.map((s) => [s.kind, s.at.toISOString()]),
			[
				['received', '2026-01-10T09:00:00.000Z'],
				['taken_up', '2026-02-01T09:00:00.000Z'],
				['done', '2026-02-01T09:00:00.000Z']
			]
		);
	});

	it('tells a closure with its reason and link', () => {
		const steps = traceSteps(facts({ closure: { kind: 'already_exists', reason: 'Dit doet de bibliotheek al', url: 'https://example.org/bieb', at: at('2026-01-25T09:00:00Z') } }));
		assert.deepEqual(steps.at(-1), { kind: 'already_exists', at: at('2026-01-25T09:00:00Z'), reason: 'Dit doet de bibliotheek al', url: 'https://example.org/bieb' });
	});

	it('leaves a closure out while an action has the input', () => {
		const steps = traceSteps(facts({ closure: closure(), actions: [action('a', 'planned')] }));
		assert.deepEqual(
			steps.map((s) => s.kind),
			['received', 'taken_up']
		);
	});

	it('ends with the hiding and its reason', () => {
		const steps = traceSteps(facts({ spearheads: [spearheadOf('s1')], hidden }));
		assert.deepEqual(steps.at(-1), { kind: 'hidden', at: hidden.at, reason: hidden.reason });
		assert.equal(steps.length, 3);
	});

	it('tells an action reached twice only once, through the direct link', () => {
		const viaSpearhead = action('bankjes', 'in_progress', { linkedAt: at('2026-02-01T09:00:00Z'), via: { id: 's1', title: 'Speerpunt s1' } });
		const direct = action('bankjes', 'in_progress', { linkedAt: at('2026-03-01T09:00:00Z') });
		const steps = traceSteps(facts({ spearheads: [spearheadOf('s1')], actions: [viaSpearhead, direct] }));
		const takenUp = steps.filter((s) => s.kind === 'taken_up');
		assert.equal(takenUp.length, 1);
		assert.ok(takenUp[0].kind === 'taken_up');
		assert.equal(takenUp[0].action.via, null);
		assert.equal(takenUp[0].at.toISOString(), '2026-03-01T09:00:00.000Z');
	});
});

describe('dedupeActions', () => {
	it('prefers a direct link over one through a spearhead, whichever comes first', () => {
		const via = action('a', 'planned', { via: { id: 's1', title: 'S1' }, linkedAt: at('2026-01-01T00:00:00Z') });
		const direct = action('a', 'planned', { linkedAt: at('2026-02-01T00:00:00Z') });
		assert.deepEqual(dedupeActions([via, direct]), [direct]);
		assert.deepEqual(dedupeActions([direct, via]), [direct]);
	});

	it('keeps the earliest of two links of the same kind', () => {
		const first = action('a', 'planned', { via: { id: 's1', title: 'S1' }, linkedAt: at('2026-01-01T00:00:00Z') });
		const second = action('a', 'planned', { via: { id: 's2', title: 'S2' }, linkedAt: at('2026-02-01T00:00:00Z') });
		assert.deepEqual(dedupeActions([second, first]), [first]);
		assert.deepEqual(dedupeActions([first, second]), [first]);
	});

	it('keeps different actions apart, ordered by when they were linked', () => {
		const b = action('b', 'done', { linkedAt: at('2026-03-01T00:00:00Z') });
		const a = action('a', 'planned', { linkedAt: at('2026-01-01T00:00:00Z') });
		assert.deepEqual(
			dedupeActions([b, a]).map((x) => x.slug),
			['a', 'b']
		);
		assert.deepEqual(dedupeActions([]), []);
	});
});
