import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPglite, type Database } from '../db/client';
import { createAuth, findUserByEmail, signIn, type Actor, type Auth } from '../modules/identity';
import { listAreas, listOrganisations, listThemes, membershipsOf, type OrganisationKind } from '../modules/network';
import { getSpace, listSpaces, spaceRoles } from '../modules/spaces';
import { funnel, listInputs } from '../modules/inputs';
import { getProgramme } from '../modules/programme';
import { demoAccounts, demoPassword, loadDemo } from './index';

const twenteMunicipalities: Record<string, string> = {
	Almelo: 'GM0141',
	Borne: 'GM0147',
	Dinkelland: 'GM1774',
	Enschede: 'GM0153',
	Haaksbergen: 'GM0158',
	Hellendoorn: 'GM0163',
	Hengelo: 'GM0164',
	'Hof van Twente': 'GM1735',
	Losser: 'GM0168',
	Oldenzaal: 'GM0173',
	'Rijssen-Holten': 'GM1742',
	Tubbergen: 'GM0183',
	Twenterand: 'GM1700',
	Wierden: 'GM0189'
};

describe('demo data', () => {
	let database: Database;
	let auth: Auth;
	let admin: Actor;
	let firstLoad: { loaded: boolean };

	before(async () => {
		database = await openPglite();
		await database.migrate();
		auth = await createAuth(database.db, { origin: 'http://localhost:3000' });
		firstLoad = await loadDemo(database.db, auth);
		const account = await findUserByEmail(database.db, 'beheer@example.org');
		assert.ok(account);
		admin = { userId: account.id, name: account.name, email: account.email, isAdmin: account.isAdmin };
	});

	after(async () => {
		await database.close();
	});

	it('loads into an empty platform', () => {
		assert.deepEqual(firstLoad, { loaded: true });
	});

	it('has the 14 Twente municipalities with their CBS codes, under the region', async () => {
		const areas = await listAreas(database.db);
		const region = areas.find((a) => a.level === 'region' && a.name === 'Twente');
		assert.ok(region);
		assert.equal(region.cbsCode, null);
		const municipalities = areas.filter((a) => a.level === 'municipality');
		assert.deepEqual(Object.fromEntries(municipalities.map((m) => [m.name, m.cbsCode])), twenteMunicipalities);
		assert.ok(municipalities.every((m) => m.parentId === region.id));
	});

	it('has districts and neighbourhoods under Almelo and Enschede', async () => {
		const areas = await listAreas(database.db);
		const byName = new Map(areas.map((a) => [a.name, a]));
		assert.equal(byName.get('Aadorp')?.parentId, byName.get('Almelo')?.id);
		assert.equal(byName.get('Glanerbrug')?.parentId, byName.get('Enschede')?.id);
		assert.equal(byName.get('Wesselerbrink')?.parentId, byName.get('Enschede-Zuid')?.id);
		assert.ok(areas.some((a) => a.level === 'neighbourhood'));
	});

	it('has the eight themes in Dutch and English', async () => {
		const themes = await listThemes(database.db);
		assert.equal(themes.length, 8);
		assert.ok(themes.some((t) => t.nameNl === 'Zorg en welzijn' && t.nameEn === 'Care and wellbeing'));
	});

	it('has a cooperative, at least ten initiatives and every other kind of partner', async () => {
		const kinds = (kind: OrganisationKind) => listOrganisations(database.db, { kind });
		assert.ok((await kinds('initiative')).length >= 10);
		for (const kind of ['network', 'municipality', 'care', 'insurer', 'council'] as const) assert.ok((await kinds(kind)).length >= 1, kind);
		assert.ok((await kinds('municipality')).some((o) => o.name === 'Gemeente Almelo'));
	});

	it('opens the regioplan space with four phases, two co-owners and the civil servant as facilitator', async () => {
		const space = await getSpace(database.db, null, 'burgerinbreng-regioplan-2026');
		assert.equal(space.title, 'Burgerinbreng regioplan 2026');
		assert.equal(space.visibility, 'public');
		assert.deepEqual(
			space.phases.map((p) => p.title),
			['Ophalen', 'Bundelen', 'Programma maken', 'Uitvoeren en volgen']
		);
		assert.deepEqual(space.owners.map((o) => o.kind).sort(), ['municipality', 'network']);
		const servant = await findUserByEmail(database.db, 'gemeente@example.org');
		const roles = await spaceRoles(database.db, admin, space.slug);
		assert.deepEqual(roles, [{ userId: servant?.id, role: 'facilitator' }]);
	});

	it('keeps the learning circle for members only', async () => {
		const anonymous = await listSpaces(database.db, null);
		const all = await listSpaces(database.db, admin);
		assert.ok(all.some((s) => s.title === 'Leerkring Twente' && s.visibility === 'members'));
		assert.ok(!anonymous.some((s) => s.title === 'Leerkring Twente'));
	});

	it('makes beheer@example.org a platform administrator and the resident a member of nothing', async () => {
		assert.equal(admin.isAdmin, true);
		const resident = await findUserByEmail(database.db, 'inwoner@example.org');
		assert.ok(resident);
		assert.equal(resident.isAdmin, false);
		assert.deepEqual(await membershipsOf(database.db, resident.id), []);
	});

	it('creates every listed account at example.org, and the demo password signs in', async () => {
		assert.ok(demoAccounts.length >= 6 && demoAccounts.length <= 8);
		assert.equal(new Set(demoAccounts.map((a) => a.email)).size, demoAccounts.length);
		for (const account of demoAccounts) {
			assert.match(account.email, /@example\.org$/);
			assert.ok(await findUserByEmail(database.db, account.email), account.email);
		}
		const headers = await signIn(database.db, auth, { email: 'cooperatie@example.org', password: demoPassword }, { ip: '127.0.0.1' });
		assert.match(headers.get('set-cookie') ?? '', /session/);
	});

	it('has about 150 inputs in the regional plan space, in every public status, and a programme of five pillars', async () => {
		const [regioplan] = (await listSpaces(database.db, admin)).filter((s) => s.title === 'Burgerinbreng regioplan 2026');
		const f = await funnel(database.db, null, regioplan.slug);
		assert.ok(f.received + f.hidden >= 140 && f.received + f.hidden <= 160, `${f.received} inputs`);
		for (const status of ['received', 'grouped', 'taken_up', 'done', 'not_taken_up', 'already_exists', 'hidden']) {
			assert.ok((await listInputs(database.db, null, regioplan.slug, { status })).total > 0, `an input is ${status}`);
		}
		assert.ok(f.longestWaiting.length > 0 && f.longestWaiting[0].daysWaiting > 100, 'the oldest unanswered input is months old');
		const programme = await getProgramme(database.db, null, regioplan.slug);
		assert.equal(programme.pillars.length, 5);
		const anchored = programme.pillars.flatMap((p) => p.actions).filter((a) => a.anchors > 0);
		assert.equal(anchored.length, 3, 'three actions are anchored in the regional plan');
	});

	it('does nothing the second time', async () => {
		const count = async () => ({
			areas: (await listAreas(database.db)).length,
			themes: (await listThemes(database.db)).length,
			organisations: (await listOrganisations(database.db)).length,
			spaces: (await listSpaces(database.db, admin)).length
		});
		const before = await count();
		assert.deepEqual(await loadDemo(database.db, auth), { loaded: false });
		assert.deepEqual(await count(), before);
	});
});
