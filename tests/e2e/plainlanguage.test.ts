/**
 * The plain-language help in a real Chromium: the Taalhulp page without JavaScript (submit and
 * see the report) and with it (the report follows the typing), in Dutch and English, with no axe
 * violations; bad input answered with its reason and a 4xx; the JSON API; and "check my text" in
 * a form, which shows the report and saves nothing until the writer saves.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { apiRequest, checkShownPage, launchBrowser, people, postForm, problemOf, root, startServer, submitAndStatus, visitChecked, type Server } from './support.ts';

const coordinator = 'gemeente@example.org';
/** The demo space with inputs, and the coordinator who answers them. */
const inputSpace = 'burgerinbreng-regioplan-2026';
const inputFacilitator = 'cooperatie@example.org';
const stiff = fs.readFileSync(`${root}/src/lib/server/modules/plainlanguage/corpus/gemeentebrief.md`, 'utf8');
const english = 'The municipality invites all residents to the meeting about the new playground next week in the town hall.';

let server: Server;
let browser: Browser;
const { signedIn, page: personPage, withPage } = people(() => ({ server, browser }));

const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
const visit = (page: Page, path: string, status: number, lang: 'nl' | 'en' = 'nl') => visitChecked(page, server.url, path, status, lang);

before(async () => {
	[server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

after(async () => {
	await browser?.close();
	await server?.stop();
});

describe('the Taalhulp page', () => {
	it('is linked from every page and checks a pasted text without JavaScript', async () => {
		await withPage(undefined, async (page) => {
			await visit(page, '/', 200);
			assert.equal(await page.locator('footer a[href="/taalhulp"]').count(), 1);
			await visit(page, '/taalhulp', 200);
			await page.locator('#field-text').fill(stiff);
			assert.equal(await submitAndStatus(page, page.locator('main form')), 200);
			const facts = await text(page.locator('.plain-report dl'));
			assert.ok(facts.includes('Leesgemak (Flesch-Douma) 41.4 (moeilijk)'), facts);
			assert.ok(facts.includes('22 zinnen, 334 woorden'), facts);
			assert.equal(await page.locator('#field-text').inputValue(), stiff, 'the text stays in the field');
			assert.ok((await page.locator('.plain-text mark').count()) > 20);
			const first = page.locator('.plain-findings li').first();
			assert.equal(await first.getAttribute('id'), 'bevinding-1');
			const findings = await text(page.locator('.plain-findings'));
			assert.ok(findings.includes('Ambtelijke taal: middels Ambtelijke taal.'), findings.slice(0, 300));
			assert.equal(await page.locator('.plain-text a[href="#bevinding-1"]').count(), 1, 'a footnote leads to the first finding');
			await checkShownPage(page, 'nl', 'the Taalhulp report', { title: true });
		});
	});

	it('answers in English too', async () => {
		await withPage(
			undefined,
			async (page) => {
				await visit(page, '/taalhulp', 200, 'en');
				await page.locator('#field-text').fill('Wij sturen u middels deze brief het plan.');
				assert.equal(await submitAndStatus(page, page.locator('main form')), 200);
				assert.ok((await text(page.locator('.plain-findings'))).startsWith('Officialese'));
				await checkShownPage(page, 'en', 'the Taalhulp report in English', { title: true });
			},
			'en'
		);
	});

	it('gives the reason for an empty text, a text in another language, one too long and binary garbage, with a 4xx', async () => {
		const cases: [string, number, string][] = [
			['', 400, 'Vul een tekst in.'],
			[english, 422, 'Deze tekst lijkt niet Nederlands.'],
			['Wij komen. '.repeat(100_000), 413, 'Deze tekst is te lang: 1.100.000 tekens.'],
			['PK\u0003\u0004\u0000binair', 400, 'Dit lijkt geen tekst.']
		];
		for (const [given, status, message] of cases) {
			const res = await postForm(server.url, '/taalhulp', { text: given });
			assert.equal(res.status, status, message);
			assert.ok((await res.text()).includes(message), message);
		}
		await withPage(undefined, async (page) => {
			await page.goto(`${server.url}/taalhulp`);
			await page.locator('#field-text').fill(english);
			assert.equal(await submitAndStatus(page, page.locator('main form')), 422);
			assert.ok((await text(page.locator('main [role="alert"]'))).includes('Deze tekst lijkt niet Nederlands.'));
			await checkShownPage(page, 'nl', 'the Taalhulp page refusing a text', { title: true });
		});
	});

	it('follows the typing with JavaScript', async () => {
		const page = await personPage(undefined, 'nl', { javaScript: true });
		try {
			await page.goto(`${server.url}/taalhulp`);
			await page.locator('#field-text').pressSequentially('Wij sturen u middels deze brief het plan.', { delay: 5 });
			await page.locator('.plain-findings li').first().waitFor();
			assert.ok((await text(page.locator('.plain-findings'))).includes('Ambtelijke taal'));
			await page.locator('#field-text').fill(english);
			await page.locator('#field-text').dispatchEvent('input');
			await page.locator('main [role="alert"]').waitFor();
			assert.ok((await text(page.locator('main [role="alert"]'))).includes('niet Nederlands'));
			await checkShownPage(page, 'nl', 'the Taalhulp page live', { title: true });
		} finally {
			await page.context().close();
		}
	});
});

describe('POST /api/v1/plain-language/check', () => {
	const check = (body: unknown, lang = 'nl') => apiRequest(server.url, '/plain-language/check', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' }, lang });

	it('answers scores and findings, and is in the OpenAPI document', async () => {
		const res = await check({ text: 'Wij sturen u middels deze brief het plan.' });
		assert.equal(res.status, 200);
		const body = await res.json();
		assert.deepEqual(Object.keys(body), ['scores', 'findings', 'looksDutch']);
		assert.equal(body.findings[0].kind, 'officialese');
		assert.deepEqual([body.findings[0].start, body.findings[0].end], [13, 20]);
		const doc = await (await fetch(`${server.url}/api/v1/openapi.json`)).json();
		assert.ok(doc.paths['/plain-language/check'].post);
	});

	it('refuses bad input with a problem in the caller’s language, never a 500', async () => {
		assert.equal((await problemOf(await check({}), 400)).errors?.text, 'Stuur een tekst mee.');
		await problemOf(await check({ text: 12 }), 400);
		assert.equal((await problemOf(await check({ text: '' }), 400)).title, 'Vul een tekst in.');
		assert.equal((await problemOf(await check({ text: '' }, 'en'), 400)).title, 'Fill in a text.');
		await problemOf(await check({ text: 'x'.repeat(1024 * 1024) }), 413);
		await problemOf(await check({ text: '\u0000\u0001\u0002garbage' }), 400);
		await problemOf(await check({ text: english }), 422);
		const notJson = await apiRequest(server.url, '/plain-language/check', { method: 'POST', body: '{"text":', headers: { 'content-type': 'application/json' } });
		await problemOf(notJson, 400);
	});
});

describe('"check my text" in a form', () => {
	it('shows the report without saving, keeps what was typed, and saves on the next submit', async () => {
		await signedIn(coordinator);
		await withPage(coordinator, async (page) => {
			await visit(page, '/ruimtes/nieuw', 200);
			const form = page.locator('main form[method="POST"]');
			await form.locator('#field-title').fill('Leefbaarheid Aadorp');
			await form.locator('#field-description').fill('Teneinde de leefbaarheid te vergroten faciliteren wij bewonersinitiatieven.');
			await form.locator('input[name="ownerIds"]').first().check();
			const [response] = await Promise.all([
				page.waitForResponse((r) => r.request().method() === 'POST'),
				form.getByRole('button', { name: 'Controleer mijn tekst' }).click()
			]);
			assert.equal(response.status(), 200);
			await page.waitForLoadState();
			assert.equal(new URL(page.url()).pathname, '/ruimtes/nieuw', 'nothing was saved');
			const check = await text(page.locator('.plain-check'));
			assert.ok(check.includes('Nog niet opgeslagen.'), check);
			assert.ok(check.includes('Ambtelijke taal'), check);
			assert.ok(check.includes('Vakjargon'), check);
			assert.equal(await page.locator('#field-title').inputValue(), 'Leefbaarheid Aadorp');
			assert.ok(await page.locator('input[name="ownerIds"]').first().isChecked());
			await checkShownPage(page, 'nl', 'a new space with its text checked', { title: true });
			const spaces = await (await fetch(`${server.url}/ruimtes`)).text();
			assert.ok(!spaces.includes('Leefbaarheid Aadorp'));

			assert.equal(await submitAndStatus(page, page.locator('main form[method="POST"]')), 303);
			assert.match(new URL(page.url()).pathname, /^\/ruimtes\/leefbaarheid-aadorp/);
		});
	});

	it('saves when Enter is pressed in a line of the form, as in a form without the check', async () => {
		await withPage(coordinator, async (page) => {
			await visit(page, '/ruimtes/nieuw', 200);
			const form = page.locator('main form[method="POST"]');
			await form.locator('#field-title').fill('Speelplekken Tubbergen');
			await form.locator('#field-description').fill('Wij zoeken samen met bewoners plekken om te spelen.');
			await form.locator('input[name="ownerIds"]').first().check();
			const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), form.locator('#field-title').press('Enter')]);
			assert.equal(response.status(), 303);
			await page.waitForLoadState();
			assert.match(new URL(page.url()).pathname, /^\/ruimtes\/speelplekken-tubbergen/);
		});
	});

	it('checks an answer to an input on a page of several forms, keeps the choice, and saves on "Antwoord opslaan"', async () => {
		const inputs = await (await fetch(`${server.url}/ruimtes/${inputSpace}/inbreng?status=received`)).text();
		const id = /<ul class="card-list">[\s\S]*?href="\/inbreng\/([0-9a-f-]{36})"/.exec(inputs)?.[1];
		assert.ok(id, 'the demo has an input that waits for an answer');
		await withPage(inputFacilitator, async (page) => {
			await visit(page, `/inbreng/${id}`, 200);
			const form = page.locator('form[action="?/close"]');
			await form.locator('input[name="closure"][value="not_taken_up"]').check();
			const reason = 'Teneinde de verkeersveiligheid te vergroten wordt dit voorstel middels het verkeersplan opgepakt.';
			await form.locator('textarea[name="reason"]').fill(reason);
			const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), form.getByRole('button', { name: 'Controleer mijn tekst' }).click()]);
			assert.equal(response.status(), 200);
			await page.waitForLoadState();
			const check = await text(page.locator('form[action="?/close"] .plain-check'));
			assert.ok(check.includes('Nog niet opgeslagen.'), check);
			assert.ok(check.includes('Ambtelijke taal'), check);
			assert.ok(check.includes('Lijdende vorm'), check);
			assert.ok(check.includes('1 zin, 12 woorden'), check);
			assert.equal(await page.locator('.plain-check').count(), 1, 'the report stands beside the field that was checked');
			assert.equal(await form.locator('textarea[name="reason"]').inputValue(), reason);
			assert.ok(await form.locator('input[name="closure"][value="not_taken_up"]').isChecked(), 'the chosen answer is kept');
			assert.equal(await text(page.locator('main .badge')), 'Ontvangen', 'nothing was saved');
			await checkShownPage(page, 'nl', 'an answer to an input with its reason checked', { title: true });

			await form.locator('textarea[name="reason"]').fill('Dit nemen we mee in het verkeersplan van de gemeente.');
			assert.equal(await submitAndStatus(page, form), 200);
			assert.equal(await text(page.locator('main .badge')), 'Niet overgenomen');
		});
	});

	it('gives live hints with JavaScript', async () => {
		const page = await personPage(coordinator, 'nl', { javaScript: true });
		try {
			await page.goto(`${server.url}/ruimtes/nieuw`);
			await page.locator('#field-description').pressSequentially('Wij sturen u middels deze brief het plan.', { delay: 5 });
			await page.locator('.plain-check details').waitFor();
			assert.ok((await text(page.locator('.plain-check [aria-live]'))).includes('1 aandachtspunt.'), 'one point, in the singular');
			await checkShownPage(page, 'nl', 'a form with live hints', { title: true });
		} finally {
			await page.context().close();
		}
	});
});
