// In-app notices: written inside the caller's transaction, read per person newest first, counted
// while unread, and marked read, on every engine of this run.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engines, freshDatabase, refused, type TestDatabase } from '../../testing';
import type { Actor } from '../identity';
import type { MessageKey } from '../../../i18n';
import { countUnreadNotices, listNotices, markNoticesRead, notify } from './index';

const person = (userId: string): Actor => ({ userId, name: userId, email: `${userId}@example.org`, isAdmin: false });

for (const engine of engines()) {
	describe(`in-app notices (${engine})`, () => {
		let database: TestDatabase;
		const db = () => database.db;
		const pia = person('pia');
		const quinten = person('quinten');
		const rosa = person('rosa');

		before(async () => {
			database = await freshDatabase(engine);
		});
		after(() => database.drop());

		it('shows each person only their own notices, newest first, with their values and link', async () => {
			await notify(db(), [{ userId: pia.userId, messageKey: 'notice.promoted', params: { title: 'Leerkring' }, link: '/bijeenkomsten/leerkring' }]);
			await notify(db(), [
				{ userId: pia.userId, messageKey: 'notice.cancelled', params: { title: 'Buurtavond', when: 'morgen' } },
				{ userId: quinten.userId, messageKey: 'notice.changed', params: { title: 'Buurtavond', changes: '' } }
			]);
			const mine = await listNotices(db(), pia);
			assert.deepEqual(
				mine.map((n) => [n.messageKey, n.params, n.link, n.readAt]),
				[
					['notice.cancelled', { title: 'Buurtavond', when: 'morgen' }, '', null],
					['notice.promoted', { title: 'Leerkring' }, '/bijeenkomsten/leerkring', null]
				]
			);
			assert.deepEqual((await listNotices(db(), quinten)).map((n) => n.messageKey), ['notice.changed']);
			assert.deepEqual(await listNotices(db(), rosa), []);
			assert.equal((await listNotices(db(), pia, 1)).length, 1);
		});

		it('counts unread notices and marks only the actor’s own as read', async () => {
			assert.equal(await countUnreadNotices(db(), pia), 2);
			assert.equal(await countUnreadNotices(db(), quinten), 1);
			await markNoticesRead(db(), pia);
			assert.equal(await countUnreadNotices(db(), pia), 0);
			assert.ok((await listNotices(db(), pia)).every((n) => n.readAt instanceof Date));
			assert.equal(await countUnreadNotices(db(), quinten), 1, 'someone else’s notices stay unread');
			await markNoticesRead(db(), rosa);

			await notify(db(), [{ userId: pia.userId, messageKey: 'notice.caseAccepted', params: { title: 'Casus', gathering: 'Leerfabriek' } }]);
			assert.equal(await countUnreadNotices(db(), pia), 1, 'a new notice after reading is unread');
			const [newest, ...older] = await listNotices(db(), pia);
			assert.deepEqual([newest.messageKey, newest.readAt], ['notice.caseAccepted', null]);
			assert.ok(older.every((n) => n.readAt !== null));
		});

		it('writes nothing when the transaction around it fails, and nothing for an empty list', async () => {
			await notify(db(), []);
			await assert.rejects(
				db().transaction(async (tx) => {
					await notify(tx, [{ userId: rosa.userId, messageKey: 'notice.promoted', params: { title: 'Teruggedraaid' } }]);
					throw new Error('the act failed');
				})
			);
			assert.deepEqual(await listNotices(db(), rosa), []);
			assert.equal(await countUnreadNotices(db(), rosa), 0);
		});

		it('leaves out a notice whose message no longer exists instead of showing a raw key', async () => {
			const ghost = person('ghost');
			await notify(db(), [
				{ userId: ghost.userId, messageKey: 'notice.removedLongAgo' as MessageKey },
				{ userId: ghost.userId, messageKey: 'notice.promoted', params: { title: 'Nog wel' } }
			]);
			assert.deepEqual((await listNotices(db(), ghost)).map((n) => n.messageKey), ['notice.promoted']);
		});

		it('refuses anonymous visitors (401)', async () => {
			await assert.rejects(listNotices(db(), null), refused('error.signInRequired', 401));
			await assert.rejects(markNoticesRead(db(), null), refused('error.signInRequired', 401));
		});
	});
}
