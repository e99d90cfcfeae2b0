/**
 * Residents' input ("inbreng") and the programme, in a real Chromium with JavaScript OFF: every
 * page answers with the expected status, in Dutch and in English, with no axe (WCAG 2.2 AA)
 * violations; a guest gives input and stops the e-mail by the link in it; bad input is refused
 * with the messages next to the fields; the facilitator types in meeting notes, answers an input
 * and links one to an action, and every step shows on the input's trace page; and people who do
 * not facilitate may not do any of that.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'playwright-core';
import {
	checkShownPage,
	coordinator,
	Jar,
	launchBrowser,
	newestMail,
	openPage,
	people,
	postForm,
	startServer,
	submitAndStatus,
	summaryLinks,
	usingPage,
	visitChecked,
	waitForOutbox,
	type Lang,
	type Server
} from './support.ts';

const resident = 'inwoner@example.org';
const space = 'burgerinbreng-regioplan-2026';
const list = `/ruimtes/${space}/inbreng`;
/** A planned action with few inputs behind it, so a newly linked one is listed on its page. */
const actionSlug = 'een-vaste-groep-ervaringsdeskundigen';

let server: Server;
let browser: Browser;
const { signedIn, get, html } = people(() => ({ server, browser }));
/** Read from the demo's own pages before the tests: one input of each kind of trace, and more. */
const known = { takenUp: '', notTakenUp: '', hidden: '', received: '', spearhead: '', gathering: '', gatheringTitle: '' };

// ---- Helpers ------------------------------------------------------------------------------------

const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
const notice = (page: Page) => text(page.locator('main .utrecht-alert--ok[role="status"]'));
const alertOf = (page: Page) => page.locator('main [role="alert"]');

/** The id of the first input in a list page's cards (not the funnel's "waiting longest" links). */
function firstInput(page: string, what: string): string {
	const id = /<ul class="card-list">[\s\S]*?href="\/inbreng\/([0-9a-f-]{36})"/.exec(page)?.[1];
	assert.ok(id, `the list shows ${what}`);
	return id;
}

const personPage = (email?: string, lang: Lang = 'nl') => openPage(browser, server.url, { email, lang, start: list });

const withPage = <T>(email: string | undefined, run: (page: Page) => Promise<T>, lang: Lang = 'nl') => usingPage(personPage(email, lang), run);

const visit = (page: Page, path: string, status: number, lang: Lang) => visitChecked(page, server.url, path, status, lang);

/** "150 keer inbreng gevonden" on the list page, as a number. */
async function inputCount(page: Page): Promise<number> {
	await page.goto(server.url + list);
	const shown = await text(page.locator('main p[role="status"]'));
	const count = /^(\d+) keer inbreng gevonden$/.exec(shown)?.[1];
	assert.ok(count, `the list says how many inputs it holds: ${JSON.stringify(shown)}`);
	return Number(count);
}

// ---- Setup --------------------------------------------------------------------------------------

before(async () => {
	[server, browser] = await Promise.all([startServer(), launchBrowser()]);
	known.takenUp = firstInput(await html(`${list}?status=taken_up`), 'an input taken up in an action');
	known.notTakenUp = firstInput(await html(`${list}?status=not_taken_up`), 'an input answered "not taken up"');
	known.hidden = firstInput(await html(`${list}?status=hidden`), 'a hidden input');
	known.received = firstInput(await html(`${list}?status=received`), 'an input that waits for an answer');
	known.spearhead = /href="\/speerpunten\/([0-9a-f-]{36})"/.exec(await html(`/ruimtes/${space}/speerpunten`))?.[1] ?? '';
	assert.ok(known.spearhead, 'the space has spearheads');
	const manage = await html(`${list}/beheer`, await signedIn(coordinator));
	const select = /<select[^>]*name="gatheringId"[^>]*>([\s\S]*?)<\/select>/.exec(manage)?.[1] ?? '';
	const option = /<option value="([0-9a-f-]{36})"[^>]*>([^<]+)</.exec(select);
	assert.ok(option, 'the notes form offers the space’s gatherings');
	[known.gathering, known.gatheringTitle] = [option[1], option[2].trim()];
});

after(async () => {
	await browser?.close();
	await server?.stop();
});

