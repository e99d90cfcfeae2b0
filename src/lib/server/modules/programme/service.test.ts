// Service tests of the programme module: pillars and actions, who may plan and who may report,
// the rules of status, progress and dates, policy anchors, links to spearheads and inputs and
// what they do to the inputs' status, on every engine of this run.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import '../../components';
import { engines, refused, world, type World } from '../../testing';
import { DomainError } from '../identity';
import type { Actor } from '../identity';
import { addMember, createOrganisation } from '../network';
import { assignSpaceRole, createSpace, setComponents } from '../spaces';
import { createSpearhead, getInput, submitInput } from '../inputs';
import { addAnchor, createAction, createPillar, getAction, getProgramme, linkToAction, postUpdate, removeAnchor, reportProgress, unlinkFromAction, updateAction } from './index';

const origin = 'http://localhost:3000';

for (const engine of engines())
	describe(`programme service (${engine})`, () => {
		let w: World;
		let owner: Actor;
		let facilitator: Actor;
		/** Member of the initiative that owns the action: reports, does not plan. */
		let doer: Actor;
		let outsider: Actor;
		let space: { id: string; slug: string };
		let elsewhere: { id: string; slug: string };
		let initiative: { id: string; slug: string };
		let pillarId: string;
		let address = 0;
		const db = () => w.database.db;
		const messages = { 400: ['error.choose', 'error.noSuchInput', 'error.linkWhat'], 401: ['error.signInRequired'], 403: ['error.forbidden'] } as Record<number, string[]>;
		/** Refused with this status and one of the messages that go with it. */
		const no = (p: Promise<unknown>, status: 400 | 401 | 403) =>
			assert.rejects(p, (e) => {
				assert.ok(e instanceof DomainError && messages[status].includes(e.messageKey), `expected ${status}, got ${String(e)}`);
				return refused(e.messageKey, status)(e);
			});
		const give = (slug: string, text: string) => submitInput(db(), null, slug, { kind: 'idea', text }, { origin, address: `198.51.100.${++address}` });
		const base = () => ({ title: 'Buurtbus voor ouderen', pillarId, ownerIds: [initiative.id], status: 'planned', progress: 10, startsOn: '2027-01-01', endsOn: '2027-12-31' });

		async function newSpace(title: string) {
			const made = await createSpace(db(), owner, { title, ownerIds: [initiative.id], visibility: 'public' });
			await setComponents(db(), owner, made.slug, ['inputs', 'programme']);
			await assignSpaceRole(db(), owner, made.slug, { email: facilitator.email, role: 'facilitator' });
			return { id: made.id, slug: made.slug };
		}

		before(async () => {
			w = await world(engine);
			[owner, facilitator, doer, outsider] = await Promise.all([w.person('Olga Eigenaar'), w.person('Fenna Facilitator'), w.person('Daan Doener'), w.person('Otto Buitenstaander')]);
			initiative = await createOrganisation(db(), owner, { name: 'Zorgcoöperatie Aadorp', kind: 'initiative' });
			await addMember(db(), owner, initiative.slug, { email: doer.email, role: 'member' });
			space = await newSpace('Regioplan 2026');
			elsewhere = await newSpace('Buurtbudget 2027');
			pillarId = (await createPillar(db(), facilitator, space.slug, { title: 'Vervoer', description: '' })).id;
		});
		after(() => w.database.drop());

		it('keeps pillars in the order they were added, and only facilitators add them', async () => {
			await createPillar(db(), facilitator, space.slug, { title: 'Ontmoeting' });
			await no(createPillar(db(), null, space.slug, { title: 'Gast' }), 401);
			await no(createPillar(db(), outsider, space.slug, { title: 'Buiten' }), 403);
			await no(createPillar(db(), doer, space.slug, { title: 'Doener' }), 403);
			const programme = await getProgramme(db(), null, space.slug);
			assert.deepEqual(programme.pillars.map((p) => p.title), ['Vervoer', 'Ontmoeting']);
		});

		it('lets facilitators plan an action owned by an initiative, and refuses anyone else', async () => {
			const made = await createAction(db(), facilitator, base());
			assert.equal(made.status, 'planned');
			await no(createAction(db(), null, base()), 401);
			await no(createAction(db(), outsider, base()), 403);
			await no(createAction(db(), doer, base()), 403);
			const view = await getAction(db(), null, made.slug);
			assert.deepEqual(view.owners.map((o) => o.name), ['Zorgcoöperatie Aadorp']);
			assert.deepEqual({ plan: view.permissions.plan, report: view.permissions.report }, { plan: false, report: false });
			assert.deepEqual((await getAction(db(), doer, made.slug)).permissions, { plan: false, report: true });
		});

		it('refuses a stopped action without a reason, progress outside 0..100 and an end before the start; the database holds too', async () => {
			await assert.rejects(createAction(db(), facilitator, { ...base(), status: 'stopped' }), (e: Error) => e.name === 'ZodError');
			await assert.rejects(createAction(db(), facilitator, { ...base(), progress: 101 }), (e: Error) => e.name === 'ZodError');
			await assert.rejects(createAction(db(), facilitator, { ...base(), progress: -1 }), (e: Error) => e.name === 'ZodError');
			await assert.rejects(createAction(db(), facilitator, { ...base(), endsOn: '2026-12-31' }), (e: Error) => e.name === 'ZodError');
			const made = await createAction(db(), facilitator, { ...base(), title: 'Controle in de database' });
			await assert.rejects(db().execute(sql`update programme_action set status = 'stopped', stop_reason = '' where id = ${made.id}`));
			await assert.rejects(db().execute(sql`update programme_action set progress = 150 where id = ${made.id}`));
		});

		it('lets a member of an owner report progress and post news, but not plan', async () => {
			const made = await createAction(db(), facilitator, { ...base(), title: 'Voortgang door de doener' });
			const reported = await reportProgress(db(), doer, made.slug, { status: 'in_progress', progress: 40, startsOn: '', endsOn: '' }, origin);
			assert.deepEqual({ status: reported.status, progress: reported.progress }, { status: 'in_progress', progress: 40 });
			await postUpdate(db(), doer, made.slug, { body: 'De eerste ritten zijn gereden.' });
			await no(postUpdate(db(), outsider, made.slug, { body: 'Ik ook' }), 403);
			await no(reportProgress(db(), null, made.slug, { status: 'done', progress: 100 }, origin), 401);
			await no(updateAction(db(), doer, made.slug, base(), origin), 403);
			await no(linkToAction(db(), doer, made.slug, { inputNumber: 1 }, origin), 403);
			await no(addAnchor(db(), doer, made.slug, { title: 'Regioplan' }), 403);
			const done = await reportProgress(db(), doer, made.slug, { status: 'done', progress: 60 }, origin);
			assert.equal(done.progress, 100, 'done sets progress to 100');
			assert.equal((await getAction(db(), null, made.slug)).updates[0].body, 'De eerste ritten zijn gereden.');
		});

		it('records and removes policy anchors', async () => {
			const made = await createAction(db(), facilitator, { ...base(), title: 'Verankerde actie' });
			await addAnchor(db(), facilitator, made.slug, { title: 'Regioplan Twente', reference: 'Actielijn 2.3', url: 'https://example.org/regioplan', anchoredOn: '2026-11-01' });
			await assert.rejects(addAnchor(db(), facilitator, made.slug, { title: 'Plan', url: 'javascript:alert(1)' }), (e: Error) => e.name === 'ZodError');
			const [anchor] = (await getAction(db(), null, made.slug)).anchors;
			assert.equal(anchor.reference, 'Actielijn 2.3');
			assert.equal((await getProgramme(db(), null, space.slug)).pillars[0].actions.find((a) => a.slug === made.slug)?.anchors, 1);
			await removeAnchor(db(), facilitator, made.slug, anchor.id);
			assert.equal((await getAction(db(), null, made.slug)).anchors.length, 0);
		});

		it('takes up the inputs behind a linked spearhead or number, marks them done and stopped with the action, and lets go when unlinked', async () => {
			const made = await createAction(db(), facilitator, { ...base(), title: 'Gekoppelde actie' });
			const [a, b, c] = [await give(space.slug, 'Een buurtbus die ook op zaterdag rijdt.'), await give(space.slug, 'Vervoer naar de huisarts voor ouderen.'), await give(space.slug, 'Rijdende buren in het dorp.')];
			const sh = await createSpearhead(db(), facilitator, space.slug, { title: 'Vervoer', inputIds: [a.id, b.id] }, origin);
			await linkToAction(db(), facilitator, made.slug, { spearheadId: sh.id }, origin);
			await linkToAction(db(), facilitator, made.slug, { inputNumber: c.number }, origin);
			for (const i of [a, b, c]) assert.equal((await getInput(db(), null, i.id)).status, 'taken_up');
			const view = await getAction(db(), null, made.slug);
			assert.equal(view.inputs.total, 3);
			assert.deepEqual(view.spearheads.map((s) => s.title), ['Vervoer']);
			assert.deepEqual(view.inputs.shown.filter((i) => i.direct).map((i) => i.id), [c.id]);
			await reportProgress(db(), facilitator, made.slug, { status: 'done', progress: 100 }, origin);
			assert.equal((await getInput(db(), null, a.id)).status, 'done');
			await reportProgress(db(), facilitator, made.slug, { status: 'stopped', stopReason: 'Geen chauffeurs gevonden.', progress: 50 }, origin);
			const stopped = await getInput(db(), null, c.id);
			assert.equal(stopped.status, 'stopped');
			assert.ok(stopped.steps.some((s) => s.kind === 'stopped'));
			await unlinkFromAction(db(), facilitator, made.slug, { spearheadId: sh.id }, origin);
			await unlinkFromAction(db(), facilitator, made.slug, { inputId: c.id }, origin);
			assert.equal((await getInput(db(), null, a.id)).status, 'grouped');
			assert.equal((await getInput(db(), null, c.id)).status, 'received');
		});

		it('refuses a spearhead of another space and a number nobody has', async () => {
			const made = await createAction(db(), facilitator, { ...base(), title: 'Alleen eigen ruimte' });
			const far = await give(elsewhere.slug, 'Een idee uit een andere ruimte.');
			const sh = await createSpearhead(db(), facilitator, elsewhere.slug, { title: 'Elders', inputIds: [far.id] }, origin);
			await no(linkToAction(db(), facilitator, made.slug, { spearheadId: sh.id }, origin), 400);
			await no(linkToAction(db(), facilitator, made.slug, { inputNumber: 99_999 }, origin), 400);
			await no(linkToAction(db(), facilitator, made.slug, {}, origin), 400);
		});

		it('shows a guest the new state right after a change, though guests share a kept view', async () => {
			const made = await createAction(db(), facilitator, { ...base(), title: 'Verse weergave' });
			assert.equal((await getAction(db(), null, made.slug)).progress, 10);
			await reportProgress(db(), facilitator, made.slug, { status: 'in_progress', progress: 70 }, origin);
			assert.equal((await getAction(db(), null, made.slug)).progress, 70);
		});
	});
