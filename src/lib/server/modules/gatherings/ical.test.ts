// Calendar output read back with a real iCalendar parser: stable UIDs, SEQUENCE, STATUS, and
// times in Europe/Amsterdam that land on the right instant, for every kind of feed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { engines, refused, world, type World } from '../../testing';
import type { Actor } from '../identity';
import { createOrganisation } from '../network';
import { createSpace } from '../spaces';
import {
	cancelGathering,
	createGathering,
	createSeries,
	feedToken,
	gatheringCalendar,
	personalCalendar,
	register,
	renewFeedToken,
	seriesCalendar,
	spaceCalendar,
	updateGathering,
	type GatheringInput
} from './index';

const origin = 'http://localhost:3000';
const who = { locale: 'nl', origin };

interface ParsedEvent {
	uid: string;
	sequence: number;
	status: string;
	summary: string;
	location: string | null;
	tzid: string | null;
	start: string;
	end: string;
}

/** Parses a calendar with ical.js, registering its own VTIMEZONEs before any time is read. */
function parse(text: string): { name: string; events: ParsedEvent[] } {
	const root = new ICAL.Component(ICAL.parse(text));
	assert.equal(root.name, 'vcalendar');
	const zones = root.getAllSubcomponents('vtimezone');
	for (const zone of zones) ICAL.TimezoneService.register(zone);
	const events = root.getAllSubcomponents('vevent').map((component) => {
		const event = new ICAL.Event(component);
		if (zones.length === 0 || !zones.some((z) => z.getFirstPropertyValue('tzid') === 'Europe/Amsterdam')) assert.fail('calendar lacks the Europe/Amsterdam VTIMEZONE');
		return {
			uid: event.uid,
			sequence: event.sequence,
			status: String(component.getFirstPropertyValue('status')),
			summary: event.summary,
			location: (component.getFirstPropertyValue('location') as string | null) ?? null,
			tzid: (component.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? null,
			start: event.startDate.toJSDate().toISOString(),
			end: event.endDate.toJSDate().toISOString()
		};
	});
	return { name: String(root.getFirstPropertyValue('x-wr-calname') ?? root.getFirstPropertyValue('name')), events };
}

for (const engine of engines())
	describe(`gathering calendars (${engine})`, () => {
		let w: World;
		let organiser: Actor;
		let guest: Actor;
		let outsider: Actor;
		let A: { id: string; slug: string };
		const db = () => w.database.db;

		const input = (over: Partial<GatheringInput> = {}): GatheringInput => ({
			title: 'Leerkring zorg en welzijn',
			description: 'Samen leren',
			startDay: '2099-01-15',
			startTime: '19:30',
			endTime: '21:30',
			address: 'Buurthuis De Linde, Utrecht',
			organiserIds: [A.id],
			...over
		});

		before(async () => {
			w = await world(engine);
			[organiser, guest, outsider] = await Promise.all([w.person('Olga Organisator'), w.person('Gert Gast'), w.person('Otto Buiten')]);
			A = await createOrganisation(db(), organiser, { name: 'Initiatief Kalender', kind: 'initiative' });
		});
		after(() => w.database.drop());

		it('writes a winter gathering at 19:30 Amsterdam time, which is 18:30 UTC', async () => {
			const g = await createGathering(db(), organiser, input({ title: 'Winteravond' }), origin);
			const { events } = parse(await gatheringCalendar(db(), null, g.slug, origin));
			assert.equal(events.length, 1);
			const [e] = events;
			assert.equal(e.tzid, 'Europe/Amsterdam');
			assert.equal(e.start, '2099-01-15T18:30:00.000Z');
			assert.equal(e.end, '2099-01-15T20:30:00.000Z');
			assert.equal(e.summary, 'Winteravond');
			assert.equal(e.status, 'CONFIRMED');
			assert.equal(e.sequence, 0);
			assert.equal(e.uid, `gathering-${g.id}@localhost`);
			assert.equal(e.location, 'Buurthuis De Linde, Utrecht');
		});

		it('writes a summer gathering at 19:30 Amsterdam time, which is 17:30 UTC, two hours long without an end', async () => {
			const g = await createGathering(db(), organiser, input({ title: 'Zomeravond', startDay: '2099-07-15', endTime: '' }), origin);
			const [e] = parse(await gatheringCalendar(db(), null, g.slug, origin)).events;
			assert.equal(e.tzid, 'Europe/Amsterdam');
			assert.equal(e.start, '2099-07-15T17:30:00.000Z');
			assert.equal(e.end, '2099-07-15T19:30:00.000Z');
		});

		it('keeps the UID across updates and raises SEQUENCE when the time changes', async () => {
			const g = await createGathering(db(), organiser, input({ title: 'Verschuivende kring' }), origin);
			const first = parse(await gatheringCalendar(db(), null, g.slug, origin)).events[0];

			await updateGathering(db(), organiser, g.slug, input({ title: 'Verschuivende kring', description: 'Alleen de tekst is anders' }), origin);
			const textOnly = parse(await gatheringCalendar(db(), null, g.slug, origin)).events[0];
			assert.equal(textOnly.uid, first.uid);

			await updateGathering(db(), organiser, g.slug, input({ title: 'Verschuivende kring', startDay: '2099-07-16', startTime: '20:00', endTime: '22:00' }), origin);
			const moved = parse(await gatheringCalendar(db(), null, g.slug, origin)).events[0];
			assert.equal(moved.uid, first.uid);
			assert.ok(moved.sequence > textOnly.sequence, `SEQUENCE ${moved.sequence} should be above ${textOnly.sequence}`);
			assert.equal(moved.start, '2099-07-16T18:00:00.000Z');
			assert.equal(moved.end, '2099-07-16T20:00:00.000Z');

			await updateGathering(db(), organiser, g.slug, input({ title: 'Verschuivende kring', startDay: '2099-07-16', startTime: '20:00', endTime: '22:00', address: 'Bibliotheek Centrum' }), origin);
			const relocated = parse(await gatheringCalendar(db(), null, g.slug, origin)).events[0];
			assert.equal(relocated.uid, first.uid);
			assert.ok(relocated.sequence > moved.sequence);
			assert.equal(relocated.location, 'Bibliotheek Centrum');
		});

		it('marks a cancelled gathering STATUS:CANCELLED with a higher SEQUENCE and the same UID', async () => {
			const g = await createGathering(db(), organiser, input({ title: 'Gaat niet door' }), origin);
			const beforeCancel = parse(await gatheringCalendar(db(), null, g.slug, origin)).events[0];
			await cancelGathering(db(), organiser, g.slug, { reason: 'Ziekte' }, origin);
			const cancelled = parse(await gatheringCalendar(db(), null, g.slug, origin)).events[0];
			assert.equal(cancelled.status, 'CANCELLED');
			assert.equal(cancelled.uid, beforeCancel.uid);
			assert.ok(cancelled.sequence > beforeCancel.sequence);
		});

		it('leaves an undated gathering out of its calendar', async () => {
			const g = await createGathering(db(), organiser, input({ title: 'Datum volgt', startDay: '', startTime: '', endTime: '' }), origin);
			assert.deepEqual(parse(await gatheringCalendar(db(), null, g.slug, origin)).events, []);
		});

		it('gives a series calendar with every dated session, in their own offsets', async () => {
			const series = await createSeries(db(), organiser, { title: 'Leerkring door het jaar', organiserIds: [A.id] });
			const winter = await createGathering(db(), organiser, input({ title: 'Sessie winter', startDay: '2099-02-05' }), origin, { seriesSlug: series.slug });
			const summer = await createGathering(db(), organiser, input({ title: 'Sessie zomer', startDay: '2099-06-04' }), origin, { seriesSlug: series.slug });
			await createGathering(db(), organiser, input({ title: 'Sessie later', startDay: '', startTime: '', endTime: '' }), origin, { seriesSlug: series.slug });
			const cal = parse(await seriesCalendar(db(), null, series.slug, origin));
			assert.equal(cal.name, 'Leerkring door het jaar');
			assert.deepEqual(
				cal.events.map((e) => [e.uid, e.tzid, e.start]),
				[
					[`gathering-${winter.id}@localhost`, 'Europe/Amsterdam', '2099-02-05T18:30:00.000Z'],
					[`gathering-${summer.id}@localhost`, 'Europe/Amsterdam', '2099-06-04T17:30:00.000Z']
				]
			);
		});

		it('gives a space calendar, and hides a members-only space from outsiders', async () => {
			const open = await createSpace(db(), organiser, { title: 'Open ruimte kalender', ownerIds: [A.id] });
			const closed = await createSpace(db(), organiser, { title: 'Besloten ruimte kalender', ownerIds: [A.id], visibility: 'members' });
			const inOpen = await createGathering(db(), organiser, input({ title: 'In de open ruimte' }), origin, { spaceId: open.id });
			await createGathering(db(), organiser, input({ title: 'Elders' }), origin);
			await createGathering(db(), organiser, input({ title: 'In de besloten ruimte', startDay: '2099-08-01' }), origin, { spaceId: closed.id });

			const openCal = parse(await spaceCalendar(db(), null, open.slug, origin));
			assert.equal(openCal.name, 'Open ruimte kalender');
			assert.deepEqual(openCal.events.map((e) => e.uid), [`gathering-${inOpen.id}@localhost`]);

			const closedCal = parse(await spaceCalendar(db(), organiser, closed.slug, origin));
			assert.deepEqual(closedCal.events.map((e) => [e.summary, e.start]), [['In de besloten ruimte', '2099-08-01T17:30:00.000Z']]);
			await assert.rejects(spaceCalendar(db(), outsider, closed.slug, origin), refused('error.notFound', 404));
			await assert.rejects(spaceCalendar(db(), null, closed.slug, origin), refused('error.notFound', 404));
			await assert.rejects(spaceCalendar(db(), null, 'bestaat-niet', origin), refused('error.notFound', 404));
		});

		it('gives a personal feed behind a secret: own gatherings, the online link only where confirmed', async () => {
			const confirmed = await createGathering(
				db(),
				organiser,
				input({ title: 'Online kring', format: 'online', onlineUrl: 'https://meet.example.org/kring', address: '', startDay: '2099-03-20' }),
				origin
			);
			const full = await createGathering(
				db(),
				organiser,
				input({ title: 'Volle online kring', format: 'online', onlineUrl: 'https://meet.example.org/vol', address: '', capacity: 1, waitlist: true, startDay: '2099-04-20' }),
				origin
			);
			await register(db(), null, { gathering: full.slug }, { name: 'Eerste', email: 'eerste@example.org' }, who);
			await createGathering(db(), organiser, input({ title: 'Niet voor de gast' }), origin);
			assert.equal((await register(db(), guest, { gathering: confirmed.slug }, {}, who)).status, 'confirmed');
			assert.equal((await register(db(), guest, { gathering: full.slug }, {}, who)).status, 'waitlisted');

			const token = await feedToken(db(), guest);
			assert.equal(await feedToken(db(), guest), token, 'the feed address stays the same');
			const feed = parse(await personalCalendar(db(), token, origin));
			assert.equal(feed.name, 'Mijn bijeenkomsten');
			const byUid = new Map(feed.events.map((e) => [e.uid, e]));
			assert.deepEqual([...byUid.keys()].sort(), [`gathering-${confirmed.id}@localhost`, `gathering-${full.id}@localhost`].sort());
			assert.equal(byUid.get(`gathering-${confirmed.id}@localhost`)!.location, 'https://meet.example.org/kring');
			assert.equal(byUid.get(`gathering-${confirmed.id}@localhost`)!.start, '2099-03-20T18:30:00.000Z');
			assert.equal(byUid.get(`gathering-${full.id}@localhost`)!.location, null);
			assert.equal(byUid.get(`gathering-${full.id}@localhost`)!.start, '2099-04-20T17:30:00.000Z');

			await cancelGathering(db(), organiser, confirmed.slug, {}, origin);
			const afterCancel = parse(await personalCalendar(db(), token, origin));
			assert.equal(afterCancel.events.find((e) => e.uid === `gathering-${confirmed.id}@localhost`)?.status, 'CANCELLED');
		});

		it('renewing the feed secret makes the old address 404', async () => {
			const old = await feedToken(db(), outsider);
			await personalCalendar(db(), old, origin);
			const renewed = await renewFeedToken(db(), outsider);
			assert.notEqual(renewed, old);
			await assert.rejects(personalCalendar(db(), old, origin), refused('error.notFound', 404));
			assert.deepEqual(parse(await personalCalendar(db(), renewed, origin)).events, []);
			await assert.rejects(personalCalendar(db(), 'made-up-token', origin), refused('error.notFound', 404));
		});

		it('refuses the feed secret to anonymous visitors', async () => {
			await assert.rejects(feedToken(db(), null), refused('error.signInRequired', 401));
			await assert.rejects(renewFeedToken(db(), null), refused('error.signInRequired', 401));
		});
	});