// ---- Every page, without JavaScript -------------------------------------------------------------

describe('input and programme pages without JavaScript, in Dutch', () => {
	describe('anonymous visitor', () => {
		let page: Page;
		before(async () => {
			page = await personPage();
		});
		after(() => page?.context().close());

		const pages: [label: string, path: () => string, status: number][] = [
			['the list with the funnel', () => list, 200],
			['the list filtered by kind, second page', () => `${list}?kind=wish&page=2`, 200],
			['the list filtered by status', () => `${list}?status=not_taken_up`, 200],
			['the submit form', () => `${list}/geven`, 200],
			['the trace of an input taken up in an action', () => `/inbreng/${known.takenUp}`, 200],
			['the trace of an input not taken up', () => `/inbreng/${known.notTakenUp}`, 200],
			['the trace of a hidden input', () => `/inbreng/${known.hidden}`, 200],
			['the spearheads', () => `/ruimtes/${space}/speerpunten`, 200],
			['a spearhead', () => `/speerpunten/${known.spearhead}`, 200],
			['the programme', () => `/ruimtes/${space}/programma`, 200],
			['an action', () => `/acties/${actionSlug}`, 200],
			['the stop-following page (it changes nothing by itself)', () => '/inbreng/volgen/geen-geldige-link', 200],
			['an input that does not exist', () => '/inbreng/00000000-0000-4000-8000-000000000000', 404]
		];
		for (const [label, path, status] of pages) it(`${label} (${status})`, () => visit(page, path(), status, 'nl'));

		it('the list shows the funnel, the count and pages that keep the filter', async () => {
			await page.goto(`${server.url}${list}?kind=wish`);
			assert.equal(await text(page.locator('#trechter')), 'Wat is er met alle inbreng gedaan?');
			assert.match(await text(page.locator('dl.funnel')), /Ontvangen\s*\d+/);
			assert.equal(await page.locator('select[name="kind"] option:checked').textContent(), 'Wens', 'the chosen kind stays selected');
			const pages = page.locator('nav[aria-label="Pagina’s"]');
			assert.match(await text(pages), /Pagina 1 van \d+/);
			await Promise.all([page.waitForNavigation(), pages.getByRole('link', { name: 'Volgende' }).click()]);
			const url = new URL(page.url());
			assert.equal(url.searchParams.get('page'), '2');
			assert.equal(url.searchParams.get('kind'), 'wish', 'the filter is kept');
			for (const meta of await page.locator('main .card .card-meta').allTextContents()) assert.match(meta, /^Wens · /);
		});

		it('a hidden input shows why, never its text; a guest gets no answer or moderation form', async () => {
			await page.goto(`${server.url}/inbreng/${known.hidden}`);
			assert.match(await text(page.locator('main')), /Deze inbreng is verborgen\. De reden: /);
			assert.equal(await page.locator('main blockquote').count(), 0);
			await page.goto(`${server.url}/inbreng/${known.received}`);
			assert.equal(await page.locator('form[action="?/close"], form[action="?/hide"], form[action="?/group"]').count(), 0);
			assert.equal(await page.locator('form[action="?/follow"]').count(), 1, 'anyone may follow it');
		});
	});

	describe(`facilitator (${coordinator})`, () => {
		let page: Page;
		before(async () => {
			page = await personPage(coordinator);
		});
		after(() => page?.context().close());

		const pages: [label: string, path: () => string, status: number][] = [
			['the list with the link to processing', () => list, 200],
			['an input waiting for an answer, with every form', () => `/inbreng/${known.received}`, 200],
			['an input answered, with the withdraw button', () => `/inbreng/${known.notTakenUp}`, 200],
			['a hidden input, with its text for moderators', () => `/inbreng/${known.hidden}`, 200],
			['processing input', () => `${list}/beheer`, 200],
			['proposals for spearheads', () => `${list}/voorstellen`, 200],
			['the spearheads with the form for a new one', () => `/ruimtes/${space}/speerpunten`, 200],
			['a spearhead with rename, add, remove, split and merge', () => `/speerpunten/${known.spearhead}`, 200],
			['the programme with the pillar and programme forms', () => `/ruimtes/${space}/programma`, 200],
			['a new action', () => `/ruimtes/${space}/programma/nieuwe-actie`, 200],
			['an action with progress, news, links and anchors', () => `/acties/${actionSlug}`, 200],
			['changing an action', () => `/acties/${actionSlug}/bewerken`, 200]
		];
		for (const [label, path, status] of pages) it(`${label} (${status})`, () => visit(page, path(), status, 'nl'));

		it('the CSV export downloads every input with a Dutch header', async () => {
			const res = await page.request.get(`${server.url}${list}/export.csv`);
			assert.equal(res.status(), 200);
			assert.equal(res.headers()['content-type'], 'text/csv; charset=utf-8');
			assert.match(res.headers()['content-disposition'] ?? '', /attachment/);
			const lines = (await res.text()).trim().split(/\r?\n/);
			assert.equal(lines[0], 'Nummer,Soort,Tekst,Gebied,Bron,Status,Reden,Gegeven op');
			assert.ok(lines.length > 100, 'one row per input');
		});
	});
});

