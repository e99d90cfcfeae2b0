/**
 * The input and programme pages in a real Chromium with JavaScript OFF, in Dutch and English, as
 * a guest, a resident and the facilitator: each page answers, carries one <h1>, labels every
 * field and has no axe (WCAG 2.2 AA) violations, also when a form comes back with errors. Then
 * the flows: a guest gives input and follows it to the end of the letters, a facilitator types
 * in a meeting's notes, answers an input and links one to an action.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'playwright-core';
import { checkShownPage, coordinator, launchBrowser, newestMail, newPage, postForm, signInWithPassword, startServer, submit, switchLanguage, type Lang, type Server } from './support.ts';

const space = 'burgerinbreng-regioplan-2026';
const resident = 'inwoner@example.org';
const guestEmail = 'guus.gast@example.org';

let server: Server;
let browser: Browser;
/** Addresses read from the demo's pages. */
const known = { input: '', spearhead: '', action: '' };

const html = async (path: string) => {
	const res = await fetch(server.url + path, { headers: { accept: 'text/html' } });
	assert.equal(res.status, 200, `GET ${path}`);
	return res.text();
};
const firstLink = (page: string, prefix: string) => {
	const found = new RegExp(`href="(${prefix}[^"#?]+)"`).exec(page)?.[1];
	assert.ok(found, `a link to ${prefix}…`);
	return found;
};

before(async () => {
	[server, browser] = await Promise.all([startServer(), launchBrowser()]);
	known.input = firstLink(await html(`/ruimtes/${space}/inbreng?status=done`).then((p) => p.slice(p.indexOf('alle-inbreng'))), '/inbreng/');
	known.spearhead = firstLink(await html(`/ruimtes/${space}/speerpunten`), '/speerpunten/');
	known.action = firstLink(await html(`/ruimtes/${space}/programma`), '/acties/');
});

after(async () => {
	await browser?.close();
	await server?.stop();
});

async function visit(page: Page, path: string, lang: Lang, status = 200) {
	const response = await page.goto(server.url + path);
	assert.equal(response?.status(), status, `GET ${path} answers ${status}`);
	await checkShownPage(page, lang, `GET ${path} [${lang}]`, { title: true });
}

/** Submits a form with a click and returns the status of the POST's own response. */
async function submitAndStatus(page: Page, form: Locator): Promise<number> {
	const [response] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST' && r.request().resourceType() === 'document'),
		submit(page, form.locator('button[type="submit"]').last())
	]);
	return response.status();
}

const publicPages = () => [`/ruimtes/${space}/inbreng`, `/ruimtes/${space}/inbreng/geven`, known.input, `/ruimtes/${space}/speerpunten`, known.spearhead, `/ruimtes/${space}/programma`, known.action];
const facilitatorPages = () => [`/ruimtes/${space}/inbreng/beheer`, `/ruimtes/${space}/inbreng/voorstellen`, `/ruimtes/${space}/programma/nieuwe-actie`, `${known.action}/bewerken`, known.input, known.spearhead, known.action, `/ruimtes/${space}/programma`];

describe('every input and programme page, without JavaScript', () => {
	for (const lang of ['nl', 'en'] as const) {
		it(`passes for a guest in ${lang === 'nl' ? 'Dutch' : 'English'}`, async () => {
			const page = await newPage(browser);
			try {
				if (lang === 'en') {
					await page.goto(server.url + `/ruimtes/${space}/inbreng`);
					await switchLanguage(page);
				}
				for (const path of publicPages()) await visit(page, path, lang);
			} finally {
				await page.close();
			}
		});

		it(`passes for the facilitator, forms and all, in ${lang === 'nl' ? 'Dutch' : 'English'}`, async () => {
			const page = await newPage(browser);
			try {
				await signInWithPassword(page, server.url, coordinator);
				if (lang === 'en') await switchLanguage(page);
				for (const path of facilitatorPages()) await visit(page, path, lang);
			} finally {
				await page.close();
			}
		});
	}

	it('refuses the processing page to a resident and sends a guest to sign in', async () => {
		const page = await newPage(browser);
		try {
			await page.goto(`${server.url}/ruimtes/${space}/inbreng/beheer`);
			assert.match(new URL(page.url()).pathname, /^\/inloggen/);
			await signInWithPassword(page, server.url, resident);
			await visit(page, `/ruimtes/${space}/inbreng/beheer`, 'nl', 403);
		} finally {
			await page.close();
		}
	});
});

