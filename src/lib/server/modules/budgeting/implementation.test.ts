// Service tests of following a funded project on every engine of this run: its status, the money
// spent and the programme action it belongs to; dated updates with photos; and who may report, on
// which projects, and what is refused whole.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { count, eq } from 'drizzle-orm';
import '../../components';
import { engines, invalid, refused, world, type World } from '../../testing';
import type { FileStore } from '../../files';
import type { Actor } from '../identity';
import { addMember, createOrganisation } from '../network';
import { createAction, createPillar } from '../programme';
import { createSpace, setComponents } from '../spaces';
import { actionsToLink, castBallot, createProcess, getProposal, postImplementationUpdate, reviewProposal, submitProposal, updateImplementation } from './index';
import { countBallotBoxes } from './counting';
import { budgetImage, budgetUpdate } from './schema';
import { afterVoting, budgetSpace, calendar, created, inProposals, inReview, inVoting, on } from './testing';

const processRaw = {
	title: 'Buurtbudget Aadorp 2030',
	total: '10.000',
	ballotType: 'approval',
	rule: 'greedy',
	votingByAccount: 'on',
	minimumAge: '16',
	...calendar
};

/** Files in memory: enough to see what was kept and what was removed again. */
function memoryStore(): FileStore & { keys: Set<string> } {
	const files = new Map<string, Buffer>();
	let next = 0;
	return {
		keys: new Set(),
		async save(bytes) {
			const key = (next++).toString(16).padStart(32, '0');
			files.set(key, Buffer.from(bytes));
			this.keys.add(key);
			return key;
		},
		async read(key) {
			const bytes = files.get(key);
			if (!bytes) throw new Error(`no file ${key}`);
			return bytes;
		},
		async remove(key) {
			files.delete(key);
			this.keys.delete(key);
		}
	};
}

const png = (name = 'foto.png') => ({ filename: name, bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) });

