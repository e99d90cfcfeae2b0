// Service tests of the inputs module: giving input as a guest or resident, following it, notes
// from meetings, spreadsheets in and out, spearheads, answers with a reason, moderation, the
// funnel, the letters followers get, numbering under load and the grouping proposals, on every
// engine of this run.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { count, eq } from 'drizzle-orm';
import '../../components';
import { engines, invalid, violates, parseCsv, refused, world, type World } from '../../testing';
import { translator } from '../../../i18n';
import type { Actor } from '../identity';
import { createArea, createOrganisation, createTheme } from '../network';
import { listNotices, listOutbox } from '../notifications';
import { assignSpaceRole, createSpace, setComponents } from '../spaces';
import { createGathering } from '../gatherings';
import { createAction, createPillar, linkToAction, reportProgress, unlinkFromAction, updateAction } from '../programme';
import {
	addToSpearhead,
	checkNotes,
	close,
	createSpearhead,
	enterNotes,
	follow,
	funnel,
	getInput,
	getSpearhead,
	hide,
	importNotesCsv,
	inputsCsv,
	listInputs,
	listSpearheads,
	mergeSpearheads,
	proposeSpearheads,
	removeFromSpearhead,
	renameSpearhead,
	reopen,
	splitSpearhead,
	submitInput,
	unfollowByToken,
	unhide,
	type Context
} from './index';
import { input, inputFollower, spearhead } from './schema';

const origin = 'http://localhost:3000';
const unknownId = '00000000-0000-4000-8000-000000000000';

let addressNumber = 0;
/** A guest's context, each from an address of its own: guests may give 30 inputs an hour per address. */
const guestCtx = (): Context => ({ origin, locale: 'nl', address: `2001:db8::${(++addressNumber).toString(16)}` });
const signedInCtx: Context = { origin, locale: 'nl' };

let emailNumber = 0;
const freshEmail = (name = 'volger') => `${name}.${++emailNumber}.${Date.now().toString(36)}@example.org`;

type SpaceRef = { id: string; slug: string };

