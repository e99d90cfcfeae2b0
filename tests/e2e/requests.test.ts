/**
 * The request desk in a real Chromium with JavaScript OFF: an initiative sees what an organisation
 * promises before it asks, sends a request with an attachment, and follows it; the organisation
 * acknowledges, waits for the initiative, keeps internal notes, hands it over and decides "yes,
 * unless"; the initiative asks for escalation; both make it public and a visitor reads it. Every
 * page answers in Dutch and English without axe (WCAG 2.2 AA) violations, and people who are no
 * party neither see a private request nor touch it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'playwright-core';
import {
	checkShownPage,
	Jar,
	launchBrowser,
	newPage,
	people,
	postForm,
	signInWithPassword,
	startServer,
	submit,
	submitAndStatus,
	summaryLinks,
	visitChecked,
	type Lang,
	type Server
} from './support.ts';

const initiative = 'initiatief@example.org';
const coach = 'wijkcoach@example.org';
const servant = 'gemeente@example.org';
const resident = 'inwoner@example.org';
const municipality = 'Gemeente Almelo';
const asking = 'Zorgcoöperatie Aadorp';
const servantName = 'Fatma Yıldız';
const coachName = 'Sander Mulder';

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const pdf = Buffer.from('%PDF-1.4\n% Samenspel test\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

let server: Server;
let browser: Browser;
const { signedIn, page: personPage, withPage, get, html } = people(() => ({ server, browser }));
/** The municipality's slug, read from the send form's choice. */
let deskSlug = '';

// ---- Helpers ------------------------------------------------------------------------------------

const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
const notice = (page: Page) => text(page.locator('main .utrecht-alert--ok[role="status"]').last());
const alertOf = (page: Page) => page.locator('main [role="alert"]');
/** A table row's cells, as " | "-separated text. */
const cells = async (row: Locator) => (await row.locator('th, td').allInnerTexts()).map((c) => c.replace(/\s+/g, ' ').trim()).join(' | ');
const badge = (page: Page) => text(page.locator('main dl.facts').first().locator('.badge'));

