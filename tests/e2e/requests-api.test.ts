/**
 * The requests part of the JSON API over plain HTTP against the built server, on the demo
 * region: desks, promises, contact points and plans for anyone; a request from an initiative to
 * the municipality sent, acknowledged, talked about, handed over and decided with tokens; and,
 * above all, that nobody outside the two parties reads or changes a private request.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { apiRequest, personalToken, problemOf, startServer, type Server } from './support.ts';

const initiativeMember = 'initiatief@example.org';
const civilServant = 'gemeente@example.org';
const neighbourhoodCoach = 'wijkcoach@example.org';
const resident = 'inwoner@example.org';
const insurer = 'verzekeraar@example.org';
const municipalityName = 'Gemeente Almelo';
/** Henk Brinkhuis (initiatief@) coordinates this village initiative. */
const initiativeName = 'Zorgcoöperatie Aadorp';

let server: Server;
const tokens: Record<string, string> = {};

const api = (path: string, init: RequestInit & { lang?: string; bearer?: string } = {}) => apiRequest(server.url, path, init);
const post = (path: string, body: unknown, bearer?: string, lang?: string) =>
	api(path, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), bearer, lang, headers: { 'content-type': 'application/json' } });

async function json<T>(res: Response, status = 200): Promise<T> {
	assert.equal(res.status, status, await res.clone().text());
	assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
	return (await res.json()) as T;
}

interface Org {
	id: string;
	slug: string;
	name: string;
	kind: string;
}
interface Desk {
	organisation: Org;
	open: boolean;
	escalation: { role: string; personName: string | null } | null;
	challengeCriteria: string[];
	promises: { type: string; acknowledgeDays: number; decideDays: number }[];
	contactPoints: { id: string; role: string; personName: string | null; themes: { id: string; nl: string }[]; areas: { id: string; name: string }[] }[];
	figures: { received: number; decided: number };
	publicRequests: { id: string; reference: string }[];
}
interface Plan {
	slug: string;
	title: string;
	phase: string;
	themeIds: string[];
	areaIds: string[];
	organisation: Org;
}
interface Event {
	kind: string;
	side: string;
	body: string;
	internal: boolean;
	by: string | null;
	params: Record<string, unknown>;
}
interface RequestView {
	id: string;
	reference: string;
	status: string;
	handler: { userId?: string; name: string } | null;
	steps: { step: string; state: string }[];
	escalatedAt: string | null;
	decision: { decision: string; reason: string; alternative: string } | null;
	publicity: { byInitiative: boolean; byOrganisation: boolean; public: boolean };
	timeline: Event[];
	attachments: unknown[];
	colleagues: { userId: string; name: string }[];
	permissions: Record<string, boolean>;
}
interface Mine {
	sent: { id: string; reference: string }[];
	received: { id: string; reference: string; mine: boolean }[];
}

/** Nothing personal beyond names: no e-mail address anywhere in an answer. */
function assertNoEmail(value: unknown, label: string) {
	const text = JSON.stringify(value);
	assert.ok(!/[\w.+-]+@[\w-]+\.[\w.]+/.test(text), `${label} holds an e-mail address: ${text.match(/[\w.+-]+@[\w-]+\.[\w.]+/)?.[0]}`);
}

let municipality: Org;
let initiative: Org;
let desk: Desk;

before(async () => {
	server = await startServer();
	const made = await Promise.all([initiativeMember, civilServant, neighbourhoodCoach, resident, insurer].map(async (email) => [email, (await personalToken(server.url, email, 'requests-api')).token] as const));
	for (const [email, token] of made) tokens[email] = token;
	const organisations = await json<Org[]>(await api('/organisations'));
	const found = (name: string) => organisations.find((o) => o.name === name);
	municipality = found(municipalityName)!;
	initiative = found(initiativeName)!;
	assert.ok(municipality && initiative, 'the demo has the municipality and the village initiative');
});

after(() => server?.stop());

// ---- Public -----------------------------------------------------------------------------------

