// Service tests of the programme module: pillars in order, actions with owners, status, progress
// and dates, updates by those who do the work, policy anchors, links to spearheads and single
// inputs with the status those inputs then show, and what visitors read, on every engine of this run.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { count, eq } from 'drizzle-orm';
import '../../components';
import { engines, invalid, violates, refused, world, type World } from '../../testing';
import type { Actor } from '../identity';
import { addMember, createOrganisation } from '../network';
import { assignSpaceRole, createSpace, setComponents } from '../spaces';
import { close, createSpearhead, getInput, hide, submitInput, type Context } from '../inputs';
import { input } from '../inputs/schema';
import {
	addAnchor,
	createAction,
	createPillar,
	getAction,
	getProgramme,
	linkToAction,
	postUpdate,
	removeAnchor,
	reportProgress,
	unlinkFromAction,
	updateAction,
	updatePillar,
	updateProgramme
} from './index';
import { programmeAction } from './schema';

const origin = 'http://localhost:3000';
const unknownId = '00000000-0000-4000-8000-000000000000';

let addressNumber = 0;
/** Each guest from an address of its own: guests may give 30 inputs an hour per address. */
const guestCtx = (): Context => ({ origin, locale: 'nl', address: `2001:db8:1::${(++addressNumber).toString(16)}` });

type SpaceRef = { id: string; slug: string };