/** A multipart form post, as a browser sends a form with a file field. */
async function postMultipart(path: string, fields: Record<string, string>, files: { name: string; field: string; bytes: Buffer; type: string }[], jar?: Jar): Promise<Response> {
	const body = new FormData();
	for (const [k, v] of Object.entries(fields)) body.append(k, v);
	for (const f of files) body.append(f.field, new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
	return fetch(server.url + path, { method: 'POST', redirect: 'manual', body, headers: { origin: server.url, accept: 'text/html', ...(jar ? { cookie: jar.header() } : {}) } });
}

const visit = (page: Page, path: string, status: number, lang: Lang) => visitChecked(page, server.url, path, status, lang);

/** The requests listed in one section ("verstuurd" or "ontvangen") of "Mijn verzoeken". */
function listed(page: string, section: 'verstuurd' | 'ontvangen'): string[] {
	const start = page.indexOf(`id="${section}"`);
	assert.ok(start > 0, `the list has the section ${section}`);
	const end = section === 'verstuurd' ? page.indexOf('id="ontvangen"') : page.indexOf('</main>');
	return [...page.slice(start, end).matchAll(new RegExp(`href="/verzoeken/(${uuid})"`, 'g'))].map((m) => m[1]);
}

/** What the term `name` says in a list of facts. */
async function factIn(list: Locator, name: string): Promise<string> {
	return list.evaluate((dl, wanted) => {
		const dt = [...dl.querySelectorAll('dt')].find((d) => (d.textContent ?? '').trim() === wanted);
		return (dt?.nextElementSibling?.textContent ?? '').replace(/\s+/g, ' ').trim();
	}, name);
}

/** What one fact in the request's list of facts says. */
const fact = (page: Page, name: string) => factIn(page.locator('main dl.facts').first(), name);

/** The state column of the promised steps, row by row. */
async function stepStates(page: Page): Promise<string[]> {
	return page.locator('section[aria-labelledby="belofte"] tbody tr td:last-child').evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').trim()));
}

/** What the send form needs, read from the form as a browser sees it. */
async function sendFormIds(jar: Jar): Promise<{ organisationId: string; initiativeId: string; type: string }> {
	const page = await html(`/verzoeken/nieuw?organisatie=${deskSlug}`, jar);
	const organisationId = new RegExp(`name="organisationId" value="(${uuid})"`).exec(page)?.[1];
	const initiativeId = new RegExp(`<option value="(${uuid})"[^>]*>${asking}</option>`).exec(page)?.[1];
	const type = /name="type" value="([a-z_]+)"/.exec(page)?.[1];
	assert.ok(organisationId && initiativeId && type, 'the send form holds the organisation, the initiative and a type');
	return { organisationId, initiativeId, type };
}

// ---- Setup --------------------------------------------------------------------------------------

before(async () => {
	[server, browser] = await Promise.all([startServer(), launchBrowser()]);
	const form = await html('/verzoeken/nieuw', await signedIn(initiative));
	deskSlug = new RegExp(`<option value="([a-z0-9-]+)"[^>]*>${municipality}</option>`).exec(form)?.[1] ?? '';
	assert.ok(deskSlug, `${municipality} takes requests in the demo`);
});

after(async () => {
	await browser?.close();
	await server?.stop();
});

// ---- Signed-in only -----------------------------------------------------------------------------

describe('the request pages are for signed-in people', () => {
	it('a visitor is sent to sign in from "Mijn verzoeken" and the send form', async () => {
		for (const path of ['/verzoeken', '/verzoeken/nieuw', `/verzoeken/nieuw?organisatie=${deskSlug}`]) {
			const res = await get(path);
			assert.equal(res.status, 303, `${path} anonymously`);
			assert.equal(res.headers.get('location'), `/inloggen?next=${encodeURIComponent(path)}`);
		}
	});

	it('the main menu leads signed-in people to their requests, not visitors', async () => {
		await withPage(undefined, async (page) => assert.equal(await page.locator('header nav a[href="/verzoeken"]').count(), 0, 'a visitor has no "Verzoeken" item'));
		const page = await newPage(browser, { javaScript: false });
		try {
			await signInWithPassword(page, server.url, coach);
			const item = page.locator('header nav a[href="/verzoeken"]');
			assert.equal(await text(item), 'Verzoeken');
			await Promise.all([page.waitForNavigation(), item.click()]);
			assert.equal(await text(page.locator('h1')), 'Mijn verzoeken');
		} finally {
			await page.context().close();
		}
	});

	it('a person without memberships sees an empty list and is told how requests are sent', async () => {
		await withPage(resident, async (page) => {
			await visit(page, '/verzoeken', 200, 'nl');
			assert.equal(await text(page.locator('main p.utrecht-paragraph').nth(1)), 'U bent nog geen lid van een organisatie. Een verzoek stuurt u namens een initiatief of organisatie.');
			assert.equal(await page.locator('main table').count(), 0);
			await visit(page, `/verzoeken/nieuw?organisatie=${deskSlug}`, 200, 'nl');
			assert.equal(await page.locator('main form[method="POST"]').count(), 0, 'there is no send form');
			assert.ok((await text(page.locator('main'))).includes('U kunt deze organisatie geen verzoek sturen.'));
		});
	});

	it('an organisation that does not exist answers 404', async () => {
		await withPage(initiative, (page) => visit(page, '/verzoeken/nieuw?organisatie=bestaat-niet', 404, 'nl'));
	});
});

// ---- The life of one request --------------------------------------------------------------------

describe('the life of a request, through the browser', () => {
	const subject = 'Ruimte voor het buurtontbijt in het dorpshuis';
	const description = 'Wij willen elke maand een ontbijt houden voor ouderen in Aadorp. Mogen wij daarvoor de zaal van het dorpshuis gebruiken?';
	const waitingFor = 'Kunt u ons laten weten hoeveel mensen er komen?';
	const answer = 'Wij verwachten ongeveer dertig mensen, elke eerste zaterdag van de maand.';
	const note = 'INTERN: de zaal is op zaterdag al vaak verhuurd, eerst navragen bij de beheerder.';
	const handoverNote = 'INTERN: Fatma kent de beheerder van het dorpshuis.';
	const escalation = 'Wij willen graag voor de zomer beginnen en horen nog weinig.';
	const reason = 'De zaal is op zaterdagochtend verhuurd aan de sportvereniging.';
	const alternative = 'De ontmoetingsruimte van de bibliotheek is op zaterdag vrij. Wij brengen u in contact.';
	let asker: Page;
	let handler: Page;
	let decider: Page;
	let askerJar: Jar;
	let path = '';
	let typeLabel = '';
	let attachment = '';

	before(async () => {
		[asker, handler, decider, askerJar] = await Promise.all([personPage(initiative), personPage(coach), personPage(servant), signedIn(initiative)]);
	});
	after(async () => {
		await Promise.all([asker, handler, decider].map((p) => p?.context().close()));
	});

	it('the send form shows the promised times of each type before asking', async () => {
		await visit(asker, '/verzoeken/nieuw', 200, 'nl');
		assert.equal(await asker.locator('main form[method="POST"]').count(), 0, 'first the organisation is chosen');
		const choose = asker.locator('main form[method="GET"]');
		await choose.locator('select[name="organisatie"]').selectOption({ label: municipality });
		await submit(asker, choose.locator('button[type="submit"]'));
		const url = new URL(asker.url());
		assert.equal(url.pathname, '/verzoeken/nieuw');
		assert.equal(url.searchParams.get('organisatie'), deskSlug);
		assert.equal(await text(asker.locator('#verwachten')), `Wat kunt u verwachten van ${municipality}?`);
		assert.equal(await asker.locator('select[name="organisatie"] option:checked').textContent(), municipality, 'the chosen organisation stays chosen');

		const promises = asker.locator('section[aria-labelledby="verwachten"] table tbody tr');
		assert.ok((await promises.count()) > 0, 'the desk lists its promises');
		for (const row of await promises.all()) assert.match(await cells(row), /^[^|]+ \| \d+ werkdagen \| \d+ werkdagen \| /);
		const types = await asker.locator('main form[method="POST"] input[name="type"]').evaluateAll((inputs) =>
			inputs.map((i) => ({ value: (i as HTMLInputElement).value, label: (i as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '', hint: document.getElementById(i.getAttribute('aria-describedby') ?? '')?.textContent?.trim() ?? '' }))
		);
		assert.equal(types.length, await promises.count(), 'one choice per type offered');
		for (const type of types) assert.match(type.hint, /^Bevestiging binnen \d+ werkdagen\. Besluit binnen \d+ werkdagen\.$/, `${type.value} says what to expect`);
		await checkShownPage(asker, 'nl', 'the send form with the desk', { title: true });
	});

	it('bad input answers 400 with the messages next to the fields, keeps what was typed and sends nothing', async () => {
		const before = listed(await html('/verzoeken', askerJar), 'verstuurd').length;
		await asker.goto(`${server.url}/verzoeken/nieuw?organisatie=${deskSlug}`);
		const form = asker.locator('main form[method="POST"]');
		await form.locator('select[name="initiativeId"]').selectOption({ label: asking });
		// Spaces pass the browser's own "required" check; the server trims them away.
		await form.locator('input[name="subject"]').fill('   ');
		await form.locator('textarea[name="description"]').fill('Te kort');
		await form.locator('input[name="desiredOn"]').fill('2031-02-03');
		assert.equal(await submitAndStatus(asker, form), 400);

		assert.equal(await alertOf(asker).count(), 1, 'one error summary');
		assert.deepEqual(await summaryLinks(asker), [
			{ href: '#field-type', message: 'Kies een van de mogelijkheden.', target: true },
			{ href: '#field-subject', message: 'Vul dit veld in.', target: true },
			{ href: '#field-description', message: 'Vul dit veld in.', target: true }
		]);
		assert.equal(await text(asker.locator('#field-subject-error')), 'Vul dit veld in.');
		assert.equal(await asker.locator('#field-subject').getAttribute('aria-invalid'), 'true');
		assert.match((await asker.locator('#field-description').getAttribute('aria-describedby')) ?? '', /field-description-error/);
		assert.equal(await asker.locator('#field-type').getAttribute('aria-describedby'), 'field-type-error');
		assert.equal(await asker.locator('textarea[name="description"]').inputValue(), 'Te kort', 'what was typed is kept');
		assert.equal(await asker.locator('input[name="desiredOn"]').inputValue(), '2031-02-03');
		assert.equal(await asker.locator('select[name="initiativeId"] option:checked').textContent(), asking);
		await checkShownPage(asker, 'nl', 'the send form with errors', { title: true });

		assert.equal(listed(await html('/verzoeken', askerJar), 'verstuurd').length, before, 'nothing was sent');
	});

	it('a file of a kind that may not be sent is refused next to the file field, and nothing is sent', async () => {
		const before = listed(await html('/verzoeken', askerJar), 'verstuurd').length;
		await asker.goto(`${server.url}/verzoeken/nieuw?organisatie=${deskSlug}`);
		const form = asker.locator('main form[method="POST"]');
		await form.locator('select[name="initiativeId"]').selectOption({ label: asking });
		await form.locator('input[name="type"]:not([value="challenge"])').first().check();
		await form.locator('input[name="subject"]').fill(subject);
		await form.locator('textarea[name="description"]').fill(description);
		await form.locator('input[name="files"]').setInputFiles([{ name: 'programma.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') }]);
		assert.equal(await submitAndStatus(asker, form), 400);
		const message = 'Dit soort bestand kan niet. Gebruik bijvoorbeeld PDF, Word, een foto of platte tekst.';
		assert.deepEqual(await summaryLinks(asker), [{ href: '#field-files', message, target: true }]);
		assert.equal(await text(asker.locator('#field-files-error')), message);
		assert.equal(await asker.locator('input[name="subject"]').inputValue(), subject, 'the rest is kept');
		await checkShownPage(asker, 'nl', 'the send form with a refused file', { title: true });
		assert.equal(listed(await html('/verzoeken', askerJar), 'verstuurd').length, before, 'nothing was sent');
	});

	it('the initiative sends a request with an attachment and sees what to expect', async () => {
		await asker.goto(`${server.url}/verzoeken/nieuw?organisatie=${deskSlug}`);
		const form = asker.locator('main form[method="POST"]');
		await form.locator('select[name="initiativeId"]').selectOption({ label: asking });
		const type = form.locator('input[name="type"]:not([value="challenge"])').first();
		typeLabel = await text(asker.locator(`label[for="${await type.getAttribute('id')}"]`));
		await type.check();
		await form.locator('input[name="subject"]').fill(subject);
		await form.locator('textarea[name="description"]').fill(description);
		await form.getByLabel('Ouderen', { exact: true }).check();
		await form.locator('select[name="areaId"]').selectOption({ label: 'Aadorp' });
		await form.locator('input[name="desiredOn"]').fill('2031-03-01');
		await form.locator('input[name="files"]').setInputFiles([{ name: 'plan ontbijt.pdf', mimeType: 'application/pdf', buffer: pdf }]);
		assert.equal(await submitAndStatus(asker, form), 303, 'a good form is answered with a redirect');

		const url = new URL(asker.url());
		assert.match(url.pathname, new RegExp(`^/verzoeken/${uuid}$`));
		path = url.pathname;
		assert.equal(await notice(asker), 'Uw verzoek is verstuurd. Hieronder ziet u wat de organisatie belooft. U krijgt bericht als er iets verandert.');
		assert.equal(await text(asker.locator('h1')), subject);
		assert.equal(await badge(asker), 'Verstuurd');
		assert.equal(await fact(asker, 'Van'), asking);
		assert.equal(await fact(asker, 'Aan'), municipality);
		assert.equal(await fact(asker, 'Soort verzoek'), typeLabel);
		assert.equal(await fact(asker, 'Gebied'), 'Aadorp');
		assert.equal(await fact(asker, 'Thema’s'), 'Ouderen');
		assert.equal(await fact(asker, 'Gewenste datum'), '1 maart 2031');
		assert.equal(await fact(asker, 'Doorgezet naar de leiding?'), 'Nee');
		assert.equal(await fact(asker, 'Wie behandelt het?'), coachName, 'the contact point for older people handles it');
		assert.equal(await fact(asker, 'Contactpunt'), 'Wijkcoach zorg en welzijn');
		assert.match(await text(asker.locator('section[aria-labelledby="belofte"] p').first()), new RegExp(`^${municipality} belooft binnen \\d+ werkdagen te bevestigen dat het verzoek binnen is\\. En binnen \\d+ werkdagen een besluit te nemen\\.$`));
		assert.deepEqual(await stepStates(asker), ['Nog niet gedaan', 'Nog niet gedaan']);
		for (const due of await asker.locator('section[aria-labelledby="belofte"] tbody tr td:first-of-type').allTextContents()) assert.match(due.trim(), /^\d{1,2} \p{L}+ \d{4}$/u, 'each step has its due date');
		const timeline = asker.locator('section[aria-labelledby="verloop"] li');
		assert.ok((await text(timeline.first())).includes(`Het verzoek is verstuurd. Soort: ${typeLabel}.`));
		assert.ok((await text(timeline.first())).includes(`Henk Brinkhuis (${asking})`), 'the timeline says who');
		assert.ok((await text(timeline.nth(1))).includes(`Samenspel Het verzoek is doorgestuurd naar Wijkcoach zorg en welzijn: ${coachName}.`), 'and where it was routed');
		const link = asker.locator('section[aria-labelledby="bijlagen"] a', { hasText: 'plan ontbijt.pdf' });
		attachment = (await link.getAttribute('href')) ?? '';
		assert.match(attachment, new RegExp(`^${path}/bijlagen/${uuid}$`));
		await checkShownPage(asker, 'nl', 'the request just sent', { title: true });

		const list = await html('/verzoeken', askerJar);
		assert.ok(listed(list, 'verstuurd').includes(path.split('/')[2]), 'it is listed under the requests sent');
	});

	it('the attachment downloads for the parties, as a file that cannot run in the page', async () => {
		for (const page of [asker, handler]) {
			const res = await page.request.get(server.url + attachment);
			assert.equal(res.status(), 200);
			assert.equal(res.headers()['content-type'], 'application/pdf');
			assert.equal(res.headers()['content-disposition'], `attachment; filename*=UTF-8''${encodeURIComponent('plan ontbijt.pdf')}`);
			assert.match(res.headers()['content-security-policy'] ?? '', /sandbox/);
			assert.equal(res.headers()['x-content-type-options'], 'nosniff');
			assert.deepEqual(Buffer.from(await res.body()), pdf);
		}
	});

	it('the municipality sees it in its list; a colleague acknowledges it and the step is on time', async () => {
		await visit(handler, '/verzoeken', 200, 'nl');
		const row = handler.locator('section[aria-labelledby="ontvangen"] tbody tr', { has: handler.locator(`a[href="${path}"]`) });
		assert.equal(await row.count(), 1, 'the request is listed as received');
		assert.match(await cells(row), new RegExp(`^${subject} Kenmerk \\d{4}-\\d{4} · ${typeLabel} \\| ${asking} \\| Verstuurd \\| ${coachName} \\(u\\) \\| Bevestigen dat het verzoek is ontvangen: Nog niet gedaan \\(uiterlijk .+\\) Besluiten: Nog niet gedaan \\(uiterlijk .+\\)$`));

		await Promise.all([handler.waitForNavigation(), row.locator(`a[href="${path}"]`).click()]);
		await checkShownPage(handler, 'nl', 'a new request, as the organisation sees it', { title: true });
		const form = handler.locator('form[action="?/acknowledge"]');
		await form.locator('textarea[name="body"]').fill('Dank u wel. Wij kijken ernaar.');
		assert.equal(await submitAndStatus(handler, form), 200);
		assert.equal(await notice(handler), 'U hebt bevestigd dat het verzoek binnen is.');
		assert.equal(await badge(handler), 'Ontvangen en bevestigd');
		assert.deepEqual(await stepStates(handler), ['Op tijd', 'Nog niet gedaan']);
		assert.equal(await handler.locator('form[action="?/acknowledge"]').count(), 0, 'it is acknowledged once');
	});

	it('the handler waits for the initiative, and the clock stops', async () => {
		const form = handler.locator('form[action="?/status"]');
		await form.locator('input[name="status"][value="waiting"]').check();
		await form.locator('textarea[name="body"]').fill(waitingFor);
		assert.equal(await submitAndStatus(handler, form), 200);
		assert.equal(await notice(handler), 'De status is opgeslagen.');
		assert.equal(await badge(handler), 'Wacht op het initiatief');
		assert.match(await text(handler.locator('section[aria-labelledby="belofte"]')), /De klok staat stil sinds/);
	});

	it('the initiative answers by message, and the clock runs again', async () => {
		await asker.goto(server.url + path);
		assert.equal(await badge(asker), 'Wacht op het initiatief');
		assert.ok((await text(asker.locator('section[aria-labelledby="verloop"]'))).includes(waitingFor), 'the initiative reads what is asked');
		assert.equal(await text(asker.locator('section[aria-labelledby="bericht"] p').first()), 'De organisatie wacht op uw antwoord. Met uw bericht gaat de klok weer lopen.');
		await checkShownPage(asker, 'nl', 'a request waiting for the initiative', { title: true });
		const form = asker.locator('form[action="?/message"]');
		await form.locator('textarea[name="body"]').fill(answer);
		assert.equal(await submitAndStatus(asker, form), 200);
		assert.equal(await notice(asker), 'Uw bericht is verstuurd.');
		assert.equal(await badge(asker), 'In behandeling');
		const last = await text(asker.locator('section[aria-labelledby="verloop"] li').last());
		assert.ok(last.includes('Het verzoek is in behandeling.'), 'the timeline says the clock runs again');
		const message = asker.locator('section[aria-labelledby="verloop"] li', { hasText: answer });
		assert.ok((await text(message)).includes(`Henk Brinkhuis (${asking})`));
	});

	it('the handler writes an internal note, which the initiative never sees', async () => {
		await handler.goto(server.url + path);
		const form = handler.locator('form[action="?/note"]');
		await form.locator('textarea[name="body"]').fill(note);
		assert.equal(await submitAndStatus(handler, form), 200);
		assert.equal(await notice(handler), 'Uw notitie is opgeslagen.');
		const shown = handler.locator('section[aria-labelledby="verloop"] li', { hasText: note });
		assert.equal(await text(shown.locator('.badge')), 'Alleen zichtbaar voor de organisatie');

		const page = await html(path, askerJar);
		assert.ok(!page.includes(note), 'the note is not in the initiative’s page');
		assert.ok(!page.includes('Alleen zichtbaar voor de organisatie'), 'nor any internal event');
		assert.ok(!page.includes('form action="?/note"') && !page.includes('action="?/note"'), 'the initiative has no note form');
	});

	it('the handler adds an attachment; a file of the wrong kind is refused next to the field', async () => {
		const form = handler.locator('form[action="?/attach"]');
		await form.locator('input[name="file"]').setInputFiles([{ name: 'virus.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') }]);
		assert.equal(await submitAndStatus(handler, form), 400);
		const message = 'Dit soort bestand kan niet. Gebruik bijvoorbeeld PDF, Word, een foto of platte tekst.';
		assert.deepEqual(await summaryLinks(handler), [{ href: '#attach-file', message, target: true }]);
		assert.equal(await text(handler.locator('#attach-file-error')), message);
		await checkShownPage(handler, 'nl', 'the attachment form with a refused file', { title: true });

		await form.locator('input[name="file"]').setInputFiles([{ name: 'antwoord.txt', mimeType: 'text/plain', buffer: Buffer.from('Openingstijden van de zaal') }]);
		assert.equal(await submitAndStatus(handler, form), 200);
		assert.equal(await notice(handler), 'De bijlage is toegevoegd.');
		assert.equal(await handler.locator('section[aria-labelledby="bijlagen"] li a').allTextContents().then((names) => names.map((n) => n.trim()).sort().join(', ')), 'antwoord.txt, plan ontbijt.pdf');
		assert.ok((await text(handler.locator('section[aria-labelledby="verloop"] li').last())).includes('Bijlage toegevoegd: antwoord.txt.'));
		assert.ok((await html(path, askerJar)).includes('antwoord.txt'), 'the initiative sees the new file');
	});

	it('the initiative asks for escalation, once', async () => {
		await asker.goto(server.url + path);
		const form = asker.locator('form[action="?/escalate"]');
		await form.locator('textarea[name="reason"]').fill(escalation);
		assert.equal(await submitAndStatus(asker, form), 200);
		assert.equal(await notice(asker), 'Uw vraag is doorgezet naar de leiding.');
		assert.match(await fact(asker, 'Doorgezet naar de leiding?'), /^Ja, op \d{1,2} \p{L}+ \d{4}/u);
		const asked = asker.locator('section[aria-labelledby="verloop"] li', { hasText: escalation });
		assert.ok((await text(asked)).includes('Het initiatief vraagt om het verzoek door te zetten naar de leiding.'));
		assert.equal(await asker.locator('form[action="?/escalate"]').count(), 0, 'the form is gone');
		const again = await postForm(server.url, `${path}?/escalate`, { reason: 'Nog een keer' }, askerJar);
		assert.equal(again.status, 409, 'a second time is refused');
	});

	it('the handler hands the request over to a colleague; the history stays', async () => {
		await handler.goto(server.url + path);
		const form = handler.locator('form[action="?/handover"]');
		await form.locator('select[name="handlerId"]').selectOption({ label: servantName });
		await form.locator('textarea[name="body"]').fill(handoverNote);
		assert.equal(await submitAndStatus(handler, form), 200);
		assert.equal(await notice(handler), 'Het verzoek is overgedragen.');
		assert.match(await fact(handler, 'Wie behandelt het?'), new RegExp(`^${servantName}`));
		assert.ok((await text(handler.locator('section[aria-labelledby="verloop"]'))).includes(`heeft het verzoek overgedragen aan ${servantName}.`));
		assert.ok(!(await html(path, askerJar)).includes(handoverNote), 'the note for the colleague stays internal');
	});

	it('a "no" without reason and alternative is refused next to those fields, and nothing is saved', async () => {
		await decider.goto(server.url + path);
		assert.ok((await text(decider.locator('section[aria-labelledby="verloop"]'))).includes(note), 'the new handler reads the notes');
		const form = decider.locator('form[action="?/decide"]');
		await form.locator('input[name="decision"][value="no"]').check();
		assert.equal(await submitAndStatus(decider, form), 400);
		assert.deepEqual(await summaryLinks(decider), [
			{ href: '#field-reason', message: 'Bij een nee hoort een reden. Schrijf de reden op.', target: true },
			{ href: '#field-alternative', message: 'Bij een nee hoort een andere mogelijkheid of een volgende stap. Schrijf die op.', target: true }
		]);
		assert.equal(await text(decider.locator('#field-reason-error')), 'Bij een nee hoort een reden. Schrijf de reden op.');
		assert.equal(await text(decider.locator('#field-alternative-error')), 'Bij een nee hoort een andere mogelijkheid of een volgende stap. Schrijf die op.');
		assert.equal(await decider.locator('#field-reason').getAttribute('aria-invalid'), 'true');
		assert.ok(await decider.locator('input[name="decision"][value="no"]').isChecked(), 'the chosen decision is kept');
		assert.equal(await badge(decider), 'In behandeling', 'nothing was decided');
		assert.equal(await decider.locator('#besluit').count(), 0);
		await checkShownPage(decider, 'nl', 'the decision form with errors', { title: true });
		assert.ok(!(await html(path, askerJar)).includes('id="besluit"'), 'the initiative sees no decision');
	});

	it('with its reasons the "no" is saved; the initiative sees it and that each step was on time', async () => {
		const form = decider.locator('form[action="?/decide"]');
		await form.locator('input[name="decision"][value="no"]').check();
		await form.locator('textarea[name="reason"]').fill(reason);
		await form.locator('textarea[name="alternative"]').fill(alternative);
		assert.equal(await submitAndStatus(decider, form), 200);
		assert.equal(await notice(decider), 'Het besluit is opgeslagen. Het initiatief krijgt bericht.');
		assert.equal(await badge(decider), 'Besluit genomen');

		await asker.goto(server.url + path);
		const decision = asker.locator('section[aria-labelledby="besluit"]');
		assert.equal(await text(decision.locator('h2')), 'Het besluit');
		assert.equal(await factIn(decision.locator('dl'), 'Besluit'), 'Nee');
		assert.equal(await factIn(decision.locator('dl'), 'Reden'), reason);
		assert.equal(await factIn(decision.locator('dl'), 'Andere mogelijkheid of volgende stap'), alternative);
		assert.deepEqual(await stepStates(asker), ['Op tijd', 'Op tijd']);
		assert.ok((await text(asker.locator('section[aria-labelledby="verloop"] li').last())).includes(`Besluit: Nee.`));
		assert.ok((await text(asker.locator('section[aria-labelledby="verloop"] li').last())).includes(`${servantName} (${municipality})`));
		assert.equal(await asker.locator('form[action="?/decide"]').count(), 0, 'the initiative cannot decide');
		await checkShownPage(asker, 'nl', 'a decided request, as the initiative sees it', { title: true });

		await asker.goto(`${server.url}/verzoeken`);
		const row = asker.locator('section[aria-labelledby="verstuurd"] tbody tr', { has: asker.locator(`a[href="${path}"]`) });
		assert.match(await cells(row), new RegExp(`\\| ${municipality} \\| Besluit genomen Doorgezet naar de leiding \\| ${servantName} \\| Bevestigen dat het verzoek is ontvangen: Op tijd \\(gedaan op .+\\) Besluiten: Op tijd \\(gedaan op .+\\)$`));
	});

	it('both sides make it public; then a visitor reads it, without the notes or the attachment', async () => {
		const publicForm = (page: Page) => page.locator('form[action="?/publicity"]');
		await asker.goto(server.url + path);
		assert.ok((await text(asker.locator('section[aria-labelledby="openbaar"] p').first())).includes('Het verzoek is pas openbaar als beide partijen het goedvinden.'));
		await publicForm(asker).locator('input[name="public"]').check();
		assert.equal(await submitAndStatus(asker, publicForm(asker)), 200);
		assert.equal(await notice(asker), 'Uw keuze is opgeslagen.');
		assert.equal(await text(asker.locator('section[aria-labelledby="openbaar"] ul')), `${asking} vindt het goed. ${municipality} vindt het (nog) niet goed.`);
		assert.equal(await fact(asker, 'Openbaar?'), 'Nee, alleen de twee partijen kunnen het lezen');
		assert.equal((await get(path)).status, 404, 'one side is not enough');

		await decider.goto(server.url + path);
		assert.equal(await publicForm(decider).locator('input[name="public"]').isChecked(), false, 'each side speaks for itself');
		await publicForm(decider).locator('input[name="public"]').check();
		assert.equal(await submitAndStatus(decider, publicForm(decider)), 200);
		assert.equal(await fact(decider, 'Openbaar?'), 'Ja, beide partijen vinden het goed');

		for (const who of [undefined, resident]) {
			await withPage(who, async (page) => {
				await visit(page, path, 200, 'nl');
				assert.equal(await text(page.locator('h1')), subject);
				const all = await page.content();
				for (const secret of [note, handoverNote, 'Alleen zichtbaar voor de organisatie', 'plan ontbijt.pdf', 'antwoord.txt', '/bijlagen/']) assert.ok(!all.includes(secret), `a visitor does not see ${secret}`);
				assert.equal(await factIn(page.locator('section[aria-labelledby="besluit"] dl'), 'Reden'), reason);
				assert.ok((await text(page.locator('section[aria-labelledby="verloop"]'))).includes(answer), 'the conversation is public');
				assert.ok((await text(page.locator('section[aria-labelledby="verloop"]'))).includes('Er is een bijlage toegevoegd.'), 'the timeline says a file was added, not which');
				assert.equal(await page.locator('main form[method="POST"]').count(), 0, 'and it has no forms');
				const file = await page.request.get(server.url + attachment, { maxRedirects: 0 });
				assert.equal(file.status(), 404, 'the attachment stays with the parties');
			});
		}
	});

	it('the organisation closes the decided request', async () => {
		await decider.goto(server.url + path);
		const form = decider.locator('form[action="?/close"]');
		assert.equal(await text(decider.locator('#afsluiten')), 'Het verzoek afsluiten');
		assert.equal(await submitAndStatus(decider, form), 200);
		assert.equal(await notice(decider), 'Het verzoek is afgesloten.');
		assert.equal(await badge(decider), 'Afgesloten');
		assert.equal(await decider.locator('form[action="?/message"], form[action="?/close"], form[action="?/attach"]').count(), 0, 'a closed request takes no more messages');
		await checkShownPage(decider, 'nl', 'a closed request', { title: true });
	});
});