describe('desks and plans, without a token', () => {
	it('lists the desks, the municipality among them with the types it offers', async () => {
		const desks = await json<(Org & { types: string[] })[]>(await api('/desks'));
		const almelo = desks.find((d) => d.id === municipality.id);
		assert.ok(almelo && almelo.types.length > 0, 'the municipality takes requests');
	});

	it("gives the municipality's desk: promises, contact points with names but no user ids or addresses, escalation, figures", async () => {
		desk = await json<Desk>(await api(`/organisations/${municipality.slug}/desk`));
		assert.equal(desk.organisation.id, municipality.id);
		assert.equal(desk.open, true);
		assert.ok(desk.promises.length > 0);
		for (const p of desk.promises) assert.ok(p.acknowledgeDays >= 1 && p.decideDays >= p.acknowledgeDays, `${p.type} promises days in order`);
		assert.ok(desk.contactPoints.length > 0, 'the desk names contact points');
		for (const c of desk.contactPoints) {
			assert.ok(c.role.length > 0 && Array.isArray(c.themes) && Array.isArray(c.areas));
			assert.ok(!('userId' in c), 'no user id behind a contact point');
		}
		assert.ok(desk.escalation && desk.escalation.role.length > 0, 'an overdue step has somewhere to go');
		assert.ok(!('userId' in desk.escalation!));
		assert.equal(typeof desk.figures.received, 'number');
		assert.ok(!('members' in desk) && !('permissions' in desk), 'who manages the desk stays on the site');
		assertNoEmail(desk, 'the desk');
	});

	it('gives the same desk to a member with a token: no user ids for them either', async () => {
		const seen = await json<Desk>(await api(`/organisations/${municipality.slug}/desk`, { bearer: tokens[civilServant] }));
		assert.deepEqual(seen.contactPoints, desk.contactPoints);
		assert.ok(seen.contactPoints.every((c) => !('userId' in c)));
	});

	it('answers an unknown organisation with 404 problem+json', async () => {
		await problemOf(await api('/organisations/bestaat-niet/desk'), 404);
	});

	it('lists the plans, filtered by phase, theme and area, and refuses a filter that is not one', async () => {
		const plans = await json<Plan[]>(await api('/plans'));
		assert.ok(plans.length > 0, 'the demo has plans on the radar');
		for (const p of plans) assert.ok(!('createdBy' in p) && !('spaceId' in p), 'no user or private ids in the list');
		assertNoEmail(plans, 'the plans');
		const phase = plans[0].phase;
		const inPhase = await json<Plan[]>(await api(`/plans?phase=${phase}`));
		assert.ok(inPhase.length > 0 && inPhase.every((p) => p.phase === phase));
		const themed = plans.find((p) => p.themeIds.length);
		if (themed) {
			const byTheme = await json<Plan[]>(await api(`/plans?theme=${themed.themeIds[0]}`));
			assert.ok(byTheme.some((p) => p.slug === themed.slug) && byTheme.every((p) => p.themeIds.includes(themed.themeIds[0])));
		}
		const placed = plans.find((p) => p.areaIds.length);
		if (placed) {
			const byArea = await json<Plan[]>(await api(`/plans?area=${placed.areaIds[0]}`));
			assert.ok(byArea.some((p) => p.slug === placed.slug));
		}
		const bad = await problemOf(await api('/plans?theme=wonen&phase=someday', { lang: 'en' }), 400);
		assert.deepEqual(Object.keys(bad.errors ?? {}).sort(), ['phase', 'theme']);
	});

	it('gives one plan with its contact point, and 404 for an unknown one', async () => {
		const [first] = await json<Plan[]>(await api('/plans'));
		const one = await json<Plan & { contact: { role: string } | null; space: unknown }>(await api(`/plans/${first.slug}`));
		assert.equal(one.slug, first.slug);
		assert.ok('contact' in one && 'space' in one);
		assert.ok(!('createdBy' in one) && !('permissions' in one));
		assertNoEmail(one, 'a plan');
		await problemOf(await api('/plans/bestaat-niet'), 404);
	});

	it('is described in the OpenAPI document, with a token asked only where one is needed', async () => {
		type Op = { security?: unknown[]; requestBody?: { content: Record<string, { schema: { properties?: Record<string, { enum?: string[] }> } }> }; responses: Record<string, unknown> };
		const doc = await json<{ paths: Record<string, Record<string, Op>> }>(await api('/openapi.json'));
		const expected: [string, string, boolean][] = [
			['/desks', 'get', false],
			['/organisations/{slug}/desk', 'get', false],
			['/plans', 'get', false],
			['/plans/{slug}', 'get', false],
			['/requests', 'get', true],
			['/requests', 'post', true],
			['/requests/{id}', 'get', false],
			...['messages', 'notes', 'acknowledgement', 'status', 'assessment', 'decision', 'escalation', 'handover', 'publicity', 'closure'].map((p) => [`/requests/{id}/${p}`, 'post', true] as [string, string, boolean])
		];
		for (const [path, method, token] of expected) {
			const op = doc.paths[path]?.[method];
			assert.ok(op, `${method.toUpperCase()} ${path} is described`);
			assert.equal(!!op.security, token, `${method.toUpperCase()} ${path} ${token ? 'asks' : 'does not ask'} for a token`);
		}
		const decision = doc.paths['/requests/{id}/decision'].post.requestBody?.content['application/json'].schema.properties?.decision;
		assert.deepEqual(decision?.enum, ['yes', 'yes_with_conditions', 'no']);
		assert.ok(doc.paths['/requests'].post.responses['201'], 'sending answers 201');
		assert.ok(doc.paths['/requests/{id}/decision'].post.responses['409'], 'a finished request answers 409');
	});
});

