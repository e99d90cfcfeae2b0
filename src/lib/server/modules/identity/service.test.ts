import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { engines, refused, world, testPassword, type World } from '../../testing';
import { listOutbox } from '../notifications';
import {
	actorFromAccessToken,
	createAccessToken,
	createUser,
	listAccessTokens,
	listAuditEvents,
	recordAudit,
	requestMagicLink,
	requestPasswordReset,
	resetPassword,
	revokeAccessToken,
	signIn,
	signUp
} from './index';
import { hit } from './ratelimit';
import { user } from './schema';


const from = { ip: '192.0.2.1' };

for (const engine of engines()) {
	describe(`identity (${engine})`, () => {
		let w: World;
		before(async () => {
			w = await world(engine);
		});
		after(() => w.database.drop());

		it('answers sign-up the same for a new and a taken address, and mails each', async () => {
			const db = w.database.db;
			await signUp(db, w.auth, { name: 'Anna', email: 'anna@example.org', password: 'een-lang-wachtwoord' }, 'nl', from);
			await signUp(db, w.auth, { name: 'Anna 2', email: 'anna@example.org', password: 'nog-een-wachtwoord' }, 'en', from);
			const mails = (await listOutbox(db)).filter((m) => m.recipient === 'anna@example.org');
			assert.deepEqual(mails.map((m) => m.subject).sort(), ['Bevestig uw account bij Samenspel', 'U heeft al een account bij Samenspel']);
			const rows = await db.select().from(user).where(eq(user.email, 'anna@example.org'));
			assert.equal(rows.length, 1);
			assert.equal(rows[0].name, 'Anna');
		});

		it('refuses sign-in before the address is confirmed', async () => {
			await assert.rejects(
				signIn(w.database.db, w.auth, { email: 'anna@example.org', password: 'een-lang-wachtwoord' }, from),
				refused('error.emailNotVerified', 403)
			);
		});

		it('gives one message for a wrong password and an unknown address', async () => {
			const someone = await w.person('Bert');
			await assert.rejects(signIn(w.database.db, w.auth, { email: someone.email, password: 'wrong-password' }, { ip: '192.0.2.2' }), refused('error.signInFailed', 400));
			await assert.rejects(signIn(w.database.db, w.auth, { email: 'nobody@example.org', password: 'wrong-password' }, { ip: '192.0.2.2' }), refused('error.signInFailed', 400));
			const headers = await signIn(w.database.db, w.auth, { email: someone.email, password: testPassword }, { ip: '192.0.2.2' });
			assert.match(headers.get('set-cookie') ?? '', /better-auth\.session_token=/);
		});

		it('rate-limits sign-in attempts for one address', async () => {
			const someone = await w.person('Carla');
			const attempt = () => signIn(w.database.db, w.auth, { email: someone.email, password: 'wrong-password' }, { ip: '192.0.2.3' });
			for (let i = 0; i < 10; i++) await assert.rejects(attempt(), refused('error.signInFailed', 400));
			await assert.rejects(attempt(), refused('error.tooManyAttempts', 429));
		});

		it('counts rate-limit hits atomically under concurrency', async () => {
			const results = await Promise.all(Array.from({ length: 30 }, () => hit(w.database.db, { key: 'race', max: 10, windowSeconds: 60 })));
			assert.equal(results.filter(Boolean).length, 10);
		});

		it('sends a magic link and a reset link through the outbox, for known addresses only', async () => {
			const db = w.database.db;
			const someone = await w.person('Dirk');
			await requestMagicLink(db, w.auth, someone.email, from);
			await requestPasswordReset(db, w.auth, someone.email, from);
			await requestPasswordReset(db, w.auth, 'unknown@example.org', from);
			const mails = (await listOutbox(db)).filter((m) => m.recipient === someone.email);
			assert.equal(mails.length, 2);
			assert.ok(mails.some((m) => m.text.includes('/api/auth/magic-link/verify?token=')));
			assert.equal((await listOutbox(db)).filter((m) => m.recipient === 'unknown@example.org').length, 0);
		});

		it('resets a password with the mailed token, and refuses a made-up token', async () => {
			const db = w.database.db;
			const someone = await w.person('Eva');
			await requestPasswordReset(db, w.auth, someone.email, from);
			const mail = (await listOutbox(db)).find((m) => m.recipient === someone.email)!;
			const token = /reset-password\/([^?\s]+)/.exec(mail.text)![1];
			await assert.rejects(resetPassword(w.auth, { token: 'made-up', password: 'nieuw-wachtwoord-1' }), refused('error.invalidLink', 400));
			await resetPassword(w.auth, { token, password: 'nieuw-wachtwoord-1' });
			await signIn(db, w.auth, { email: someone.email, password: 'nieuw-wachtwoord-1' }, { ip: '192.0.2.4' });
		});

		it('creates, uses and revokes personal access tokens; only the owner may revoke', async () => {
			const db = w.database.db;
			const owner = await w.person('Fenna');
			const other = await w.person('Gijs');
			await assert.rejects(createAccessToken(db, null, { name: 'x' }), refused('error.signInRequired', 401));
			const token = await createAccessToken(db, owner, { name: 'script' });
			assert.match(token.secret, /^ssp_/);
			assert.equal((await actorFromAccessToken(db, token.secret))?.userId, owner.userId);
			assert.equal(await actorFromAccessToken(db, token.secret + 'x'), null);
			await assert.rejects(revokeAccessToken(db, other, token.id), refused('error.forbidden', 403));
			await assert.rejects(revokeAccessToken(db, owner, 'not-a-uuid'), refused('error.notFound', 404));
			await revokeAccessToken(db, owner, token.id);
			assert.equal(await actorFromAccessToken(db, token.secret), null);
			const listed = await listAccessTokens(db, owner);
			assert.equal(listed.length, 1);
			assert.ok(listed[0].revokedAt);
			assert.ok(!('secretHash' in listed[0]));
		});

		it('shows the audit log to administrators only', async () => {
			const db = w.database.db;
			const admin = await w.person('Beheerder', { admin: true });
			const plain = await w.person('Hans');
			await recordAudit(db, admin, { action: 'test.act', recordType: 'thing', recordId: '42' });
			await assert.rejects(listAuditEvents(db, null), refused('error.signInRequired', 401));
			await assert.rejects(listAuditEvents(db, plain), refused('error.forbidden', 403));
			const events = await listAuditEvents(db, admin);
			assert.equal(events[0].action, 'test.act');
			assert.equal(events[0].actorName, 'Beheerder');
		});

		it('refuses a second account for the same address from the operator tools', async () => {
			const someone = await w.person('Ilse');
			await assert.rejects(createUser(w.database.db, w.auth, { email: someone.email, name: 'Ilse' }), refused('error.emailTaken', 409));
		});
	});
}
