// Registrations fired all at once at one gathering: capacity holds, the waitlist has no gaps and
// follows arrival order, nobody is registered twice, and a refusal leaves nothing behind.
// Full size (200+ at capacity 50) on PostgreSQL, where requests really run in parallel over a
// pool; a smaller run on PGlite, which serialises them, so the same logic is covered there too.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, inArray } from 'drizzle-orm';
import { DomainError, type Actor } from '../identity';
import { createOrganisation } from '../network';
import { listOutbox } from '../notifications';
import { engines, refused, world, type World } from '../../testing';
import type { Engine } from '../../db/client';
import { cancelByLink, createGathering, participants, register, type GatheringInput } from './index';
import { registration } from './schema';

const origin = 'http://localhost:3000';
const nl = { locale: 'nl', origin };

const sizes: Record<Engine, { people: number; capacity: number; duplicated: number; copies: number; cancels: number; newcomers: number }> = {
	postgresql: { people: 200, capacity: 50, duplicated: 10, copies: 3, cancels: 40, newcomers: 100 },
	pglite: { people: 30, capacity: 10, duplicated: 3, copies: 3, cancels: 8, newcomers: 20 }
};

/** Fisher–Yates with a fixed seed: the firing order is mixed, and the same on every run. */
function shuffled<T>(items: T[], seed = 42): T[] {
	const out = [...items];
	let s = seed;
	for (let i = out.length - 1; i > 0; i--) {
		s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
		const j = s % (i + 1);
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

const isRefusal = (key: string) => (r: PromiseSettledResult<unknown>) => r.status === 'rejected' && r.reason instanceof DomainError && r.reason.messageKey === key;

for (const engine of engines())
	describe(`registration under load (${engine})`, () => {
		const size = sizes[engine];
		let w: World;
		let organiser: Actor;
		let A: { id: string };
		const db = () => w.database.db;

		const input = (over: Partial<GatheringInput>): GatheringInput => ({
			title: 'Drukbezochte kring',
			startDay: '2099-09-15',
			startTime: '19:30',
			organiserIds: [A.id],
			...over
		});
		const rowsOn = (listId: string) => db().select().from(registration).where(eq(registration.listId, listId)).orderBy(registration.arrival);
		const mails = async (emails: string[]) => {
			const wanted = new Set(emails);
			return (await listOutbox(db(), 1_000_000)).filter((m) => wanted.has(m.recipient));
		};

		before(async () => {
			w = await world(engine);
			organiser = await w.person('Olga Organisator');
			A = await createOrganisation(db(), organiser, { name: 'Initiatief Volle Zaal', kind: 'initiative' });
		});
		after(() => w.database.drop());

		it(`with a waitlist: ${size.people} people and duplicates at once at capacity ${size.capacity}`, async () => {
			const g = await createGathering(db(), organiser, input({ title: 'Kring met wachtlijst onder druk', capacity: size.capacity, waitlist: true }), origin);
			const signedIn = await Promise.all([w.person('Sam Snel'), w.person('Tess Tegelijk')]);
			const guests = Array.from({ length: size.people - signedIn.length }, (_, i) => ({ name: `Bezoeker ${i}`, email: `druk.${i}@example.org` }));
			type Shot = { key: string; fire: () => ReturnType<typeof register> };
			const shots: Shot[] = guests.map((p) => ({ key: p.email, fire: () => register(db(), null, { gathering: g.slug }, p, nl) }));
			// The same address several times at once, also spelled differently, and one account clicking repeatedly.
			for (const p of guests.slice(0, size.duplicated))
				for (let c = 1; c < size.copies; c++) shots.push({ key: p.email, fire: () => register(db(), null, { gathering: g.slug }, { name: `${p.name} (${c})`, email: c % 2 ? p.email.toUpperCase() : p.email }, nl) });
			for (const person of signedIn) for (let c = 0; c < size.copies; c++) shots.push({ key: person.email, fire: () => register(db(), person, { gathering: g.slug }, {}, nl) });
			const order = shuffled(shots);
			assert.ok(order.length >= size.people);

			const results = await Promise.allSettled(order.map((s) => s.fire()));

			const byKey = new Map<string, PromiseSettledResult<Awaited<ReturnType<typeof register>>>[]>();
			order.forEach((s, i) => byKey.set(s.key, [...(byKey.get(s.key) ?? []), results[i]]));
			assert.equal(byKey.size, size.people);
			for (const [key, outcomes] of byKey) {
				assert.equal(outcomes.filter((o) => o.status === 'fulfilled').length, 1, `${key} got exactly one place`);
				for (const o of outcomes.filter((o) => o.status === 'rejected')) assert.ok(refused('error.alreadyRegistered', 409)((o as PromiseRejectedResult).reason));
			}
			const duplicates = results.filter(isRefusal('error.alreadyRegistered')).length;
			assert.equal(duplicates, order.length - size.people);

			const placed = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
			const confirmed = placed.filter((p) => p.status === 'confirmed');
			const waiting = placed.filter((p) => p.status === 'waitlisted');
			assert.equal(confirmed.length, size.capacity);
			assert.equal(waiting.length, size.people - size.capacity);
			assert.deepEqual(confirmed.map((p) => p.position).sort((a, b) => a - b), Array.from({ length: size.capacity }, (_, i) => i + 1));
			assert.deepEqual(waiting.map((p) => p.position).sort((a, b) => a - b), Array.from({ length: waiting.length }, (_, i) => i + 1), 'waitlist positions 1..n without gaps');

			// What the database holds agrees: one row per address, the first arrivals hold the places.
			const rows = await rowsOn(g.listId);
			assert.equal(rows.length, size.people, 'no address is registered twice');
			assert.equal(new Set(rows.map((r) => r.email)).size, size.people);
			assert.deepEqual(
				rows.map((r) => r.status),
				[...Array(size.capacity).fill('confirmed'), ...Array(size.people - size.capacity).fill('waitlisted')],
				'in arrival order, every confirmed row comes before every waiting one'
			);
			const told = new Map(placed.map((p) => [p.registrationId, p]));
			const waitingRows = rows.filter((r) => r.status === 'waitlisted');
			waitingRows.forEach((r, i) => {
				assert.equal(told.get(r.id)?.status, 'waitlisted');
				assert.equal(told.get(r.id)?.position, i + 1, 'waitlist order equals arrival order');
			});

			// The organiser's list shows the same places people were told.
			const list = await participants(db(), organiser, g.slug);
			assert.deepEqual(list.counts, { registered: size.capacity, waitlisted: size.people - size.capacity, attended: null, noShows: null });
			for (const p of list.people) assert.equal(p.waitlistPosition, p.status === 'waitlisted' ? told.get(p.id)!.position : null);

			// One e-mail per person, and the waiting ones name the place they were given.
			const sent = await mails(rows.map((r) => r.email));
			assert.equal(sent.length, size.people);
			const byEmail = new Map(rows.map((r) => [r.email, r]));
			for (const m of sent) {
				const r = byEmail.get(m.recipient)!;
				if (r.status === 'confirmed') assert.equal(m.subject, 'U bent aangemeld: Kring met wachtlijst onder druk');
				else assert.ok(m.text.includes(`op plaats ${told.get(r.id)!.position}.`), m.text);
			}
		});

		it(`without a waitlist: ${size.people} people at once, exactly ${size.capacity} get in and the rest are refused cleanly`, async () => {
			const g = await createGathering(db(), organiser, input({ title: 'Kring zonder wachtlijst onder druk', capacity: size.capacity, waitlist: false }), origin);
			const people = Array.from({ length: size.people }, (_, i) => ({ name: `Zonder ${i}`, email: `vol.${i}@example.org` }));
			const results = await Promise.allSettled(people.map((p) => register(db(), null, { gathering: g.slug }, p, nl)));

			const placed = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
			assert.equal(placed.length, size.capacity);
			assert.ok(placed.every((p) => p.status === 'confirmed'));
			assert.deepEqual(placed.map((p) => p.position).sort((a, b) => a - b), Array.from({ length: size.capacity }, (_, i) => i + 1));
			assert.equal(results.filter(isRefusal('error.gatheringFull')).length, size.people - size.capacity, 'every other request was refused as full');

			const rows = await rowsOn(g.listId);
			assert.equal(rows.length, size.capacity, 'a refused request leaves no row');
			assert.ok(rows.every((r) => r.status === 'confirmed'));
			assert.deepEqual(new Set(rows.map((r) => r.id)), new Set(placed.map((p) => p.registrationId)));
			const sent = await mails(people.map((p) => p.email));
			assert.equal(sent.length, size.capacity, 'a refused request sends no e-mail');
			assert.deepEqual(new Set(sent.map((m) => m.recipient)), new Set(rows.map((r) => r.email)));
		});

		it('cancellations and registrations at once keep confirmed at or below capacity, and promote in arrival order', async () => {
			const g = await createGathering(db(), organiser, input({ title: 'Kring met komen en gaan', capacity: size.capacity, waitlist: true }), origin);
			const firstWave = Array.from({ length: size.capacity + size.cancels / 2 }, (_, i) => ({ name: `Eerste golf ${i}`, email: `golf1.${i}@example.org` }));
			const placedFirst: Awaited<ReturnType<typeof register>>[] = [];
			for (const p of firstWave) placedFirst.push(await register(db(), null, { gathering: g.slug }, p, nl));
			const before = await rowsOn(g.listId);
			const waitingBefore = before.filter((r) => r.status === 'waitlisted').map((r) => r.id);

			// Half of those leaving hold a place, half are waiting; newcomers arrive meanwhile.
			const leaving = [
				...placedFirst.filter((p) => p.status === 'confirmed').slice(0, size.cancels / 2),
				...placedFirst.filter((p) => p.status === 'waitlisted').slice(-size.cancels / 4)
			];
			const newcomers = Array.from({ length: size.newcomers }, (_, i) => ({ name: `Nieuw ${i}`, email: `golf2.${i}@example.org` }));
			const shots = shuffled([...leaving.map((p) => () => cancelByLink(db(), p.token, origin)), ...newcomers.map((p) => () => register(db(), null, { gathering: g.slug }, p, nl))], 7);
			const results = await Promise.allSettled(shots.map((fire) => fire()));
			assert.deepEqual(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason)), []);

			const rows = (await rowsOn(g.listId)).filter((r) => r.status !== 'cancelled');
			assert.equal(rows.length, firstWave.length - leaving.length + newcomers.length);
			const confirmed = rows.filter((r) => r.status === 'confirmed');
			assert.equal(confirmed.length, size.capacity, 'the places are all taken again, and not one more');
			const statuses = rows.map((r) => r.status);
			assert.deepEqual(statuses, [...Array(confirmed.length).fill('confirmed'), ...Array(rows.length - confirmed.length).fill('waitlisted')], 'nobody waits ahead of someone confirmed after them');
			const list = await participants(db(), organiser, g.slug);
			assert.deepEqual(
				list.people.filter((p) => p.status === 'waitlisted').map((p) => p.waitlistPosition),
				Array.from({ length: rows.length - size.capacity }, (_, i) => i + 1)
			);

			// Those who were waiting and did not leave moved up first, in the order they came, each told once.
			const stayedWaiting = waitingBefore.filter((id) => !leaving.some((l) => l.registrationId === id));
			const promoted = rows.filter((r) => stayedWaiting.includes(r.id) && r.status === 'confirmed');
			assert.equal(promoted.length, Math.min(stayedWaiting.length, size.cancels / 2));
			const promotionMails = (await mails(promoted.map((r) => r.email))).filter((m) => m.subject.startsWith('Er is een plek voor u'));
			assert.equal(promotionMails.length, promoted.length);
			const leftIds = new Set(leaving.map((l) => l.registrationId));
			const cancelledRows = await db().select().from(registration).where(and(eq(registration.listId, g.listId), inArray(registration.id, [...leftIds])));
			assert.ok(cancelledRows.every((r) => r.status === 'cancelled'));
		});

		it('cancellations and registrations at once without a waitlist never overfill', async () => {
			const g = await createGathering(db(), organiser, input({ title: 'Kring zonder wachtlijst, komen en gaan', capacity: size.capacity, waitlist: false }), origin);
			const holders: Awaited<ReturnType<typeof register>>[] = [];
			for (let i = 0; i < size.capacity; i++) holders.push(await register(db(), null, { gathering: g.slug }, { name: `Houder ${i}`, email: `houder.${i}@example.org` }, nl));
			const leaving = holders.slice(0, size.cancels / 2);
			const newcomers = Array.from({ length: size.newcomers }, (_, i) => ({ name: `Gegadigde ${i}`, email: `gegadigde.${i}@example.org` }));
			const shots = shuffled([...leaving.map((p) => () => cancelByLink(db(), p.token, origin)), ...newcomers.map((p) => () => register(db(), null, { gathering: g.slug }, p, nl))], 11);
			const results = await Promise.allSettled(shots.map((fire) => fire()));

			const failures = results.filter((r) => r.status === 'rejected');
			assert.equal(failures.length, results.filter(isRefusal('error.gatheringFull')).length, 'the only refusals are "full"');
			const rows = await rowsOn(g.listId);
			const confirmed = rows.filter((r) => r.status === 'confirmed');
			assert.ok(confirmed.length <= size.capacity, `${confirmed.length} confirmed at capacity ${size.capacity}`);
			const admitted = newcomers.filter((p) => rows.some((r) => r.email === p.email));
			assert.equal(admitted.length, size.newcomers - failures.length, 'every newcomer who was not refused has a row, and only those');
			assert.equal(confirmed.length, size.capacity - leaving.length + admitted.length);
			assert.ok(admitted.length <= leaving.length);
			assert.equal(rows.filter((r) => r.status === 'waitlisted').length, 0);
		});
	});