for (const engine of engines())
	describe(`inputs service (${engine})`, () => {
		let w: World;
		let admin: Actor;
		/** Coordinator of A, which owns every space here: so the spaces' owner. */
		let owner: Actor;
		let facilitator: Actor;
		let moderator: Actor;
		/** Signed in, without any role anywhere. */
		let resident: Actor;
		let A: { id: string; slug: string };
		/** The space most tests give input in. */
		let main: SpaceRef;
		/** A second space with inputs, for what must stay inside its own space. */
		let other: SpaceRef;
		let areaId: string;
		let themeId: string;
		let gatheringHere: { id: string; title: string };
		let gatheringElsewhere: { id: string };
		const db = () => w.database.db;

		/** A public space of A with inputs and programme on, facilitator and moderator in their roles. */
		async function newSpace(title: string, options: { components?: string[]; visibility?: 'public' | 'members' } = {}): Promise<SpaceRef> {
			const made = await createSpace(db(), owner, { title, ownerIds: [A.id], visibility: options.visibility ?? 'public' });
			await setComponents(db(), owner, made.slug, options.components ?? ['inputs', 'programme']);
			await assignSpaceRole(db(), owner, made.slug, { email: facilitator.email, role: 'facilitator' });
			await assignSpaceRole(db(), owner, made.slug, { email: moderator.email, role: 'moderator' });
			return { id: made.id, slug: made.slug };
		}

		const give = (space: SpaceRef, text: string, over: Record<string, unknown> = {}) => submitInput(db(), null, space.slug, { kind: 'wish', text, ...over }, guestCtx());
		const statusOf = async (id: string) => (await db().select({ status: input.status }).from(input).where(eq(input.id, id)))[0].status;
		const inputsIn = async (space: SpaceRef) => Number((await db().select({ n: count() }).from(input).where(eq(input.spaceId, space.id)))[0].n);
		const followersOf = async (id: string) => db().select().from(inputFollower).where(eq(inputFollower.inputId, id));
		const allMails = () => listOutbox(db(), 1_000_000);
		const mailsTo = async (email: string) => (await allMails()).filter((m) => m.recipient === email).reverse();
		const stopToken = (text: string) => /\/inbreng\/volgen\/([\w-]+)/.exec(text)?.[1];

		/** A pillar and a planned action in a space's programme, owned by A. */
		async function actionIn(space: SpaceRef, title: string) {
			const pillar = await createPillar(db(), facilitator, space.slug, { title: `Pijler voor ${title}` });
			return createAction(db(), facilitator, { title, pillarId: pillar.id, ownerIds: [A.id], status: 'planned', progress: 0 });
		}

		before(async () => {
			w = await world(engine);
			[admin, owner, facilitator, moderator, resident] = await Promise.all([
				w.person('Beheerder', { admin: true }),
				w.person('Olga Eigenaar'),
				w.person('Fenna Facilitator'),
				w.person('Mo Moderator'),
				w.person('Rian Bewoner')
			]);
			A = await createOrganisation(db(), owner, { name: 'Gemeente Alfa', kind: 'municipality' });
			main = await newSpace('Regioplan burgerinbreng 2026');
			other = await newSpace('Leerkring Twente');
			areaId = (await createArea(db(), admin, { name: 'Regio Twente', level: 'region' })).id;
			themeId = (await createTheme(db(), admin, { nameNl: 'Ontmoeting', nameEn: 'Meeting' })).id;
			const base = { description: '', startDay: '2099-03-10', startTime: '19:30', endTime: '21:30', address: 'Dorpshuis', organiserIds: [A.id] };
			const here = await createGathering(db(), owner, { ...base, title: 'Bewonersavond Aadorp' }, origin, { spaceId: main.id });
			gatheringHere = { id: here.id, title: here.title };
			gatheringElsewhere = await createGathering(db(), owner, { ...base, title: 'Leerkring avond' }, origin, { spaceId: other.id });
		});
		after(() => w.database.drop());

		describe('giving input', () => {
			it('numbers inputs 1, 2, … per space, and a guest without an address follows nothing and gets no letter', async () => {
				const space = await newSpace('Buurtbudget Aadorp 2027');
				const mailsBefore = (await allMails()).length;
				const first = await give(space, 'Meer bankjes langs het wandelpad');
				assert.deepEqual({ number: first.number, following: first.following }, { number: 1, following: false });
				assert.equal((await followersOf(first.id)).length, 0);
				assert.equal((await allMails()).length, mailsBefore, 'nobody to write to');
				const second = await give(space, 'Een moestuin bij de school', { kind: 'idea' });
				assert.equal(second.number, 2);
				await give(other, 'Telt mee in een andere ruimte');
				assert.equal((await give(space, 'Wie beslist over het budget?', { kind: 'question' })).number, 3);
				const view = await getInput(db(), null, first.id);
				assert.equal(view.status, 'received');
				assert.equal(view.text, 'Meer bankjes langs het wandelpad');
				assert.equal(view.source, 'online');
				assert.deepEqual(view.steps.map((s) => s.kind), ['received']);
			});

			it('with an address: a follower and one letter with the trace link and a stop link that works once', async () => {
				const email = freshEmail('gast');
				const given = await give(main, 'Een bankje bij de bushalte', { email: `  ${email.toUpperCase()} `, areaId, themeIds: [themeId] });
				assert.equal(given.following, true);
				const followers = await followersOf(given.id);
				assert.deepEqual(followers.map((f) => [f.email, f.userId]), [[email, null]]);
				const letters = await mailsTo(email);
				assert.equal(letters.length, 1);
				assert.equal(letters[0].subject, `Uw inbreng ${given.number} is ontvangen`);
				assert.ok(letters[0].text.includes(`${origin}/inbreng/${given.id}`), letters[0].text);
				assert.ok(letters[0].text.includes('"Een bankje bij de bushalte"'), letters[0].text);
				const token = stopToken(letters[0].text);
				assert.ok(token, 'the letter carries a stop link');
				assert.ok(!followers[0].tokenHash.includes(token!), 'only a hash of the secret is stored');

				const view = await getInput(db(), null, given.id);
				assert.equal(view.area, 'Regio Twente');
				assert.deepEqual(view.themes.map((t) => t.nameNl), ['Ontmoeting']);

				await assert.rejects(unfollowByToken(db(), `${token}x`), refused('error.invalidLink', 404));
				await assert.rejects(unfollowByToken(db(), 'niet-een-token'), refused('error.invalidLink', 404));
				assert.deepEqual(await unfollowByToken(db(), token!), { inputId: given.id });
				assert.equal((await followersOf(given.id)).length, 0);
				await assert.rejects(unfollowByToken(db(), token!), refused('error.invalidLink', 404), 'a used link does not work twice');
			});

			it('follows a signed-in resident at their own address, as author', async () => {
				const given = await submitInput(db(), resident, main.slug, { kind: 'concern', text: 'Er wordt te hard gereden in de Dorpsstraat' }, signedInCtx);
				assert.equal(given.following, true);
				assert.deepEqual((await followersOf(given.id)).map((f) => [f.email, f.userId]), [[resident.email, resident.userId]]);
				const [row] = await db().select().from(input).where(eq(input.id, given.id));
				assert.equal(row.authorId, resident.userId);
				assert.equal((await mailsTo(resident.email)).filter((m) => m.subject === `Uw inbreng ${given.number} is ontvangen`).length, 1);
			});

			it('refuses bad input with a clear message and writes nothing', async () => {
				const space = await newSpace('Inbreng met fouten');
				const mailsBefore = (await allMails()).length;
				const email = freshEmail('fout');
				await assert.rejects(give(space, 'ab', { email }), invalid('text', 'error.inputTooShort'));
				await assert.rejects(give(space, '   ', { email }), invalid('text', 'error.inputTooShort'));
				await assert.rejects(give(space, 'x'.repeat(2001), { email }), invalid('text', 'error.tooLong'));
				await assert.rejects(give(space, 'Meer bankjes graag', { kind: 'klacht', email }), invalid('kind', 'error.choose'));
				await assert.rejects(give(space, 'Meer bankjes graag', { email: 'geen-adres' }), invalid('email', 'error.email'));
				await assert.rejects(give(space, 'Meer bankjes graag', { areaId: 'geen-id' }), invalid('areaId', 'error.choose'));
				await assert.rejects(give(space, 'Meer bankjes graag', { email, areaId: unknownId }), refused('error.choose', 400, 'areaId'));
				await assert.rejects(give(space, 'Meer bankjes graag', { email, themeIds: [themeId, unknownId] }), refused('error.choose', 400, 'themeIds'));
				assert.equal(await inputsIn(space), 0);
				assert.equal((await allMails()).length, mailsBefore);
				assert.equal((await db().select().from(inputFollower).where(eq(inputFollower.email, email))).length, 0);
				assert.equal((await give(space, 'Nu wel goed')).number, 1, 'a refusal takes no number');
			});

			it('is not found in a space without the inputs component, in a members-only space for a guest, or in no space at all', async () => {
				const off = await newSpace('Ruimte zonder inbreng', { components: ['programme'] });
				const closed = await newSpace('Alleen voor leden', { visibility: 'members' });
				for (const slug of [off.slug, closed.slug, 'bestaat-niet']) {
					await assert.rejects(submitInput(db(), null, slug, { kind: 'wish', text: 'Mag dit hier?' }, guestCtx()), refused('error.notFound', 404), slug);
					await assert.rejects(listInputs(db(), null, slug), refused('error.notFound', 404), slug);
					await assert.rejects(funnel(db(), null, slug), refused('error.notFound', 404), slug);
				}
				await assert.rejects(submitInput(db(), resident, closed.slug, { kind: 'wish', text: 'Mag dit hier?' }, signedInCtx), refused('error.notFound', 404));
				await assert.rejects(submitInput(db(), facilitator, off.slug, { kind: 'wish', text: 'Mag dit hier?' }, signedInCtx), refused('error.notFound', 404));
				assert.equal(await inputsIn(off), 0);
				assert.equal(await inputsIn(closed), 0);
				const inside = await submitInput(db(), facilitator, closed.slug, { kind: 'wish', text: 'Binnen mag het wel' }, signedInCtx);
				assert.equal(inside.number, 1, 'who belongs to a members-only space gives input there');
				await assert.rejects(getInput(db(), null, inside.id), refused('error.notFound', 404), 'its inputs stay hidden from guests');
			});

			it('is not found for an id that is no input', async () => {
				await assert.rejects(getInput(db(), null, unknownId), refused('error.notFound', 404));
				await assert.rejects(getInput(db(), null, 'geen-id'), refused('error.notFound', 404));
			});

			it('lets anyone follow an input by e-mail, once per address, but not a hidden one', async () => {
				const given = await give(main, 'Graag een pinautomaat in het dorp');
				const email = freshEmail('meelezer');
				await follow(db(), null, given.id, { email }, guestCtx());
				await follow(db(), null, given.id, { email: email.toUpperCase() }, guestCtx());
				const letters = await mailsTo(email);
				assert.deepEqual(letters.map((m) => m.subject), [`U volgt inbreng ${given.number}`]);
				assert.ok(stopToken(letters[0].text));
				assert.equal((await followersOf(given.id)).length, 1);
				await assert.rejects(follow(db(), null, given.id, { email: 'geen-adres' }, guestCtx()), invalid('email', 'error.email'));
				await assert.rejects(follow(db(), null, unknownId, { email }, guestCtx()), refused('error.notFound', 404));
				await hide(db(), moderator, given.id, { reason: 'Staat een telefoonnummer in' }, origin);
				await assert.rejects(follow(db(), null, given.id, { email: freshEmail() }, guestCtx()), refused('error.notFound', 404));
			});
		});

		describe('notes from meetings', () => {
			const notes = [
				{ kind: 'wish', text: 'Een ontmoetingsplek in het oude schoolgebouw' },
				{ kind: 'concern', text: 'Ouderen zijn eenzaam' },
				{ kind: 'question', text: 'Wanneer rijdt de buurtbus weer?' }
			];

			it('lets a facilitator enter notes of a gathering in the space, numbered after what came online', async () => {
				const space = await newSpace('Bewonersavonden Aadorp');
				const base = { description: '', startDay: '2099-04-10', startTime: '19:30', address: 'Dorpshuis', organiserIds: [A.id] };
				const evening = await createGathering(db(), owner, { ...base, title: 'Avond in het dorpshuis' }, origin, { spaceId: space.id });
				await give(space, 'Online gegeven voor de avond');
				const entered = await enterNotes(db(), facilitator, space.slug, { notes, gatheringId: evening.id }, signedInCtx);
				assert.deepEqual(entered.map((e) => e.number).sort(), [2, 3, 4]);
				const list = await listInputs(db(), null, space.slug);
				assert.deepEqual(list.inputs.map((i) => [i.number, i.kind, i.source, i.gathering?.title ?? null]), [
					[4, 'question', 'gathering', 'Avond in het dorpshuis'],
					[3, 'concern', 'gathering', 'Avond in het dorpshuis'],
					[2, 'wish', 'gathering', 'Avond in het dorpshuis'],
					[1, 'wish', 'online', null]
				]);
				const [row] = await db().select().from(input).where(eq(input.id, entered[0].id));
				assert.equal(row.enteredBy, facilitator.userId);
				assert.equal(row.authorId, null);
				const without = await enterNotes(db(), owner, space.slug, { notes: [notes[0]] }, signedInCtx);
				assert.equal((await getInput(db(), null, without[0].id)).source, 'online', 'notes without a gathering count as given online');
			});

			it('refuses a gathering of another space, a guest (401) and a resident without a role (403), writing nothing', async () => {
				const before = await inputsIn(main);
				await assert.rejects(enterNotes(db(), facilitator, main.slug, { notes, gatheringId: gatheringElsewhere.id }, signedInCtx), refused('error.choose', 400, 'gatheringId'));
				await assert.rejects(enterNotes(db(), facilitator, main.slug, { notes, gatheringId: unknownId }, signedInCtx), refused('error.choose', 400, 'gatheringId'));
				await assert.rejects(enterNotes(db(), null, main.slug, { notes, gatheringId: gatheringHere.id }, guestCtx()), refused('error.signInRequired', 401));
				await assert.rejects(enterNotes(db(), resident, main.slug, { notes, gatheringId: gatheringHere.id }, signedInCtx), refused('error.forbidden', 403));
				await assert.rejects(enterNotes(db(), moderator, main.slug, { notes }, signedInCtx), refused('error.forbidden', 403), 'moderating is not facilitating');
				assert.equal(await inputsIn(main), before);
				const entered = await enterNotes(db(), facilitator, main.slug, { notes: [notes[0]], gatheringId: gatheringHere.id }, signedInCtx);
				assert.equal((await getInput(db(), null, entered[0].id)).gathering?.title, gatheringHere.title);
			});

			it('names the line of a bad note: text-3 is the fourth line, and nothing is written', async () => {
				const bad = [...notes, { kind: 'idea', text: 'x' }];
				assert.throws(() => checkNotes(bad), invalid('text-3', 'error.inputTooShort'));
				assert.throws(() => checkNotes([notes[0], { kind: 'klacht', text: 'Te veel lawaai' }]), invalid('kind-1', 'error.choose'));
				assert.throws(() => checkNotes([]), invalid('notes', 'error.notesRequired'));
				assert.doesNotThrow(() => checkNotes(notes));
				const before = await inputsIn(main);
				await assert.rejects(enterNotes(db(), facilitator, main.slug, { notes: bad }, signedInCtx), invalid('text-3', 'error.inputTooShort'));
				await assert.rejects(enterNotes(db(), facilitator, main.slug, { notes: [] }, signedInCtx), invalid('notes', 'error.notesRequired'));
				assert.equal(await inputsIn(main), before);
			});
		});

		describe('spreadsheets', () => {
			it('imports notes from a CSV file as a facilitator entry, and only for facilitators', async () => {
				const space = await newSpace('Inbreng uit Excel');
				const csv = '\uFEFFSoort;Tekst\r\nwens;Meer licht op het fietspad\r\nvraag;Komt er een huisartsenpost?\r\n';
				await assert.rejects(importNotesCsv(db(), null, space.slug, csv, null, guestCtx()), refused('error.signInRequired', 401));
				await assert.rejects(importNotesCsv(db(), resident, space.slug, csv, null, signedInCtx), refused('error.forbidden', 403));
				await assert.rejects(importNotesCsv(db(), facilitator, space.slug, 'soort;tekst\nwens;Meer licht\nklacht;Lawaai\n', null, signedInCtx), refused('error.csvLineKind', 400, 'file'));
				assert.equal(await inputsIn(space), 0);
				const imported = await importNotesCsv(db(), facilitator, space.slug, csv, null, signedInCtx);
				assert.equal(imported.length, 2);
				const list = await listInputs(db(), facilitator, space.slug);
				assert.deepEqual(list.inputs.map((i) => [i.number, i.kind, i.text]).reverse(), [
					[1, 'wish', 'Meer licht op het fietspad'],
					[2, 'question', 'Komt er een huisartsenpost?']
				]);
			});

			it('exports the inputs that are not hidden, formula-safe, for facilitators only', async () => {
				const space = await newSpace('Inbreng naar Excel');
				await give(space, '=SOM(A1:A3) is wat het kost', { areaId });
				await give(space, 'Een gewone wens, met een komma');
				const hidden = await give(space, 'Iets wat niet mag blijven staan');
				await hide(db(), moderator, hidden.id, { reason: 'Beledigend' }, origin);
				await assert.rejects(inputsCsv(db(), null, space.slug, translator('nl')), refused('error.signInRequired', 401));
				await assert.rejects(inputsCsv(db(), resident, space.slug, translator('nl')), refused('error.forbidden', 403));
				const rows = parseCsv(await inputsCsv(db(), facilitator, space.slug, translator('nl')));
				assert.deepEqual(rows[0], ['Nummer', 'Soort', 'Tekst', 'Gebied', 'Bron', 'Status', 'Reden', 'Gegeven op']);
				assert.equal(rows.length, 3, 'the header and two inputs: the hidden one is left out');
				assert.deepEqual(rows[1].slice(0, 6), ['1', 'Wens', "'=SOM(A1:A3) is wat het kost", 'Regio Twente', 'Online gegeven', 'Ontvangen']);
				assert.equal(rows[2][2], 'Een gewone wens, met een komma');
				assert.ok(!Number.isNaN(Date.parse(rows[1][7])));
			});
		});

		describe('spearheads', () => {
			it('groups inputs into a spearhead, which makes them grouped, for facilitators only', async () => {
				const a = await give(main, 'De buurtbus rijdt op zaterdag niet');
				const b = await give(main, 'Geen bus meer naar het ziekenhuis');
				await assert.rejects(createSpearhead(db(), null, main.slug, { title: 'Vervoer', inputIds: [a.id] }, origin), refused('error.signInRequired', 401));
				await assert.rejects(createSpearhead(db(), resident, main.slug, { title: 'Vervoer', inputIds: [a.id] }, origin), refused('error.forbidden', 403));
				await assert.rejects(createSpearhead(db(), moderator, main.slug, { title: 'Vervoer', inputIds: [a.id] }, origin), refused('error.forbidden', 403));
				await assert.rejects(createSpearhead(db(), facilitator, main.slug, { title: 'V', inputIds: [a.id] }, origin), invalid('title', 'error.required'));
				assert.equal(await statusOf(a.id), 'received');

				const made = await createSpearhead(db(), facilitator, main.slug, { title: 'Vervoer voor ouderen', description: 'Bus en taxi', inputIds: [a.id, b.id, a.id] }, origin);
				assert.equal(await statusOf(a.id), 'grouped');
				assert.equal(await statusOf(b.id), 'grouped');
				const view = await getInput(db(), null, a.id);
				assert.deepEqual(view.spearheads.map((s) => s.title), ['Vervoer voor ouderen']);
				assert.deepEqual(view.steps.map((s) => s.kind), ['received', 'grouped']);
				const listed = (await listSpearheads(db(), null, main.slug)).find((s) => s.id === made.id);
				assert.equal(listed?.inputs, 2);
				const page = await getSpearhead(db(), null, made.id);
				assert.equal(page.total, 2);
				assert.deepEqual(page.inputs.map((i) => i.id), [a.id, b.id]);
				const filtered = await listInputs(db(), null, main.slug, { spearhead: made.id });
				assert.deepEqual(filtered.inputs.map((i) => i.id).sort(), [a.id, b.id].sort());
				const empty = await createSpearhead(db(), owner, main.slug, { title: 'Nog leeg' }, origin);
				assert.equal((await getSpearhead(db(), owner, empty.id)).total, 0);
			});

			it('refuses inputs of another space, and hidden ones, writing nothing', async () => {
				const here = await give(main, 'Graag een speeltuin in de nieuwe wijk');
				const there = await give(other, 'Een speeltuin in een andere ruimte');
				await assert.rejects(createSpearhead(db(), facilitator, main.slug, { title: 'Spelen over de grens', inputIds: [here.id, there.id] }, origin), refused('error.chooseInputs', 400, 'inputIds'));
				await assert.rejects(createSpearhead(db(), facilitator, main.slug, { title: 'Spelen over de grens', inputIds: [unknownId] }, origin), refused('error.chooseInputs', 400, 'inputIds'));
				assert.equal((await db().select().from(spearhead).where(eq(spearhead.title, 'Spelen over de grens'))).length, 0);
				assert.equal(await statusOf(here.id), 'received');
				const made = await createSpearhead(db(), facilitator, main.slug, { title: 'Spelen', inputIds: [here.id] }, origin);
				await assert.rejects(addToSpearhead(db(), facilitator, made.id, { inputIds: [there.id] }, origin), refused('error.chooseInputs', 400, 'inputIds'));
				const hiddenOne = await give(main, 'Een verborgen speeltuinwens');
				await hide(db(), moderator, hiddenOne.id, { reason: 'Dubbel ingestuurd met naam' }, origin);
				await assert.rejects(addToSpearhead(db(), facilitator, made.id, { inputIds: [hiddenOne.id] }, origin), refused('error.chooseInputs', 400, 'inputIds'));
				assert.equal((await getSpearhead(db(), facilitator, made.id)).total, 1);
				assert.equal(await statusOf(there.id), 'received');
			});

			it('renames a spearhead, for facilitators only', async () => {
				const made = await createSpearhead(db(), facilitator, main.slug, { title: 'Groen' }, origin);
				await assert.rejects(renameSpearhead(db(), null, made.id, { title: 'Groen in de straat' }), refused('error.signInRequired', 401));
				await assert.rejects(renameSpearhead(db(), resident, made.id, { title: 'Groen in de straat' }), refused('error.forbidden', 403));
				await assert.rejects(renameSpearhead(db(), facilitator, made.id, { title: '' }), invalid('title', 'error.required'));
				await assert.rejects(renameSpearhead(db(), facilitator, unknownId, { title: 'Groen in de straat' }), refused('error.notFound', 404));
				const renamed = await renameSpearhead(db(), facilitator, made.id, { title: 'Groen in de straat', description: 'Bomen en geveltuinen' });
				assert.equal(renamed.title, 'Groen in de straat');
				const page = await getSpearhead(db(), null, made.id);
				assert.deepEqual([page.title, page.description], ['Groen in de straat', 'Bomen en geveltuinen']);
			});

			it('adds and removes inputs, and their status follows', async () => {
				const made = await createSpearhead(db(), facilitator, main.slug, { title: 'Wonen voor starters' }, origin);
				const a = await give(main, 'Betaalbare huizen voor starters');
				const b = await give(main, 'Jongeren willen in het dorp blijven wonen');
				await assert.rejects(addToSpearhead(db(), null, made.id, { inputIds: [a.id] }, origin), refused('error.signInRequired', 401));
				await assert.rejects(addToSpearhead(db(), resident, made.id, { inputIds: [a.id] }, origin), refused('error.forbidden', 403));
				await assert.rejects(addToSpearhead(db(), facilitator, made.id, { inputIds: [] }, origin), invalid('inputIds', 'error.chooseInputs'));
				await addToSpearhead(db(), facilitator, made.id, { inputIds: [a.id, b.id] }, origin);
				await addToSpearhead(db(), facilitator, made.id, { inputIds: [a.id] }, origin);
				assert.equal((await getSpearhead(db(), null, made.id)).total, 2, 'adding twice keeps one membership');
				assert.equal(await statusOf(a.id), 'grouped');
				await assert.rejects(removeFromSpearhead(db(), null, made.id, { inputIds: [a.id] }, origin), refused('error.signInRequired', 401));
				await assert.rejects(removeFromSpearhead(db(), resident, made.id, { inputIds: [a.id] }, origin), refused('error.forbidden', 403));
				await removeFromSpearhead(db(), facilitator, made.id, { inputIds: [a.id] }, origin);
				assert.equal(await statusOf(a.id), 'received');
				assert.equal(await statusOf(b.id), 'grouped');
				assert.deepEqual((await getSpearhead(db(), null, made.id)).inputs.map((i) => i.id), [b.id]);
			});

			it('splits some inputs off into a new spearhead', async () => {
				const a = await give(main, 'Mantelzorgers hebben rust nodig');
				const b = await give(main, 'Respijtzorg in het dorp');
				const c = await give(main, 'Thuiszorg heeft te weinig tijd');
				const stranger = await give(main, 'Niet in dit speerpunt');
				const made = await createSpearhead(db(), facilitator, main.slug, { title: 'Zorg thuis', inputIds: [a.id, b.id, c.id] }, origin);
				await assert.rejects(splitSpearhead(db(), null, made.id, { title: 'Mantelzorg', inputIds: [a.id] }, origin), refused('error.signInRequired', 401));
				await assert.rejects(splitSpearhead(db(), resident, made.id, { title: 'Mantelzorg', inputIds: [a.id] }, origin), refused('error.forbidden', 403));
				await assert.rejects(splitSpearhead(db(), facilitator, made.id, { title: 'Mantelzorg', inputIds: [] }, origin), refused('error.chooseInputs', 400, 'inputIds'));
				await assert.rejects(splitSpearhead(db(), facilitator, made.id, { title: 'Mantelzorg', inputIds: [a.id, stranger.id] }, origin), refused('error.chooseInputs', 400, 'inputIds'));
				const split = await splitSpearhead(db(), facilitator, made.id, { title: 'Mantelzorg', inputIds: [a.id, b.id] }, origin);
				assert.deepEqual((await getSpearhead(db(), null, split.id)).inputs.map((i) => i.id), [a.id, b.id]);
				assert.deepEqual((await getSpearhead(db(), null, made.id)).inputs.map((i) => i.id), [c.id]);
				assert.deepEqual((await getInput(db(), null, a.id)).spearheads.map((s) => s.title), ['Mantelzorg']);
				assert.equal(await statusOf(a.id), 'grouped');
				assert.equal(await statusOf(stranger.id), 'received');
			});

			it('merges two spearheads: inputs and action links move, and the merged one is gone', async () => {
				const a = await give(main, 'Een koffieochtend in het dorpshuis');
				const b = await give(main, 'Een ontmoetingsplek voor ouderen');
				const c = await give(main, 'Ouderen zijn vaak alleen');
				const into = await createSpearhead(db(), facilitator, main.slug, { title: 'Ontmoeten', inputIds: [a.id, b.id] }, origin);
				const from = await createSpearhead(db(), facilitator, main.slug, { title: 'Eenzaamheid', inputIds: [b.id, c.id] }, origin);
				const action = await actionIn(main, 'Wekelijkse koffieochtend');
				await linkToAction(db(), facilitator, action.slug, { spearheadId: from.id }, origin);
				assert.equal(await statusOf(a.id), 'grouped');
				assert.equal(await statusOf(c.id), 'taken_up');

				await assert.rejects(mergeSpearheads(db(), null, from.id, into.id, origin), refused('error.signInRequired', 401));
				await assert.rejects(mergeSpearheads(db(), resident, from.id, into.id, origin), refused('error.forbidden', 403));
				await assert.rejects(mergeSpearheads(db(), facilitator, into.id, into.id, origin), refused('error.mergeSame', 400, 'into'));
				const elsewhere = await createSpearhead(db(), facilitator, other.slug, { title: 'Elders' }, origin);
				await assert.rejects(mergeSpearheads(db(), facilitator, from.id, elsewhere.id, origin), refused('error.choose', 400, 'into'));

				await mergeSpearheads(db(), facilitator, from.id, into.id, origin);
				await assert.rejects(getSpearhead(db(), null, from.id), refused('error.notFound', 404));
				const merged = await getSpearhead(db(), null, into.id);
				assert.deepEqual(merged.inputs.map((i) => i.id), [a.id, b.id, c.id]);
				assert.deepEqual(merged.actions.map((x) => x.slug), [action.slug]);
				for (const id of [a.id, b.id, c.id]) assert.equal(await statusOf(id), 'taken_up', 'every input of the merged spearhead reaches the action');
				const view = await getInput(db(), null, a.id);
				assert.deepEqual(view.spearheads.map((s) => s.title), ['Ontmoeten']);
				assert.deepEqual(view.actions.map((x) => [x.slug, x.via?.title]), [[action.slug, 'Ontmoeten']]);
			});
		});

		describe('answering with "not taken up" or "already exists"', () => {
			it('never without a reason: the schema refuses it, and so does the database', async () => {
				const given = await give(main, 'Een zwembad in elk dorp');
				await assert.rejects(close(db(), facilitator, given.id, { closure: 'not_taken_up' }, origin), invalid('reason', 'error.reasonRequired'));
				await assert.rejects(close(db(), facilitator, given.id, { closure: 'not_taken_up', reason: '  ' }, origin), invalid('reason', 'error.reasonRequired'));
				await assert.rejects(close(db(), facilitator, given.id, { closure: 'nee', reason: 'Te duur' }, origin), invalid('closure', 'error.choose'));
				await assert.rejects(db().update(input).set({ closure: 'not_taken_up', closureReason: ' ', closedAt: new Date() }).where(eq(input.id, given.id)), violates('input_closure_has_reason'));
				await assert.rejects(db().update(input).set({ hiddenAt: new Date(), hiddenReason: '' }).where(eq(input.id, given.id)), violates('input_hidden_has_reason'));
				assert.equal(await statusOf(given.id), 'received');
			});

			it('closes with a reason shown in the steps, and reopens to received or grouped', async () => {
				const lone = await give(main, 'Een skatebaan naast de kerk');
				const grouped = await give(main, 'Een bibliotheek in het dorp');
				await createSpearhead(db(), facilitator, main.slug, { title: 'Cultuur', inputIds: [grouped.id] }, origin);
				await assert.rejects(close(db(), null, lone.id, { closure: 'not_taken_up', reason: 'Geen plek' }, origin), refused('error.signInRequired', 401));
				await assert.rejects(close(db(), resident, lone.id, { closure: 'not_taken_up', reason: 'Geen plek' }, origin), refused('error.forbidden', 403));
				await assert.rejects(close(db(), moderator, lone.id, { closure: 'not_taken_up', reason: 'Geen plek' }, origin), refused('error.forbidden', 403));

				await close(db(), facilitator, lone.id, { closure: 'not_taken_up', reason: 'Er is naast de kerk geen plek' }, origin);
				const view = await getInput(db(), null, lone.id);
				assert.equal(view.status, 'not_taken_up');
				assert.deepEqual(view.closure, { kind: 'not_taken_up', reason: 'Er is naast de kerk geen plek', url: '' });
				const last = view.steps.at(-1)!;
				assert.ok(last.kind === 'not_taken_up');
				assert.equal(last.reason, 'Er is naast de kerk geen plek');

				await close(db(), facilitator, grouped.id, { closure: 'already_exists', reason: 'De bibliobus komt elke week', url: 'https://example.org/bibliobus' }, origin);
				const answered = await getInput(db(), null, grouped.id);
				assert.equal(answered.status, 'already_exists', 'an answer beats grouping');
				assert.deepEqual(answered.closure, { kind: 'already_exists', reason: 'De bibliobus komt elke week', url: 'https://example.org/bibliobus' });
				await assert.rejects(close(db(), facilitator, lone.id, { closure: 'not_taken_up', reason: 'Geen plek', url: 'javascript:alert(1)' }, origin), invalid('url', 'error.url'));

				await assert.rejects(reopen(db(), null, lone.id, origin), refused('error.signInRequired', 401));
				await assert.rejects(reopen(db(), resident, lone.id, origin), refused('error.forbidden', 403));
				await reopen(db(), facilitator, lone.id, origin);
				await reopen(db(), facilitator, grouped.id, origin);
				assert.equal(await statusOf(lone.id), 'received');
				assert.equal(await statusOf(grouped.id), 'grouped');
				const reopened = await getInput(db(), null, lone.id);
				assert.equal(reopened.closure, null);
				assert.deepEqual(reopened.steps.map((s) => s.kind), ['received']);
			});

			it('refuses to close an input that an action took up (409), or a hidden one', async () => {
				const given = await give(main, 'Meer prullenbakken tegen hondenpoep');
				const action = await actionIn(main, 'Prullenbakken plaatsen');
				await linkToAction(db(), facilitator, action.slug, { inputNumber: given.number }, origin);
				assert.equal(await statusOf(given.id), 'taken_up');
				await assert.rejects(close(db(), facilitator, given.id, { closure: 'not_taken_up', reason: 'Toch niet' }, origin), refused('error.inputTakenUp', 409));
				assert.equal((await getInput(db(), null, given.id)).closure, null);
				const hiddenOne = await give(main, 'Een verborgen inbreng om te sluiten');
				await hide(db(), moderator, hiddenOne.id, { reason: 'Reclame' }, origin);
				await assert.rejects(close(db(), facilitator, hiddenOne.id, { closure: 'not_taken_up', reason: 'Reclame' }, origin), refused('error.inputHidden', 409));
			});
		});

		describe('moderation', () => {
			it('lets a moderator hide and unhide; guests then see that it was there and why, not what it said', async () => {
				const given = await give(main, 'Buurman Jansen op nummer 12 is een oplichter', { kind: 'concern' });
				await assert.rejects(hide(db(), null, given.id, { reason: 'Noemt een buurman' }, origin), refused('error.signInRequired', 401));
				await assert.rejects(hide(db(), resident, given.id, { reason: 'Noemt een buurman' }, origin), refused('error.forbidden', 403));
				await assert.rejects(hide(db(), moderator, given.id, { reason: '' }, origin), invalid('reason', 'error.reasonRequired'));
				assert.equal(await statusOf(given.id), 'received');

				await hide(db(), moderator, given.id, { reason: 'Noemt een buurman bij naam' }, origin);
				const seenByGuest = await getInput(db(), null, given.id);
				assert.equal(seenByGuest.status, 'hidden');
				assert.equal(seenByGuest.text, null);
				assert.equal(seenByGuest.hiddenReason, 'Noemt een buurman bij naam');
				const last = seenByGuest.steps.at(-1)!;
				assert.ok(last.kind === 'hidden');
				assert.equal(last.reason, 'Noemt een buurman bij naam');
				assert.equal((await getInput(db(), resident, given.id)).text, null);
				assert.equal((await getInput(db(), moderator, given.id)).text, 'Buurman Jansen op nummer 12 is een oplichter');
				const listed = (await listInputs(db(), null, main.slug, { status: 'hidden' })).inputs.find((i) => i.id === given.id);
				assert.deepEqual([listed?.text, listed?.hiddenReason], [null, 'Noemt een buurman bij naam']);
				assert.equal((await listInputs(db(), facilitator, main.slug, { status: 'hidden' })).inputs.find((i) => i.id === given.id)?.text, 'Buurman Jansen op nummer 12 is een oplichter');

				await assert.rejects(unhide(db(), null, given.id, origin), refused('error.signInRequired', 401));
				await assert.rejects(unhide(db(), resident, given.id, origin), refused('error.forbidden', 403));
				await unhide(db(), moderator, given.id, origin);
				const back = await getInput(db(), null, given.id);
				assert.equal(back.status, 'received');
				assert.equal(back.text, 'Buurman Jansen op nummer 12 is een oplichter');
				assert.equal(back.hiddenReason, null);
			});

			it('lets a facilitator hide too, and a hidden input keeps its place in a spearhead once shown again', async () => {
				const given = await give(main, 'Dit is een reclame voor een webwinkel');
				const made = await createSpearhead(db(), facilitator, main.slug, { title: 'Winkels', inputIds: [given.id] }, origin);
				await hide(db(), facilitator, given.id, { reason: 'Reclame' }, origin);
				assert.equal(await statusOf(given.id), 'hidden');
				await unhide(db(), facilitator, given.id, origin);
				assert.equal(await statusOf(given.id), 'grouped');
				assert.equal((await getSpearhead(db(), null, made.id)).total, 1);
			});

			it('tells a follower nothing when an input is hidden', async () => {
				const email = freshEmail('verborgen');
				const given = await give(main, 'Een inbreng die verborgen wordt', { email });
				await hide(db(), moderator, given.id, { reason: 'Scheldwoorden' }, origin);
				assert.deepEqual((await mailsTo(email)).map((m) => m.subject), [`Uw inbreng ${given.number} is ontvangen`]);
			});
		});

		describe('the funnel', () => {
			it('counts every stage, leaves hidden inputs out of what was received, and lists the longest waiting first', async () => {
				const space = await newSpace('Trechter Aadorp');
				const given: Record<string, Awaited<ReturnType<typeof give>>> = {};
				for (const key of ['young', 'oldest', 'middle', 'grouped1', 'grouped2', 'no', 'exists', 'hidden', 'hiddenGrouped', 'takenUp', 'done'])
					given[key] = await give(space, `Inbreng ${key} voor de trechter`);
				// Set apart in time so the order of waiting does not hang on the clock's resolution.
				const now = new Date('2099-06-30T12:00:00Z');
				const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
				for (const [key, days] of [['oldest', 30], ['middle', 20], ['young', 10]] as const) await db().update(input).set({ createdAt: daysAgo(days) }).where(eq(input.id, given[key].id));

				await createSpearhead(db(), facilitator, space.slug, { title: 'Trechter speerpunt', inputIds: [given.grouped1.id, given.grouped2.id, given.hiddenGrouped.id] }, origin);
				await close(db(), facilitator, given.no.id, { closure: 'not_taken_up', reason: 'Past niet in het plan' }, origin);
				await close(db(), facilitator, given.exists.id, { closure: 'already_exists', reason: 'Dat doet de buurtvereniging al' }, origin);
				await hide(db(), moderator, given.hidden.id, { reason: 'Reclame' }, origin);
				await hide(db(), moderator, given.hiddenGrouped.id, { reason: 'Reclame' }, origin);
				const running = await actionIn(space, 'Lopende actie');
				const finished = await actionIn(space, 'Afgeronde actie');
				await linkToAction(db(), facilitator, running.slug, { inputNumber: given.takenUp.number }, origin);
				await linkToAction(db(), facilitator, finished.slug, { inputNumber: given.done.number }, origin);
				await reportProgress(db(), facilitator, finished.slug, { status: 'done', progress: 100 }, origin);

				const expected = { received: 9, grouped: 2, takenUp: 2, done: 1, notTakenUp: 1, alreadyExists: 1, waiting: 3, hidden: 2 };
				for (const actor of [null, facilitator]) {
					const f = await funnel(db(), actor, space.slug, now);
					const { longestWaiting, ...counts } = f;
					assert.deepEqual(counts, expected);
					assert.deepEqual(longestWaiting.map((i) => [i.id, i.daysWaiting]), [
						[given.oldest.id, 30],
						[given.middle.id, 20],
						[given.young.id, 10]
					]);
					assert.equal(longestWaiting[0].text, 'Inbreng oldest voor de trechter');
				}
			});
		});

		describe('letters to followers', () => {
			it('writes to every follower, with an in-app notice for one with an account, each time the status changes and only then', async () => {
				const given = await submitInput(db(), resident, main.slug, { kind: 'idea', text: 'Een jeu-de-boulesbaan bij het dorpshuis' }, signedInCtx);
				const guestEmail = freshEmail('boules');
				await follow(db(), null, given.id, { email: guestEmail }, guestCtx());
				const news = `Nieuws over inbreng ${given.number}`;
				const newsTo = async (email: string) => (await mailsTo(email)).filter((m) => m.subject === news);
				const noticesAbout = async () => (await listNotices(db(), resident, 1000)).filter((n) => n.link === `/inbreng/${given.id}`);

				const made = await createSpearhead(db(), facilitator, main.slug, { title: 'Bewegen voor ouderen', inputIds: [given.id] }, origin);
				for (const email of [resident.email, guestEmail]) {
					const letters = await newsTo(email);
					assert.equal(letters.length, 1, email);
					assert.ok(letters[0].text.includes('De status is nu: Gebundeld in een speerpunt.'), letters[0].text);
					assert.ok(letters[0].text.includes('Bewegen voor ouderen'), letters[0].text);
					assert.ok(letters[0].text.includes(`${origin}/inbreng/${given.id}`), letters[0].text);
				}
				const [notice] = await noticesAbout();
				assert.equal(notice.messageKey, 'notice.inputStatus');
				assert.deepEqual(notice.params, { number: given.number, text: 'Een jeu-de-boulesbaan bij het dorpshuis', status: 'Gebundeld in een speerpunt', detail: 'Bewegen voor ouderen' });

				const action = await actionIn(main, 'Boulesbaan aanleggen');
				await linkToAction(db(), facilitator, action.slug, { spearheadId: made.id }, origin);
				const taken = await newsTo(guestEmail);
				assert.equal(taken.length, 2);
				assert.ok(taken[1].text.includes('De status is nu: Opgenomen in een actie.'), taken[1].text);
				assert.ok(taken[1].text.includes(`Boulesbaan aanleggen (Pijler voor Boulesbaan aanleggen)`), taken[1].text);
				assert.equal((await noticesAbout()).length, 2);

				// Changes that leave the status as it was: no letter.
				await reportProgress(db(), facilitator, action.slug, { status: 'in_progress', progress: 40 }, origin);
				await updateAction(db(), facilitator, action.slug, { title: 'Boulesbaan aanleggen bij het dorpshuis', pillarId: action.pillarId, ownerIds: [A.id], status: 'in_progress', progress: 60 }, origin);
				const second = await createSpearhead(db(), facilitator, main.slug, { title: 'Buiten spelen' }, origin);
				await addToSpearhead(db(), facilitator, second.id, { inputIds: [given.id] }, origin);
				assert.equal((await newsTo(guestEmail)).length, 2);
				assert.equal((await newsTo(resident.email)).length, 2);
				assert.equal((await noticesAbout()).length, 2);

				await reportProgress(db(), facilitator, action.slug, { status: 'done', progress: 100 }, origin);
				const done = await newsTo(guestEmail);
				assert.equal(done.length, 3);
				assert.ok(done[2].text.includes('De status is nu: Actie is klaar.'), done[2].text);

				// Someone who stopped following hears nothing more.
				const token = stopToken((await mailsTo(guestEmail))[0].text)!;
				await unfollowByToken(db(), token);
				await unlinkFromAction(db(), facilitator, action.slug, { spearheadId: made.id }, origin);
				assert.equal(await statusOf(given.id), 'grouped');
				assert.equal((await newsTo(guestEmail)).length, 3);
				assert.equal((await newsTo(resident.email)).length, 4);
			});
		});

		describe('numbering under load', () => {
			it('numbers 50 guest submissions at once 1..50, without gaps or doubles', { skip: engine === 'pglite' ? 'PGlite runs one query at a time, so nothing happens at once' : false }, async () => {
				const space = await newSpace('Drukke inbrengavond');
				const results = await Promise.all(Array.from({ length: 50 }, (_, i) => give(space, `Gelijktijdige inbreng nummer ${i}`, i % 5 === 0 ? { email: freshEmail('tegelijk') } : {})));
				assert.deepEqual(results.map((r) => r.number).sort((a, b) => a - b), Array.from({ length: 50 }, (_, i) => i + 1));
				const rows = await db().select({ number: input.number }).from(input).where(eq(input.spaceId, space.id));
				assert.equal(rows.length, 50);
				assert.equal(new Set(rows.map((r) => r.number)).size, 50);
			});
		});

		describe('grouping proposals', () => {
			it('are for facilitators only, and consider only inputs still waiting', async () => {
				const space = await newSpace('Voorstellen Aadorp');
				const bus = ['De buurtbus rijdt op zaterdag niet meer', 'De buurtbus rijdt op zondag ook niet', 'Laat de buurtbus weer rijden op zaterdag'];
				const waiting = [];
				for (const text of bus) waiting.push(await give(space, text));
				waiting.push(await give(space, 'Glasvezel in het buitengebied'));
				const grouped = await give(space, 'De bus naar het ziekenhuis rijdt niet');
				const closed = await give(space, 'Een eigen bus voor het dorp');
				const hiddenOne = await give(space, 'Een bus vol reclame');
				await createSpearhead(db(), facilitator, space.slug, { title: 'Ziekenhuis', inputIds: [grouped.id] }, origin);
				await close(db(), facilitator, closed.id, { closure: 'not_taken_up', reason: 'Te duur' }, origin);
				await hide(db(), moderator, hiddenOne.id, { reason: 'Reclame' }, origin);

				await assert.rejects(proposeSpearheads(db(), null, space.slug), refused('error.signInRequired', 401));
				await assert.rejects(proposeSpearheads(db(), resident, space.slug), refused('error.forbidden', 403));
				await assert.rejects(proposeSpearheads(db(), moderator, space.slug), refused('error.forbidden', 403));
				const off = await newSpace('Voorstellen zonder inbreng', { components: ['programme'] });
				await assert.rejects(proposeSpearheads(db(), facilitator, off.slug), refused('error.notFound', 404));

				const proposals = await proposeSpearheads(db(), facilitator, space.slug);
				assert.equal(proposals.considered, waiting.length);
				const seen = [...proposals.groups.flatMap((g) => g.inputs), ...proposals.ungrouped].map((i) => i.id);
				assert.deepEqual(seen.sort(), waiting.map((i) => i.id).sort(), 'every waiting input once, and nothing else');
				const busGroup = proposals.groups.find((g) => g.words.includes('buurtbus'));
				assert.ok(busGroup, JSON.stringify(proposals.groups));
				assert.deepEqual(busGroup.inputs.map((i) => i.number).sort(), [1, 2, 3]);
				assert.equal(await statusOf(waiting[0].id), 'received', 'a proposal changes nothing');
			});
		});
	});
