/**
 * The gatherings part of the JSON API over plain HTTP against the built server: the agenda and
 * its filters, one gathering, its iCalendar file, registering and cancelling with a token, and
 * every refusal as RFC 9457 problem+json in the caller's language.
 *
 * There is no API for creating gatherings, so they are made through the services on the data
 * directory before the server starts; the server then finds them there.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import ICAL from 'ical.js';
import { apiRequest, coordinator, Jar, makeDataDir, newestMail, personalToken, problemOf, startServer, type Server } from './support.ts';
import { startApp } from '../../src/lib/server/app.ts';
import { readConfig } from '../../src/lib/server/config.ts';
import { findUserByEmail, type Actor } from '../../src/lib/server/modules/identity/index.ts';
import { createOrganisation, listAreas, listThemes } from '../../src/lib/server/modules/network/index.ts';
import { createGathering, type GatheringInput } from '../../src/lib/server/modules/gatherings/index.ts';

const resident = 'inwoner@example.org';
const nurse = 'zorg@example.org';

let server: Server;
let residentToken: string;
let nurseToken: string;
/** The resident's browser session: the API must not take it as a sign-in. */
let residentJar: Jar;

interface Seeded {
	organisationId: string;
	almeloId: string;
	housingId: string;
	/** One place and a waiting list, in Almelo, about housing, 19:30 to 21:00. */
	open: { id: string; slug: string; title: string };
	/** One place, no waiting list, online. */
	full: { id: string; slug: string; title: string };
	/** Registration closed yesterday. */
	closed: { id: string; slug: string; title: string };
	days: { open: string; full: string; closed: string };
}
let seeded: Seeded;



const api = (path: string, init: RequestInit & { lang?: string; bearer?: string } = {}) => apiRequest(server.url, path, init);

