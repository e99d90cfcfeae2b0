/**
 * The JSON API over plain HTTP against the built server: health, the OpenAPI document, the
 * public lists, and RFC 9457 problem responses (in Dutch by default, English on request).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { admin, apiRequest, coordinator, personalToken, problemOf, startServer, type Server } from './support.ts';

let server: Server;
/** The coordinator's token, and the administrator's. */
let token: string;
let adminToken: string;



const api = (path: string, init: RequestInit & { lang?: string; bearer?: string } = {}) => apiRequest(server.url, path, init);

const postJson = (path: string, body: string, extra: { lang?: string; bearer?: string } = {}) =>
	api(path, { method: 'POST', body, headers: { 'content-type': 'application/json' }, ...extra });

const tokenFor = async (email: string) => (await personalToken(server.url, email, 'api-e2e')).token;

before(async () => {
	server = await startServer();
	[token, adminToken] = await Promise.all([tokenFor(coordinator), tokenFor(admin)]);
});

after(() => server?.stop());

describe('health and description', () => {
	it('GET /healthz → {"status":"ok","database":"pglite"}', async () => {
		const res = await fetch(`${server.url}/healthz`);
		assert.equal(res.status, 200);
		assert.deepEqual(await res.json(), { status: 'ok', database: 'pglite' });
	});

	it('GET /api/v1/openapi.json is OpenAPI 3.1 describing the resources and the organisation body', async () => {
		const res = await api('/openapi.json');
		assert.equal(res.status, 200);
		const doc = (await res.json()) as {
			openapi: string;
			info: { title: string };
			paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown>; required?: string[] } }> } }>>;
		};
		assert.match(doc.openapi, /^3\.1\./);
		for (const path of ['/organisations', '/areas', '/themes', '/spaces']) assert.ok(doc.paths[path], `path ${path} is described`);
		const schema = doc.paths['/organisations'].post?.requestBody?.content['application/json']?.schema;
		assert.ok(schema, 'POST /organisations has a JSON request body schema');
		assert.ok('name' in schema.properties && 'kind' in schema.properties, 'with name and kind');
		assert.deepEqual([...(schema.required ?? [])].sort().filter((k) => k === 'name' || k === 'kind'), ['kind', 'name'], 'name and kind are required');
	});
});

describe('public lists', () => {
	it('GET /api/v1/organisations lists the demo organisations', async () => {
		const res = await api('/organisations');
		assert.equal(res.status, 200);
		assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
		const list = (await res.json()) as { slug: string; name: string; kind: string }[];
		assert.ok(Array.isArray(list) && list.length >= 10, `${list.length} organisations`);
		assert.ok(list.some((o) => o.slug === 'cooperatie-samen-twente' && o.kind === 'network'));
	});

	it('GET /api/v1/areas has the 14 Twente municipalities with their GM codes', async () => {
		const res = await api('/areas');
		assert.equal(res.status, 200);
		const areas = (await res.json()) as { name: string; level: string; cbsCode: string | null }[];
		const municipalities = areas.filter((a) => a.level === 'municipality');
		assert.equal(municipalities.length, 14);
		for (const m of municipalities) assert.match(m.cbsCode ?? '', /^GM\d{4}$/, `${m.name} has a GM code`);
		assert.equal(municipalities.find((m) => m.name === 'Almelo')?.cbsCode, 'GM0141');
		assert.equal(new Set(municipalities.map((m) => m.cbsCode)).size, 14, 'codes are unique');
	});

	it('GET /api/v1/themes has Dutch and English names', async () => {
		const res = await api('/themes');
		assert.equal(res.status, 200);
		const themes = (await res.json()) as { nameNl: string; nameEn: string }[];
		assert.ok(themes.length >= 8);
		assert.ok(themes.some((t) => t.nameNl === 'Wonen' && t.nameEn === 'Housing'));
	});

	it('GET /api/v1/spaces shows public spaces only to anonymous callers', async () => {
		const res = await api('/spaces');
		assert.equal(res.status, 200);
		const spaces = (await res.json()) as { slug: string; visibility: string }[];
		assert.ok(spaces.some((s) => s.slug === 'burgerinbreng-regioplan-2026'));
		assert.ok(spaces.every((s) => s.visibility === 'public'), 'no members-only space leaks');
	});
});