describe('input and programme pages without JavaScript, in English', () => {
	const pages: [label: string, path: () => string, heading: string][] = [
		['the list', () => list, 'Input'],
		['the submit form', () => `${list}/geven`, 'Give your input'],
		['the trace of an input', () => `/inbreng/${known.takenUp}`, 'What was done with this input?'],
		['an action', () => `/acties/${actionSlug}`, 'Why this action exists']
	];

	describe('anonymous visitor', () => {
		let page: Page;
		before(async () => {
			page = await personPage(undefined, 'en');
		});
		after(() => page?.context().close());

		for (const [label, path, heading] of pages)
			it(`${label} is in English`, async () => {
				await visit(page, path(), 200, 'en');
				assert.ok(await page.locator('main h1, main h2').filter({ hasText: heading }).count(), `the page says "${heading}"`);
			});

		it('the list’s count and funnel are in English too', async () => {
			await page.goto(server.url + list);
			assert.match(await text(page.locator('main p[role="status"]')), /^\d+ inputs found$/);
			assert.equal(await text(page.locator('#trechter')), 'What was done with all input?');
		});
	});

	describe('facilitator', () => {
		it('processing input and the trace page’s forms are in English', async () => {
			await withPage(
				coordinator,
				async (page) => {
					await visit(page, `${list}/beheer`, 200, 'en');
					assert.equal(await text(page.locator('h1')), 'Process input');
					await visit(page, `/inbreng/${known.received}`, 200, 'en');
					assert.equal(await text(page.locator('#antwoord')), 'Give an answer');
				},
				'en'
			);
		});
	});
});

// ---- A guest gives input and stops the e-mail ---------------------------------------------------

