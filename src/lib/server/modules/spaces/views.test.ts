import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engines, world, type World } from '../../testing';
import { createOrganisation } from '../network';
import { createSpace, getSpace, revokeSpaceRole, setPhases, updateSpace } from './index';

for (const engine of engines()) {
	describe(`space views and role input (${engine})`, () => {
		let w: World;
		before(async () => {
			w = await world(engine);
		});
		after(() => w.database.drop());

		it('show a change made in this process at once', async () => {
			const db = w.database.db;
			const owner = await w.person('Olga');
			const org = await createOrganisation(db, owner, { name: 'Buurtkracht', kind: 'initiative' });
			const space = await createSpace(db, owner, { title: 'Buurtbudget Aadorp', ownerIds: [org.id] });
			assert.deepEqual((await getSpace(db, null, space.slug)).phases, []);
			await setPhases(db, owner, space.slug, [{ title: 'Ideeën verzamelen' }]);
			assert.deepEqual((await getSpace(db, null, space.slug)).phases.map((p) => p.title), ['Ideeën verzamelen']);
			await updateSpace(db, owner, space.slug, { title: 'Buurtbudget Aadorp', visibility: 'members', ownerIds: [org.id] });
			await assert.rejects(getSpace(db, null, space.slug), { messageKey: 'error.notFound' });
		});

		it('refuses an unknown role name as bad input, not as a database error', async () => {
			const db = w.database.db;
			const owner = await w.person('Piet');
			const org = await createOrganisation(db, owner, { name: 'Dorpsraad', kind: 'council' });
			const space = await createSpace(db, owner, { title: 'Dorpsagenda', ownerIds: [org.id] });
			await assert.rejects(revokeSpaceRole(db, owner, space.slug, owner.userId, 'emperor'), { messageKey: 'error.choose', status: 400 });
		});
	});
}