describe('writes and errors', () => {
	it('POST without a token → 401 problem+json', async () => {
		const body = await problemOf(await postJson('/organisations', JSON.stringify({ name: 'Zonder sleutel', kind: 'other' })), 401);
		assert.equal(body.title, 'Log eerst in.');
	});

	it('POST with a token that does not exist → 401 problem+json', async () => {
		await problemOf(await postJson('/organisations', JSON.stringify({ name: 'Valse sleutel', kind: 'other' }), { bearer: 'ssp_bestaatniet' }), 401);
	});

	it('POST with invalid JSON → 400 problem+json', async () => {
		const body = await problemOf(await postJson('/organisations', '{"name": ', { bearer: token }), 400);
		assert.equal(body.title, 'De aanvraag is geen geldige JSON.');
	});

	it('POST with a bad body → 400 with errors per field', async () => {
		const body = await problemOf(await postJson('/organisations', JSON.stringify({ name: '', kind: 'spaceship', website: 'ftp://x' }), { bearer: token }), 400);
		assert.ok(body.errors, 'errors are listed');
		assert.deepEqual(Object.keys(body.errors).sort(), ['kind', 'name', 'website']);
		assert.equal(body.errors.name, 'Vul dit veld in.');
	});

	it('POST with a good body and token → 201 with the new organisation', async () => {
		const res = await postJson('/organisations', JSON.stringify({ name: 'API Buurtvereniging', kind: 'initiative', website: 'https://buurt.example.org' }), { bearer: token });
		assert.equal(res.status, 201, await res.clone().text());
		const created = (await res.json()) as { slug: string; name: string; website: string | null };
		assert.equal(created.name, 'API Buurtvereniging');
		assert.equal(created.website, 'https://buurt.example.org');
		const read = await api(`/organisations/${created.slug}`);
		assert.equal(read.status, 200);
	});

	// The website is optional (the OpenAPI document does not list it as required).
	it('POST without a website, or with an empty one → 201 with website null', async () => {
		for (const [name, extra] of [
			['API Zonder Website', {}],
			['API Lege Website', { website: '' }]
		] as const) {
			const res = await postJson('/organisations', JSON.stringify({ name, kind: 'initiative', ...extra }), { bearer: token });
			assert.equal(res.status, 201, `${JSON.stringify(extra)}: ${await res.clone().text()}`);
			assert.equal(((await res.json()) as { website: string | null }).website, null);
		}
	});

	it('PUT /spaces/{slug}/phases with a phase without dates (they are optional) → 200', async () => {
		const res = await api('/spaces/burgerinbreng-regioplan-2026/phases', {
			method: 'PUT',
			bearer: token,
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify([
				{ title: 'Ophalen', startsOn: '2026-01-01', endsOn: '2026-03-31' },
				{ title: 'Bundelen' }
			])
		});
		assert.equal(res.status, 200, await res.clone().text());
		const phases = (await res.json()) as { title: string; startsOn: string | null; endsOn: string | null }[];
		assert.deepEqual(
			phases.map((p) => [p.title, p.startsOn, p.endsOn]),
			[
				['Ophalen', '2026-01-01', '2026-03-31'],
				['Bundelen', null, null]
			]
		);
	});

	it('POST /areas without a CBS code, or with an empty one (it is optional) → 201', async () => {
		const areas = (await (await api('/areas')).json()) as { id: string; name: string }[];
		const almelo = areas.find((a) => a.name === 'Almelo');
		assert.ok(almelo);
		for (const [name, extra] of [
			['Wijk Zonder Code', {}],
			['Wijk Lege Code', { cbsCode: '' }]
		] as const) {
			const res = await postJson('/areas', JSON.stringify({ name, level: 'district', parentId: almelo.id, ...extra }), { bearer: adminToken });
			assert.equal(res.status, 201, `${JSON.stringify(extra)}: ${await res.clone().text()}`);
			assert.equal(((await res.json()) as { cbsCode: string | null }).cbsCode, null);
		}
	});

	it('an unknown path /api/v1/nope → 404 problem+json', async () => {
		await problemOf(await api('/nope'), 404);
		await problemOf(await api('/nope', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }), 404);
	});

	it('Accept-Language: en gives English messages', async () => {
		assert.equal((await problemOf(await api('/nope', { lang: 'en' }), 404)).title, 'This page does not exist.');
		assert.equal((await problemOf(await postJson('/organisations', '{}', { lang: 'en-GB,en;q=0.9' }), 401)).title, 'Sign in first.');
		assert.equal((await problemOf(await postJson('/organisations', '{', { lang: 'en', bearer: token }), 400)).title, 'The request is not valid JSON.');
		const bad = await problemOf(await postJson('/organisations', JSON.stringify({ kind: 'initiative', name: '' }), { lang: 'en', bearer: token }), 400);
		assert.equal(bad.title, 'The request is not valid.');
		assert.equal(bad.errors?.name, 'Fill in this field.');
	});
});