describe('a guest gives input and follows it', () => {
	it('shows every mistake at once and keeps what was typed, creating nothing', async () => {
		const before = await html(`/ruimtes/${space}/inbreng`);
		const count = /(\d+) keer inbreng gevonden/.exec(before)?.[1];
		const page = await newPage(browser);
		try {
			await page.goto(`${server.url}/ruimtes/${space}/inbreng/geven`);
			const form = page.locator('main form');
			await form.locator('textarea[name="text"]').fill('ab');
			// Passes the browser's own check, not ours: the server must be the one that says no.
			await form.locator('input[name="email"]').fill('a@b');
			assert.equal(await submitAndStatus(page, form), 400);
			const summary = await page.locator('[role="alert"]').innerText();
			for (const message of ['Kies een van de mogelijkheden.', 'Schrijf minstens een paar woorden.', 'Vul een geldig e-mailadres in']) assert.ok(summary.includes(message), message);
			assert.equal(await form.locator('textarea[name="text"]').inputValue(), 'ab');
			await checkShownPage(page, 'nl', 'the submit form with errors');
		} finally {
			await page.close();
		}
		assert.equal(/(\d+) keer inbreng gevonden/.exec(await html(`/ruimtes/${space}/inbreng`))?.[1], count);
	});

	it('lands on the page of the input, gets a letter with its link, and can stop the letters', async () => {
		const page = await newPage(browser);
		try {
			await page.goto(`${server.url}/ruimtes/${space}/inbreng/geven`);
			const form = page.locator('main form');
			await form.locator('input[name="kind"][value="idea"]').check();
			await form.locator('textarea[name="text"]').fill('Een wandelroute langs de Aa, met bankjes om uit te rusten.');
			await form.locator('input[name="email"]').fill(guestEmail);
			assert.equal(await submitAndStatus(page, form), 303);
			assert.match(new URL(page.url()).pathname, /^\/inbreng\/[0-9a-f-]{36}$/);
			const shown = await page.locator('main').innerText();
			assert.ok(shown.includes('Dank u wel!') && shown.includes('Ontvangen'));
			await checkShownPage(page, 'nl', 'the new input with its thank-you');
			const mail = await newestMail(server.url, guestEmail);
			assert.ok(mail?.links.some((l) => l.endsWith(new URL(page.url()).pathname)), 'the letter links to the input');
			const stop = mail?.links.find((l) => l.includes('/inbreng/volgen/'));
			assert.ok(stop, 'the letter has a link to stop');
			await page.goto(stop);
			await checkShownPage(page, 'nl', 'the stop page');
			assert.equal(await submitAndStatus(page, page.locator('main form')), 200);
			assert.ok((await page.locator('main').innerText()).includes('U krijgt geen e-mail meer'));
		} finally {
			await page.close();
		}
	});
});

describe('the facilitator processes input', () => {
	let page: Page;
	before(async () => {
		page = await newPage(browser);
		await signInWithPassword(page, server.url, coordinator);
	});
	after(() => page.close());

	it('types in the notes of a meeting, checks them line by line and saves them', async () => {
		await page.goto(`${server.url}/ruimtes/${space}/inbreng/beheer`);
		const form = page.locator('form[action="?/review"]');
		await form.locator('textarea[name="notes"]').fill('W: meer bankjes bij de kerk\nZ: de bus rijdt te weinig\n\neen plek voor jongeren');
		await form.locator('select[name="gatheringId"]').selectOption({ index: 1 });
		await submit(page, form.locator('button[type="submit"]'));
		const review = page.locator('form[action="?/save"]');
		assert.equal(await review.locator('input[name^="text-"]').count(), 3);
		assert.ok(await review.locator('input[name="kind-1"][value="concern"]').isChecked());
		await checkShownPage(page, 'nl', 'the review of the notes');
		await review.locator('input[name="text-1"]').fill('  ');
		assert.equal(await submitAndStatus(page, review), 400);
		assert.equal(await page.locator('#field-text-1-error').count(), 1, 'the empty line says what is wrong');
		await checkShownPage(page, 'nl', 'the review with an error');
		await page.locator('form[action="?/save"] input[name="text-1"]').fill('De bus rijdt te weinig');
		await page.locator('form[action="?/save"] input[name="kind-2"][value="idea"]').check();
		assert.equal(await submitAndStatus(page, page.locator('form[action="?/save"]')), 200);
		assert.ok((await page.locator('main').innerText()).includes('3 briefjes opgeslagen.'));
		const list = await html(`/ruimtes/${space}/inbreng?kind=idea`);
		assert.ok(list.includes('een plek voor jongeren'));
	});

	it('answers an input "not taken up" only with a reason, which a guest then sees', async () => {
		const fresh = firstLink(await html(`/ruimtes/${space}/inbreng?status=received`).then((p) => p.slice(p.indexOf('alle-inbreng'))), '/inbreng/');
		await page.goto(server.url + fresh);
		const form = page.locator('form[action="?/close"]');
		await form.locator('input[name="closure"][value="not_taken_up"]').check();
		await form.locator('textarea[name="reason"]').fill('  ');
		assert.equal(await submitAndStatus(page, form), 400);
		assert.ok((await page.locator('[role="alert"]').innerText()).includes('Geef een reden.'));
		await checkShownPage(page, 'nl', 'the answer form with an error');
		const again = page.locator('form[action="?/close"]');
		await again.locator('input[name="closure"][value="not_taken_up"]').check();
		await again.locator('textarea[name="reason"]').fill('Dit past niet in het regioplan; de gemeente pakt het zelf op.');
		assert.equal(await submitAndStatus(page, again), 200);
		const seen = await html(fresh);
		assert.ok(seen.includes('Niet overgenomen') && seen.includes('de gemeente pakt het zelf op'));
	});

	it('links an input by its number to an action, after which the input says so', async () => {
		const waiting = await html(`/ruimtes/${space}/inbreng?status=received`);
		const part = waiting.slice(waiting.indexOf('alle-inbreng'));
		const input = firstLink(part, '/inbreng/');
		const number = /Inbreng (\d+)<\/a>/.exec(part)?.[1];
		assert.ok(number);
		await page.goto(server.url + known.action);
		const form = page.locator('form[action="?/link"]');
		await form.locator('input[name="inputNumber"]').fill(number);
		assert.equal(await submitAndStatus(page, form), 200);
		const title = (await page.locator('h1').innerText()).trim();
		const trace = await html(input);
		assert.ok(trace.includes('Opgenomen in actie') && trace.includes(title), 'the trace names the action');
	});

	it('refuses a guest who posts to a facilitator form', async () => {
		const res = await postForm(server.url, `${known.input}?/hide`, { reason: 'Zomaar' });
		assert.ok([401, 403].includes(res.status), `status ${res.status}`);
	});
});