// ---- Who may not see or touch a private request -------------------------------------------------

describe('people who are no party to a private request', () => {
	let id = '';
	let attachment = '';
	let residentJar: Jar;
	let askerJar: Jar;

	before(async () => {
		[residentJar, askerJar] = await Promise.all([signedIn(resident), signedIn(initiative)]);
		const ids = await sendFormIds(askerJar);
		const res = await postMultipart(
			`/verzoeken/nieuw?organisatie=${deskSlug}`,
			{ ...ids, subject: 'Een privé verzoek om een bankje', description: 'Mag er een bankje komen bij de ingang van het dorpshuis?', areaId: '', desiredOn: '' },
			[{ field: 'files', name: 'schets.png', type: 'image/png', bytes: Buffer.from('89504e470d0a1a0a', 'hex') }],
			askerJar
		);
		assert.equal(res.status, 303, 'the initiative sends a request');
		id = new RegExp(`^/verzoeken/(${uuid})`).exec(res.headers.get('location') ?? '')?.[1] ?? '';
		assert.ok(id, 'the redirect leads to the request');
		attachment = new RegExp(`/verzoeken/${id}/bijlagen/${uuid}`).exec(await html(`/verzoeken/${id}`, askerJar))?.[0] ?? '';
		assert.ok(attachment, 'the request has its attachment');
	});

	it('a resident without memberships and a visitor get 404 on the page and on the attachment', async () => {
		for (const jar of [undefined, residentJar]) {
			assert.equal((await get(`/verzoeken/${id}`, jar)).status, 404);
			assert.equal((await get(attachment, jar)).status, 404);
		}
		assert.equal((await get(`/verzoeken/${id}/bijlagen/niet-een-id`, askerJar)).status, 404, 'a malformed id finds nothing');
		assert.equal((await get('/verzoeken/niet-een-id', askerJar)).status, 404);
		await withPage(resident, async (page) => {
			await visit(page, `/verzoeken/${id}`, 404, 'nl');
			assert.ok(!(await page.content()).includes('Een privé verzoek om een bankje'), 'the 404 page tells nothing of the request');
		});
		await withPage(undefined, (page) => visit(page, `/verzoeken/${id}`, 404, 'nl'));
	});

	it('a direct POST of any action by them is refused, and nothing changes', async () => {
		const attempts: [action: string, fields: Record<string, string>][] = [
			['acknowledge', { body: 'Gekaapt' }],
			['status', { status: 'waiting', body: 'Gekaapt' }],
			['handover', { handlerId: 'iemand', body: 'Gekaapt' }],
			['message', { body: 'Gekaapt bericht' }],
			['note', { body: 'Gekaapte notitie' }],
			['assess', { 'met-0': 'yes', 'note-0': 'Gekaapt' }],
			['decide', { decision: 'yes', reason: 'Gekaapt', conditions: '', alternative: '' }],
			['escalate', { reason: 'Gekaapt' }],
			['close', { body: 'Gekaapt' }],
			['publicity', { public: 'on' }]
		];
		for (const jar of [undefined, residentJar]) {
			const who = jar ? 'a resident' : 'a visitor';
			for (const [action, fields] of attempts) {
				const res = await postForm(server.url, `/verzoeken/${id}?/${action}`, fields, jar);
				assert.ok([401, 403, 404].includes(res.status), `${action} by ${who} answers ${res.status}`);
			}
			const attach = await postMultipart(`/verzoeken/${id}?/attach`, {}, [{ field: 'file', name: 'gekaapt.txt', type: 'text/plain', bytes: Buffer.from('Gekaapt') }], jar);
			assert.ok([401, 403, 404].includes(attach.status), `attach by ${who} answers ${attach.status}`);
		}
		const page = await html(`/verzoeken/${id}`, askerJar);
		assert.ok(!page.includes('Gekaapt') && !page.includes('gekaapt.txt'), 'nothing was written');
		assert.ok(page.includes('<span class="badge">Verstuurd</span>'), 'the request is still as it was sent');
	});

	it('a resident cannot send a request on behalf of an initiative they do not belong to', async () => {
		const ids = await sendFormIds(askerJar);
		const fields = { ...ids, subject: 'Gekaapt verzoek', description: 'Dit verzoek stuur ik namens een ander initiatief.' };
		const res = await postMultipart(`/verzoeken/nieuw?organisatie=${deskSlug}`, fields, [], residentJar);
		assert.equal(res.status, 403);
		const anonymous = await postMultipart(`/verzoeken/nieuw?organisatie=${deskSlug}`, fields, []);
		assert.ok(anonymous.status === 401 || (anonymous.status === 303 && (anonymous.headers.get('location') ?? '').startsWith('/inloggen')), `a visitor answers ${anonymous.status}`);
		assert.ok(!(await html('/verzoeken', askerJar)).includes('Gekaapt verzoek'), 'nothing was sent');
	});

	it('the initiative withdraws its request', async () => {
		await withPage(initiative, async (page) => {
			await page.goto(`${server.url}/verzoeken/${id}`);
			assert.equal(await text(page.locator('#afsluiten')), 'Het verzoek intrekken');
			assert.equal(await submitAndStatus(page, page.locator('form[action="?/close"]')), 200);
			assert.equal(await badge(page), 'Afgesloten');
			assert.ok((await text(page.locator('section[aria-labelledby="verloop"] li').last())).includes('Het initiatief heeft het verzoek ingetrokken.'));
			assert.deepEqual(await stepStates(page), ['Nog niet gedaan', 'Nog niet gedaan'], 'a withdrawn request owes nothing more');
		});
	});
});