describe('a resident without an account gives input and follows it by e-mail', () => {
	const email = 'gast.inbreng@example.org';
	const said = 'Een bankje bij de bushalte aan de Dorpsstraat, voor wie slecht ter been is.';
	let page: Page;
	let trace = '';

	before(async () => {
		page = await personPage();
	});
	after(() => page?.context().close());

	it('the form sends the input and leads to its trace page with the thank-you and "Ontvangen"', async () => {
		await page.goto(`${server.url}${list}/geven`);
		const form = page.locator('main form[method="POST"]');
		await form.locator('input[name="kind"][value="idea"]').check();
		await form.locator('textarea[name="text"]').fill(said);
		await form.locator('select[name="areaId"]').selectOption({ label: 'Aadorp' });
		await form.getByLabel('Ontmoeting', { exact: true }).check();
		await form.locator('input[name="email"]').fill(email);
		assert.equal(await submitAndStatus(page, form), 303, 'a good form is answered with a redirect');

		const url = new URL(page.url());
		assert.match(url.pathname, /^\/inbreng\/[0-9a-f-]{36}$/);
		assert.equal(url.searchParams.get('gegeven'), 'mail');
		trace = url.pathname;
		const number = /^Inbreng (\d+)$/.exec(await text(page.locator('h1')))?.[1];
		assert.ok(number, 'the page is titled with the input’s number');
		assert.equal(
			await notice(page),
			`Dank u wel! Uw inbreng is ontvangen als inbreng ${number}. Bewaar het adres van deze pagina. Hier ziet u altijd wat er met uw inbreng is gedaan. We hebben u een e-mail gestuurd met de link naar deze pagina.`
		);
		assert.equal(await text(page.locator('main blockquote')), said);
		assert.equal(await text(page.locator('#wat-ermee-gedaan')), 'Wat is er met deze inbreng gedaan?');
		assert.equal(await text(page.locator('main .badge')), 'Ontvangen');
		const facts = await text(page.locator('dl.facts'));
		for (const fact of ['Idee', 'Online gegeven', 'Aadorp', 'Ontmoeting']) assert.ok(facts.includes(fact), `the page shows "${fact}"`);
		await checkShownPage(page, 'nl', 'the trace page with the thank-you', { title: true });
	});

	it('the outbox holds the letter with the trace link and the stop link; the stop link ends the e-mail', async () => {
		assert.ok(trace, 'the input was given');
		const mail = await newestMail(server.url, email, 'is ontvangen');
		assert.ok(mail, 'the guest got a letter');
		assert.ok(mail.text.includes(said), 'the letter quotes the input');
		assert.ok(mail.links.includes(server.url + trace), `the letter links to the trace page: ${mail.links.join(', ')}`);
		const stop = mail.links.find((l) => l.startsWith(`${server.url}/inbreng/volgen/`));
		assert.ok(stop, 'the letter holds a stop link');

		// As a reader of the mail would: on the outbox page, follow the link.
		await page.goto(`${server.url}/demo/uitgaande-post`);
		const card = page.locator('main li.card', { hasText: email }).first();
		assert.equal(await card.locator(`a[href="${server.url}${trace}"]`).count(), 1, 'the outbox shows the trace link');
		await Promise.all([page.waitForNavigation(), card.locator(`a[href="${stop}"]`).click()]);
		assert.equal(await text(page.locator('h1')), 'Stoppen met volgen');
		assert.equal(await text(page.locator('main p.utrecht-paragraph').first()), 'Wilt u geen e-mail meer over deze inbreng?');
		await checkShownPage(page, 'nl', 'the stop-following page', { title: true });

		assert.equal(await submitAndStatus(page, page.locator('main form[method="POST"]')), 200);
		assert.equal(await notice(page), 'U krijgt geen e-mail meer over deze inbreng.');
		assert.equal(await page.locator(`main a[href="${trace}"]`).count(), 1, 'a link leads back to the input');
		await checkShownPage(page, 'nl', 'the stop-following page after stopping', { title: true });

		const again = await postForm(server.url, new URL(stop).pathname, {});
		assert.equal(again.status, 404, 'the link works once');
	});

	it('after stopping, a new status reaches someone who still follows, not the guest', async () => {
		assert.ok(trace, 'the input was given');
		const neighbour = 'buur.volgt@example.org';
		await page.goto(server.url + trace);
		const follow = page.locator('form[action="?/follow"]');
		await follow.locator('input[name="email"]').fill(neighbour);
		assert.equal(await submitAndStatus(page, follow), 200);
		assert.equal(await notice(page), 'U volgt deze inbreng. We hebben u een e-mail gestuurd.');
		await checkShownPage(page, 'nl', 'the trace page after following', { title: true });

		const coop = await signedIn(coordinator);
		const closed = await postForm(server.url, `${trace}?/close`, { closure: 'already_exists', reason: 'Er komt al een bankje, de gemeente plaatst het deze zomer.', url: '' }, coop);
		assert.equal(closed.status, 200);
		const news = (to: string) => (m: { recipient: string; subject: string }) => m.recipient === to && m.subject.startsWith('Nieuws over inbreng');
		const mails = await waitForOutbox(server.url, (all) => all.some(news(neighbour)));
		assert.equal(mails.filter(news(neighbour)).length, 1, 'the neighbour who follows is told');
		assert.equal(mails.filter(news(email)).length, 0, 'the guest who stopped is not');
	});
});

// ---- Bad input ----------------------------------------------------------------------------------