const register = (id: string, options: { body?: string; lang?: string; bearer?: string; headers?: Record<string, string> } = {}) =>
	api(`/gatherings/${id}/registrations`, {
		method: 'POST',
		body: options.body,
		lang: options.lang,
		bearer: options.bearer,
		headers: { ...(options.body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers }
	});

const unregister = (id: string, options: { lang?: string; bearer?: string; headers?: Record<string, string> } = {}) =>
	api(`/gatherings/${id}/registrations/me`, { method: 'DELETE', ...options });

/** A token the way a person makes one: sign in and use the form on /account (no browser needed). */
const tokenFor = (email: string) => personalToken(server.url, email, 'gatherings-api-e2e');

/** A day counted from today, as YYYY-MM-DD. */
function dayFromNow(days: number): string {
	return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The demo region plus one organisation and three gatherings, written through the services. */
async function seed(dataDir: string): Promise<Seeded> {
	const app = await startApp(readConfig({ DATA_DIR: dataDir, ORIGIN: 'http://127.0.0.1' }), { demo: true });
	try {
		const db = app.database.db;
		const found = await findUserByEmail(db, coordinator);
		assert.ok(found, 'the demo coordinator exists');
		const actor: Actor = { userId: found.id, name: found.name, email: found.email, isAdmin: found.isAdmin };
		const organisation = await createOrganisation(db, actor, { name: 'API Gespreksgroep', kind: 'initiative' });
		const almeloId = (await listAreas(db)).find((a) => a.name === 'Almelo')?.id;
		const housingId = (await listThemes(db)).find((t) => t.nameNl === 'Wonen')?.id;
		assert.ok(almeloId && housingId, 'the demo has Almelo and the theme Wonen');
		const days = { open: dayFromNow(40), full: dayFromNow(41), closed: dayFromNow(42) };
		const make = async (input: Partial<GatheringInput> & { title: string }) => {
			const g = await createGathering(db, actor, { organiserIds: [organisation.id], ...input } as GatheringInput, app.config.origin);
			return { id: g.id, slug: g.slug, title: g.title };
		};
		const open = await make({
			title: 'API Buurtgesprek over wonen',
			startDay: days.open,
			startTime: '19:30',
			endTime: '21:00',
			format: 'in_person',
			address: 'Grotestraat 1, Almelo',
			areaId: almeloId,
			themeIds: [housingId],
			capacity: 1,
			waitlist: true
		});
		const full = await make({ title: 'API Leerkring online', startDay: days.full, startTime: '10:00', format: 'online', onlineUrl: 'https://meet.example.org/leerkring', capacity: 1, waitlist: false });
		const closed = await make({ title: 'API Inloop met gesloten aanmelding', startDay: days.closed, startTime: '14:00', format: 'hybrid', registrationCloses: `${dayFromNow(-1)}T12:00` });
		return { organisationId: organisation.id, almeloId, housingId, open, full, closed, days };
	} finally {
		await app.stop();
	}
}

before(async () => {
	const dataDir = makeDataDir();
	seeded = await seed(dataDir);
	server = await startServer({ dataDir });
	const [r, n] = await Promise.all([tokenFor(resident), tokenFor(nurse)]);
	[residentToken, residentJar, nurseToken] = [r.token, r.jar, n.token];
});

// The server did not make the directory, so it is kept unless asked.
after(() => server?.stop({ keepData: false }));

interface Listed {
	total: number;
	pages: number;
	gatherings: { id: string; slug: string; title: string; startsAt: string | null; format: string; full: boolean; organisers: { id: string }[] }[];
}

async function listed(query: string, init: { lang?: string; bearer?: string } = {}): Promise<Listed> {
	const res = await api(`/gatherings?${query}`, init);
	assert.equal(res.status, 200, await res.clone().text());
	assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
	return (await res.json()) as Listed;
}

const ours = (query = '') => listed(`organisation=${seeded.organisationId}${query ? `&${query}` : ''}`);

describe('GET /api/v1/gatherings', () => {
	it('lists the gatherings of an organisation, soonest first', async () => {
		const list = await ours();
		assert.equal(list.total, 3);
		assert.equal(list.pages, 1);
		assert.deepEqual(
			list.gatherings.map((g) => g.id),
			[seeded.open.id, seeded.full.id, seeded.closed.id]
		);
		assert.ok(list.gatherings.every((g) => g.organisers.some((o) => o.id === seeded.organisationId)));
		assert.ok(list.gatherings.every((g) => !g.full), 'nobody has registered yet');
	});

	it('filters by area, theme, format and days', async () => {
		assert.deepEqual((await ours(`area=${seeded.almeloId}`)).gatherings.map((g) => g.id), [seeded.open.id]);
		assert.deepEqual((await ours(`theme=${seeded.housingId}`)).gatherings.map((g) => g.id), [seeded.open.id]);
		assert.deepEqual((await ours('format=online')).gatherings.map((g) => g.id), [seeded.full.id]);
		assert.deepEqual((await ours(`from=${seeded.days.full}&to=${seeded.days.full}`)).gatherings.map((g) => g.id), [seeded.full.id]);
		assert.deepEqual((await ours(`from=${seeded.days.full}`)).gatherings.map((g) => g.id), [seeded.full.id, seeded.closed.id]);
		assert.equal((await ours('page=2')).gatherings.length, 0, 'a page past the end is empty');
	});

	it('takes a space by id; none of these gatherings is in a space', async () => {
		const spaces = (await (await api('/spaces')).json()) as { id: string; slug: string }[];
		const space = spaces.find((s) => s.slug === 'burgerinbreng-regioplan-2026');
		assert.ok(space);
		assert.equal((await ours(`space=${space.id}`)).total, 0);
	});

	it('refuses a space slug, or any filter that is not valid, with 400 and the field named', async () => {
		const slug = await problemOf(await api('/gatherings?space=burgerinbreng-regioplan-2026'), 400);
		assert.equal(slug.title, 'De aanvraag klopt niet.');
		assert.deepEqual(Object.keys(slug.errors ?? {}), ['space']);
		const english = await problemOf(await api('/gatherings?space=burgerinbreng-regioplan-2026', { lang: 'en' }), 400);
		assert.equal(english.title, 'The request is not valid.');
		assert.equal(english.errors?.space, 'This is not right. Please check it.');
		const many = await problemOf(await api('/gatherings?organisation=nope&area=1&theme=x&format=walking&from=2026-02-30&to=morgen&page=0'), 400);
		assert.deepEqual(Object.keys(many.errors ?? {}).sort(), ['area', 'format', 'from', 'organisation', 'page', 'theme', 'to']);
		assert.equal(many.errors?.from, 'Vul een geldige datum in.');
	});
});

interface GatheringView {
	id: string;
	slug: string;
	title: string;
	startsAt: string;
	endsAt: string | null;
	onlineUrl: string | null;
	hasOnlineUrl: boolean;
	registration: { capacity: number | null; waitlist: boolean; window: string; confirmed: number; waitlisted: number; mine: { status: string; position: number; needs: string } | null };
	permissions: { manage: boolean; participant: boolean };
}

async function gathering(id: string, bearer?: string): Promise<GatheringView> {
	const res = await api(`/gatherings/${id}`, { bearer });
	assert.equal(res.status, 200, await res.clone().text());
	return (await res.json()) as GatheringView;
}

describe('GET /api/v1/gatherings/{id}', () => {
	it('finds a gathering by id and by slug', async () => {
		const byId = await gathering(seeded.open.id);
		const bySlug = await gathering(seeded.open.slug);
		assert.equal(byId.id, seeded.open.id);
		assert.deepEqual(bySlug, byId);
		assert.equal(byId.title, seeded.open.title);
		assert.equal(byId.registration.capacity, 1);
		assert.equal(byId.registration.waitlist, true);
		assert.equal(byId.registration.window, 'open');
		assert.equal(byId.registration.mine, null);
		assert.deepEqual(byId.permissions, { manage: false, participant: false });
	});

	it('keeps the online link from people who are not taking part', async () => {
		const online = await gathering(seeded.full.id);
		assert.equal(online.onlineUrl, null);
		assert.equal(online.hasOnlineUrl, true);
	});

	it('answers an unknown id or slug with 404 problem+json, in the caller language', async () => {
		assert.equal((await problemOf(await api(`/gatherings/${crypto.randomUUID()}`), 404)).title, 'Deze pagina bestaat niet.');
		assert.equal((await problemOf(await api('/gatherings/bestaat-niet', { lang: 'en' }), 404)).title, 'This page does not exist.');
	});
});

describe('GET /api/v1/gatherings/{id}/calendar.ics', () => {
	it('is an iCalendar file with the gathering as one event in Amsterdam time', async () => {
		const res = await api(`/gatherings/${seeded.open.id}/calendar.ics`);
		assert.equal(res.status, 200);
		assert.equal(res.headers.get('content-type'), 'text/calendar; charset=utf-8');
		assert.match(res.headers.get('content-disposition') ?? '', new RegExp(`filename="${seeded.open.id}\\.ics"$`));
		assert.match(res.headers.get('cache-control') ?? '', /^public/, 'anonymous callers only ever see public gatherings');
		const calendar = new ICAL.Component(ICAL.parse(await res.text()));
		assert.equal(calendar.name, 'vcalendar');
		assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
		const zone = calendar.getFirstSubcomponent('vtimezone');
		assert.ok(zone, 'the zone travels with the file');
		ICAL.TimezoneService.register(zone);
		const events = calendar.getAllSubcomponents('vevent');
		assert.equal(events.length, 1);
		const event = new ICAL.Event(events[0]);
		assert.equal(event.summary, seeded.open.title);
		assert.match(event.uid, new RegExp(`^gathering-${seeded.open.id}@`));
		assert.equal(event.location, 'Grotestraat 1, Almelo');
		assert.equal(events[0].getFirstPropertyValue('status'), 'CONFIRMED');
		assert.equal(events[0].getFirstPropertyValue('url'), `${server.url}/bijeenkomsten/${seeded.open.slug}`);
		assert.equal(events[0].getFirstProperty('dtstart')?.getParameter('tzid'), 'Europe/Amsterdam');
		assert.equal(event.startDate.zone?.tzid, 'Europe/Amsterdam', 'and ical.js knows the zone');
		assert.deepEqual([event.startDate.toString().slice(0, 10), event.startDate.hour, event.startDate.minute], [seeded.days.open, 19, 30]);
		assert.deepEqual([event.endDate.hour, event.endDate.minute], [21, 0]);
		const json = await gathering(seeded.open.id);
		assert.equal(event.startDate.toJSDate().toISOString(), new Date(json.startsAt).toISOString(), 'the same instant as the JSON');
		assert.equal(event.endDate.toJSDate().toISOString(), new Date(json.endsAt!).toISOString());
	});

	it('takes the slug too, and names the file after it', async () => {
		const res = await api(`/gatherings/${seeded.full.slug}/calendar.ics`);
		assert.equal(res.status, 200);
		assert.match(res.headers.get('content-disposition') ?? '', new RegExp(`filename="${seeded.full.slug}\\.ics"`));
		const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await res.text())).getFirstSubcomponent('vevent')!);
		assert.equal(event.summary, seeded.full.title);
	});

	it('is private to the caller when asked with a token', async () => {
		const res = await api(`/gatherings/${seeded.open.id}/calendar.ics`, { bearer: residentToken });
		assert.equal(res.status, 200);
		assert.match(res.headers.get('cache-control') ?? '', /private/);
	});

	it('answers an unknown gathering with 404 problem+json, not a calendar', async () => {
		assert.equal((await problemOf(await api(`/gatherings/${crypto.randomUUID()}/calendar.ics`, { lang: 'en' }), 404)).title, 'This page does not exist.');
	});
});