// ---- One request, from asking to a decision ---------------------------------------------------

describe('a request from the initiative to the municipality', () => {
	let sent: RequestView;
	const get = (bearer?: string) => api(`/requests/${sent.id}`, { bearer });
	const at = (action: string) => `/requests/${sent.id}/${action}`;

	const body = () => {
		const type = desk.promises.find((p) => p.type === 'support')?.type ?? desk.promises.find((p) => p.type !== 'challenge')!.type;
		return { organisationId: municipality.id, initiativeId: initiative.id, type, subject: 'Ruimte voor de ontmoetingsochtend', description: 'Wij zoeken elke dinsdagochtend een ruimte voor twintig ouderen in Aadorp.', themeIds: [] };
	};

	it('is sent by a member of the initiative and answered with 201 and both promised steps', async () => {
		sent = await json<RequestView>(await post('/requests', body(), tokens[initiativeMember]), 201);
		assert.equal(sent.status, 'submitted');
		assert.match(sent.reference, /^\d{4}-\d{4}$/);
		assert.deepEqual(sent.steps.map((s) => [s.step, s.state]), [['acknowledge', 'open'], ['decide', 'open']]);
		assert.equal(sent.permissions.party, true);
		assert.equal(sent.permissions.handle, false, 'the initiative does not handle its own request');
		assert.equal(sent.permissions.escalate, true);
		assert.deepEqual(sent.colleagues, [], "the municipality's people are not listed for the initiative");
		assert.ok(!sent.handler || !('userId' in sent.handler), "the initiative sees the handler's name, not their user id");
		assertNoEmail(sent, 'the request');
	});

	it("appears in the initiative's sent list and the municipality's received list", async () => {
		const mine = await json<Mine>(await api('/requests', { bearer: tokens[initiativeMember] }));
		assert.ok(mine.sent.some((r) => r.id === sent.id));
		const theirs = await json<Mine>(await api('/requests', { bearer: tokens[civilServant] }));
		assert.ok(theirs.received.some((r) => r.id === sent.id));
		assertNoEmail(theirs, 'the received list');
	});

	it('refuses to send without a token, without valid JSON, with bad fields, or for an initiative the caller is not in', async () => {
		await problemOf(await post('/requests', body()), 401);
		assert.equal((await problemOf(await post('/requests', '{"subject": ', tokens[initiativeMember], 'en'), 400)).title, 'The request is not valid JSON.');
		const bad = await problemOf(await post('/requests', { organisationId: municipality.id, initiativeId: 'x', type: 'wish', subject: '', description: 'kort' }, tokens[initiativeMember]), 400);
		assert.deepEqual(Object.keys(bad.errors ?? {}).sort(), ['description', 'initiativeId', 'subject', 'type']);
		await problemOf(await post('/requests', body(), tokens[resident]), 403);
		await problemOf(await post('/requests', body(), tokens[insurer]), 403);
	});

	describe('is private to its two parties', () => {
		const outsiders = [resident, insurer];
		/** Valid bodies, so that a refusal is about who asks, not about what they sent. */
		const writes = (handlerId: string): [string, unknown][] => [
			['messages', { body: 'Ik lees mee.' }],
			['notes', { body: 'Een notitie van buiten.' }],
			['acknowledgement', {}],
			['status', { status: 'in_progress' }],
			['assessment', { verdicts: [] }],
			['decision', { decision: 'yes' }],
			['escalation', { reason: 'Het duurt te lang.' }],
			['handover', { handlerId }],
			['publicity', { public: true }],
			['closure', {}]
		];

		it('is not found for someone without memberships or from another organisation, nor without a token', async () => {
			for (const email of outsiders) await problemOf(await get(tokens[email]), 404);
			await problemOf(await get(), 404);
			const lists = await Promise.all(outsiders.map(async (email) => json<Mine>(await api('/requests', { bearer: tokens[email] }))));
			for (const list of lists) assert.ok(![...list.sent, ...list.received].some((r) => r.id === sent.id));
			await problemOf(await api('/requests'), 401);
			await problemOf(await api('/requests/not-an-id', { bearer: tokens[initiativeMember] }), 404);
			await problemOf(await api('/requests/00000000-0000-4000-8000-000000000000', { bearer: tokens[initiativeMember] }), 404);
		});

		it('refuses every write by an outsider with 404, leaving the request as it was', async () => {
			const before = await json<RequestView>(await get(tokens[civilServant]));
			const someone = before.colleagues[0].userId;
			for (const email of outsiders) {
				for (const [action, payload] of writes(someone)) {
					const res = await post(at(action), payload, tokens[email]);
					assert.equal(res.status, 404, `${email} POST ${action}: ${res.status} ${await res.clone().text()}`);
					await problemOf(res, 404);
				}
			}
			const afterwards = await json<RequestView>(await get(tokens[civilServant]));
			assert.deepEqual(afterwards, before, 'nothing changed');
		});

		it('refuses every write without a token with 401, and bad JSON with 400', async () => {
			for (const [action, payload] of writes('someone')) {
				await problemOf(await post(at(action), payload), 401);
				await problemOf(await post(at(action), '{"body": ', tokens[initiativeMember]), 400);
			}
		});

		it("refuses the initiative the organisation's steps, and the organisation the initiative's", async () => {
			await problemOf(await post(at('acknowledgement'), {}, tokens[initiativeMember]), 403);
			await problemOf(await post(at('decision'), { decision: 'yes' }, tokens[initiativeMember]), 403);
			await problemOf(await post(at('notes'), { body: 'Zelf een notitie.' }, tokens[initiativeMember]), 403);
			await problemOf(await post(at('escalation'), { reason: 'Wij escaleren zelf.' }, tokens[civilServant]), 403);
		});
	});

	it('is acknowledged by the municipality, which sees its colleagues and the handler by user id', async () => {
		const acknowledged = await json<RequestView>(await api(at('acknowledgement'), { method: 'POST', bearer: tokens[civilServant] }));
		assert.equal(acknowledged.status, 'acknowledged');
		assert.equal(acknowledged.steps[0].state, 'on_time');
		assert.ok(acknowledged.handler?.userId, 'the organisation sees who handles it, by user id');
		assert.ok(acknowledged.colleagues.length >= 2, 'and whom it could hand it to');
		assert.equal(acknowledged.permissions.handle, true);
		await problemOf(await post(at('acknowledgement'), {}, tokens[civilServant]), 409);
	});

	it('keeps internal notes from the initiative, and carries messages both ways', async () => {
		await json(await post(at('notes'), { body: 'Intern: vraag de beheerder van De Kolk.' }, tokens[civilServant]), 201);
		await json(await post(at('messages'), { body: 'Hoeveel mensen verwacht u?' }, tokens[civilServant]), 201);
		const initiativeSide = await json<RequestView>(await post(at('messages'), { body: 'Ongeveer twintig.' }, tokens[initiativeMember]), 201);
		const text = JSON.stringify(initiativeSide);
		assert.ok(!text.includes('De Kolk'), 'the note is not in the answer to the initiative');
		assert.ok(initiativeSide.timeline.every((e) => !e.internal));
		const organisationSide = await json<RequestView>(await get(tokens[civilServant]));
		assert.ok(organisationSide.timeline.some((e) => e.kind === 'note' && e.internal && e.body.includes('De Kolk')));
		assert.deepEqual(organisationSide.timeline.filter((e) => e.kind === 'message').map((e) => [e.side, e.body]), [
			['organisation', 'Hoeveel mensen verwacht u?'],
			['initiative', 'Ongeveer twintig.']
		]);
		assert.ok((await json<RequestView>(await get(tokens[initiativeMember]))).timeline.every((e) => !e.internal));
	});

	it('waits for the initiative until it answers, then goes on', async () => {
		const waiting = await json<RequestView>(await post(at('status'), { status: 'waiting', body: 'Wij wachten op uw rooster.' }, tokens[civilServant]));
		assert.equal(waiting.status, 'waiting');
		const resumed = await json<RequestView>(await post(at('messages'), { body: 'Het rooster staat in de bijlage van onze mail.' }, tokens[initiativeMember]), 201);
		assert.equal(resumed.status, 'in_progress');
		await problemOf(await post(at('status'), { status: 'finished' }, tokens[civilServant]), 400);
	});

	it('lets the initiative ask for escalation once', async () => {
		const escalated = await json<RequestView>(await post(at('escalation'), { reason: 'Wij hebben de ruimte over twee weken nodig.' }, tokens[initiativeMember]));
		assert.ok(escalated.escalatedAt);
		assert.equal(escalated.permissions.escalate, false);
		await problemOf(await post(at('escalation'), { reason: 'Nog een keer.' }, tokens[initiativeMember]), 409);
	});

	it('is handed over to a colleague, only to a member of the municipality', async () => {
		const view = await json<RequestView>(await get(tokens[civilServant]));
		const coach = await json<RequestView>(await get(tokens[neighbourhoodCoach]));
		assert.equal(coach.permissions.handle, true, 'the neighbourhood coach works for the municipality');
		const colleagueId = view.colleagues.find((c) => c.userId !== view.handler?.userId)!.userId;
		const handed = await json<RequestView>(await post(at('handover'), { handlerId: colleagueId, body: 'Jij kent Aadorp beter.' }, tokens[civilServant]));
		assert.equal(handed.handler?.userId, colleagueId);
		assert.equal(handed.timeline.at(-1)?.kind, 'note', 'the handover note is kept for the organisation');
		const other = await problemOf(await post(at('handover'), { handlerId: 'iemand-anders' }, tokens[civilServant], 'en'), 400);
		assert.equal((other as { field?: string }).field, 'handlerId');
		const seen = await json<RequestView>(await get(tokens[initiativeMember]));
		assert.ok(seen.handler && !('userId' in seen.handler));
		assert.ok(!JSON.stringify(seen).includes('Jij kent Aadorp beter.'), 'the handover note stays internal');
		assert.ok(!JSON.stringify(seen).includes(colleagueId), "the initiative is not given the colleague's user id");
	});

	it('refuses a "no" without reason and alternative, naming both fields, in the caller\'s language', async () => {
		const refused = await problemOf(await post(at('decision'), { decision: 'no' }, tokens[neighbourhoodCoach], 'en'), 400);
		assert.deepEqual(Object.keys(refused.errors ?? {}).sort(), ['alternative', 'reason']);
		assert.equal(refused.errors?.reason, 'A no needs a reason. Write down the reason.');
		const dutch = await problemOf(await post(at('decision'), { decision: 'no', reason: '', alternative: '' }, tokens[neighbourhoodCoach]), 400);
		assert.equal(dutch.errors?.alternative, 'Bij een nee hoort een andere mogelijkheid of een volgende stap. Schrijf die op.');
		await problemOf(await post(at('decision'), { decision: 'yes_with_conditions' }, tokens[neighbourhoodCoach]), 400);
		assert.equal((await json<RequestView>(await get(tokens[civilServant]))).status, 'in_progress', 'nothing was decided');
	});

	it('is decided "no" with a reason and an alternative, after which it takes no more steps', async () => {
		const decided = await json<RequestView>(
			await post(at('decision'), { decision: 'no', reason: 'De zaal is op dinsdag al verhuurd.', alternative: 'Op donderdag is de zaal vrij; wij reserveren die graag.' }, tokens[neighbourhoodCoach])
		);
		assert.equal(decided.status, 'decided');
		assert.equal(decided.decision?.decision, 'no');
		assert.equal(decided.decision?.alternative, 'Op donderdag is de zaal vrij; wij reserveren die graag.');
		assert.equal(decided.steps[1].state, 'on_time');
		await problemOf(await post(at('decision'), { decision: 'yes' }, tokens[neighbourhoodCoach]), 409);
		await problemOf(await post(at('status'), { status: 'in_progress' }, tokens[neighbourhoodCoach]), 409);
		const seen = await json<RequestView>(await get(tokens[initiativeMember]));
		assert.equal(seen.decision?.reason, 'De zaal is op dinsdag al verhuurd.');
	});

	it('becomes readable to others only when both parties make it public, and even then not writable', async () => {
		const one = await json<RequestView>(await post(at('publicity'), { public: true }, tokens[initiativeMember]));
		assert.deepEqual(one.publicity, { byInitiative: true, byOrganisation: false, public: false });
		await problemOf(await get(tokens[resident]), 404);
		const both = await json<RequestView>(await post(at('publicity'), { public: true }, tokens[civilServant]));
		assert.equal(both.publicity.public, true);

		for (const bearer of [tokens[resident], tokens[insurer], undefined]) {
			const seen = await json<RequestView>(await get(bearer));
			assert.equal(seen.permissions.party, false);
			assert.ok(seen.timeline.every((e) => !e.internal), 'no internal notes for the public');
			assert.ok(!JSON.stringify(seen).includes('De Kolk'));
			assert.deepEqual(seen.colleagues, []);
			assert.deepEqual(seen.attachments, []);
			assert.ok(seen.handler && !('userId' in seen.handler));
			assertNoEmail(seen, 'the public request');
		}
		for (const email of [resident, insurer]) {
			const res = await post(at('messages'), { body: 'Mooi dat dit openbaar is.' }, tokens[email]);
			assert.equal(res.status, 403, `${email}: ${res.status}`);
			await problemOf(await post(at('publicity'), { public: false }, tokens[email]), 403);
		}
		const listed = await json<Desk>(await api(`/organisations/${municipality.slug}/desk`));
		assert.ok(listed.publicRequests.some((r) => r.id === sent.id), 'the desk lists it');
	});

	it('is closed by the organisation once decided', async () => {
		const closed = await json<RequestView>(await api(at('closure'), { method: 'POST', bearer: tokens[civilServant] }));
		assert.equal(closed.status, 'closed');
		await problemOf(await post(at('messages'), { body: 'Nog iets.' }, tokens[initiativeMember]), 409);
	});
});

