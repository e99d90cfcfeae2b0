// Service tests of the gatherings module: gatherings and series, organiser consent, visibility,
// the agenda, registering with waitlists and windows, the letters people get, the organiser's
// list, attendance, cases and reports, on every engine of this run.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { engines, invalid, parseCsv, refused, world, type World } from '../../testing';
import type { Actor } from '../identity';
import { addMember, createArea, createOrganisation, createTheme } from '../network';
import { listNotices, listOutbox } from '../notifications';
import { createSpace } from '../spaces';
import { translate, translator } from '../../../i18n';
import { formatDateTime } from '../../../format';
import {
	cancelByLink,
	cancelGathering,
	cancelMyRegistration,
	casesFor,
	createGathering,
	createSeries,
	decideCase,
	getGathering,
	getSeries,
	listGatherings,
	myGatherings,
	participants,
	participantsCsv,
	publishReport,
	recordAttendance,
	register,
	registrationForLink,
	submitCase,
	updateGathering,
	updateSeries,
	type GatheringInput
} from './index';
import { takePlace } from './registrations';
import { registration } from './schema';

const origin = 'http://localhost:3000';
const nl = { locale: 'nl', origin };

let guestNumber = 0;
/** A guest with a fresh address. */
const guest = (name = 'Gast') => ({ name: `${name} ${++guestNumber}`, email: `gast.${guestNumber}.${Date.now().toString(36)}@example.org` });