describe('bad input on the submit form', () => {
	it('empty text and no kind answer 400 with linked messages, keep what was typed, and create nothing', async () => {
		await withPage(undefined, async (page) => {
			const before = await inputCount(page);
			await page.goto(`${server.url}${list}/geven`);
			const form = page.locator('main form[method="POST"]');
			// Spaces pass the browser's own "required" check; the server trims them away.
			await form.locator('textarea[name="text"]').fill('   ');
			await form.locator('select[name="areaId"]').selectOption({ label: 'Aadorp' });
			await form.getByLabel('Ontmoeting', { exact: true }).check();
			await form.locator('input[name="email"]').fill('bewaard@example.org');
			assert.equal(await submitAndStatus(page, form), 400);

			assert.equal(await alertOf(page).count(), 1, 'one error summary');
			assert.deepEqual(await summaryLinks(page), [
				{ href: '#field-kind', message: 'Kies een van de mogelijkheden.', target: true },
				{ href: '#field-text', message: 'Schrijf minstens een paar woorden.', target: true }
			]);
			assert.equal(await text(page.locator('#field-text-error')), 'Schrijf minstens een paar woorden.');
			assert.equal(await page.locator('#field-text').getAttribute('aria-invalid'), 'true');
			assert.match((await page.locator('#field-text').getAttribute('aria-describedby')) ?? '', /field-text-error/);
			assert.equal(await page.locator('#field-kind').getAttribute('aria-describedby'), 'field-kind-error');
			assert.equal(await page.locator('input[name="email"]').inputValue(), 'bewaard@example.org', 'the address is kept');
			assert.equal(await page.locator('select[name="areaId"] option:checked').textContent(), 'Aadorp', 'the area is kept');
			assert.ok(await page.getByLabel('Ontmoeting', { exact: true }).isChecked(), 'the theme is kept');
			await checkShownPage(page, 'nl', 'the submit form with errors', { title: true });

			// Typed text comes back too, and a chosen kind.
			await form.locator('textarea[name="text"]').fill('ok');
			await form.locator('input[name="kind"][value="question"]').check();
			assert.equal(await submitAndStatus(page, form), 400);
			assert.equal(await page.locator('textarea[name="text"]').inputValue(), 'ok');
			assert.ok(await page.locator('input[name="kind"][value="question"]').isChecked(), 'the kind is kept');

			assert.equal(await inputCount(page), before, 'nothing was created');
		});
	});

	it('the messages come back in English for an English page', async () => {
		const jar = new Jar();
		jar.cookies.set('lang', 'en');
		const res = await postForm(server.url, `${list}/geven`, { kind: '', text: '', email: 'geen-adres' }, jar);
		assert.equal(res.status, 400);
		const body = await res.text();
		for (const part of ['Write at least a few words.', 'Choose one of the options.', 'href="#field-kind"', 'href="#field-email"']) assert.ok(body.includes(part), `the page holds ${part}`);
	});
});

// ---- The facilitator types in meeting notes ----------------------------------------------------

