/**
 * Every page, in a real Chromium with JavaScript OFF, in Dutch and in English, anonymous and signed
 * in: each must answer with the expected status, carry one <h1> and <html lang> of its language,
 * use every id once, and have no axe (WCAG 2.2 AA) violations.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import {
	admin,
	checkShownPage,
	coordinator,
	launchBrowser,
	newPage,
	signInWithPassword,
	startServer,
	submit,
	submitAndStatus,
	switchLanguage,
	type Lang,
	type Server
} from './support.ts';

const space = 'burgerinbreng-regioplan-2026';
const organisation = 'cooperatie-samen-twente';


const anonymousPages: [path: string, status: number][] = [
	['/', 200],
	['/ruimtes', 200],
	[`/ruimtes/${space}`, 200],
	['/organisaties', 200],
	['/organisaties?q=repair', 200],
	[`/organisaties/${organisation}`, 200],
	['/gebieden', 200],
	['/inloggen', 200],
	['/registreren', 200],
	['/wachtwoord-vergeten', 200],
	['/wachtwoord-herstellen?token=x', 200],
	['/over', 200],
	['/toegankelijkheid', 200],
	['/privacy', 200],
	['/demo/uitgaande-post', 200],
	['/deze-pagina-bestaat-niet', 404]
];

const signedInPages = (isAdmin: boolean): [path: string, status: number][] => [
	['/account', 200],
	['/organisaties/nieuw', 200],
	[`/organisaties/${organisation}/bewerken`, 200],
	['/ruimtes/nieuw', 200],
	[`/ruimtes/${space}/beheer`, 200],
	['/beheer', isAdmin ? 200 : 403],
	['/beheer/auditlog', isAdmin ? 200 : 403]
];

let server: Server;
let browser: Browser;

before(async () => {
	[server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

after(async () => {
	await browser?.close();
	await server?.stop();
});


async function visit(page: Page, path: string, status: number, lang: Lang) {
	const response = await page.goto(server.url + path);
	assert.equal(response?.status(), status, `GET ${path} answers ${status}`);
	await checkShownPage(page, lang, `GET ${path} [${lang}]`);
}

/** A context for one person in one language; the language is chosen with the header's button. */
async function personPage(lang: Lang, email?: string): Promise<Page> {
	const page = await newPage(browser, { javaScript: false });
	if (email) {
		await signInWithPassword(page, server.url, email);
		assert.ok(await page.locator('form[action="/uitloggen"]').count(), `${email} is signed in`);
	} else {
		await page.goto(server.url + '/');
	}
	assert.equal(await page.locator('html').getAttribute('lang'), 'nl', 'Dutch is the default');
	if (lang === 'en') {
		await switchLanguage(page);
		assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'the language button switches to English');
	}
	return page;
}

// One after another: on two cores, running the groups side by side was measured to be slower.
for (const lang of ['nl', 'en'] as const) {
	describe(`pages without JavaScript, ${lang === 'nl' ? 'Dutch' : 'English'}`, () => {
		describe('anonymous visitor', () => {
			let page: Page;
			before(async () => {
				page = await personPage(lang);
			});
			after(() => page?.context().close());

			for (const [path, status] of anonymousPages) it(`${path} (${status})`, () => visit(page, path, status, lang));

			it('/registreren with form errors (400) shows them accessibly', async () => {
				await page.goto(server.url + '/registreren');
				const form = page.locator('main form');
				// Values the browser's own checks let through, but the server refuses.
				await form.locator('input[name="name"]').fill('   ');
				await form.locator('input[name="email"]').fill('iemand@localhost');
				await form.locator('input[name="password"]').fill('kort');
				const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), submit(page, form.locator('button[type="submit"]'))]);
				assert.equal(response.status(), 400);
				const alert = page.locator('[role="alert"]');
				assert.equal(await alert.count(), 1, 'an error summary is shown');
				assert.equal(await page.locator('[aria-invalid="true"]').count(), 3, 'all three fields are marked invalid');
				await checkShownPage(page, lang, `POST /registreren with errors [${lang}]`);
			});
		});

		for (const [who, email, isAdmin] of [
			['administrator', admin, true],
			['coordinator', coordinator, false]
		] as const) {
			describe(`signed in as ${who} (${email})`, () => {
				let page: Page;
				before(async () => {
					page = await personPage(lang, email);
				});
				after(() => page?.context().close());

				for (const [path, status] of signedInPages(isAdmin)) it(`${path} (${status})`, () => visit(page, path, status, lang));

				// The form with errors once per language is enough; it looks the same for everyone.
				if (!isAdmin)
					it('/organisaties/nieuw with form errors (400) shows them accessibly', async () => {
						await page.goto(server.url + '/organisaties/nieuw');
						const form = page.locator('main form');
						await form.locator('input[name="name"]').fill('X');
						await form.locator('select[name="kind"]').selectOption('initiative');
						await form.locator('input[name="website"]').fill('https://localhost');
						assert.equal(await submitAndStatus(page, form), 400);
						assert.equal(await page.locator('[aria-invalid="true"]').count(), 2, 'name and website are marked invalid');
						await checkShownPage(page, lang, `POST /organisaties/nieuw with errors [${lang}]`);
					});
			});
		}
	});
}
