import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engines, freshDatabase, type TestDatabase } from '../../testing';
import { deliverDueEmails, enqueueEmail, listOutbox, type Email } from './index';

for (const engine of engines()) {
	describe(`e-mail outbox (${engine})`, () => {
		let database: TestDatabase;
		before(async () => {
			database = await freshDatabase(engine);
		});
		after(() => database.drop());

		it('keeps a queued e-mail only when its transaction commits', async () => {
			const db = database.db;
			await assert.rejects(
				db.transaction(async (tx) => {
					await enqueueEmail(tx, { to: 'a@example.org', subject: 'rolled back', text: '' });
					throw new Error('the act failed');
				})
			);
			await enqueueEmail(db, { to: 'a@example.org', subject: 'kept', text: 'hallo' });
			assert.deepEqual((await listOutbox(db)).map((m) => m.subject), ['kept']);
		});

		it('delivers each e-mail once, also with two deliverers at the same time', async () => {
			const db = database.db;
			for (let i = 0; i < 10; i++) await enqueueEmail(db, { to: `p${i}@example.org`, subject: `m${i}`, text: '' });
			const sent: Email[] = [];
			const send = async (email: Email) => {
				sent.push(email);
			};
			await Promise.all([deliverDueEmails(db, send), deliverDueEmails(db, send)]);
			assert.equal(sent.length, 11);
			assert.equal(new Set(sent.map((m) => m.subject)).size, 11);
			assert.ok((await listOutbox(db)).every((m) => m.status === 'sent'));
		});

		it('keeps a failed e-mail for a later attempt with the error noted', async () => {
			const db = database.db;
			await enqueueEmail(db, { to: 'fail@example.org', subject: 'bounce', text: '' });
			const delivered = await deliverDueEmails(db, async () => {
				throw new Error('SMTP down');
			});
			assert.equal(delivered, 0);
			const row = (await listOutbox(db)).find((m) => m.subject === 'bounce')!;
			assert.equal(row.status, 'pending');
			assert.equal(row.attempts, 1);
			assert.equal(row.lastError, 'SMTP down');
			assert.ok(row.nextAttemptAt > new Date());
		});
	});
}