describe('the facilitator types in the notes of a gathering', () => {
	let page: Page;
	before(async () => {
		page = await personPage(coordinator);
	});
	after(() => page?.context().close());

	async function review(notes: string, defaultKind: string): Promise<Locator> {
		await page.goto(`${server.url}${list}/beheer`);
		const form = page.locator('form[action="?/review"]');
		await form.locator('textarea[name="notes"]').fill(notes);
		await form.locator(`input[name="defaultKind"][value="${defaultKind}"]`).check();
		await form.locator('select[name="gatheringId"]').selectOption(known.gathering);
		assert.equal(await submitAndStatus(page, form), 200);
		return page.locator('form[action="?/save"]');
	}

	it('three pasted notes are split for review, one kind is changed, and the list shows them', async () => {
		const before = await inputCount(page);
		const form = await review('W: meer bankjes bij de kerk\n\nZ: de bus rijdt te weinig\neen plek voor jongeren\n', 'idea');
		assert.equal(await text(page.locator('main h3')), 'Kijk de briefjes na');
		const texts = await form.locator('input[name^="text-"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
		assert.deepEqual(texts, ['meer bankjes bij de kerk', 'de bus rijdt te weinig', 'een plek voor jongeren'], 'one note per line, without its prefix');
		const kinds = await form.locator('input[type="radio"]:checked').evaluateAll((inputs) => inputs.map((i) => `${(i as HTMLInputElement).name}=${(i as HTMLInputElement).value}`));
		assert.deepEqual(kinds, ['kind-0=wish', 'kind-1=concern', 'kind-2=idea'], 'W: and Z: set the kind; a line without one gets the default');
		await checkShownPage(page, 'nl', 'the notes under review', { title: true });

		await form.locator('input[name="kind-2"][value="question"]').check();
		assert.equal(await submitAndStatus(page, form), 200);
		assert.equal(await notice(page), '3 briefjes opgeslagen.');
		assert.equal(await page.locator('form[action="?/review"]').count(), 1, 'the empty notes form is back');

		assert.equal(await inputCount(page), before + 3);
		const cards = page.locator('main .card-list .card');
		const newest = await Promise.all([0, 1, 2].map(async (n) => [await text(cards.nth(n).locator('.card-meta')), await text(cards.nth(n).locator('.input-text')), await text(cards.nth(n).locator('.badge'))]));
		assert.deepEqual(
			newest.map(([meta, said, status]) => [meta.split(' · ')[0], said, status]),
			[
				['Vraag', 'een plek voor jongeren', 'Ontvangen'],
				['Zorg', 'de bus rijdt te weinig', 'Ontvangen'],
				['Wens', 'meer bankjes bij de kerk', 'Ontvangen']
			]
		);
		await Promise.all([page.waitForNavigation(), cards.nth(0).locator('h3 a').click()]);
		assert.equal(await text(page.locator('dl.facts dd').nth(2)), `Op de bijeenkomst ${known.gatheringTitle}`, 'the input says which gathering it came from');
	});

	it('a line made empty in review answers 400 with that line’s message, and saves nothing', async () => {
		const before = await inputCount(page);
		const form = await review('V: waar kan ik parkeren bij het dorpshuis\nI: een buurtapp voor de straat', 'wish');
		await form.locator('input[name="text-1"]').fill('  ');
		assert.equal(await submitAndStatus(page, form), 400);
		assert.deepEqual(await summaryLinks(page), [{ href: '#field-text-1', message: 'Schrijf minstens een paar woorden.', target: true }]);
		assert.equal(await text(page.locator('#field-text-1-error')), 'Schrijf minstens een paar woorden.');
		assert.equal(await page.locator('#field-text-1').getAttribute('aria-invalid'), 'true');
		assert.equal(await page.locator('input[name="text-0"]').inputValue(), 'waar kan ik parkeren bij het dorpshuis', 'the other line is kept');
		assert.ok(await page.locator('input[name="kind-0"][value="question"]').isChecked(), 'and its kind');
		await checkShownPage(page, 'nl', 'the review with an empty line', { title: true });
		assert.equal(await inputCount(page), before, 'nothing was saved');
	});

	it('a CSV file with "soort" and "tekst" is imported; a file without them is refused with 400', async () => {
		const before = await inputCount(page);
		await page.goto(`${server.url}${list}/beheer`);
		const form = page.locator('form[action="?/import"]');
		await form.locator('input[name="file"]').setInputFiles({ name: 'briefjes.csv', mimeType: 'text/csv', buffer: Buffer.from('soort;tekst\nwens;Een watertappunt bij het speelveld\nvraag;Wanneer gaat de bieb weer open?\n') });
		assert.equal(await submitAndStatus(page, form), 200);
		assert.equal(await notice(page), '2 briefjes opgeslagen.');
		assert.equal(await inputCount(page), before + 2);

		await page.goto(`${server.url}${list}/beheer`);
		await form.locator('input[name="file"]').setInputFiles({ name: 'fout.csv', mimeType: 'text/csv', buffer: Buffer.from('naam,opmerking\nPiet,Meer groen\n') });
		assert.equal(await submitAndStatus(page, form), 400);
		assert.deepEqual(await summaryLinks(page), [{ href: '#csv-file', message: 'Het bestand heeft geen kolommen "soort" en "tekst".', target: true }]);
		await checkShownPage(page, 'nl', 'the CSV import with an error', { title: true });
	});
});

// ---- Answers and links, shown on the trace page -------------------------------------------------

describe('the facilitator answers an input and links one to an action', () => {
	let page: Page;
	before(async () => {
		page = await personPage(coordinator);
	});
	after(() => page?.context().close());

	it('"niet overgenomen" needs a reason (400); with one, the trace page shows it, also to a guest', async () => {
		const id = firstInput(await html(`${list}?status=received`), 'an input that waits for an answer');
		await page.goto(`${server.url}/inbreng/${id}`);
		const form = page.locator('form[action="?/close"]');
		await form.locator('input[name="closure"][value="not_taken_up"]').check();
		await form.locator('textarea[name="reason"]').fill('  ');
		assert.equal(await submitAndStatus(page, form), 400);
		assert.deepEqual(await summaryLinks(page), [{ href: '#field-reason', message: 'Geef een reden.', target: true }]);
		assert.equal(await text(page.locator('#field-reason-error')), 'Geef een reden.');
		assert.ok(await form.locator('input[name="closure"][value="not_taken_up"]').isChecked(), 'the chosen answer is kept');
		await checkShownPage(page, 'nl', 'the answer form without a reason', { title: true });
		assert.equal(await text(page.locator('main .badge')), 'Ontvangen', 'nothing changed');

		const reason = 'Dit past niet in het regioplan. De gemeente neemt het mee in het verkeersplan.';
		await form.locator('textarea[name="reason"]').fill(reason);
		assert.equal(await submitAndStatus(page, form), 200);
		assert.equal(await notice(page), 'Opgeslagen.');
		assert.equal(await text(page.locator('main .badge')), 'Niet overgenomen');
		assert.equal(await text(page.locator('ol.steps li').last().locator('strong')), 'Niet overgenomen');
		assert.ok((await text(page.locator('ol.steps li').last())).endsWith(`De reden: ${reason}`), 'the last step gives the reason');
		assert.equal(await page.locator('form[action="?/reopen"]').count(), 1, 'the answer can be withdrawn');

		await withPage(undefined, async (guest) => {
			await guest.goto(`${server.url}/inbreng/${id}`);
			assert.equal(await text(guest.locator('main .badge')), 'Niet overgenomen');
			assert.ok((await text(guest.locator('ol.steps'))).includes(`De reden: ${reason}`), 'a guest reads the reason');
			assert.equal(await guest.locator('form[action="?/reopen"], form[action="?/close"]').count(), 0);
		});
	});

	it('an input linked by number to an action says "Opgenomen in actie …" on its trace page', async () => {
		const listed = await html(`${list}?status=received`);
		const id = firstInput(listed, 'an input that waits for an answer');
		const number = new RegExp(`href="/inbreng/${id}">Inbreng (\\d+)<`).exec(listed)?.[1];
		assert.ok(number, 'the list shows the input’s number');

		await page.goto(`${server.url}/acties/${actionSlug}`);
		const title = await text(page.locator('h1'));
		const pillar = (await text(page.locator('.utrecht-pre-heading'))).split('Pijler: ')[1];
		const form = page.locator('form[action="?/link"]');
		await form.locator('input[name="inputNumber"]').fill('99999');
		assert.equal(await submitAndStatus(page, form), 400, 'a number that is no input here is refused');
		assert.deepEqual(await summaryLinks(page), [{ href: '#field-inputNumber', message: 'Er is geen inbreng met dit nummer in deze ruimte.', target: true }]);
		await checkShownPage(page, 'nl', 'the link form with a wrong number', { title: true });

		await form.locator('input[name="inputNumber"]').fill(number);
		assert.equal(await submitAndStatus(page, form), 200);
		assert.equal(await notice(page), 'Opgeslagen.');
		const linked = page.locator('section[aria-labelledby="waarom"] li', { has: page.locator(`a[href="/inbreng/${id}"]`) });
		assert.match(await text(linked), /\(direct gekoppeld\)/);

		for (const who of [coordinator, undefined]) {
			await withPage(who, async (p) => {
				await p.goto(`${server.url}/inbreng/${id}`);
				assert.equal(await text(p.locator('main .badge')), 'Opgenomen in een actie');
				const step = p.locator('ol.steps a', { hasText: 'Opgenomen in actie' });
				assert.equal(await text(step), `Opgenomen in actie "${title}" (pijler ${pillar})`);
				assert.equal(await step.getAttribute('href'), `/acties/${actionSlug}`);
				assert.equal(await p.locator('form[action="?/close"]').count(), 0, 'an input in an action cannot be answered "no"');
			});
		}
	});
});

// ---- What people who do not facilitate may not do ----------------------------------------------

describe('what people who do not facilitate may not do', () => {
	const facilitatorPages = [`${list}/beheer`, `${list}/voorstellen`, `/ruimtes/${space}/programma/nieuwe-actie`, `/acties/${actionSlug}/bewerken`];

	it('a resident gets 403 on the facilitator pages and the export; a guest is sent to sign in', async () => {
		await withPage(resident, async (page) => {
			for (const path of facilitatorPages) {
				const response = await page.goto(server.url + path);
				assert.equal(response?.status(), 403, path);
				assert.equal(await text(page.locator('h1')), 'Geen toegang');
			}
			await checkShownPage(page, 'nl', 'the 403 page', { title: true });
			const csv = await page.request.get(`${server.url}${list}/export.csv`, { maxRedirects: 0 });
			assert.equal(csv.status(), 403);
		});
		await withPage(undefined, async (page) => {
			await page.goto(`${server.url}${list}/beheer`);
			const url = new URL(page.url());
			assert.equal(url.pathname, '/inloggen');
			assert.equal(url.searchParams.get('next'), `${list}/beheer`);
		});
		for (const path of facilitatorPages) {
			const res = await get(path);
			assert.equal(res.status, 303, `${path} anonymously`);
			assert.equal(res.headers.get('location'), `/inloggen?next=${encodeURIComponent(path)}`);
		}
		assert.equal((await get(`${list}/export.csv`)).status, 401);
	});

	it('a guest or a resident posting to a facilitator form gets 401 or 403, and nothing changes', async () => {
		const residentJar = await signedIn(resident);
		const id = firstInput(await html(`${list}?status=received`), 'an input that waits for an answer');
		const attempts: [path: string, fields: Record<string, string>][] = [
			[`/inbreng/${id}?/hide`, { reason: 'Gekaapt' }],
			[`/inbreng/${id}?/close`, { closure: 'not_taken_up', reason: 'Gekaapt' }],
			[`/inbreng/${id}?/group`, { spearheadId: known.spearhead }],
			[`/inbreng/${known.notTakenUp}?/reopen`, {}],
			[`/inbreng/${known.hidden}?/unhide`, {}],
			[`/speerpunten/${known.spearhead}?/rename`, { title: 'Gekaapt speerpunt', description: '' }],
			[`/acties/${actionSlug}?/progress`, { status: 'done', progress: '100', stopReason: '', startsOn: '', endsOn: '' }],
			[`/acties/${actionSlug}?/link`, { inputNumber: '1' }],
			[`/ruimtes/${space}/programma?/pillar`, { title: 'Gekaapte pijler', description: '' }]
		];
		for (const [path, fields] of attempts) {
			const anonymous = await postForm(server.url, path, fields);
			assert.ok([401, 403].includes(anonymous.status), `${path} anonymously answers ${anonymous.status}`);
			const asResident = await postForm(server.url, path, fields, residentJar);
			assert.equal(asResident.status, 403, `${path} as a resident`);
		}
		// Where the page itself is for facilitators only, the refusal ends on the sign-in page.
		const note = { count: '1', gatheringId: '', 'text-0': 'Gekaapt briefje', 'kind-0': 'wish' };
		const save = await postForm(server.url, `${list}/beheer?/save`, note);
		assert.equal(save.status, 303);
		assert.match(save.headers.get('location') ?? '', /^\/inloggen\?next=/);
		assert.equal((await postForm(server.url, `${list}/beheer?/save`, note, residentJar)).status, 403);

		const foreign = await postForm(server.url, `/inbreng/${id}?/hide`, { reason: 'Gekaapt' }, undefined, { origin: 'https://elders.example.org' });
		assert.equal(foreign.status, 403, 'a post from another site is refused');

		assert.ok((await html(`/inbreng/${id}`)).includes('<span class="badge">Ontvangen</span>'), 'the input still waits for an answer');
		assert.ok(!(await html(list)).includes('Gekaapt'), 'nothing hijacked is listed');
		assert.ok(!(await html(`/ruimtes/${space}/programma`)).includes('Gekaapte pijler'));
		assert.ok(!(await html(`/speerpunten/${known.spearhead}`)).includes('Gekaapt speerpunt'));
	});
});