for (const engine of engines())
	describe(`programme service (${engine})`, () => {
		let w: World;
		/** Coordinator of the municipality that owns every space here: so the spaces' owner. */
		let owner: Actor;
		let facilitator: Actor;
		/** Plain member of the care organisation that owns the actions: does the work, plans nothing. */
		let worker: Actor;
		/** Signed in, without any role anywhere. */
		let outsider: Actor;
		let municipality: { id: string; slug: string; name: string };
		let care: { id: string; slug: string; name: string };
		let main: SpaceRef;
		let other: SpaceRef;
		/** A pillar of `main`'s programme to hang actions on. */
		let pillarId: string;
		const db = () => w.database.db;

		async function newSpace(title: string, components = ['inputs', 'programme']): Promise<SpaceRef> {
			const made = await createSpace(db(), owner, { title, ownerIds: [municipality.id] });
			await setComponents(db(), owner, made.slug, components);
			await assignSpaceRole(db(), owner, made.slug, { email: facilitator.email, role: 'facilitator' });
			return { id: made.id, slug: made.slug };
		}

		const actionRaw = (over: Record<string, unknown> = {}) => ({ title: 'Wekelijkse koffieochtend', pillarId, ownerIds: [care.id], status: 'planned', progress: 0, ...over });
		const newAction = (over: Record<string, unknown> = {}) => createAction(db(), facilitator, actionRaw(over));
		const give = (space: SpaceRef, text: string) => submitInput(db(), null, space.slug, { kind: 'wish', text }, guestCtx());
		const statusOf = async (id: string) => (await db().select({ status: input.status }).from(input).where(eq(input.id, id)))[0].status;
		const actionCount = async () => Number((await db().select({ n: count() }).from(programmeAction))[0].n);

		before(async () => {
			w = await world(engine);
			let careCoordinator: Actor;
			[owner, facilitator, worker, outsider, careCoordinator] = await Promise.all([
				w.person('Olga Eigenaar'),
				w.person('Fenna Facilitator'),
				w.person('Willem Werker'),
				w.person('Otto Buiten'),
				w.person('Carla Coördinator')
			]);
			municipality = await createOrganisation(db(), owner, { name: 'Gemeente Alfa', kind: 'municipality' });
			care = await createOrganisation(db(), careCoordinator, { name: 'Welzijn Oost', kind: 'care' });
			await addMember(db(), careCoordinator, care.slug, { email: worker.email, role: 'member' });
			main = await newSpace('Regioplan burgerinbreng 2026');
			other = await newSpace('Leerkring Twente');
			pillarId = (await createPillar(db(), facilitator, main.slug, { title: 'Ontmoeting' })).id;
		});
		after(() => w.database.drop());

		describe('programme and pillars', () => {
			it('keeps pillars in the order they were made', async () => {
				const space = await newSpace('Programma met pijlers');
				const made = [];
				for (const title of ['Ontmoeting', 'Zorg thuis', 'Wonen']) made.push(await createPillar(db(), facilitator, space.slug, { title, description: `Over ${title.toLowerCase()}` }));
				assert.deepEqual(made.map((p) => p.position), [1, 2, 3]);
				const view = await getProgramme(db(), null, space.slug);
				assert.deepEqual(view.pillars.map((p) => [p.position, p.title]), [
					[1, 'Ontmoeting'],
					[2, 'Zorg thuis'],
					[3, 'Wonen']
				]);
				assert.equal(view.title, 'Programma met pijlers', 'a programme is named after its space until it gets a title');
				assert.deepEqual(view.permissions, { plan: false });
				assert.deepEqual((await getProgramme(db(), facilitator, space.slug)).permissions, { plan: true });
			});

			it('lets only facilitators make and change pillars and the programme', async () => {
				const space = await newSpace('Programma alleen voor facilitators');
				for (const [actor, refusal] of [
					[null, refused('error.signInRequired', 401)],
					[outsider, refused('error.forbidden', 403)],
					[worker, refused('error.forbidden', 403)]
				] as const) {
					await assert.rejects(createPillar(db(), actor, space.slug, { title: 'Niet van mij' }), refusal);
					await assert.rejects(updateProgramme(db(), actor, space.slug, { title: 'Niet van mij' }), refusal);
				}
				assert.deepEqual((await getProgramme(db(), null, space.slug)).pillars, []);
				await assert.rejects(createPillar(db(), facilitator, space.slug, { title: 'W' }), invalid('title', 'error.required'));

				const pillar = await createPillar(db(), owner, space.slug, { title: 'Vervoer' });
				await assert.rejects(updatePillar(db(), null, pillar.id, { title: 'Vervoer en wegen' }), refused('error.signInRequired', 401));
				await assert.rejects(updatePillar(db(), outsider, pillar.id, { title: 'Vervoer en wegen' }), refused('error.forbidden', 403));
				await assert.rejects(updatePillar(db(), facilitator, unknownId, { title: 'Vervoer en wegen' }), refused('error.notFound', 404));
				await updatePillar(db(), facilitator, pillar.id, { title: 'Vervoer en wegen', description: 'Bus, taxi, fiets' });
				await updateProgramme(db(), facilitator, space.slug, { title: 'Uitvoeringsprogramma Twente', description: 'Wat we gaan doen' });
				const view = await getProgramme(db(), null, space.slug);
				assert.deepEqual([view.title, view.description], ['Uitvoeringsprogramma Twente', 'Wat we gaan doen']);
				assert.deepEqual(view.pillars.map((p) => [p.title, p.description]), [['Vervoer en wegen', 'Bus, taxi, fiets']]);
			});

			it('is not found in a space without the programme component', async () => {
				const off = await newSpace('Alleen inbreng', ['inputs']);
				await assert.rejects(getProgramme(db(), null, off.slug), refused('error.notFound', 404));
				await assert.rejects(createPillar(db(), facilitator, off.slug, { title: 'Toch een pijler' }), refused('error.notFound', 404));
			});
		});

		describe('actions', () => {
			it('lets only facilitators create an action, owned by any organisations, and writes nothing otherwise', async () => {
				const before = await actionCount();
				await assert.rejects(createAction(db(), null, actionRaw()), refused('error.signInRequired', 401));
				await assert.rejects(createAction(db(), outsider, actionRaw()), refused('error.forbidden', 403));
				await assert.rejects(createAction(db(), worker, actionRaw()), refused('error.forbidden', 403), 'owning the work is not planning it');
				await assert.rejects(newAction({ ownerIds: [] }), invalid('ownerIds', 'error.ownerRequired'));
				await assert.rejects(newAction({ ownerIds: [care.id, unknownId] }), refused('error.choose', 400, 'ownerIds'));
				await assert.rejects(newAction({ pillarId: 'geen-id' }), invalid('pillarId', 'error.choose'));
				await assert.rejects(newAction({ pillarId: unknownId }), refused('error.notFound', 404));
				await assert.rejects(newAction({ status: 'bezig' }), invalid('status', 'error.choose'));
				assert.equal(await actionCount(), before);

				const made = await newAction({ title: 'Ontmoetingsplek in de oude school', description: 'Met koffie en een krant', ownerIds: [care.id, municipality.id, care.id], startsOn: '2026-09-01', endsOn: '2026-12-31' });
				assert.equal(made.status, 'planned');
				assert.equal(made.progress, 0);
				assert.equal(made.slug, 'ontmoetingsplek-in-de-oude-school');
				const view = await getAction(db(), null, made.slug);
				assert.deepEqual(view.owners.map((o) => o.name).sort(), ['Gemeente Alfa', 'Welzijn Oost']);
				assert.deepEqual([view.startsOn, view.endsOn], ['2026-09-01', '2026-12-31']);
				assert.deepEqual(view.pillar, { id: pillarId, title: 'Ontmoeting' });
				assert.deepEqual(view.permissions, { plan: false, report: false });
				assert.deepEqual((await getAction(db(), worker, made.slug)).permissions, { plan: false, report: true });
				assert.deepEqual((await getAction(db(), facilitator, made.slug)).permissions, { plan: true, report: true });
			});

			it('refuses a stop without a reason, in the schema and in the database', async () => {
				await assert.rejects(newAction({ status: 'stopped' }), invalid('stopReason', 'error.stopReasonRequired'));
				await assert.rejects(newAction({ status: 'stopped', stopReason: 'ja' }), invalid('stopReason', 'error.stopReasonRequired'));
				const made = await newAction({ title: 'Actie die stopt' });
				await assert.rejects(reportProgress(db(), facilitator, made.slug, { status: 'stopped', progress: 10 }, origin), invalid('stopReason', 'error.stopReasonRequired'));
				await assert.rejects(db().update(programmeAction).set({ status: 'stopped', stopReason: ' ' }).where(eq(programmeAction.id, made.id)), violates('programme_action_stop_has_reason'));
				const stopped = await reportProgress(db(), facilitator, made.slug, { status: 'stopped', stopReason: 'De subsidie is gestopt', progress: 10 }, origin);
				assert.deepEqual([stopped.status, stopped.stopReason], ['stopped', 'De subsidie is gestopt']);
				const resumed = await reportProgress(db(), facilitator, made.slug, { status: 'in_progress', stopReason: 'Oude reden', progress: 20 }, origin);
				assert.deepEqual([resumed.status, resumed.stopReason], ['in_progress', ''], 'a reason to stop goes when the action goes on');
			});

			it('refuses progress outside 0..100, in the schema and in the database', async () => {
				for (const progress of [-1, 101, 2.5, 'veel', '']) await assert.rejects(newAction({ progress }), invalid('progress', 'error.progress'), String(progress));
				const made = await newAction({ title: 'Actie met voortgang', progress: '35' });
				assert.equal(made.progress, 35);
				await assert.rejects(reportProgress(db(), facilitator, made.slug, { status: 'in_progress', progress: 150 }, origin), invalid('progress', 'error.progress'));
				await assert.rejects(db().update(programmeAction).set({ progress: 150 }).where(eq(programmeAction.id, made.id)), violates('programme_action_progress_range'));
				assert.equal((await getAction(db(), facilitator, made.slug)).progress, 35);
			});

			it('refuses an end before the start, in the schema and in the database; one day is fine', async () => {
				await assert.rejects(newAction({ startsOn: '2026-09-01', endsOn: '2026-08-31' }), invalid('endsOn', 'error.dateOrder'));
				await assert.rejects(newAction({ startsOn: '2026-02-30' }), invalid('startsOn', 'error.date'));
				const made = await newAction({ title: 'Actie van één dag', startsOn: '2026-09-01', endsOn: '2026-09-01' });
				await assert.rejects(reportProgress(db(), facilitator, made.slug, { status: 'planned', progress: 0, startsOn: '2026-09-02', endsOn: '2026-09-01' }, origin), invalid('endsOn', 'error.dateOrder'));
				await assert.rejects(db().update(programmeAction).set({ endsOn: '2026-08-01' }).where(eq(programmeAction.id, made.id)), violates('programme_action_ends_after_start'));
			});

			it('makes a done action 100% done, whatever was typed', async () => {
				const made = await newAction({ title: 'Actie die af is', status: 'done', progress: 30 });
				assert.equal(made.progress, 100);
				const other = await newAction({ title: 'Actie die af komt', status: 'in_progress', progress: 30 });
				assert.equal((await reportProgress(db(), worker, other.slug, { status: 'done', progress: 10 }, origin)).progress, 100);
			});

			it('lets only facilitators change everything about an action, also move it to another pillar of the space', async () => {
				const made = await newAction({ title: 'Actie om te wijzigen' });
				const second = await createPillar(db(), facilitator, main.slug, { title: 'Zorg thuis' });
				const change = actionRaw({ title: 'Gewijzigde actie', description: 'Nu met uitleg', pillarId: second.id, ownerIds: [municipality.id], status: 'in_progress', progress: 25 });
				await assert.rejects(updateAction(db(), null, made.slug, change, origin), refused('error.signInRequired', 401));
				await assert.rejects(updateAction(db(), outsider, made.slug, change, origin), refused('error.forbidden', 403));
				await assert.rejects(updateAction(db(), worker, made.slug, change, origin), refused('error.forbidden', 403));
				await assert.rejects(updateAction(db(), facilitator, 'bestaat-niet', change, origin), refused('error.notFound', 404));
				const elsewhere = await createPillar(db(), facilitator, other.slug, { title: 'Pijler elders' });
				await assert.rejects(updateAction(db(), facilitator, made.slug, { ...change, pillarId: elsewhere.id }, origin), refused('error.choose', 400, 'pillarId'));
				assert.equal((await getAction(db(), facilitator, made.slug)).title, 'Actie om te wijzigen');

				const updated = await updateAction(db(), facilitator, made.slug, change, origin);
				assert.equal(updated.slug, made.slug, 'the address stays');
				const view = await getAction(db(), null, made.slug);
				assert.deepEqual([view.title, view.description, view.pillar.title, view.status, view.progress], ['Gewijzigde actie', 'Nu met uitleg', 'Zorg thuis', 'in_progress', 25]);
				assert.deepEqual(view.owners.map((o) => o.name), ['Gemeente Alfa']);
				assert.ok(view.statusSince > made.statusSince, 'a new status has a new date');
			});

			it('lets a member of an owner report progress and post updates, and nobody else but facilitators', async () => {
				const made = await newAction({ title: 'Actie van Welzijn Oost' });
				const report = { status: 'in_progress', progress: 40, startsOn: '2026-10-01' };
				await assert.rejects(reportProgress(db(), null, made.slug, report, origin), refused('error.signInRequired', 401));
				await assert.rejects(reportProgress(db(), outsider, made.slug, report, origin), refused('error.forbidden', 403));
				await assert.rejects(postUpdate(db(), null, made.slug, { body: 'Gestart!' }), refused('error.signInRequired', 401));
				await assert.rejects(postUpdate(db(), outsider, made.slug, { body: 'Gestart!' }), refused('error.forbidden', 403));
				await assert.rejects(postUpdate(db(), worker, made.slug, { body: 'ok' }), invalid('body', 'error.required'));
				await assert.rejects(reportProgress(db(), worker, 'bestaat-niet', report, origin), refused('error.notFound', 404));

				const reported = await reportProgress(db(), worker, made.slug, report, origin);
				assert.deepEqual([reported.status, reported.progress, reported.startsOn], ['in_progress', 40, '2026-10-01']);
				await postUpdate(db(), worker, made.slug, { body: 'De eerste koffieochtend was vol.' });
				await postUpdate(db(), facilitator, made.slug, { body: 'De gemeente betaalt de koffie.' });
				const view = await getAction(db(), null, made.slug);
				assert.deepEqual(view.updates.map((u) => u.body).sort(), ['De eerste koffieochtend was vol.', 'De gemeente betaalt de koffie.']);
				assert.ok(view.updates[0].postedAt >= view.updates[1].postedAt, 'newest first');
				assert.equal(view.title, 'Actie van Welzijn Oost', 'reporting changes no title');
			});

			it('adds and removes policy anchors, for facilitators only', async () => {
				const made = await newAction({ title: 'Actie in beleid' });
				const anchor = { title: 'Regionaal plan Twente', reference: 'actielijn 2.3', url: 'https://example.org/plan.pdf', anchoredOn: '2026-05-12' };
				await assert.rejects(addAnchor(db(), null, made.slug, anchor), refused('error.signInRequired', 401));
				await assert.rejects(addAnchor(db(), outsider, made.slug, anchor), refused('error.forbidden', 403));
				await assert.rejects(addAnchor(db(), worker, made.slug, anchor), refused('error.forbidden', 403));
				await assert.rejects(addAnchor(db(), facilitator, made.slug, { ...anchor, url: 'ftp://example.org/plan' }), invalid('url', 'error.url'));
				await addAnchor(db(), facilitator, made.slug, anchor);
				await addAnchor(db(), facilitator, made.slug, { title: 'Coalitieakkoord' });
				const view = await getAction(db(), null, made.slug);
				assert.deepEqual(view.anchors.map((a) => [a.title, a.reference, a.url, a.anchoredOn]), [
					['Regionaal plan Twente', 'actielijn 2.3', 'https://example.org/plan.pdf', '2026-05-12'],
					['Coalitieakkoord', '', '', null]
				]);
				const listed = (await getProgramme(db(), null, main.slug)).pillars.flatMap((p) => p.actions).find((a) => a.slug === made.slug);
				assert.equal(listed?.anchors, 2);

				const [first] = view.anchors;
				await assert.rejects(removeAnchor(db(), null, made.slug, first.id), refused('error.signInRequired', 401));
				await assert.rejects(removeAnchor(db(), worker, made.slug, first.id), refused('error.forbidden', 403));
				await assert.rejects(removeAnchor(db(), facilitator, made.slug, unknownId), refused('error.notFound', 404));
				await assert.rejects(removeAnchor(db(), facilitator, made.slug, 'geen-id'), refused('error.notFound', 404));
				await removeAnchor(db(), facilitator, made.slug, first.id);
				assert.deepEqual((await getAction(db(), null, made.slug)).anchors.map((a) => a.title), ['Coalitieakkoord']);
				await assert.rejects(removeAnchor(db(), facilitator, made.slug, first.id), refused('error.notFound', 404), 'gone once removed');
			});
		});

		describe('links to inputs', () => {
			it('links a spearhead and an input number of the same space, for facilitators only', async () => {
				const made = await newAction({ title: 'Actie met koppelingen' });
				const grouped = await give(main, 'Een bankje bij de bushalte');
				const single = await give(main, 'Een afdakje bij de bushalte');
				const spearhead = await createSpearhead(db(), facilitator, main.slug, { title: 'Bushaltes', inputIds: [grouped.id] }, origin);
				const foreign = await createSpearhead(db(), facilitator, other.slug, { title: 'Speerpunt elders' }, origin);
				const hiddenOne = await give(main, 'Een verborgen inbreng');
				await hide(db(), facilitator, hiddenOne.id, { reason: 'Reclame' }, origin);

				for (const [actor, refusal] of [
					[null, refused('error.signInRequired', 401)],
					[outsider, refused('error.forbidden', 403)],
					[worker, refused('error.forbidden', 403)]
				] as const) {
					await assert.rejects(linkToAction(db(), actor, made.slug, { spearheadId: spearhead.id }, origin), refusal);
					await assert.rejects(linkToAction(db(), actor, made.slug, { inputNumber: single.number }, origin), refusal);
				}
				await assert.rejects(linkToAction(db(), facilitator, made.slug, { spearheadId: foreign.id }, origin), refused('error.choose', 400, 'spearheadId'));
				await assert.rejects(linkToAction(db(), facilitator, made.slug, { spearheadId: unknownId }, origin), refused('error.choose', 400, 'spearheadId'));
				await assert.rejects(linkToAction(db(), facilitator, made.slug, { inputNumber: 99_999 }, origin), refused('error.noSuchInput', 400, 'inputNumber'));
				await assert.rejects(linkToAction(db(), facilitator, made.slug, { inputNumber: hiddenOne.number }, origin), refused('error.noSuchInput', 400, 'inputNumber'));
				await assert.rejects(linkToAction(db(), facilitator, made.slug, { inputNumber: 'twaalf' }, origin), invalid('inputNumber', 'error.number'));
				await assert.rejects(linkToAction(db(), facilitator, made.slug, {}, origin), refused('error.linkWhat', 400, 'spearheadId'));
				assert.deepEqual((await getAction(db(), facilitator, made.slug)).inputs, { total: 0, shown: [] });

				await linkToAction(db(), facilitator, made.slug, { spearheadId: spearhead.id }, origin);
				await linkToAction(db(), facilitator, made.slug, { inputNumber: String(single.number) }, origin);
				await linkToAction(db(), facilitator, made.slug, { inputNumber: single.number }, origin);
				const view = await getAction(db(), null, made.slug);
				assert.deepEqual(view.spearheads.map((s) => [s.title, s.inputs]), [['Bushaltes', 1]]);
				assert.equal(view.inputs.total, 2, 'linking twice is one link');
				assert.deepEqual(view.inputs.shown.map((i) => [i.number, i.direct]), [
					[grouped.number, false],
					[single.number, true]
				]);
			});

			it('gives the inputs behind an action its course: taken up, done, stopped, and back when unlinked', async () => {
				const made = await newAction({ title: 'Actie voor vervoer' });
				const a = await give(main, 'De buurtbus rijdt op zaterdag niet');
				const b = await give(main, 'Geen vervoer naar het ziekenhuis');
				const direct = await give(main, 'Vrijwilligers die ouderen rijden');
				const bystander = await give(main, 'Iets wat met deze actie niets te maken heeft');
				const spearhead = await createSpearhead(db(), facilitator, main.slug, { title: 'Vervoer', inputIds: [a.id, b.id] }, origin);
				await linkToAction(db(), facilitator, made.slug, { spearheadId: spearhead.id }, origin);
				await linkToAction(db(), facilitator, made.slug, { inputNumber: direct.number }, origin);
				const behind = [a.id, b.id, direct.id];
				const statuses = async () => Promise.all(behind.map(statusOf));
				assert.deepEqual(await statuses(), ['taken_up', 'taken_up', 'taken_up']);
				assert.equal(await statusOf(bystander.id), 'received');

				await reportProgress(db(), worker, made.slug, { status: 'done', progress: 100 }, origin);
				assert.deepEqual(await statuses(), ['done', 'done', 'done']);
				await reportProgress(db(), facilitator, made.slug, { status: 'stopped', stopReason: 'De vrijwilligers zijn gestopt', progress: 60 }, origin);
				assert.deepEqual(await statuses(), ['stopped', 'stopped', 'stopped']);
				const view = await getInput(db(), null, a.id);
				const stopped = view.steps.at(-1)!;
				assert.ok(stopped.kind === 'stopped');
				assert.equal(stopped.action.stopReason, 'De vrijwilligers zijn gestopt');
				assert.deepEqual(stopped.action.via, { id: spearhead.id, title: 'Vervoer' });
				await reportProgress(db(), facilitator, made.slug, { status: 'in_progress', progress: 60 }, origin);
				assert.deepEqual(await statuses(), ['taken_up', 'taken_up', 'taken_up']);

				await assert.rejects(unlinkFromAction(db(), null, made.slug, { spearheadId: spearhead.id }, origin), refused('error.signInRequired', 401));
				await assert.rejects(unlinkFromAction(db(), worker, made.slug, { spearheadId: spearhead.id }, origin), refused('error.forbidden', 403));
				await assert.rejects(unlinkFromAction(db(), facilitator, made.slug, {}, origin), refused('error.notFound', 404));
				await unlinkFromAction(db(), facilitator, made.slug, { spearheadId: spearhead.id }, origin);
				assert.deepEqual(await statuses(), ['grouped', 'grouped', 'taken_up']);
				await unlinkFromAction(db(), facilitator, made.slug, { inputId: direct.id }, origin);
				assert.equal(await statusOf(direct.id), 'received');
				assert.deepEqual((await getAction(db(), null, made.slug)).inputs, { total: 0, shown: [] });
			});

			it('counts every live action of an input: done once all are done, the stopped ones aside', async () => {
				const given = await give(main, 'Een ontmoetingsplek met koffie');
				const first = await newAction({ title: 'Eerste actie voor de plek' });
				const second = await newAction({ title: 'Tweede actie voor de plek' });
				await linkToAction(db(), facilitator, first.slug, { inputNumber: given.number }, origin);
				await linkToAction(db(), facilitator, second.slug, { inputNumber: given.number }, origin);
				await reportProgress(db(), facilitator, first.slug, { status: 'done', progress: 100 }, origin);
				assert.equal(await statusOf(given.id), 'taken_up', 'one action still runs');
				await reportProgress(db(), facilitator, second.slug, { status: 'stopped', stopReason: 'Dubbel met de eerste', progress: 0 }, origin);
				assert.equal(await statusOf(given.id), 'done');
				assert.deepEqual((await getInput(db(), null, given.id)).actions.map((x) => x.slug), [first.slug, second.slug]);
			});

			it('takes up an input that was answered with "not taken up", and leaves the answer out of its course meanwhile', async () => {
				const given = await give(main, 'Een zwembad in het dorp');
				await close(db(), facilitator, given.id, { closure: 'not_taken_up', reason: 'Te duur voor een dorp' }, origin);
				const made = await newAction({ title: 'Zwemles in de stad' });
				await linkToAction(db(), facilitator, made.slug, { inputNumber: given.number }, origin);
				const view = await getInput(db(), null, given.id);
				assert.equal(view.status, 'taken_up');
				assert.deepEqual(view.steps.map((s) => s.kind), ['received', 'taken_up']);
			});

			it('shows on the action page the spearheads, the inputs behind it (hidden ones left out) and the owners', async () => {
				const made = await newAction({ title: 'Actie met achtergrond', ownerIds: [care.id, municipality.id] });
				const inputs = [];
				for (const text of ['Eerste inbreng achter de actie', 'Tweede inbreng achter de actie', 'Derde inbreng achter de actie']) inputs.push(await give(main, text));
				const spearhead = await createSpearhead(db(), facilitator, main.slug, { title: 'Achtergrond', inputIds: inputs.map((i) => i.id) }, origin);
				await linkToAction(db(), facilitator, made.slug, { spearheadId: spearhead.id }, origin);
				await hide(db(), facilitator, inputs[1].id, { reason: 'Bevat een adres' }, origin);
				const view = await getAction(db(), null, made.slug);
				assert.deepEqual(view.spearheads.map((s) => [s.id, s.title, s.inputs]), [[spearhead.id, 'Achtergrond', 3]]);
				assert.equal(view.inputs.total, 2);
				assert.deepEqual(view.inputs.shown.map((i) => [i.id, i.text, i.direct]), [
					[inputs[0].id, 'Eerste inbreng achter de actie', false],
					[inputs[2].id, 'Derde inbreng achter de actie', false]
				]);
				assert.deepEqual(view.owners.map((o) => [o.name, o.slug]).sort(), [
					['Gemeente Alfa', municipality.slug],
					['Welzijn Oost', care.slug]
				]);
				assert.deepEqual(view.ownerIds.sort(), [care.id, municipality.id].sort());
				assert.deepEqual(view.space, { slug: main.slug, title: 'Regioplan burgerinbreng 2026' });
			});
		});

		describe('reading', () => {
			it('lists the pillars with their actions and owners', async () => {
				const space = await newSpace('Programma om te lezen');
				const care1 = await createPillar(db(), facilitator, space.slug, { title: 'Zorg' });
				const living = await createPillar(db(), facilitator, space.slug, { title: 'Wonen' });
				await createPillar(db(), facilitator, space.slug, { title: 'Nog leeg' });
				await createAction(db(), facilitator, actionRaw({ title: 'Respijtzorg', pillarId: care1.id, ownerIds: [care.id], status: 'in_progress', progress: 50 }));
				await createAction(db(), facilitator, actionRaw({ title: 'Mantelzorgcafé', pillarId: care1.id, ownerIds: [care.id, municipality.id] }));
				await createAction(db(), facilitator, actionRaw({ title: 'Starterswoningen', pillarId: living.id, ownerIds: [municipality.id], endsOn: '2028-12-31' }));
				const view = await getProgramme(db(), null, space.slug);
				assert.deepEqual(
					view.pillars.map((p) => [p.title, p.actions.map((a) => [a.title, a.status, a.progress, a.owners.map((o) => o.name).sort()])]),
					[
						['Zorg', [['Respijtzorg', 'in_progress', 50, ['Welzijn Oost']], ['Mantelzorgcafé', 'planned', 0, ['Gemeente Alfa', 'Welzijn Oost']]]],
						['Wonen', [['Starterswoningen', 'planned', 0, ['Gemeente Alfa']]]],
						['Nog leeg', []]
					]
				);
				assert.equal(view.pillars[1].actions[0].endsOn, '2028-12-31');
			});

			it('shows a guest the new state right after a change', async () => {
				const made = await newAction({ title: 'Actie die een gast volgt' });
				const given = await give(main, 'Een inbreng die een gast volgt');
				await linkToAction(db(), facilitator, made.slug, { inputNumber: given.number }, origin);
				const progressInProgramme = async () => (await getProgramme(db(), null, main.slug)).pillars.flatMap((p) => p.actions).find((a) => a.slug === made.slug)?.progress;

				assert.equal((await getAction(db(), null, made.slug)).progress, 0);
				assert.equal(await progressInProgramme(), 0);
				assert.equal((await getInput(db(), null, given.id)).status, 'taken_up');

				await reportProgress(db(), worker, made.slug, { status: 'in_progress', progress: 40 }, origin);
				assert.equal((await getAction(db(), null, made.slug)).progress, 40);
				assert.equal(await progressInProgramme(), 40);

				await reportProgress(db(), facilitator, made.slug, { status: 'done', progress: 100 }, origin);
				assert.equal((await getInput(db(), null, given.id)).status, 'done');
				await postUpdate(db(), worker, made.slug, { body: 'Klaar, dank voor alle hulp.' });
				assert.deepEqual((await getAction(db(), null, made.slug)).updates.map((u) => u.body), ['Klaar, dank voor alle hulp.']);
				await addAnchor(db(), facilitator, made.slug, { title: 'Wijkplan Oost' });
				assert.deepEqual((await getAction(db(), null, made.slug)).anchors.map((a) => a.title), ['Wijkplan Oost']);
			});

			it('is not found for an action that does not exist', async () => {
				await assert.rejects(getAction(db(), null, 'bestaat-niet'), refused('error.notFound', 404));
			});
		});
	});