// ---- The right to challenge ----------------------------------------------------------------------

describe('the right to challenge: each published criterion is assessed before the decision', () => {
	let path = '';

	before(async () => {
		const askerJar = await signedIn(initiative);
		const ids = await sendFormIds(askerJar);
		const res = await postMultipart(
			`/verzoeken/nieuw?organisatie=${deskSlug}`,
			{ ...ids, type: 'challenge', subject: 'Wij willen het groen rond het dorpshuis zelf onderhouden', description: 'Wij nemen het maaien en snoeien over, met vrijwilligers uit het dorp.', areaId: '', desiredOn: '' },
			[],
			askerJar
		);
		assert.equal(res.status, 303, 'the initiative sends a right-to-challenge request');
		path = (res.headers.get('location') ?? '').split('?')[0];
	});

	it('deciding first is refused; a criterion without a note is refused next to it; then the verdicts show', async () => {
		await withPage(coach, async (page) => {
			await visit(page, path, 200, 'nl');
			const assess = page.locator('form[action="?/assess"]');
			const criteria = await assess.locator('fieldset').count();
			assert.ok(criteria > 0, 'the form asks about each published criterion');

			const decide = page.locator('form[action="?/decide"]');
			await decide.locator('input[name="decision"][value="yes"]').check();
			await decide.locator('textarea[name="reason"]').fill('Een goed plan van het dorp.');
			assert.equal(await submitAndStatus(page, decide), 409);
			assert.ok((await text(alertOf(page))).includes('Beoordeel eerst elk criterium. Daarna kunt u besluiten.'));

			const last = criteria - 1;
			for (let i = 0; i < criteria; i++) {
				await assess.locator(`input[name="met-${i}"][value="${i === last ? 'no' : 'yes'}"]`).check();
				// Spaces pass the browser's own "required" check; the server trims them away.
				await assess.locator(`input[name="note-${i}"]`).fill(i === last ? '   ' : `Toelichting ${i + 1}`);
			}
			assert.equal(await submitAndStatus(page, assess), 400);
			assert.deepEqual(await summaryLinks(page), [{ href: `#field-note-${last}`, message: 'Vul dit veld in.', target: true }]);
			assert.equal(await text(page.locator(`#field-note-${last}-error`)), 'Vul dit veld in.');
			assert.ok(await assess.locator(`input[name="met-${last}"][value="no"]`).isChecked(), 'the verdicts are kept');
			assert.equal(await assess.locator('input[name="note-0"]').inputValue(), 'Toelichting 1');
			await checkShownPage(page, 'nl', 'the assessment with a missing note', { title: true });

			await assess.locator(`input[name="note-${last}"]`).fill('Dit weten we nog niet.');
			assert.equal(await submitAndStatus(page, assess), 200);
			assert.equal(await notice(page), 'De beoordeling is opgeslagen.');
			const verdicts = await page.locator('section[aria-labelledby="uitdaagrecht"] tbody tr td:first-of-type').allTextContents();
			assert.deepEqual(verdicts.map((v) => v.trim()), [...Array(last).fill('Ja, voldaan'), 'Nee, niet voldaan']);

			await decide.locator('input[name="decision"][value="yes_with_conditions"]').check();
			await decide.locator('textarea[name="reason"]').fill('Een goed plan van het dorp.');
			await decide.locator('textarea[name="conditions"]').fill('U sluit een vrijwilligersverzekering af.');
			assert.equal(await submitAndStatus(page, decide), 200);
			assert.equal(await badge(page), 'Besluit genomen');
		});
		const seen = await html(path, await signedIn(initiative));
		assert.ok(seen.includes('Dit weten we nog niet.'), 'the initiative reads each verdict');
		assert.ok(seen.includes('Het voorstel is beoordeeld.'), 'and the assessment in the timeline');
	});
});