describe('POST and DELETE /api/v1/gatherings/{id}/registrations', () => {
	it('refuses an anonymous caller with 401', async () => {
		assert.equal((await problemOf(await register(seeded.open.id, { body: '{}' }), 401)).title, 'Log eerst in.');
		assert.equal((await problemOf(await register(seeded.open.id, { lang: 'en' }), 401)).title, 'Sign in first.');
		assert.equal((await problemOf(await unregister(seeded.open.id), 401)).title, 'Log eerst in.');
	});

	it('refuses a browser session cookie: the API takes tokens only', async () => {
		assert.ok(residentJar.cookies.size > 0, 'the resident has a session cookie');
		await problemOf(await register(seeded.open.id, { body: '{}', headers: { cookie: residentJar.header(), origin: server.url } }), 401);
		await problemOf(await unregister(seeded.open.id, { headers: { cookie: residentJar.header(), origin: server.url } }), 401);
	});

	it('refuses malformed JSON and a body that is not valid with 400', async () => {
		assert.equal((await problemOf(await register(seeded.open.id, { body: '{"needs": ', bearer: residentToken }), 400)).title, 'De aanvraag is geen geldige JSON.');
		assert.equal((await problemOf(await register(seeded.open.id, { body: '{', bearer: residentToken, lang: 'en' }), 400)).title, 'The request is not valid JSON.');
		const tooLong = await problemOf(await register(seeded.open.id, { body: JSON.stringify({ needs: 'x'.repeat(1001) }), bearer: residentToken, lang: 'en' }), 400);
		assert.equal(tooLong.errors?.needs, 'This is too long. Make it shorter.');
		assert.equal((await gathering(seeded.open.id)).registration.confirmed, 0, 'nothing was registered');
	});

	it('answers an unknown gathering with 404', async () => {
		await problemOf(await register(crypto.randomUUID(), { body: '{}', bearer: residentToken }), 404);
		await problemOf(await unregister('bestaat-niet', { bearer: residentToken }), 404);
	});

	it('registers with 201 and only the status and position; the first one in gets the place', async () => {
		const res = await register(seeded.open.id, { body: JSON.stringify({ needs: 'Een plek voor een rolstoel' }), bearer: residentToken });
		assert.equal(res.status, 201, await res.clone().text());
		assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
		assert.deepEqual(await res.json(), { status: 'confirmed', position: 1 });
		const seen = await gathering(seeded.open.id, residentToken);
		assert.deepEqual(seen.registration.mine, { status: 'confirmed', position: 1, needs: 'Een plek voor een rolstoel' });
		assert.equal(seen.permissions.participant, true);
	});

	it('a second registration by the same person → 409', async () => {
		assert.equal((await problemOf(await register(seeded.open.id, { body: '{}', bearer: residentToken }), 409)).title, 'U bent al aangemeld met dit e-mailadres.');
		assert.equal((await problemOf(await register(seeded.open.id, { bearer: residentToken, lang: 'en' }), 409)).title, 'You are already registered with this e-mail address.');
	});

	it('without a body, a full gathering with a waiting list puts the caller on it', async () => {
		const res = await register(seeded.open.id, { bearer: nurseToken });
		assert.equal(res.status, 201, await res.clone().text());
		assert.deepEqual(await res.json(), { status: 'waitlisted', position: 1 });
		const seen = await gathering(seeded.open.id);
		assert.deepEqual([seen.registration.confirmed, seen.registration.waitlisted], [1, 1]);
		const listedNow = await ours(`from=${seeded.days.open}&to=${seeded.days.open}`);
		assert.equal(listedNow.gatherings[0].full, true, 'the agenda shows it as full');
	});

	it('a full gathering without a waiting list → 409; the e-mail is in the caller language', async () => {
		const first = await register(seeded.full.id, { body: '{}', bearer: residentToken, lang: 'en' });
		assert.equal(first.status, 201, await first.clone().text());
		assert.deepEqual(await first.json(), { status: 'confirmed', position: 1 });
		const mail = await newestMail(server.url, resident, `You are registered: ${seeded.full.title}`);
		assert.ok(mail, 'the confirmation went out in English');
		assert.ok(mail.links.some((l) => l.includes('/aanmelding/')), 'the manage link is in the e-mail, not in the API answer');
		assert.equal((await problemOf(await register(seeded.full.id, { body: '{}', bearer: nurseToken }), 409)).title, 'De bijeenkomst is vol. Er is geen wachtlijst.');
		assert.equal((await problemOf(await register(seeded.full.id, { body: '{}', bearer: nurseToken, lang: 'en' }), 409)).title, 'The gathering is full. There is no waiting list.');
		assert.equal((await gathering(seeded.full.id, residentToken)).onlineUrl, 'https://meet.example.org/leerkring', 'a participant sees the online link');
	});

	it('after the registration window has closed → 409', async () => {
		assert.equal((await problemOf(await register(seeded.closed.id, { body: '{}', bearer: residentToken }), 409)).title, 'Aanmelden kan niet meer.');
		assert.equal((await problemOf(await register(seeded.closed.slug, { body: '{}', bearer: residentToken, lang: 'en' }), 409)).title, 'Registration has closed.');
	});

	it('DELETE …/registrations/me cancels with 200 {"ok":true}; the first person waiting moves up', async () => {
		const res = await unregister(seeded.open.id, { bearer: residentToken });
		assert.equal(res.status, 200, await res.clone().text());
		assert.deepEqual(await res.json(), { ok: true });
		assert.equal((await gathering(seeded.open.id, residentToken)).registration.mine, null);
		assert.deepEqual((await gathering(seeded.open.id, nurseToken)).registration.mine, { status: 'confirmed', position: 1, needs: '' });
		assert.ok(await newestMail(server.url, nurse, `Er is een plek voor u: ${seeded.open.title}`), 'the nurse is told');
	});

	it('DELETE without a registration → 404', async () => {
		assert.equal((await problemOf(await unregister(seeded.open.id, { bearer: residentToken }), 404)).title, 'U bent niet aangemeld.');
		assert.equal((await problemOf(await unregister(seeded.closed.id, { bearer: residentToken, lang: 'en' }), 404)).title, 'You are not registered.');
	});

	it('registering again after cancelling works, behind the person who moved up', async () => {
		const res = await register(seeded.open.slug, { bearer: residentToken });
		assert.equal(res.status, 201, await res.clone().text());
		assert.deepEqual(await res.json(), { status: 'waitlisted', position: 1 });
	});
});