for (const engine of engines())
	describe(`budgeting implementation (${engine})`, () => {
		let w: World;
		let owner: Actor;
		let proposer: Actor;
		let colleague: Actor;
		let neighbour: Actor;
		let slug: string;
		let actionId: string;
		let otherActionId: string;
		const files = memoryStore();
		const db = () => w.database.db;
		const updates = async () => Number((await db().select({ n: count() }).from(budgetUpdate))[0].n);
		const images = async () => Number((await db().select({ n: count() }).from(budgetImage))[0].n);

		before(async () => {
			w = await world(engine);
			[owner, proposer, colleague, neighbour] = await Promise.all([w.person('Olga Eigenaar'), w.person('Rita Bewoner'), w.person('Cor Collega'), w.person('Nico Buur')]);
			const { municipalityId, slug: spaceSlug } = await budgetSpace(db(), owner, { title: 'Buurtbudget Aadorp' }, ['budget', 'programme']);
			const initiative = await createOrganisation(db(), proposer, { name: 'Speeltuinvereniging Aadorp', kind: 'initiative' });
			await addMember(db(), proposer, initiative.slug, { email: colleague.email, role: 'member' });
			const pillar = await createPillar(db(), owner, spaceSlug, { title: 'Spelen en ontmoeten' });
			const action = await createAction(db(), owner, { title: 'Speelplekken vernieuwen', pillarId: pillar.id, ownerIds: [municipalityId], status: 'in_progress', progress: '0' });
			actionId = action.id;

			// An action in another space: a project may not be linked to it.
			const elsewhere = await createSpace(db(), owner, { title: 'Regioplan Twente', ownerIds: [municipalityId] });
			await setComponents(db(), owner, elsewhere.slug, ['programme']);
			const otherPillar = await createPillar(db(), owner, elsewhere.slug, { title: 'Wonen' });
			otherActionId = (await createAction(db(), owner, { title: 'Woningen bouwen', pillarId: otherPillar.id, ownerIds: [municipalityId], status: 'in_progress', progress: '0' })).id;

			const process = await createProcess(db(), owner, spaceSlug, processRaw, created);
			slug = process.slug;
			await submitProposal(db(), null, proposer, slug, { title: 'Speeltuin opknappen', description: 'Nieuwe schommels voor de speeltuin.', cost: '4.000', organisationId: initiative.id }, [], inProposals);
			await submitProposal(db(), null, neighbour, slug, { title: 'Bankjes bij de vijver', description: 'Drie bankjes aan de vijver.', cost: '7.000' }, [], inProposals);
			await reviewProposal(db(), owner, slug, 1, { verdict: 'feasible' }, inReview);
			await reviewProposal(db(), owner, slug, 2, { verdict: 'feasible' }, inReview);
			// One voter, for the playground only: that is funded, and the benches no longer fit.
			await castBallot(db(), proposer, slug, { postcode: '7607 AB', oldEnough: 'on' }, new Map([['1', 1]]), inVoting);
			await db().transaction((tx) => countBallotBoxes(tx, process.id, afterVoting));
		});
		after(() => w.database.drop());

		it('knows which project was funded', async () => {
			assert.equal((await getProposal(db(), null, slug, 1, afterVoting)).funded, true);
			assert.equal((await getProposal(db(), null, slug, 2, afterVoting)).funded, false);
			assert.equal((await getProposal(db(), proposer, slug, 1, afterVoting)).can.report, true);
			assert.equal((await getProposal(db(), neighbour, slug, 1, afterVoting)).can.report, false);
			assert.equal((await getProposal(db(), neighbour, slug, 2, afterVoting)).can.report, false, 'no report on a project without money');
		});

		it('lets facilitators and the proposing initiative set the status, the money spent and the action', async () => {
			const updated = await updateImplementation(db(), owner, slug, 1, { implementation: 'in_progress', spent: '1.250,50', actionId }, afterVoting);
			assert.equal(updated.implementation, 'in_progress');
			assert.equal(updated.spentCents, 125_050);
			assert.equal(updated.actionId, actionId);
			const byColleague = await updateImplementation(db(), colleague, slug, 1, { implementation: 'done', spent: '3.900', actionId: '' }, afterVoting);
			assert.equal(byColleague.implementation, 'done');
			assert.equal(byColleague.actionId, null, 'an empty choice unlinks the action');
			const view = await getProposal(db(), null, slug, 1, afterVoting);
			assert.equal(view.proposal.spentCents, 390_000);
		});

		it('refuses others, projects without money and bad values, and changes nothing then', async () => {
			const raw = { implementation: 'stopped', spent: '10', actionId: '' };
			await assert.rejects(updateImplementation(db(), null, slug, 1, raw, afterVoting), refused('error.signInRequired', 401));
			await assert.rejects(updateImplementation(db(), neighbour, slug, 1, raw, afterVoting), refused('error.forbidden', 403));
			await assert.rejects(updateImplementation(db(), owner, slug, 2, raw, afterVoting), refused('budget.error.notFunded', 409));
			await assert.rejects(updateImplementation(db(), owner, slug, 99, raw, afterVoting), refused('error.notFound', 404));
			await assert.rejects(updateImplementation(db(), owner, slug, 1, { ...raw, actionId: otherActionId }, afterVoting), refused('error.choose', 400, 'actionId'));
			await assert.rejects(updateImplementation(db(), owner, slug, 1, { ...raw, spent: '-3' }, afterVoting), invalid('spent', 'budget.error.amount'));
			await assert.rejects(updateImplementation(db(), owner, slug, 1, { ...raw, implementation: 'vergeten' }, afterVoting), invalid('implementation', 'error.choose'));
			assert.equal((await getProposal(db(), null, slug, 1, afterVoting)).proposal.implementation, 'done');
		});

		it('posts dated updates with photos that everyone sees', async () => {
			const posted = on('2030-04-02');
			const update = await postImplementationUpdate(db(), files, proposer, slug, 1, { body: 'De schommels staan er.' }, [png('schommel.png'), png('glijbaan.jpg')], posted);
			assert.equal(update.postedAt.toISOString(), posted.toISOString());
			const view = await getProposal(db(), null, slug, 1, posted);
			assert.equal(view.updates.length, 1);
			assert.deepEqual(view.updates[0].images.map((i) => i.filename), ['schommel.png', 'glijbaan.jpg']);
			assert.equal(view.images.length, 0, 'photos of an update are not pictures of the proposal');
			assert.equal('authorId' in view.updates[0], false, 'the page names no account');
		});

		it('refuses updates from others or with wrong files, and keeps no row and no file of them', async () => {
			const [rowsBefore, imagesBefore, filesBefore] = [await updates(), await images(), files.keys.size];
			const body = { body: 'Nog een bericht.' };
			await assert.rejects(postImplementationUpdate(db(), files, null, slug, 1, body, [], afterVoting), refused('error.signInRequired', 401));
			await assert.rejects(postImplementationUpdate(db(), files, neighbour, slug, 1, body, [png()], afterVoting), refused('error.forbidden', 403));
			await assert.rejects(postImplementationUpdate(db(), files, owner, slug, 2, body, [png()], afterVoting), refused('budget.error.notFunded', 409));
			await assert.rejects(postImplementationUpdate(db(), files, owner, slug, 1, body, [{ filename: 'plan.pdf', bytes: new Uint8Array([37, 80]) }], afterVoting), refused('budget.error.imageType', 400, 'images'));
			const many = Array.from({ length: 6 }, (_, i) => png(`foto${i}.png`));
			await assert.rejects(postImplementationUpdate(db(), files, owner, slug, 1, body, many, afterVoting), refused('budget.error.tooManyImages', 400, 'images'));
			await assert.rejects(postImplementationUpdate(db(), files, owner, slug, 1, { body: '' }, [], afterVoting), invalid('body', 'error.required'));
			assert.equal(await updates(), rowsBefore);
			assert.equal(await images(), imagesBefore);
			assert.equal(files.keys.size, filesBefore, 'files stored for a refused update are removed again');
		});

		it('offers the actions of the programme of the process’s own space only', async () => {
			const actions = await actionsToLink(db(), owner, slug, afterVoting);
			assert.deepEqual(actions.map((a) => a.id), [actionId]);
			assert.equal(actions[0].title, 'Speelplekken vernieuwen');
			await assert.rejects(actionsToLink(db(), owner, 'bestaat-niet', afterVoting), refused('error.notFound', 404));
		});

		it('hides the process, its actions and its projects from those who may not see the space', async () => {
			const municipality = await createOrganisation(db(), owner, { name: 'Gemeente Borne', kind: 'municipality' });
			const closed = await createSpace(db(), owner, { title: 'Besloten budget', ownerIds: [municipality.id], visibility: 'members' });
			await setComponents(db(), owner, closed.slug, ['budget']);
			const hidden = await createProcess(db(), owner, closed.slug, processRaw, created);
			await assert.rejects(actionsToLink(db(), neighbour, hidden.slug, afterVoting), refused('error.notFound', 404));
			await assert.rejects(actionsToLink(db(), null, hidden.slug, afterVoting), refused('error.notFound', 404));
			await assert.rejects(updateImplementation(db(), neighbour, hidden.slug, 1, { implementation: 'done', spent: '1' }, afterVoting), refused('error.notFound', 404));
			assert.ok((await actionsToLink(db(), owner, hidden.slug, afterVoting)).length === 0, 'the owner sees it; its space has no programme');
		});
	});