// ---- Every page in both languages ---------------------------------------------------------------

describe('the request pages without JavaScript, in Dutch and in English', () => {
	/** Requests from the demo as the organisation lists them, each with its own state and forms. */
	async function demoRequests(jar: Jar): Promise<string[]> {
		return [...new Set(listed(await html('/verzoeken', jar), 'ontvangen'))].slice(0, 6);
	}

	for (const lang of ['nl', 'en'] as const) {
		it(`"Mijn verzoeken", the send form and the demo's requests for the initiative [${lang}]`, async () => {
			await withPage(
				initiative,
				async (page) => {
					await visit(page, '/verzoeken', 200, lang);
					assert.equal(await text(page.locator('h1')), lang === 'nl' ? 'Mijn verzoeken' : 'My requests');
					const sent = listed(await page.content(), 'verstuurd').slice(0, 4);
					await visit(page, '/verzoeken/nieuw', 200, lang);
					await visit(page, `/verzoeken/nieuw?organisatie=${deskSlug}`, 200, lang);
					assert.equal(await text(page.locator('#verwachten')), lang === 'nl' ? `Wat kunt u verwachten van ${municipality}?` : `What can you expect from ${municipality}?`);
					for (const id of sent) await visit(page, `/verzoeken/${id}`, 200, lang);
				},
				lang
			);
		});

		it(`the organisation's list and each demo request with its forms [${lang}]`, async () => {
			const ids = await demoRequests(await signedIn(coach));
			assert.ok(ids.length > 0, 'the municipality has received requests in the demo');
			await withPage(
				coach,
				async (page) => {
					await visit(page, '/verzoeken', 200, lang);
					for (const id of ids) {
						await visit(page, `/verzoeken/${id}`, 200, lang);
						assert.equal(await text(page.locator('#belofte')), lang === 'nl' ? 'Wat is beloofd? En is het op tijd gedaan?' : 'What was promised? And was it done on time?');
					}
				},
				lang
			);
		});
	}

	it('the English pages speak English, also to a visitor of a public request', async () => {
		const jar = await signedIn(initiative);
		const sent = listed(await html('/verzoeken', jar), 'verstuurd');
		let shown = 0;
		await withPage(
			undefined,
			async (page) => {
				for (const id of sent) {
					const res = await page.goto(`${server.url}/verzoeken/${id}`);
					if (res?.status() !== 200) continue;
					shown++;
					await checkShownPage(page, 'en', `a public request [en]`, { title: true });
					assert.equal(await text(page.locator('#verloop')), 'What happened?');
					assert.ok((await text(page.locator('main'))).includes('Both parties agree that anyone may read this request.'));
				}
			},
			'en'
		);
		assert.ok(shown > 0, 'at least one request is public');
	});
});
