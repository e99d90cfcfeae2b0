/**
 * What people do, start to end, in a real Chromium with JavaScript OFF: sign up and confirm by
 * e-mail, sign in three ways, reset a password, sign out, add an organisation, make and revoke an
 * API token, switch language; and the guards around it (enumeration, CSRF, rate limit, headers).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import {
	admin,
	coordinator,
	demoPassword,
	expectNoAxeViolations,
	launchBrowser,
	newestLink,
	newestMail,
	newPage,
	postForm,
	readOutbox,
	signInWithPassword,
	startServer,
	submit,
	submitAndStatus,
	switchLanguage,
	waitForOutbox,
	type OutboxMail,
	type Server
} from './support.ts';

let server: Server;
let browser: Browser;

before(async () => {
	[server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

after(async () => {
	await browser?.close();
	await server?.stop();
});

const nl = {
	checkMail: 'Kijk in uw e-mail. Klik op de link in de e-mail om uw account te bevestigen.',
	signInFailed: 'Het e-mailadres of het wachtwoord klopt niet.',
	magicSent: 'Als dit adres bij ons bekend is, krijgt u zo een e-mail met een link.',
	resetDone: 'Uw nieuwe wachtwoord is opgeslagen.',
	urlError: 'Vul een webadres in dat begint met https://.',
	tooMany: 'Te veel pogingen'
};

async function isSignedIn(page: Page): Promise<boolean> {
	return (await page.locator('form[action="/uitloggen"]').count()) > 0;
}

async function withPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
	const page = await newPage(browser, { javaScript: false });
	try {
		return await run(page);
	} finally {
		await page.context().close();
	}
}

async function signUpForm(page: Page, name: string, email: string, password: string): Promise<number> {
	await page.goto(server.url + '/registreren');
	const form = page.locator('main form');
	await form.locator('input[name="name"]').fill(name);
	await form.locator('input[name="email"]').fill(email);
	await form.locator('input[name="password"]').fill(password);
	return submitAndStatus(page, form);
}

describe('accounts', () => {
	const person = { name: 'Sanne Testpersoon', email: 'sanne.e2e@example.org', password: 'een-lang-wachtwoord-1' };

	it('sign up → "check your e-mail" → verification link from the outbox → signed in', async () => {
		await withPage(async (page) => {
			const status = await signUpForm(page, person.name, person.email, person.password);
			assert.equal(status, 200);
			assert.equal((await page.locator('[role="status"]').textContent())?.trim(), nl.checkMail);
			assert.equal(await isSignedIn(page), false, 'not signed in before confirming');
			await expectNoAxeViolations(page);

			const mail = await newestMail(server.url, person.email);
			assert.ok(mail, 'a mail was sent to the new address');
			assert.match(mail.subject, /Bevestig uw account/);
			await page.goto(mail.links[0]);
			assert.equal(await isSignedIn(page), true, 'the verification link signs the person in');
			await page.goto(server.url + '/account');
			assert.equal(new URL(page.url()).pathname, '/account');
			assert.match((await page.locator('main').textContent()) ?? '', new RegExp(person.email.replace(/\./g, '\\.')));
		});
	});

	it('signing up again with the same address looks the same, and mails "you already have an account"', async () => {
		const before = (await readOutbox(server.url)).filter((m) => m.recipient === person.email).length;
		await withPage(async (page) => {
			const status = await signUpForm(page, 'Iemand Anders', person.email, 'nog-een-lang-wachtwoord');
			assert.equal(status, 200, 'same status as a new sign-up');
			assert.equal((await page.locator('[role="status"]').textContent())?.trim(), nl.checkMail, 'same message as a new sign-up');
			assert.equal(await page.locator('[role="alert"]').count(), 0, 'no error that would reveal the account');
		});
		const forPerson = (all: OutboxMail[]) => all.filter((m) => m.recipient === person.email);
		const mails = forPerson(await waitForOutbox(server.url, (all) => forPerson(all).length > before));
		assert.equal(mails.length, before + 1, 'one more mail for the address');
		assert.match(mails[0].subject, /U heeft al een account/);
		assert.ok(mails[0].links.some((l) => l.endsWith('/inloggen')), 'the mail points to the sign-in page');
	});

	it('a wrong password gives the generic error with HTTP 400, the same as an unknown address', async () => {
		await withPage(async (page) => {
			const texts: string[] = [];
			for (const email of [person.email, 'niemand.e2e@example.org']) {
				await page.goto(server.url + '/inloggen');
				const form = page.locator('form[action="?/password"]');
				await form.locator('input[name="email"]').fill(email);
				await form.locator('input[name="password"]').fill('helemaal-fout-123');
				assert.equal(await submitAndStatus(page, form), 400);
				texts.push((await page.locator('[role="alert"]').textContent()) ?? '');
				assert.equal(await isSignedIn(page), false);
				if (texts.length === 1) await expectNoAxeViolations(page);
			}
			assert.ok(texts[0].includes(nl.signInFailed), `generic error shown: ${texts[0]}`);
			assert.equal(texts[1], texts[0], 'an unknown address gets exactly the same answer');
		});
	});

	it('magic link: ask for a link, follow it from the outbox, signed in', async () => {
		await withPage(async (page) => {
			await page.goto(server.url + '/inloggen');
			const form = page.locator('form[action="?/magic"]');
			await form.locator('input[name="email"]').fill(person.email);
			assert.equal(await submitAndStatus(page, form), 200);
			assert.equal((await page.locator('[role="status"]').textContent())?.trim(), nl.magicSent);
			const link = await newestLink(server.url, person.email, 'Uw link om in te loggen');
			await page.goto(link);
			assert.equal(await isSignedIn(page), true, 'the magic link signs the person in');
		});
	});

	it('password reset via the outbox link, then sign in with the new password (and not the old one)', async () => {
		const newPassword = 'een-nieuw-wachtwoord-2';
		await withPage(async (page) => {
			await page.goto(server.url + '/wachtwoord-vergeten');
			const form = page.locator('main form');
			await form.locator('input[name="email"]').fill(person.email);
			assert.equal(await submitAndStatus(page, form), 200);
			assert.equal(await page.locator('[role="status"]').count(), 1);

			const link = await newestLink(server.url, person.email, 'Nieuw wachtwoord');
			await page.goto(link);
			assert.equal(new URL(page.url()).pathname, '/wachtwoord-herstellen', 'the link leads to the reset page');
			assert.ok(new URL(page.url()).searchParams.get('token'), 'with a token');
			const reset = page.locator('main form');
			await reset.locator('input[name="password"]').fill(newPassword);
			assert.equal(await submitAndStatus(page, reset), 200);
			assert.ok(((await page.locator('[role="status"]').textContent()) ?? '').includes(nl.resetDone));
			await expectNoAxeViolations(page);
		});
		const old = await postForm(server.url, '/inloggen?/password', { email: person.email, password: person.password, next: '/' });
		assert.equal(old.status, 400, 'the old password no longer works');
		await withPage(async (page) => {
			await signInWithPassword(page, server.url, person.email, newPassword);
			assert.equal(await isSignedIn(page), true, 'the new password works');
			person.password = newPassword;
		});
	});

	it('sign out ends the session', async () => {
		await withPage(async (page) => {
			await signInWithPassword(page, server.url, person.email, person.password);
			assert.equal(await isSignedIn(page), true);
			await submit(page, page.locator('form[action="/uitloggen"] button'));
			assert.equal(new URL(page.url()).pathname, '/');
			assert.equal(await isSignedIn(page), false);
			await page.goto(server.url + '/account');
			const url = new URL(page.url());
			assert.equal(url.pathname, '/inloggen', 'a signed-out person is sent to the sign-in page');
			assert.equal(url.searchParams.get('next'), '/account');
		});
	});
});

describe('coordinator work', () => {
	let page: Page;
	before(async () => {
		page = await newPage(browser, { javaScript: false });
		await signInWithPassword(page, server.url, coordinator);
		assert.equal(await isSignedIn(page), true);
	});
	after(() => page?.context().close());

	it('creating an organisation with a bad website → 400 with the field error; a good one → its page', async () => {
		await page.goto(server.url + '/organisaties/nieuw');
		let form = page.locator('main form');
		await form.locator('input[name="name"]').fill('Buurtmoestuin E2E');
		await form.locator('select[name="kind"]').selectOption('initiative');
		await form.locator('input[name="website"]').fill('https://localhost');
		assert.equal(await submitAndStatus(page, form), 400);
		assert.equal((await page.locator('#field-website-error').textContent())?.trim(), nl.urlError);
		assert.equal(await page.locator('#field-website').getAttribute('aria-invalid'), 'true');
		assert.equal(await page.locator('#field-name').inputValue(), 'Buurtmoestuin E2E', 'what was typed is kept');

		form = page.locator('main form');
		await form.locator('input[name="website"]').fill('https://moestuin.example.org');
		await form.locator('textarea[name="description"]').fill('Samen groente kweken.');
		assert.equal(await submitAndStatus(page, form), 303, 'a created organisation redirects');
		assert.equal(new URL(page.url()).pathname, '/organisaties/buurtmoestuin-e2e');
		assert.equal((await page.locator('h1').textContent())?.trim(), 'Buurtmoestuin E2E');
	});

	it('an API token made on /account works as Bearer, and a revoked one is refused with 401', async () => {
		await page.goto(server.url + '/account');
		const create = page.locator('form[action="?/createToken"]');
		await create.locator('input[name="name"]').fill('e2e-sleutel');
		assert.equal(await submitAndStatus(page, create), 200);
		const secret = (await page.locator('.secret').textContent())?.trim() ?? '';
		assert.match(secret, /^ssp_/);
		await expectNoAxeViolations(page);

		const post = (name: string) =>
			fetch(`${server.url}/api/v1/organisations`, {
				method: 'POST',
				headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json', accept: 'application/json' },
				body: JSON.stringify({ name, kind: 'initiative', description: 'Via de API.', website: 'https://api.example.org' })
			});
		const created = await post('API Initiatief E2E');
		assert.equal(created.status, 201, await created.clone().text());
		const body = (await created.json()) as { slug: string; name: string };
		assert.equal(body.name, 'API Initiatief E2E');
		assert.equal((await fetch(`${server.url}/api/v1/organisations/${body.slug}`)).status, 200);

		await page.goto(server.url + '/account');
		const row = page.locator('tr', { hasText: 'e2e-sleutel' });
		assert.equal(await submitAndStatus(page, row.locator('form[action="?/revokeToken"]')), 200);
		assert.equal(await page.locator('[role="status"]').count(), 1, 'revocation is confirmed');

		const refused = await post('Nog een initiatief');
		assert.equal(refused.status, 401);
		assert.match(refused.headers.get('content-type') ?? '', /^application\/problem\+json/);
		const problem = (await refused.json()) as { status: number; title: string };
		assert.equal(problem.status, 401);
		assert.ok(problem.title);
	});
});

describe('language and visibility', () => {
	it('the language switch persists across pages and back', async () => {
		await withPage(async (page) => {
			await page.goto(server.url + '/over');
			assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
			await switchLanguage(page);
			assert.equal(new URL(page.url()).pathname, '/over', 'the switch returns to the same page');
			assert.equal(await page.locator('html').getAttribute('lang'), 'en');
			assert.equal((await page.locator('h1').textContent())?.trim(), 'About Samenspel');
			for (const path of ['/organisaties', '/inloggen', '/ruimtes']) {
				await page.goto(server.url + path);
				assert.equal(await page.locator('html').getAttribute('lang'), 'en', `${path} stays English`);
			}
			assert.equal((await page.locator('h1').textContent())?.trim(), 'Spaces');
			await switchLanguage(page);
			assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
			await page.goto(server.url + '/gebieden');
			assert.equal(await page.locator('html').getAttribute('lang'), 'nl', 'and back to Dutch');
		});
	});

	it('a members-only space ("Leerkring Twente") is 404 for an anonymous visitor', async () => {
		const href = await withPage(async (page) => {
			await signInWithPassword(page, server.url, admin);
			await page.goto(server.url + '/ruimtes');
			const link = page.locator('main a', { hasText: 'Leerkring Twente' });
			assert.equal(await link.count(), 1, 'the administrator sees the space on /ruimtes');
			const path = (await link.getAttribute('href')) ?? '';
			const response = await page.goto(server.url + path);
			assert.equal(response?.status(), 200, 'the administrator can open it');
			return path;
		});
		await withPage(async (page) => {
			await page.goto(server.url + '/ruimtes');
			assert.equal(await page.locator('main a', { hasText: 'Leerkring Twente' }).count(), 0, 'not listed for anonymous visitors');
			const response = await page.goto(server.url + href);
			assert.equal(response?.status(), 404);
			assert.ok(!((await page.content()).includes('Leerkring Twente')), 'the page gives nothing away');
		});
	});

	it('the administrator renames a theme, and the log records it', async () => {
		await withPage(async (page) => {
			await signInWithPassword(page, server.url, admin);
			await page.goto(server.url + '/beheer');
			const row = page.locator('tr', { has: page.locator('input[name="nameNl"][value="Sport"]') });
			await row.locator('input[name="nameNl"]').fill('Sport en bewegen');
			await submit(page, row.getByRole('button', { name: /Opslaan/ }));
			assert.equal(await page.locator('input[name="nameNl"][value="Sport en bewegen"]').count(), 1);
			await page.goto(server.url + '/beheer/auditlog');
			assert.match(await page.locator('main').innerText(), /theme\.update/);
		});
	});
});

describe('security', () => {
	it('pages send CSP with frame-ancestors none, nosniff and a referrer policy', async () => {
		const res = await fetch(server.url + '/', { headers: { accept: 'text/html' } });
		assert.equal(res.status, 200);
		const csp = res.headers.get('content-security-policy') ?? '';
		assert.match(csp, /frame-ancestors 'none'/);
		assert.match(csp, /default-src 'self'/);
		assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
		assert.ok(res.headers.get('referrer-policy'), 'referrer-policy is set');
	});

	it('a cross-origin form POST is refused with 403', async () => {
		const res = await fetch(`${server.url}/inloggen?/password`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
			body: new URLSearchParams({ email: coordinator, password: demoPassword }).toString()
		});
		assert.equal(res.status, 403);
		assert.equal(res.headers.getSetCookie().length, 0, 'no session cookie');
	});

	it('more than 10 wrong sign-ins for one address in a row → 429 "Te veel pogingen"', async () => {
		const email = 'zorg@example.org';
		const statuses: number[] = [];
		let last = '';
		for (let i = 0; i < 11; i++) {
			const res = await postForm(server.url, '/inloggen?/password', { email, password: `fout-${i}`, next: '/' });
			statuses.push(res.status);
			last = await res.text();
		}
		assert.deepEqual(statuses.slice(0, 10), Array(10).fill(400), 'the first ten are ordinary failures');
		assert.equal(statuses[10], 429, `the eleventh is refused: ${statuses.join(',')}`);
		assert.ok(last.includes(nl.tooMany), 'with the Dutch message');
		// Even the right password is refused while the limit holds.
		const right = await postForm(server.url, '/inloggen?/password', { email, password: demoPassword, next: '/' });
		assert.equal(right.status, 429);
	});
});