describe('the OpenAPI document', () => {
	type Described = {
		parameters?: { name: string; in: string; required: boolean; description?: string; schema: { format?: string } }[];
		security?: unknown[];
		requestBody?: { required: boolean; content: Record<string, { schema: { properties?: Record<string, unknown>; required?: string[] } }> };
		responses: Record<string, { description: string; content?: Record<string, { schema: { properties?: Record<string, unknown>; required?: string[] } }> }>;
	};
	let paths: Record<string, Record<string, Described>>;

	before(async () => {
		const res = await api('/openapi.json');
		assert.equal(res.status, 200);
		paths = ((await res.json()) as { paths: typeof paths }).paths;
	});

	it('lists the five gathering operations', () => {
		const wanted: [string, string][] = [
			['/gatherings', 'get'],
			['/gatherings/{id}', 'get'],
			['/gatherings/{id}/calendar.ics', 'get'],
			['/gatherings/{id}/registrations', 'post'],
			['/gatherings/{id}/registrations/me', 'delete']
		];
		for (const [path, method] of wanted) assert.ok(paths[path]?.[method], `${method.toUpperCase()} ${path} is described`);
		for (const path of ['/gatherings/{id}', '/gatherings/{id}/calendar.ics', '/gatherings/{id}/registrations', '/gatherings/{id}/registrations/me']) {
			const method = Object.keys(paths[path])[0];
			assert.ok(paths[path][method].parameters?.some((p) => p.name === 'id' && p.in === 'path' && p.required), `${path} has the id parameter`);
		}
	});

	it('documents the filters, with the space as a uuid only', () => {
		const parameters = paths['/gatherings'].get.parameters ?? [];
		assert.deepEqual(parameters.map((p) => p.name).sort(), ['area', 'format', 'from', 'organisation', 'page', 'space', 'theme', 'to']);
		const space = parameters.find((p) => p.name === 'space')!;
		assert.equal(space.schema.format, 'uuid');
		assert.match(space.description ?? '', /slug/i, 'says that a slug is not taken');
		assert.equal(parameters.find((p) => p.name === 'from')!.schema.format, 'date');
	});

	it('describes the calendar as text/calendar and the registration answer and refusals', () => {
		const ics = paths['/gatherings/{id}/calendar.ics'].get.responses['200'];
		assert.ok(ics.content?.['text/calendar'], 'the calendar is text/calendar');
		assert.ok(!ics.content?.['application/json']);
		assert.ok(ics.description.length > 0);
		const post = paths['/gatherings/{id}/registrations'].post;
		assert.ok(post.security?.length, 'a token is required');
		assert.equal(post.requestBody?.required, false, 'the body may be left out');
		assert.ok(post.requestBody?.content['application/json'].schema.properties?.needs);
		const created = post.responses['201'].content?.['application/json'].schema;
		assert.deepEqual(Object.keys(created?.properties ?? {}).sort(), ['position', 'status']);
		for (const status of ['400', '401', '404', '409']) assert.ok(post.responses[status], `POST lists ${status}`);
		const del = paths['/gatherings/{id}/registrations/me'].delete;
		assert.ok(del.security?.length);
		assert.ok(del.responses['200'] && del.responses['404']);
	});
});