// ---- The demo desk's own requests -------------------------------------------------------------

describe("the demo municipality's requests", () => {
	let received: Mine['received'];
	let staffIds: string[];

	before(async () => {
		received = (await json<Mine>(await api('/requests', { bearer: tokens[civilServant] }))).received;
		const anyOne = await json<RequestView>(await api(`/requests/${received[0].id}`, { bearer: tokens[civilServant] }));
		staffIds = anyOne.colleagues.map((c) => c.userId);
		assert.ok(staffIds.length >= 3, 'Fatma, Sander and Karin work there');
	});

	it('are private, except those both parties made public, which show no notes and no user ids', async () => {
		assert.ok(received.length >= 10, `${received.length} requests to the municipality`);
		const { publicRequests } = await json<Desk>(await api(`/organisations/${municipality.slug}/desk`));
		let shown = 0;
		for (const r of received) {
			const isPublic = publicRequests.some((p) => p.id === r.id);
			for (const bearer of [tokens[resident], tokens[insurer]]) {
				const res = await api(`/requests/${r.id}`, { bearer });
				if (!isPublic) {
					await problemOf(res, 404);
					continue;
				}
				const seen = await json<RequestView>(res);
				shown++;
				assert.ok(seen.timeline.every((e) => !e.internal) && seen.colleagues.length === 0 && seen.attachments.length === 0);
				const text = JSON.stringify(seen);
				for (const id of staffIds) assert.ok(!text.includes(id), `a public request names no user id (${r.reference})`);
				assertNoEmail(seen, r.reference);
			}
		}
		assert.ok(shown > 0, 'the demo has public requests');
	});

	it("show the initiative no notes and no staff user ids, even after a handover or an escalation", async () => {
		const sent = (await json<Mine>(await api('/requests', { bearer: tokens[initiativeMember] }))).sent;
		assert.ok(sent.length > 0);
		let withNotes = 0;
		for (const r of sent.filter((s) => received.some((x) => x.id === s.id))) {
			const seen = await json<RequestView>(await api(`/requests/${r.id}`, { bearer: tokens[initiativeMember] }));
			const inside = await json<RequestView>(await api(`/requests/${r.id}`, { bearer: tokens[civilServant] }));
			if (inside.timeline.some((e) => e.internal)) withNotes++;
			assert.ok(seen.timeline.every((e) => !e.internal));
			assert.equal(seen.timeline.length, inside.timeline.filter((e) => !e.internal).length);
			const text = JSON.stringify(seen);
			for (const id of staffIds) assert.ok(!text.includes(id), `${r.reference} names no staff user id to the initiative`);
		}
		assert.ok(withNotes > 0, 'some of them carry internal notes');
	});
});

