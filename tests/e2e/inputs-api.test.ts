/**
 * The input and programme part of the JSON API over plain HTTP against the built server, on the
 * demo region: reading inputs with their trace, the funnel, spearheads, the programme and an
 * action; giving input, grouping, answering, linking and posting progress with a token; and the
 * refusals as problem+json, for guests and for people who may not.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { apiRequest, coordinator, personalToken, problemOf, startServer, type Server } from './support.ts';

const space = 'burgerinbreng-regioplan-2026';
const resident = 'inwoner@example.org';

let server: Server;
let facilitatorToken: string;
let residentToken: string;

const api = (path: string, init: RequestInit & { lang?: string; bearer?: string } = {}) => apiRequest(server.url, path, init);
const send = (path: string, method: string, body: unknown, bearer?: string, lang?: string) =>
	api(path, { method, body: JSON.stringify(body), bearer, lang, headers: { 'content-type': 'application/json' } });

async function json<T>(res: Response, status = 200): Promise<T> {
	assert.equal(res.status, status, await res.clone().text());
	return (await res.json()) as T;
}

interface Listed {
	total: number;
	inputs: { id: string; number: number; status: string; text: string | null }[];
	space: { id: string };
}
interface Trace {
	id: string;
	number: number;
	status: string;
	steps: { kind: string; reason?: string }[];
}
interface Programme {
	pillars: { id: string; title: string; actions: { slug: string; title: string; status: string }[] }[];
}
interface Action {
	slug: string;
	title: string;
	status: string;
	progress: number;
	spearheads: { id: string }[];
	inputs: { total: number; shown: { id: string; direct: boolean }[] };
	updates: { body: string }[];
}

before(async () => {
	server = await startServer();
	[facilitatorToken, residentToken] = (await Promise.all([personalToken(server.url, coordinator, 'inputs-api'), personalToken(server.url, resident, 'inputs-api')])).map((t) => t.token);
});

after(() => server?.stop());

describe('reading input and programme', () => {
	it('lists the inputs of a space with their derived status, filtered by status', async () => {
		const all = await json<Listed>(await api(`/spaces/${space}/inputs`));
		assert.ok(all.total >= 140, `${all.total} inputs`);
		const waiting = await json<Listed>(await api(`/spaces/${space}/inputs?status=received`));
		assert.ok(waiting.total > 0 && waiting.inputs.every((i) => i.status === 'received'));
	});

	it('shows one input with the chain of what was done with it', async () => {
		const [done] = (await json<Listed>(await api(`/spaces/${space}/inputs?status=done`))).inputs;
		const trace = await json<Trace>(await api(`/inputs/${done.id}`));
		assert.equal(trace.status, 'done');
		assert.deepEqual([...new Set(trace.steps.map((s) => s.kind))].sort(), ['done', 'grouped', 'received', 'taken_up']);
	});

	it('gives the funnel, the spearheads and the programme with five pillars', async () => {
		const funnel = await json<{ received: number; waiting: number; takenUp: number }>(await api(`/spaces/${space}/funnel`));
		assert.ok(funnel.received > funnel.takenUp && funnel.waiting > 0);
		const spearheads = await json<{ id: string; inputs: number }[]>(await api(`/spaces/${space}/spearheads`));
		assert.ok(spearheads.length >= 6 && spearheads.every((s) => s.inputs > 0));
		const programme = await json<Programme>(await api(`/spaces/${space}/programme`));
		assert.equal(programme.pillars.length, 5);
		const action = await json<Action>(await api(`/actions/${programme.pillars[0].actions[0].slug}`));
		assert.ok(action.inputs.total > 0, 'an action says which inputs led to it');
	});

	it('answers an unknown input or action with 404 problem+json', async () => {
		await problemOf(await api('/inputs/00000000-0000-4000-8000-000000000000'), 404);
		await problemOf(await api('/inputs/not-an-id'), 404);
		await problemOf(await api('/actions/bestaat-niet'), 404);
	});

	it('is described in the OpenAPI document', async () => {
		const doc = await json<{ paths: Record<string, Record<string, unknown>> }>(await api('/openapi.json'));
		for (const path of ['/spaces/{slug}/inputs', '/inputs/{id}', '/inputs/{id}/answer', '/spaces/{slug}/spearheads', '/spearheads/{id}/inputs', '/spaces/{slug}/programme', '/actions', '/actions/{slug}', '/actions/{slug}/links', '/actions/{slug}/updates']) {
			assert.ok(doc.paths[path], path);
		}
		assert.ok(doc.paths['/spaces/{slug}/inputs'].post, 'giving input is a POST');
	});
});

describe('writing with a token', () => {
	let given: { id: string; number: number };

	it('lets a resident give input, and refuses without a token or with bad input', async () => {
		given = await json(await send(`/spaces/${space}/inputs`, 'POST', { kind: 'idea', text: 'Een bankje bij de bushalte in Aadorp.' }, residentToken), 201);
		assert.ok(given.number > 150);
		await problemOf(await send(`/spaces/${space}/inputs`, 'POST', { kind: 'idea', text: 'Zonder token' }), 401);
		const bad = await problemOf(await send(`/spaces/${space}/inputs`, 'POST', { kind: 'rant', text: 'x' }, residentToken, 'en'), 400);
		assert.deepEqual(Object.keys(bad.errors ?? {}).sort(), ['kind', 'text']);
		assert.equal(bad.errors?.text, 'Write at least a few words.');
	});

	it('refuses a resident who answers, groups or plans', async () => {
		await problemOf(await send(`/inputs/${given.id}/answer`, 'POST', { closure: 'not_taken_up', reason: 'Geen ruimte.' }, residentToken), 403);
		await problemOf(await send(`/spaces/${space}/spearheads`, 'POST', { title: 'Bankjes', inputIds: [given.id] }, residentToken), 403);
		const programme = await json<Programme>(await api(`/spaces/${space}/programme`));
		await problemOf(await send(`/actions/${programme.pillars[0].actions[0].slug}/links`, 'POST', { inputNumber: given.number }, residentToken), 403);
	});

	it('lets the facilitator answer "not taken up" only with a reason', async () => {
		const missing = await problemOf(await send(`/inputs/${given.id}/answer`, 'POST', { closure: 'not_taken_up', reason: '' }, facilitatorToken), 400);
		assert.deepEqual(Object.keys(missing.errors ?? {}), ['reason']);
		const answered = await json<Trace>(await send(`/inputs/${given.id}/answer`, 'POST', { closure: 'not_taken_up', reason: 'Er staat al een bankje.' }, facilitatorToken));
		assert.equal(answered.status, 'not_taken_up');
		assert.equal(answered.steps.at(-1)?.reason, 'Er staat al een bankje.');
	});

	it('lets the facilitator group inputs, make an action, link the spearhead and report progress', async () => {
		const fresh = await json<{ id: string; number: number }>(await send(`/spaces/${space}/inputs`, 'POST', { kind: 'wish', text: 'Meer bankjes langs het fietspad.' }, residentToken), 201);
		const spearhead = await json<{ id: string }>(await send(`/spaces/${space}/spearheads`, 'POST', { title: 'Bankjes langs de route', inputIds: [fresh.id] }, facilitatorToken), 201);
		assert.equal((await json<Trace>(await api(`/inputs/${fresh.id}`))).status, 'grouped');
		const programme = await json<Programme>(await api(`/spaces/${space}/programme`));
		const [owner] = await json<{ id: string }[]>(await api('/organisations?kind=initiative'));
		const ownerId = owner.id;
		const made = await json<Action>(
			await send('/actions', 'POST', { title: 'Bankjesplan', pillarId: programme.pillars[0].id, ownerIds: [ownerId], status: 'planned', progress: 0 }, facilitatorToken),
			201
		);
		const linked = await json<Action>(await send(`/actions/${made.slug}/links`, 'POST', { spearheadId: spearhead.id }, facilitatorToken), 201);
		assert.deepEqual(linked.spearheads.map((s) => s.id), [spearhead.id]);
		assert.equal((await json<Trace>(await api(`/inputs/${fresh.id}`))).status, 'taken_up');
		const updated = await json<Action>(await send(`/actions/${made.slug}/updates`, 'POST', { body: 'De eerste drie bankjes zijn besteld.' }, facilitatorToken), 201);
		assert.equal(updated.updates[0].body, 'De eerste drie bankjes zijn besteld.');
		const done = await json<Action>(await send(`/actions/${made.slug}`, 'PUT', { title: 'Bankjesplan', pillarId: programme.pillars[0].id, ownerIds: [ownerId], status: 'done', progress: 80 }, facilitatorToken));
		assert.equal(done.progress, 100, 'done is done');
		assert.equal((await json<Trace>(await api(`/inputs/${fresh.id}`))).status, 'done');
		const stopped = await problemOf(await send(`/actions/${made.slug}`, 'PUT', { title: 'Bankjesplan', pillarId: programme.pillars[0].id, ownerIds: [ownerId], status: 'stopped', progress: 0 }, facilitatorToken), 400);
		assert.deepEqual(Object.keys(stopped.errors ?? {}), ['stopReason']);
	});
});