for (const engine of engines())
	describe(`gatherings service (${engine})`, () => {
		let w: World;
		let admin: Actor;
		/** Coordinator of A. */
		let coordA: Actor;
		/** Plain member of A: members organise too. */
		let memberA: Actor;
		/** Coordinator of B, no role in A. */
		let coordB: Actor;
		let stranger: Actor;
		let ann: Actor;
		let bert: Actor;
		let carla: Actor;
		let A: { id: string; slug: string };
		let B: { id: string; slug: string };
		const db = () => w.database.db;

		const input = (over: Partial<GatheringInput> = {}): GatheringInput => ({
			title: 'Leerkring wijkgezondheid',
			description: 'Samen leren over gezondheid in de wijk.',
			startDay: '2099-03-10',
			startTime: '19:30',
			endTime: '21:30',
			address: 'Buurthuis De Linde',
			organiserIds: [A.id],
			...over
		});

		const mailsTo = async (email: string) => (await listOutbox(db(), 100_000)).filter((m) => m.recipient === email).reverse();
		const noticesOf = async (actor: Actor) => listNotices(db(), actor, 1000);
		const rowsOn = (listId: string) => db().select().from(registration).where(eq(registration.listId, listId));
		const liveRowsOf = (listId: string, email: string) =>
			db()
				.select()
				.from(registration)
				.where(and(eq(registration.listId, listId), eq(registration.email, email)));
		const titles = async (actor: Actor | null, filter: Record<string, unknown> = {}) => (await listGatherings(db(), actor, filter, new Date(), 1000)).gatherings.map((g) => g.title);

		before(async () => {
			w = await world(engine);
			[admin, coordA, memberA, coordB, stranger, ann, bert, carla] = await Promise.all([
				w.person('Beheerder', { admin: true }),
				w.person('Anna Alfa'),
				w.person('Mia Lid'),
				w.person('Bea Beta'),
				w.person('Otto Buiten'),
				w.person('Ann Deelnemer'),
				w.person('Bert Deelnemer'),
				w.person('Carla Deelnemer')
			]);
			A = await createOrganisation(db(), coordA, { name: 'Initiatief Alfa', kind: 'initiative' });
			B = await createOrganisation(db(), coordB, { name: 'Initiatief Beta', kind: 'initiative' });
			await addMember(db(), coordA, A.slug, { email: memberA.email, role: 'member' });
		});
		after(() => w.database.drop());

		describe('creating and changing', () => {
			it('refuses an anonymous visitor (401) and writes nothing', async () => {
				await assert.rejects(createGathering(db(), null, input({ title: 'Anonieme kring' }), origin), refused('error.signInRequired', 401));
				await assert.rejects(createSeries(db(), null, { title: 'Anonieme reeks', organiserIds: [A.id] }), refused('error.signInRequired', 401));
				assert.equal((await titles(admin)).includes('Anonieme kring'), false);
			});

			it('refuses to name an organisation you are not a member of (error.organiserConsent 403), and writes nothing', async () => {
				await assert.rejects(createGathering(db(), stranger, input({ title: 'Namens Alfa zonder lid' }), origin), refused('error.organiserConsent', 403, 'organiserIds'));
				await assert.rejects(
					createGathering(db(), coordA, input({ title: 'Namens Alfa en Beta', organiserIds: [A.id, B.id] }), origin),
					refused('error.organiserConsent', 403, 'organiserIds')
				);
				await assert.rejects(createSeries(db(), coordB, { title: 'Reeks namens Alfa', organiserIds: [A.id] }), refused('error.organiserConsent', 403, 'organiserIds'));
				assert.deepEqual(
					(await titles(admin)).filter((t) => t.startsWith('Namens')),
					[]
				);
			});

			it('refuses an organisation that does not exist', async () => {
				await assert.rejects(
					createGathering(db(), coordA, input({ organiserIds: ['00000000-0000-4000-8000-000000000000'] }), origin),
					refused('error.choose', 400, 'organiserIds')
				);
			});

			it('lets any member of an organisation create a gathering in its name, and a platform administrator for anyone', async () => {
				const byMember = await createGathering(db(), memberA, input({ title: 'Kring van een lid' }), origin);
				const view = await getGathering(db(), null, byMember.slug);
				assert.deepEqual(view.organisers.map((o) => o.id), [A.id]);
				assert.equal(view.startsAt?.toISOString(), '2099-03-10T18:30:00.000Z');
				assert.equal(view.permissions.manage, false);
				assert.equal((await getGathering(db(), coordA, byMember.slug)).permissions.manage, true);
				const byAdmin = await createGathering(db(), admin, input({ title: 'Kring van beheer', organiserIds: [A.id, B.id] }), origin);
				assert.deepEqual((await getGathering(db(), null, byAdmin.slug)).organisers.map((o) => o.id).sort(), [A.id, B.id].sort());
			});

			it('updates a gathering and refuses to add an organisation without consent', async () => {
				const g = await createGathering(db(), coordA, input({ title: 'Te wijzigen kring' }), origin);
				const updated = await updateGathering(db(), memberA, g.slug, input({ title: 'Gewijzigde kring', stepFreeAccess: true, hearingLoop: 'on' }), origin);
				assert.equal(updated.title, 'Gewijzigde kring');
				assert.equal(updated.stepFreeAccess, true);
				assert.equal(updated.hearingLoop, true);
				await assert.rejects(
					updateGathering(db(), coordA, g.slug, input({ title: 'Gewijzigde kring', organiserIds: [A.id, B.id] }), origin),
					refused('error.organiserConsent', 403, 'organiserIds')
				);
				assert.deepEqual((await getGathering(db(), null, g.slug)).organisers.map((o) => o.id), [A.id]);
			});

			it('cancels a gathering once; a cancelled gathering takes no changes or registrations', async () => {
				const g = await createGathering(db(), coordA, input({ title: 'Afgelaste kring' }), origin);
				const cancelled = await cancelGathering(db(), coordA, g.slug, { reason: 'De zaal is niet beschikbaar' }, origin);
				assert.equal(cancelled.status, 'cancelled');
				assert.equal(cancelled.cancelReason, 'De zaal is niet beschikbaar');
				await assert.rejects(cancelGathering(db(), coordA, g.slug, {}, origin), refused('error.gatheringCancelled', 409));
				await assert.rejects(updateGathering(db(), coordA, g.slug, input({ title: 'Toch wel' }), origin), refused('error.gatheringCancelled', 409));
				await assert.rejects(register(db(), null, { gathering: g.slug }, guest(), nl), refused('error.gatheringCancelled', 409));
			});

			it('accepts a session without a date ("to be decided") and lets it get a date later, telling those registered', async () => {
				const g = await createGathering(db(), coordA, input({ title: 'Kring zonder datum', startDay: '', startTime: '', endTime: '', address: '' }), origin);
				assert.equal(g.startsAt, null);
				const person = guest('Vroege vogel');
				assert.equal((await register(db(), null, { gathering: g.slug }, person, nl)).status, 'confirmed');
				const agenda = await listGatherings(db(), admin, { organisation: A.id }, new Date(), 1000);
				assert.equal(agenda.gatherings.at(-1)?.title, 'Kring zonder datum', 'undated gatherings come last');

				const dated = await updateGathering(db(), coordA, g.slug, input({ title: 'Kring zonder datum', startDay: '2099-05-12', startTime: '20:00', endTime: '', address: 'Wijkcentrum Oost' }), origin);
				assert.equal(dated.startsAt?.toISOString(), '2099-05-12T18:00:00.000Z');
				const [changed] = (await mailsTo(person.email)).filter((m) => m.subject === 'Veranderd: Kring zonder datum');
				assert.ok(changed, 'the registered person hears about the new date');
				assert.ok(changed.text.includes(`Tijd: eerst nog niet bekend, nu ${formatDateTime(dated.startsAt, 'nl')}.`), changed.text);
				assert.ok(changed.text.includes('Plaats: eerst nog niet bekend, nu Wijkcentrum Oost.'), changed.text);
			});
		});

		describe('series', () => {
			it('shares one registration over every session when the series says so', async () => {
				const series = await createSeries(db(), coordA, { title: 'Leerkring met één aanmelding', organiserIds: [A.id], capacity: 2, waitlist: true });
				assert.ok(series.listId);
				const s1 = await createGathering(db(), coordA, input({ title: 'Gedeelde sessie 1', startDay: '2099-03-01' }), origin, { seriesSlug: series.slug });
				const s2 = await createGathering(db(), coordA, input({ title: 'Gedeelde sessie 2', startDay: '2099-04-01', capacity: 99 }), origin, { seriesSlug: series.slug });
				assert.equal(s1.listId, series.listId);
				assert.equal(s2.listId, series.listId);

				const placed = await register(db(), ann, { series: series.slug }, {}, nl);
				assert.equal(placed.status, 'confirmed');
				for (const s of [s1, s2]) {
					const view = await getGathering(db(), ann, s.slug);
					assert.equal(view.registration.mine?.status, 'confirmed');
					assert.equal(view.registration.capacity, 2, 'the session follows the series list, not its own form');
					assert.equal(view.series?.sharedRegistration, true);
				}
				await assert.rejects(register(db(), ann, { gathering: s2.slug }, {}, nl), refused('error.alreadyRegistered', 409));
				assert.deepEqual(
					(await mailsTo(ann.email)).filter((m) => m.subject === 'U bent aangemeld: Leerkring met één aanmelding').length,
					1,
					'one e-mail for the whole series, named after it'
				);
				assert.deepEqual(
					(await myGatherings(db(), ann)).map((g) => g.title).filter((t) => t.startsWith('Gedeelde')).sort(),
					['Gedeelde sessie 1', 'Gedeelde sessie 2']
				);
				const seriesView = await getSeries(db(), ann, series.slug);
				assert.equal(seriesView.registration?.mine?.status, 'confirmed');
				assert.deepEqual(seriesView.sessions.map((s) => s.title), ['Gedeelde sessie 1', 'Gedeelde sessie 2']);
				assert.equal('onlineUrl' in seriesView.sessions[0], false);
			});

			it('asks for a registration per session when the series says so', async () => {
				const series = await createSeries(db(), coordA, { title: 'Reeks per sessie', organiserIds: [A.id], registration: 'session' });
				assert.equal(series.listId, null);
				const s1 = await createGathering(db(), coordA, input({ title: 'Losse sessie 1', capacity: 1, waitlist: false }), origin, { seriesSlug: series.slug });
				const s2 = await createGathering(db(), coordA, input({ title: 'Losse sessie 2' }), origin, { seriesSlug: series.slug });
				assert.notEqual(s1.listId, s2.listId);
				await assert.rejects(register(db(), bert, { series: series.slug }, {}, nl), refused('error.registerPerSession', 409));
				assert.equal((await register(db(), bert, { gathering: s1.slug }, {}, nl)).status, 'confirmed');
				assert.equal((await getGathering(db(), bert, s2.slug)).registration.mine, null);
				assert.equal((await register(db(), bert, { gathering: s2.slug }, {}, nl)).status, 'confirmed');
				await assert.rejects(register(db(), carla, { gathering: s1.slug }, {}, nl), refused('error.gatheringFull', 409));
			});

			it('lets only those who manage the series add sessions, and raising its capacity lets people off the waitlist', async () => {
				const series = await createSeries(db(), coordA, { title: 'Reeks met wachtlijst', organiserIds: [A.id], capacity: 1, waitlist: true });
				await assert.rejects(createGathering(db(), stranger, input({ title: 'Sessie van een vreemde' }), origin, { seriesSlug: series.slug }), refused('error.forbidden', 403));
				await createGathering(db(), coordA, input({ title: 'Sessie met wachtlijst' }), origin, { seriesSlug: series.slug });
				const first = guest();
				const second = guest();
				await register(db(), null, { series: series.slug }, first, nl);
				assert.equal((await register(db(), null, { series: series.slug }, second, nl)).status, 'waitlisted');
				await assert.rejects(updateSeries(db(), stranger, series.slug, { title: 'Overgenomen', organiserIds: [A.id], capacity: 5 }, origin), refused('error.forbidden', 403));
				await assert.rejects(updateSeries(db(), null, series.slug, { title: 'Overgenomen', organiserIds: [A.id], capacity: 5 }, origin), refused('error.signInRequired', 401));
				await updateSeries(db(), coordA, series.slug, { title: 'Reeks met wachtlijst', organiserIds: [A.id], capacity: 2, waitlist: true }, origin);
				assert.equal((await getSeries(db(), null, series.slug)).registration?.confirmed, 2);
				assert.ok((await mailsTo(second.email)).some((m) => m.subject === 'Er is een plek voor u: Reeks met wachtlijst'));
			});

			it('lets a session "to be decided" get its date later, telling everyone registered for the series', async () => {
				const series = await createSeries(db(), coordA, { title: 'Reeks met open eind', organiserIds: [A.id] });
				await createGathering(db(), coordA, input({ title: 'Open eind 1' }), origin, { seriesSlug: series.slug });
				const later = await createGathering(db(), coordA, input({ title: 'Open eind 2', startDay: '', startTime: '', endTime: '' }), origin, { seriesSlug: series.slug });
				assert.deepEqual((await getSeries(db(), null, series.slug)).sessions.map((s) => [s.title, s.startsAt]), [
					['Open eind 1', new Date('2099-03-10T18:30:00Z')],
					['Open eind 2', null]
				]);
				const person = guest();
				await register(db(), null, { series: series.slug }, person, nl);
				const dated = await updateGathering(db(), coordA, later.slug, input({ title: 'Open eind 2', startDay: '2099-06-09', startTime: '19:00', endTime: '' }), origin);
				assert.equal(dated.startsAt?.toISOString(), '2099-06-09T17:00:00.000Z');
				const [mail] = (await mailsTo(person.email)).filter((m) => m.subject === 'Veranderd: Open eind 2');
				assert.ok(mail?.text.includes(`Tijd: eerst nog niet bekend, nu ${formatDateTime(dated.startsAt, 'nl')}.`), mail?.text);
			});

			it('does not let a session of a series name an organisation the creator is not in', async () => {
				const series = await createSeries(db(), coordA, { title: 'Reeks van Alfa', organiserIds: [A.id] });
				await assert.rejects(
					createGathering(db(), coordA, input({ title: 'Sessie namens Beta', organiserIds: [B.id] }), origin, { seriesSlug: series.slug }),
					refused('error.organiserConsent', 403, 'organiserIds')
				);
				assert.equal((await titles(admin)).includes('Sessie namens Beta'), false);
			});
		});

		describe('visibility', () => {
			it('hides gatherings of a members-only space from outsiders: 404 and not in the agenda', async () => {
				const closed = await createSpace(db(), coordA, { title: 'Besloten werkplaats', ownerIds: [A.id], visibility: 'members' });
				const g = await createGathering(db(), coordA, input({ title: 'Besloten bijeenkomst' }), origin, { spaceId: closed.id });
				for (const outsider of [null, stranger, coordB]) {
					await assert.rejects(getGathering(db(), outsider, g.slug), refused('error.notFound', 404));
					assert.equal((await titles(outsider)).includes('Besloten bijeenkomst'), false);
					await assert.rejects(updateGathering(db(), outsider, g.slug, input({ title: 'Gevonden' }), origin), refused(outsider ? 'error.notFound' : 'error.signInRequired', outsider ? 404 : 401));
				}
				await assert.rejects(register(db(), null, { gathering: g.slug }, guest(), nl), refused('error.notFound', 404));
				await assert.rejects(register(db(), stranger, { gathering: g.slug }, {}, nl), refused('error.notFound', 404));
				await assert.rejects(getGathering(db(), stranger, g.id), refused('error.notFound', 404));
				assert.equal((await getGathering(db(), memberA, g.slug)).title, 'Besloten bijeenkomst');
				assert.equal((await titles(memberA)).includes('Besloten bijeenkomst'), true);
				assert.equal((await titles(admin)).includes('Besloten bijeenkomst'), true);
				assert.equal((await register(db(), memberA, { gathering: g.slug }, {}, nl)).status, 'confirmed');
			});

			it('finds a gathering by slug and by id', async () => {
				const g = await createGathering(db(), coordA, input({ title: 'Vindbare kring' }), origin);
				assert.equal((await getGathering(db(), null, g.id)).slug, g.slug);
				await assert.rejects(getGathering(db(), null, 'bestaat-niet'), refused('error.notFound', 404));
			});
		});

		describe('agenda', () => {
			let C: { id: string; slug: string };
			let coordC: Actor;
			let region: { id: string };
			let town: { id: string };
			let district: { id: string };
			let elsewhere: { id: string };
			let green: { id: string };
			let care: { id: string };
			let spaceC: { id: string };
			const ofC = async (filter: Record<string, unknown> = {}, pageSize = 1000) =>
				(await listGatherings(db(), null, { organisation: C.id, ...filter }, new Date(), pageSize)).gatherings.map((g) => g.title);

			before(async () => {
				coordC = await w.person('Cor Gamma');
				C = await createOrganisation(db(), coordC, { name: 'Netwerk Gamma', kind: 'network' });
				region = await createArea(db(), admin, { name: 'Regio Midden', level: 'region' });
				town = await createArea(db(), admin, { name: 'Gemeente Midden', level: 'municipality', parentId: region.id });
				district = await createArea(db(), admin, { name: 'Wijk Midden-Oost', level: 'district', parentId: town.id });
				elsewhere = await createArea(db(), admin, { name: 'Regio Noord', level: 'region' });
				green = await createTheme(db(), admin, { nameNl: 'Groen', nameEn: 'Green' });
				care = await createTheme(db(), admin, { nameNl: 'Zorg', nameEn: 'Care' });
				spaceC = await createSpace(db(), coordC, { title: 'Agenda ruimte Gamma', ownerIds: [C.id] });
				const c = (over: Partial<GatheringInput>) => input({ organiserIds: [C.id], ...over });
				await createGathering(db(), coordC, c({ title: 'G1 in de wijk', startDay: '2099-03-10', startTime: '23:30', endTime: '', areaId: district.id, themeIds: [green.id] }), origin);
				await createGathering(db(), coordC, c({ title: 'G2 in de gemeente', startDay: '2099-03-11', areaId: town.id, themeIds: [care.id], format: 'online', address: '' }), origin);
				await createGathering(db(), coordC, c({ title: 'G3 in het noorden', startDay: '2099-03-12', areaId: elsewhere.id, themeIds: [green.id, care.id], format: 'hybrid' }), origin);
				await createGathering(db(), coordC, c({ title: 'G4 in de ruimte', startDay: '2099-03-13' }), origin, { spaceId: spaceC.id });
				await createGathering(db(), coordC, c({ title: 'G5 zonder datum', startDay: '', startTime: '', endTime: '' }), origin);
				await createGathering(db(), coordC, c({ title: 'G0 voorbij', startDay: '2020-03-10' }), origin);
			});

			it('shows upcoming gatherings soonest first and undated last, without past ones', async () => {
				assert.deepEqual(await ofC(), ['G1 in de wijk', 'G2 in de gemeente', 'G3 in het noorden', 'G4 in de ruimte', 'G5 zonder datum']);
			});

			it('filters on organisation', async () => {
				const all = await titles(null);
				assert.ok(all.includes('G1 in de wijk') && all.includes('Kring van een lid'));
				const ofA = await titles(null, { organisation: A.id });
				assert.ok(ofA.includes('Kring van een lid'));
				assert.equal(ofA.some((t) => /^G\d /.test(t)), false);
				assert.ok((await ofC()).every((t) => /^G\d /.test(t)));
			});

			it('filters on space', async () => {
				assert.deepEqual(await ofC({ space: spaceC.id }), ['G4 in de ruimte']);
			});

			it('filters on area, including the areas inside it', async () => {
				assert.deepEqual(await ofC({ area: district.id }), ['G1 in de wijk']);
				assert.deepEqual(await ofC({ area: town.id }), ['G1 in de wijk', 'G2 in de gemeente']);
				assert.deepEqual(await ofC({ area: region.id }), ['G1 in de wijk', 'G2 in de gemeente']);
				assert.deepEqual(await ofC({ area: elsewhere.id }), ['G3 in het noorden']);
			});

			it('filters on theme and format', async () => {
				assert.deepEqual(await ofC({ theme: green.id }), ['G1 in de wijk', 'G3 in het noorden']);
				assert.deepEqual(await ofC({ theme: care.id, format: 'hybrid' }), ['G3 in het noorden']);
				assert.deepEqual(await ofC({ format: 'online' }), ['G2 in de gemeente']);
			});

			it('filters on Dutch calendar days from and to, including past ones when asked', async () => {
				// G1 starts at 23:30 Dutch time, 22:30 UTC: it belongs to 10 March.
				assert.deepEqual(await ofC({ from: '2099-03-10', to: '2099-03-10' }), ['G1 in de wijk']);
				assert.deepEqual(await ofC({ from: '2099-03-11', to: '2099-03-12' }), ['G2 in de gemeente', 'G3 in het noorden']);
				assert.deepEqual(await ofC({ to: '2099-03-09' }), []);
				assert.deepEqual(await ofC({ from: '2020-01-01', to: '2020-12-31' }), ['G0 voorbij']);
			});

			it('pages through the results', async () => {
				const first = await listGatherings(db(), null, { organisation: C.id }, new Date(), 2);
				assert.equal(first.total, 5);
				assert.equal(first.pages, 3);
				assert.deepEqual(first.gatherings.map((g) => g.title), ['G1 in de wijk', 'G2 in de gemeente']);
				assert.deepEqual(await ofC({ page: 2 }, 2), ['G3 in het noorden', 'G4 in de ruimte']);
				assert.deepEqual(await ofC({ page: '3' }, 2), ['G5 zonder datum']);
				assert.deepEqual(await ofC({ page: 4 }, 2), []);
			});

			it('tells whether a gathering is full', async () => {
				const g = await createGathering(db(), coordC, input({ organiserIds: [C.id], title: 'G6 klein', startDay: '2099-03-14', capacity: 1 }), origin);
				assert.equal((await listGatherings(db(), null, { organisation: C.id, from: '2099-03-14' })).gatherings[0].full, false);
				await register(db(), null, { gathering: g.slug }, guest(), nl);
				const [row] = (await listGatherings(db(), null, { organisation: C.id, from: '2099-03-14' })).gatherings;
				assert.equal(row.title, 'G6 klein');
				assert.equal(row.full, true);
				assert.deepEqual(row.organisers.map((o) => o.id), [C.id]);
			});
		});

		describe('registering', () => {
			it('registers a guest with a name and an address, and mails the manage link', async () => {
				const g = await createGathering(db(), coordA, input({ title: 'Kring voor gasten' }), origin);
				const person = { name: 'Gerda Gast', email: 'Gerda.Gast@Example.org', needs: 'Rolstoeltoegang' };
				const placed = await register(db(), null, { gathering: g.slug }, person, nl);
				assert.deepEqual({ status: placed.status, position: placed.position }, { status: 'confirmed', position: 1 });
				const [row] = await rowsOn(g.listId);
				assert.deepEqual({ name: row.name, email: row.email, needs: row.needs, userId: row.userId }, { name: 'Gerda Gast', email: 'gerda.gast@example.org', needs: 'Rolstoeltoegang', userId: null });
				assert.notEqual(row.manageTokenHash, placed.token, 'only a hash of the secret is stored');
				const mails = await mailsTo('gerda.gast@example.org');
				assert.equal(mails.length, 1);
				assert.equal(mails[0].subject, 'U bent aangemeld: Kring voor gasten');
				assert.ok(mails[0].text.includes(`${origin}/aanmelding/${placed.token}`));
				assert.ok(mails[0].text.includes(`${origin}/bijeenkomsten/${g.slug}`));
			});

			it('registers a signed-in person in one click, in their language', async () => {
				const g = await createGathering(db(), coordA, input({ title: 'Kring met één klik' }), origin);
				const placed = await register(db(), carla, { gathering: g.slug }, { needs: 'Doventolk', name: 'Ander', email: 'ander@example.org' }, { locale: 'en', origin });
				assert.equal(placed.status, 'confirmed');
				const [row] = await rowsOn(g.listId);
				assert.deepEqual({ name: row.name, email: row.email, userId: row.userId, needs: row.needs, locale: row.locale }, { name: carla.name, email: carla.email, userId: carla.userId, needs: 'Doventolk', locale: 'en' });
				assert.equal((await getGathering(db(), carla, g.slug)).registration.mine?.status, 'confirmed');
				assert.ok((await mailsTo(carla.email)).some((m) => m.subject === 'You are registered: Kring met één klik'));
			});

			it('refuses a second registration with error.alreadyRegistered 409 and writes nothing', async () => {
				const g = await createGathering(db(), coordA, input({ title: 'Kring zonder dubbelen' }), origin);
				const person = guest();
				await register(db(), null, { gathering: g.slug }, person, nl);
				await register(db(), bert, { gathering: g.slug }, {}, nl);
				const mailsBefore = (await listOutbox(db(), 100_000)).length;
				await assert.rejects(register(db(), null, { gathering: g.slug }, { ...person, email: person.email.toUpperCase() }, nl), refused('error.alreadyRegistered', 409, 'email'));
				await assert.rejects(register(db(), bert, { gathering: g.slug }, {}, nl), refused('error.alreadyRegistered', 409));
				await assert.rejects(register(db(), null, { gathering: g.slug }, { name: 'Bert als gast', email: bert.email }, nl), refused('error.alreadyRegistered', 409));
				assert.equal((await rowsOn(g.listId)).length, 2);
				assert.equal((await listOutbox(db(), 100_000)).length, mailsBefore);
			});

			it('refuses when full without a waitlist (error.gatheringFull) and writes nothing', async () => {
				const g = await createGathering(db(), coordA, input({ title: 'Volle kring', capacity: 2, waitlist: false }), origin);
				await register(db(), null, { gathering: g.slug }, guest(), nl);
				await register(db(), null, { gathering: g.slug }, guest(), nl);
				const late = guest();
				await assert.rejects(register(db(), null, { gathering: g.slug }, late, nl), refused('error.gatheringFull', 409));
				assert.equal((await rowsOn(g.listId)).length, 2);
				assert.deepEqual(await mailsTo(late.email), []);
				const view = await getGathering(db(), null, g.slug);
				assert.deepEqual({ confirmed: view.registration.confirmed, placesLeft: view.registration.placesLeft }, { confirmed: 2, placesLeft: 0 });
			});

			it('refuses before the window opens and after it closes', async () => {
				const early = await createGathering(db(), coordA, input({ title: 'Kring die nog niet open is', registrationOpens: '2099-01-01T09:00' }), origin);
				await assert.rejects(register(db(), null, { gathering: early.slug }, guest(), nl), refused('error.registrationNotOpen', 409));
				assert.equal((await getGathering(db(), null, early.slug)).registration.window, 'notYetOpen');
				const late = await createGathering(db(), coordA, input({ title: 'Kring die al dicht is', registrationCloses: '2020-01-01T09:00' }), origin);
				await assert.rejects(register(db(), null, { gathering: late.slug }, guest(), nl), refused('error.registrationClosed', 409));
				assert.equal((await rowsOn(early.listId)).length + (await rowsOn(late.listId)).length, 0);
			});

			it('closes when the gathering starts, unless a closing moment is set', async () => {
				const g = await createGathering(db(), coordA, input({ title: 'Kring op tijd' }), origin);
				const person = { userId: null, name: 'Laatkomer', email: 'laat@example.org', needs: '', locale: 'nl' };
				await assert.rejects(takePlace(db(), g.listId, person, origin, new Date('2099-03-10T18:30:00Z')), refused('error.registrationClosed', 409));
				const placed = await takePlace(db(), g.listId, person, origin, new Date('2099-03-10T18:29:00Z'));
				assert.equal(placed.status, 'confirmed');
				const undated = await createGathering(db(), coordA, input({ title: 'Kring ooit', startDay: '', startTime: '', endTime: '' }), origin);
				assert.equal((await takePlace(db(), undated.listId, person, origin, new Date('2150-01-01T00:00:00Z'))).status, 'confirmed');
			});

			it('puts people on the waitlist in arrival order, and a cancellation promotes the first one with an e-mail and a notice', async () => {
				const g = await createGathering(db(), coordA, input({ title: 'Kring met wachtlijst', capacity: 2, waitlist: true }), origin);
				const first = guest('Eerste');
				const dana = await w.person('Dana Wachtend');
				const third = guest('Derde');
				await register(db(), ann, { gathering: g.slug }, {}, nl);
				const firstPlace = await register(db(), null, { gathering: g.slug }, first, nl);
				const danaPlace = await register(db(), dana, { gathering: g.slug }, {}, nl);
				const thirdPlace = await register(db(), null, { gathering: g.slug }, third, nl);
				assert.deepEqual(
					[firstPlace, danaPlace, thirdPlace].map((p) => [p.status, p.position]),
					[
						['confirmed', 2],
						['waitlisted', 1],
						['waitlisted', 2]
					]
				);
				const [waitMail] = await mailsTo(third.email);
				assert.equal(waitMail.subject, 'U staat op de wachtlijst: Kring met wachtlijst');
				assert.ok(waitMail.text.includes('op plaats 2'));

				await cancelMyRegistration(db(), ann, { gathering: g.slug }, origin);
				assert.equal((await getGathering(db(), dana, g.slug)).registration.mine?.status, 'confirmed');
				assert.equal((await registrationForLink(db(), thirdPlace.token)).position, 1);
				assert.ok((await mailsTo(dana.email)).some((m) => m.subject === 'Er is een plek voor u: Kring met wachtlijst'));
				const notices = await noticesOf(dana);
				assert.deepEqual(
					notices.map((n) => [n.messageKey, n.params.title, n.link]),
					[['notice.promoted', 'Kring met wachtlijst', `/bijeenkomsten/${g.slug}`]]
				);
				assert.equal((await mailsTo(third.email)).length, 1, 'the next in line is not told anything yet');
				await assert.rejects(cancelMyRegistration(db(), ann, { gathering: g.slug }, origin), refused('error.notRegistered', 404));
				await assert.rejects(cancelMyRegistration(db(), null, { gathering: g.slug }, origin), refused('error.signInRequired', 401));

				// Raising the capacity lets the rest in at once.
				await updateGathering(db(), coordA, g.slug, input({ title: 'Kring met wachtlijst', capacity: 5, waitlist: true }), origin);
				assert.equal((await registrationForLink(db(), thirdPlace.token)).status, 'confirmed');
				assert.ok((await mailsTo(third.email)).some((m) => m.subject === 'Er is een plek voor u: Kring met wachtlijst'));
				const counts = (await getGathering(db(), null, g.slug)).registration;
				assert.deepEqual({ confirmed: counts.confirmed, waitlisted: counts.waitlisted, placesLeft: counts.placesLeft }, { confirmed: 3, waitlisted: 0, placesLeft: 2 });
			});

			it('lowering the capacity below the number registered moves nobody, and new people wait', async () => {
				const g = await createGathering(db(), coordA, input({ title: 'Krimpende kring', capacity: 3, waitlist: true }), origin);
				for (let i = 0; i < 3; i++) await register(db(), null, { gathering: g.slug }, guest(), nl);
				await updateGathering(db(), coordA, g.slug, input({ title: 'Krimpende kring', capacity: 1, waitlist: true }), origin);
				assert.equal((await getGathering(db(), null, g.slug)).registration.confirmed, 3);
				assert.equal((await register(db(), null, { gathering: g.slug }, guest(), nl)).status, 'waitlisted');
			});

			it('tells everyone on the list about a new time or place, with old and new values, in their language', async () => {
				const g = await createGathering(db(), coordA, input({ title: 'Verhuizende kring', capacity: 1, waitlist: true }), origin);
				const person = guest();
				await register(db(), null, { gathering: g.slug }, person, nl);
				await register(db(), bert, { gathering: g.slug }, {}, { locale: 'en', origin });
				const quiet = await updateGathering(db(), coordA, g.slug, input({ title: 'Verhuizende kring', description: 'Nieuwe tekst', capacity: 1, waitlist: true }), origin);
				assert.equal(quiet.sequence, 0);
				assert.equal((await mailsTo(person.email)).length, 1, 'a change of text alone is not mailed');

				const moved = await updateGathering(
					db(),
					coordA,
					g.slug,
					input({ title: 'Verhuizende kring', startDay: '2099-03-17', startTime: '20:00', endTime: '22:00', address: 'Bibliotheek Centrum', capacity: 1, waitlist: true }),
					origin
				);
				const oldStart = new Date('2099-03-10T18:30:00Z');
				const [mail] = (await mailsTo(person.email)).filter((m) => m.subject === 'Veranderd: Verhuizende kring');
				assert.ok(mail, 'the confirmed guest is told');
				for (const part of [formatDateTime(oldStart, 'nl'), formatDateTime(moved.startsAt, 'nl'), 'Plaats: eerst Buurthuis De Linde, nu Bibliotheek Centrum.']) {
					assert.ok(mail.text.includes(part), `"${part}" missing from:\n${mail.text}`);
				}
				const [english] = (await mailsTo(bert.email)).filter((m) => m.subject === 'Changed: Verhuizende kring');
				assert.ok(english, 'the waitlisted account holder is told too, in English');
				assert.ok(english.text.includes(formatDateTime(oldStart, 'en')) && english.text.includes(formatDateTime(moved.startsAt, 'en')));
				assert.ok(english.text.includes('Place: was Buurthuis De Linde, now Bibliotheek Centrum.'));
				const notice = (await noticesOf(bert)).find((n) => n.messageKey === 'notice.changed' && n.params.title === 'Verhuizende kring');
				assert.ok(notice, 'account holders get an in-app notice');
			});

			it('tells everyone on the list when the gathering is cancelled, with the reason, and leaves a notice', async () => {
				const g = await createGathering(db(), coordA, input({ title: 'Kring die vervalt', capacity: 1, waitlist: true }), origin);
				const person = guest();
				await register(db(), null, { gathering: g.slug }, person, nl);
				await register(db(), ann, { gathering: g.slug }, {}, nl);
				await assert.rejects(cancelGathering(db(), stranger, g.slug, {}, origin), refused('error.forbidden', 403));
				await cancelGathering(db(), coordA, g.slug, { reason: 'Te weinig begeleiders' }, origin);
				for (const email of [person.email, ann.email]) {
					const [mail] = (await mailsTo(email)).filter((m) => m.subject === 'Gaat niet door: Kring die vervalt');
					assert.ok(mail, `${email} is told`);
					assert.ok(mail.text.includes('De reden: Te weinig begeleiders'));
					assert.ok(mail.text.includes(formatDateTime(new Date('2099-03-10T18:30:00Z'), 'nl')));
				}
				const notice = (await noticesOf(ann)).find((n) => n.messageKey === 'notice.cancelled' && n.params.title === 'Kring die vervalt');
				assert.ok(notice);
				assert.equal(notice.link, `/bijeenkomsten/${g.slug}`);
			});

			it('offers nobody a place at a gathering that is cancelled or already over', async () => {
				const cancelled = await createGathering(db(), coordA, input({ title: 'Vervallen kring met wachtlijst', capacity: 1, waitlist: true }), origin);
				const holder = await register(db(), null, { gathering: cancelled.slug }, guest(), nl);
				const waiter = guest();
				const waiting = await register(db(), null, { gathering: cancelled.slug }, waiter, nl);
				await cancelGathering(db(), coordA, cancelled.slug, {}, origin);
				await cancelByLink(db(), holder.token, origin);
				assert.equal((await registrationForLink(db(), waiting.token)).status, 'waitlisted');
				assert.deepEqual((await mailsTo(waiter.email)).filter((m) => m.subject.startsWith('Er is een plek')), []);

				const past = await createGathering(db(), coordA, input({ title: 'Voorbije kring met wachtlijst', startDay: '2020-03-10', capacity: 1, waitlist: true }), origin);
				const then = new Date('2020-03-01T12:00:00Z');
				const pastHolder = await takePlace(db(), past.listId, { userId: null, name: 'Toen', email: 'toen@example.org', needs: '', locale: 'nl' }, origin, then);
				const pastWaiting = await takePlace(db(), past.listId, { userId: null, name: 'Toen wachtend', email: 'toen.wachtend@example.org', needs: '', locale: 'nl' }, origin, then);
				assert.equal(pastWaiting.status, 'waitlisted');
				await cancelByLink(db(), pastHolder.token, origin);
				assert.equal((await registrationForLink(db(), pastWaiting.token)).status, 'waitlisted');
				assert.deepEqual((await mailsTo('toen.wachtend@example.org')).filter((m) => m.subject.startsWith('Er is een plek')), []);
			});

			it('shows the online link only to confirmed participants and to those who manage the gathering', async () => {
				const url = 'https://meet.example.org/geheim';
				const g = await createGathering(db(), coordA, input({ title: 'Online kring', format: 'online', onlineUrl: url, address: '', capacity: 1, waitlist: true }), origin);
				const confirmedGuest = guest();
				const waitingGuest = guest();
				const inPlace = await register(db(), null, { gathering: g.slug }, confirmedGuest, nl);
				const waiting = await register(db(), null, { gathering: g.slug }, waitingGuest, nl);
				await register(db(), carla, { gathering: g.slug }, {}, nl);
				for (const viewer of [null, stranger, carla]) {
					const view = await getGathering(db(), viewer, g.slug);
					assert.equal(view.onlineUrl, null);
					assert.equal(view.hasOnlineUrl, true);
				}
				assert.equal((await getGathering(db(), coordA, g.slug)).onlineUrl, url);
				assert.equal((await getGathering(db(), memberA, g.slug)).onlineUrl, url);
				assert.equal((await getGathering(db(), admin, g.slug)).onlineUrl, url);
				assert.deepEqual((await registrationForLink(db(), inPlace.token)).sessions.map((s) => s.onlineUrl), [url]);
				assert.deepEqual((await registrationForLink(db(), waiting.token)).sessions.map((s) => s.onlineUrl), [null]);
				await cancelByLink(db(), inPlace.token, origin);
				assert.equal((await getGathering(db(), carla, g.slug)).onlineUrl, null, 'carla waits behind the second guest');
				assert.deepEqual((await registrationForLink(db(), waiting.token)).sessions.map((s) => s.onlineUrl), [url]);
			});

			it('lets a guest see and cancel their registration through the link, and register again afterwards', async () => {
				const g = await createGathering(db(), coordA, input({ title: 'Kring met link', capacity: 1, waitlist: true }), origin);
				const person = guest('Linda Link');
				const placed = await register(db(), null, { gathering: g.slug }, person, nl);
				const next = await register(db(), null, { gathering: g.slug }, guest(), nl);
				const seen = await registrationForLink(db(), placed.token);
				assert.deepEqual(
					{ name: seen.name, email: seen.email, status: seen.status, position: seen.position, sessions: seen.sessions.map((s) => s.slug) },
					{ name: person.name, email: person.email, status: 'confirmed', position: 1, sessions: [g.slug] }
				);
				assert.deepEqual({ status: (await registrationForLink(db(), next.token)).status, position: (await registrationForLink(db(), next.token)).position }, { status: 'waitlisted', position: 1 });
				await cancelByLink(db(), placed.token, origin);
				assert.deepEqual({ status: (await registrationForLink(db(), placed.token)).status, position: (await registrationForLink(db(), placed.token)).position }, { status: 'cancelled', position: null });
				assert.equal((await registrationForLink(db(), next.token)).status, 'confirmed');
				await assert.rejects(cancelByLink(db(), placed.token, origin), refused('error.notRegistered', 404));
				await assert.rejects(registrationForLink(db(), 'geen-echte-link'), refused('error.invalidLink', 404));
				await assert.rejects(cancelByLink(db(), 'geen-echte-link', origin), refused('error.invalidLink', 404));
				assert.equal((await register(db(), null, { gathering: g.slug }, person, nl)).status, 'waitlisted');
				assert.equal((await liveRowsOf(g.listId, person.email)).length, 2, 'the cancelled row is kept next to the new one');
			});
		});

		describe('who may do what', () => {
			let slug: string;
			let caseId: string;
			before(async () => {
				const g = await createGathering(db(), coordA, input({ title: 'Beschermde kring', caseClinic: true }), origin);
				slug = g.slug;
				await register(db(), ann, { gathering: slug }, {}, nl);
				caseId = (await submitCase(db(), { actor: ann }, slug, { title: 'Mijn casus', question: 'Hoe betrek ik de buren?' })).id;
			});

			const writes: [string, (actor: Actor | null) => Promise<unknown>][] = [
				['updateGathering', (a) => updateGathering(db(), a, slug, input({ title: 'Overgenomen kring' }), origin)],
				['cancelGathering', (a) => cancelGathering(db(), a, slug, {}, origin)],
				['participants', (a) => participants(db(), a, slug)],
				['participantsCsv', (a) => participantsCsv(db(), a, slug, translator('nl'))],
				['recordAttendance', (a) => recordAttendance(db(), a, slug, { present: [] })],
				['publishReport', (a) => publishReport(db(), a, slug, { report: 'Overgenomen verslag' })],
				['decideCase', (a) => decideCase(db(), a, slug, caseId, { decision: 'accepted' }, origin)]
			];

			for (const [name, write] of writes) {
				it(`${name}: anonymous 401, stranger and participant 403, organiser of another organisation 403`, async () => {
					await assert.rejects(write(null), refused('error.signInRequired', 401));
					await assert.rejects(write(stranger), refused('error.forbidden', 403));
					await assert.rejects(write(ann), refused('error.forbidden', 403));
					await assert.rejects(write(coordB), refused('error.forbidden', 403));
				});
			}

			it('left everything as it was', async () => {
				const view = await getGathering(db(), coordA, slug);
				assert.deepEqual({ title: view.title, status: view.status, report: view.report, attendeeCount: view.attendeeCount }, { title: 'Beschermde kring', status: 'scheduled', report: '', attendeeCount: null });
				assert.deepEqual((await casesFor(db(), coordA, slug)).submitted.map((c) => c.status), ['submitted']);
			});

			it('refuses "my gatherings" to anonymous visitors', async () => {
				await assert.rejects(myGatherings(db(), null), refused('error.signInRequired', 401));
			});
		});

		describe('the organiser’s list and attendance', () => {
			let slug: string;
			let ids: Record<string, string>;

			before(async () => {
				const g = await createGathering(db(), coordA, input({ title: 'Kring met presentielijst', capacity: 3, waitlist: true }), origin);
				slug = g.slug;
				ids = {};
				const people = [
					{ name: 'Jansen, "Piet"', email: 'piet.presentie@example.org', needs: 'Ringleiding' },
					{ name: 'Klaas', email: 'klaas.presentie@example.org' },
					{ name: 'Lies', email: 'lies.presentie@example.org' },
					{ name: 'Mo', email: 'mo.presentie@example.org' },
					{ name: 'Noor', email: 'noor.presentie@example.org' }
				];
				for (const p of people) ids[p.email] = (await register(db(), null, { gathering: slug }, p, nl)).registrationId;
			});

			it('lists everyone in arrival order with counts', async () => {
				const list = await participants(db(), coordA, slug);
				assert.deepEqual(
					list.people.map((p) => [p.name, p.status, p.waitlistPosition]),
					[
						['Jansen, "Piet"', 'confirmed', null],
						['Klaas', 'confirmed', null],
						['Lies', 'confirmed', null],
						['Mo', 'waitlisted', 1],
						['Noor', 'waitlisted', 2]
					]
				);
				assert.deepEqual(list.counts, { registered: 3, waitlisted: 2, attended: null, noShows: null });
			});

			it('records who came, counts attended and no-shows, and can be corrected', async () => {
				assert.equal(await recordAttendance(db(), memberA, slug, { present: [ids['piet.presentie@example.org'], ids['lies.presentie@example.org']] }), 2);
				let list = await participants(db(), coordA, slug);
				assert.deepEqual(list.counts, { registered: 3, waitlisted: 2, attended: 2, noShows: 1 });
				assert.deepEqual(
					list.people.map((p) => p.present),
					[true, false, true, null, null]
				);
				assert.equal((await getGathering(db(), null, slug)).attendeeCount, 2);

				await recordAttendance(db(), coordA, slug, { present: ids['klaas.presentie@example.org'] });
				list = await participants(db(), coordA, slug);
				assert.deepEqual(list.counts, { registered: 3, waitlisted: 2, attended: 1, noShows: 2 });
				assert.deepEqual(
					list.people.map((p) => p.present),
					[false, true, false, null, null]
				);
			});

			it('refuses to mark someone present who has no place', async () => {
				await assert.rejects(recordAttendance(db(), coordA, slug, { present: [ids['mo.presentie@example.org']] }), refused('error.notOnList', 400, 'present'));
				await assert.rejects(recordAttendance(db(), coordA, slug, { present: ['00000000-0000-4000-8000-000000000000'] }), refused('error.notOnList', 400, 'present'));
				assert.deepEqual((await participants(db(), coordA, slug)).counts, { registered: 3, waitlisted: 2, attended: 1, noShows: 2 });
			});

			it('exports the list as CSV with headers in Dutch and in English', async () => {
				const dutch = parseCsv(await participantsCsv(db(), coordA, slug, translator('nl')));
				assert.deepEqual(dutch[0], ['Naam', 'E-mail', 'Status', 'Plaats op wachtlijst', 'Aangemeld op', 'Nodig om mee te doen', 'Aanwezig']);
				assert.equal(dutch.length, 6);
				assert.deepEqual(
					dutch.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[5], r[6]]),
					[
						['Jansen, "Piet"', 'piet.presentie@example.org', 'Aangemeld', '', 'Ringleiding', 'Nee'],
						['Klaas', 'klaas.presentie@example.org', 'Aangemeld', '', '', 'Ja'],
						['Lies', 'lies.presentie@example.org', 'Aangemeld', '', '', 'Nee'],
						['Mo', 'mo.presentie@example.org', 'Op de wachtlijst', '1', '', ''],
						['Noor', 'noor.presentie@example.org', 'Op de wachtlijst', '2', '', '']
					]
				);
				for (const r of dutch.slice(1)) assert.ok(!Number.isNaN(Date.parse(r[4])), `registered at ${r[4]}`);

				const english = parseCsv(await participantsCsv(db(), coordA, slug, translator('en')));
				assert.deepEqual(english[0], ['Name', 'E-mail', 'Status', 'Waiting list position', 'Registered at', 'Needs to take part', 'Present']);
				assert.deepEqual(
					english.slice(1).map((r) => [r[2], r[6]]),
					[
						['Registered', 'No'],
						['Registered', 'Yes'],
						['Registered', 'No'],
						['On the waiting list', ''],
						['On the waiting list', '']
					]
				);
				assert.equal(translate('en', 'csv.name'), english[0][0]);
			});
		});

		describe('reports', () => {
			it('publishes, keeps the first publication moment, withdraws, and lets a given count win', async () => {
				const g = await createGathering(db(), coordA, input({ title: 'Kring met verslag' }), origin);
				const r1 = (await register(db(), null, { gathering: g.slug }, guest(), nl)).registrationId;
				await register(db(), null, { gathering: g.slug }, guest(), nl);
				await recordAttendance(db(), coordA, g.slug, { present: [r1] });

				const published = await publishReport(db(), coordA, g.slug, { report: 'We spraken over de buurtmoestuin.' });
				assert.equal(published.report, 'We spraken over de buurtmoestuin.');
				assert.ok(published.reportPublishedAt instanceof Date);
				assert.equal(published.attendeeCount, 1, 'the count from the attendance list stays');

				const corrected = await publishReport(db(), memberA, g.slug, { report: 'We spraken over de buurtmoestuin en de bankjes.', attendeeCount: '14' });
				assert.equal(corrected.attendeeCount, 14, 'a count given with the report wins (people who did not register came too)');
				assert.equal(corrected.reportPublishedAt?.getTime(), published.reportPublishedAt!.getTime());

				const withdrawn = await publishReport(db(), coordA, g.slug, { report: '' });
				assert.equal(withdrawn.reportPublishedAt, null);
				assert.equal(withdrawn.report, '');
				assert.equal(withdrawn.attendeeCount, 14);
				const view = await getGathering(db(), null, g.slug);
				assert.deepEqual({ report: view.report, reportPublishedAt: view.reportPublishedAt }, { report: '', reportPublishedAt: null });

				await assert.rejects(publishReport(db(), coordA, g.slug, { report: 'x', attendeeCount: -1 }), invalid('attendeeCount', 'error.number'));
			});
		});

		describe('cases', () => {
			let clinic: { id: string; slug: string; listId: string };
			let s1: { id: string; slug: string };
			let s2: { id: string; slug: string };
			let s3: { id: string; slug: string };
			let otherClinic: { id: string; slug: string };
			let plain: { slug: string };
			let guestToken: string;
			let waitingToken: string;
			let participant: Actor;
			let waiting: Actor;

			before(async () => {
				participant = await w.person('Pim Casus');
				waiting = await w.person('Wim Wacht');
				const series = await createSeries(db(), coordA, { title: 'Leerfabriek', organiserIds: [A.id], capacity: 2, waitlist: true });
				s1 = await createGathering(db(), coordA, input({ title: 'Leerfabriek 1', startDay: '2099-04-01', caseClinic: true }), origin, { seriesSlug: series.slug });
				s2 = await createGathering(db(), coordA, input({ title: 'Leerfabriek 2', startDay: '2099-05-01', caseClinic: true }), origin, { seriesSlug: series.slug });
				s3 = await createGathering(db(), coordA, input({ title: 'Leerfabriek borrel', startDay: '2099-06-01' }), origin, { seriesSlug: series.slug });
				clinic = await createGathering(db(), coordA, input({ title: 'Losse casustafel', caseClinic: true }), origin);
				otherClinic = await createGathering(db(), coordA, input({ title: 'Andere casustafel', caseClinic: true }), origin);
				plain = await createGathering(db(), coordA, input({ title: 'Gewone kring' }), origin);
				await register(db(), participant, { series: series.slug }, {}, nl);
				guestToken = (await register(db(), null, { series: series.slug }, guest('Casusgast'), nl)).token;
				waitingToken = (await register(db(), waiting, { series: series.slug }, {}, nl)).token;
				await register(db(), participant, { gathering: clinic.slug }, {}, nl);
				await register(db(), participant, { gathering: plain.slug }, {}, nl);
			});

			const aCase = (title: string) => ({ title, question: 'Hoe houden we vrijwilligers vast?', context: 'Wij zijn een klein initiatief.' });

			it('takes cases only at a case clinic', async () => {
				await assert.rejects(submitCase(db(), { actor: participant }, plain.slug, aCase('Geen casustafel')), refused('error.notCaseClinic', 409));
				await assert.rejects(submitCase(db(), { actor: participant }, s3.slug, aCase('Geen casustafel')), refused('error.notCaseClinic', 409));
			});

			it('takes cases only from people registered, signed in or through their link', async () => {
				await assert.rejects(submitCase(db(), { actor: stranger }, s1.slug, aCase('Van een vreemde')), refused('error.registerFirst', 403));
				await assert.rejects(submitCase(db(), { token: 'verzonnen' }, s1.slug, aCase('Van een vreemde')), refused('error.invalidLink', 404));
				await assert.rejects(submitCase(db(), { token: guestToken }, clinic.slug, aCase('Verkeerde lijst')), refused('error.registerFirst', 403));
				const bySignedIn = await submitCase(db(), { actor: participant }, s1.slug, aCase('Vrijwilligers vasthouden'));
				const byGuest = await submitCase(db(), { token: guestToken }, s1.slug, aCase('Buren betrekken'));
				assert.equal(bySignedIn.status, 'submitted');
				assert.equal(byGuest.status, 'submitted');
				await assert.rejects(submitCase(db(), { actor: participant }, s1.slug, { title: 'Kort', question: 'Te kort' }), invalid('question', 'error.questionTooShort'));
				await assert.rejects(submitCase(db(), { actor: participant }, s1.slug, aCase('Te laat'), new Date('2099-04-01T18:30:00Z')), refused('error.caseTooLate', 409));
			});

			it('needs a reason to decline, and tells the person', async () => {
				const c = await submitCase(db(), { actor: participant }, clinic.slug, aCase('Niet dit keer'));
				await assert.rejects(decideCase(db(), coordA, clinic.slug, c.id, { decision: 'declined', reason: ' ' }, origin), invalid('reason', 'error.reasonRequired'));
				const declined = await decideCase(db(), coordA, clinic.slug, c.id, { decision: 'declined', reason: 'Past beter bij de volgende reeks' }, origin);
				assert.deepEqual({ status: declined.status, sessionId: declined.sessionId, reason: declined.decisionReason }, { status: 'declined', sessionId: null, reason: 'Past beter bij de volgende reeks' });
				const [mail] = (await mailsTo(participant.email)).filter((m) => m.subject === 'Uw casus komt niet aan bod: Niet dit keer');
				assert.ok(mail?.text.includes('Past beter bij de volgende reeks'));
				assert.ok((await noticesOf(participant)).some((n) => n.messageKey === 'notice.caseDeclined' && n.params.title === 'Niet dit keer'));
				await assert.rejects(decideCase(db(), coordA, otherClinic.slug, c.id, { decision: 'accepted' }, origin), refused('error.notFound', 404));
			});

			it('assigns an accepted case to a clinic session of the same series only', async () => {
				const c = (await casesFor(db(), coordA, s1.slug)).submitted.find((x) => x.title === 'Vrijwilligers vasthouden')!;
				await assert.rejects(decideCase(db(), coordA, s1.slug, c.id, { decision: 'accepted', sessionId: s3.id }, origin), refused('error.choose', 400, 'sessionId'));
				await assert.rejects(decideCase(db(), coordA, s1.slug, c.id, { decision: 'accepted', sessionId: clinic.id }, origin), refused('error.choose', 400, 'sessionId'));
				const accepted = await decideCase(db(), coordA, s1.slug, c.id, { decision: 'accepted', sessionId: s2.id }, origin);
				assert.deepEqual({ status: accepted.status, sessionId: accepted.sessionId }, { status: 'accepted', sessionId: s2.id });
				assert.ok((await mailsTo(participant.email)).some((m) => m.subject === 'Uw casus is gekozen: Vrijwilligers vasthouden'));
				const other = (await casesFor(db(), coordA, s1.slug)).submitted.find((x) => x.title === 'Buren betrekken')!;
				assert.equal((await decideCase(db(), coordA, s1.slug, other.id, { decision: 'accepted' }, origin)).sessionId, s1.id, 'without a choice it stays at its own session');
			});

			it('shows accepted cases to participants and organisers, and none to others', async () => {
				const forParticipant = await casesFor(db(), participant, s2.slug);
				assert.deepEqual(forParticipant.accepted.map((c) => [c.title, c.by]), [['Vrijwilligers vasthouden', participant.name]]);
				assert.deepEqual(forParticipant.submitted, []);
				assert.deepEqual((await casesFor(db(), participant, s1.slug)).accepted.map((c) => c.title), ['Buren betrekken']);

				const forOrganiser = await casesFor(db(), coordA, s1.slug);
				assert.deepEqual(forOrganiser.submitted.map((c) => [c.title, c.status]).sort(), [
					['Buren betrekken', 'accepted'],
					['Vrijwilligers vasthouden', 'accepted']
				]);
				assert.deepEqual((await casesFor(db(), coordA, s2.slug)).accepted.map((c) => c.title), ['Vrijwilligers vasthouden']);

				for (const outsider of [null, stranger, waiting]) assert.deepEqual(await casesFor(db(), outsider, s2.slug), { submitted: [], accepted: [] });
				assert.equal((await registrationForLink(db(), waitingToken)).status, 'waitlisted');
			});
		});
	});