// ---- Right to challenge -----------------------------------------------------------------------

describe('a right-to-challenge request', () => {
	let id: string;
	let criteria: string[];
	const at = (action: string) => `/requests/${id}/${action}`;

	it('is judged on every published criterion before it is decided', async () => {
		assert.ok(desk.promises.some((p) => p.type === 'challenge'), 'the municipality takes challenges');
		criteria = desk.challengeCriteria;
		assert.ok(criteria.length > 0);
		const sent = await json<RequestView & { criteria: string[] }>(
			await post('/requests', { organisationId: municipality.id, initiativeId: initiative.id, type: 'challenge', subject: 'Wij beheren het dorpshuis zelf', description: 'Wij willen het beheer van het dorpshuis van de gemeente overnemen.' }, tokens[initiativeMember]),
			201
		);
		id = sent.id;
		assert.deepEqual(sent.criteria, criteria);
		await problemOf(await post(at('decision'), { decision: 'yes', reason: 'Goed plan.' }, tokens[neighbourhoodCoach]), 409);
		await json(await post(at('acknowledgement'), { body: 'Wij bekijken uw uitdaging.' }, tokens[neighbourhoodCoach]));
		assert.ok(criteria.length > 1, 'the demo publishes several criteria');
		const short = await problemOf(await post(at('assessment'), { verdicts: [{ met: true, note: 'Ja, dat klopt.' }] }, tokens[neighbourhoodCoach]), 400);
		assert.ok(Object.keys(short.errors ?? {}).includes('met-1'), 'the missing verdict is named');
		await problemOf(await post(at('assessment'), { verdicts: 'alles goed' }, tokens[neighbourhoodCoach]), 400);
		await problemOf(await post(at('assessment'), { verdicts: criteria.map(() => ({ met: true, note: 'Ja.' })) }, tokens[initiativeMember]), 403);
		const assessed = await json<RequestView & { assessment: { met: boolean; note: string }[] }>(
			await post(at('assessment'), { verdicts: criteria.map((_, i) => ({ met: i > 0, note: i > 0 ? 'Daar voldoet het plan aan.' : 'Nog niet uitgewerkt.' })) }, tokens[neighbourhoodCoach])
		);
		assert.deepEqual(assessed.assessment.map((a) => a.met), criteria.map((_, i) => i > 0));
		assert.equal(assessed.status, 'in_progress');
		const decided = await json<RequestView>(await post(at('decision'), { decision: 'yes_with_conditions', reason: 'Het plan is sterk.', conditions: 'Werk het eerste punt uit.' }, tokens[neighbourhoodCoach]));
		assert.equal(decided.decision?.decision, 'yes_with_conditions');
	});
});
