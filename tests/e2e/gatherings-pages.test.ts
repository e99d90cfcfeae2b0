/**
 * Every gatherings page, in a real Chromium with JavaScript OFF, in Dutch and in English, as an
 * anonymous visitor, a resident who takes part and the organiser: each must answer with the
 * expected status, carry one <h1> and <html lang> of its language, use every id once, label every
 * field, and have no axe (WCAG 2.2 AA) violations, also when a form comes back with errors.
 * Then what these pages show: the agenda's filters and paging, the online link, JSON-LD.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'playwright-core';
import {
	checkShownPage,
	coordinator,
	launchBrowser,
	newestMail,
	newPage,
	people,
	postForm,
	signInWithPassword,
	startServer,
	submit,
	submitAndStatus,
	switchLanguage,
	visitChecked,
	type Lang,
	type Server
} from './support.ts';

const resident = 'inwoner@example.org';
const guest = { name: 'Gijs Gastvrij', email: 'gijs.gastvrij@example.org' };

const annual = 'samen-twente-dag-2027';
const clinic = 'leerfabriek-denk-mee-over-elkaars-vraag';
const undated = 'leerkring-4-terugblik-en-vervolg';
const series = 'leerkring-samen-twente-2027';
const space = 'burgerinbreng-regioplan-2026';
const clinicOnlineUrl = 'https://meet.example.org/leerfabriek';


/** Gatherings the cooperative adds on top of the demo, so its agenda runs to a second page. */
const extraGatherings = 20;

let server: Server;
let browser: Browser;
const { signedIn, html } = people(() => ({ server, browser }));
/** Ids read from the agenda's filter form, and the guest's manage link. */
const known = { almelo: '', meeting: '', cooperative: '', guestLink: '' };

/** A day counted from today, as the demo counts it. */
function dayFromNow(days: number): string {
	return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function optionValue(page: string, select: string, label: string): string {
	const body = new RegExp(`<select[^>]*name="${select}"[^>]*>([\\s\\S]*?)</select>`).exec(page)?.[1] ?? '';
	const value = [...body.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)</g)].find((m) => m[2] === label)?.[1];
	assert.ok(value, `the ${select} filter offers ${label}`);
	return value;
}

/** The id of a case on the manage page, found by its title. */
function caseIdOf(manage: string, title: string): string {
	const card = manage.split('<li class="card stack">').find((c) => c.includes(title));
	const id = card && /name="caseId" value="([^"]+)"/.exec(card)?.[1];
	assert.ok(id, `the manage page lists the case "${title}"`);
	return id;
}

/**
 * The state the pages are looked at in: the resident takes part in the case clinic and brought a
 * case the organiser accepted (so the resident has a notice), the clinic has a report, a guest
 * took part through the form, and the cooperative has enough gatherings for two agenda pages.
 */
async function arrange() {
	const [coop, inwoner] = await Promise.all([signedIn(coordinator), signedIn(resident)]);
	const agenda = await html('/bijeenkomsten');
	known.almelo = optionValue(agenda, 'area', 'Almelo');
	known.meeting = optionValue(agenda, 'theme', 'Ontmoeting');
	known.cooperative = optionValue(agenda, 'organisation', 'Coöperatie Samen Twente');

	const ok = async (res: Promise<Response>, status: number, what: string) => {
		const r = await res;
		assert.equal(r.status, status, `${what}: ${r.status}`);
	};
	await ok(postForm(server.url, `/bijeenkomsten/${clinic}?/register`, { needs: 'Een plek dicht bij de deur.' }, inwoner), 200, 'the resident registers');
	const caseTitle = 'Samen optrekken met de huisarts';
	await ok(
		postForm(server.url, `/bijeenkomsten/${clinic}?/submitCase`, { title: caseTitle, question: 'Hoe krijgen we de huisarts aan tafel bij ons initiatief?', context: '' }, inwoner),
		200,
		'the resident brings a case'
	);
	const caseId = caseIdOf(await html(`/bijeenkomsten/${clinic}/beheer`, coop), caseTitle);
	await ok(postForm(server.url, `/bijeenkomsten/${clinic}/beheer?/decideCase`, { caseId, decision: 'accepted', reason: '', sessionId: '' }, coop), 200, 'the organiser accepts it');
	await ok(postForm(server.url, `/bijeenkomsten/${clinic}/beheer?/report`, { report: 'We bespraken **twee** vragen.', attendeeCount: '9' }, coop), 200, 'the organiser writes a report');
	await ok(postForm(server.url, `/bijeenkomsten/${clinic}?/register`, { ...guest, needs: '' }), 200, 'a guest registers');
	const mail = await newestMail(server.url, guest.email, 'Leerfabriek');
	known.guestLink = mail?.links.find((l) => l.includes('/aanmelding/')) ?? '';
	assert.ok(known.guestLink, 'the guest got a manage link');

	for (let i = 1; i <= extraGatherings; i++) {
		const fields = { title: `Inloopspreekuur ${String(i).padStart(2, '0')}`, startDay: dayFromNow(150 + i), startTime: '10:00', endTime: '11:00', format: 'in_person', organiserIds: known.cooperative, reminderDaysBefore: '0' };
		await ok(postForm(server.url, '/bijeenkomsten/nieuw', fields, coop), 303, `gathering ${i} is created`);
	}
}

before(async () => {
	[server, browser] = await Promise.all([startServer(), launchBrowser()]);
	await arrange();
});

after(async () => {
	await browser?.close();
	await server?.stop();
});


const visit = (page: Page, path: string, status: number, lang: Lang) => visitChecked(page, server.url, path, status, lang);

/** Submits a form that must come back with errors, and checks that page like any other. */
async function checkErrorPage(page: Page, form: Locator, lang: Lang, label: string, invalid: number | null) {
	assert.equal(await submitAndStatus(page, form), 400, `${label} answers 400`);
	assert.equal(await page.locator('[role="alert"]').count(), 1, 'one error summary is shown');
	if (invalid !== null) assert.equal(await page.locator('main [aria-invalid="true"]').count(), invalid, `${invalid} field(s) marked invalid`);
	await checkShownPage(page, lang, `${label} [${lang}]`, { title: true });
}

/** A context for one person in one language; the language is chosen with the header's button. */
async function personPage(lang: Lang, email?: string): Promise<Page> {
	const page = await newPage(browser, { javaScript: false });
	if (email) {
		await signInWithPassword(page, server.url, email);
		assert.ok(await page.locator('form[action="/uitloggen"]').count(), `${email} is signed in`);
	} else {
		await page.goto(server.url + '/bijeenkomsten');
	}
	if (lang === 'en') {
		await switchLanguage(page);
		assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'the language button switches to English');
	}
	return page;
}

const filtered = () => `/bijeenkomsten?area=${known.almelo}&theme=${known.meeting}&format=in_person&from=${dayFromNow(0)}&to=${dayFromNow(40)}`;

for (const lang of ['nl', 'en'] as const) {
	describe(`gatherings pages without JavaScript, ${lang === 'nl' ? 'Dutch' : 'English'}`, () => {
		describe('anonymous visitor', () => {
			let page: Page;
			before(async () => {
				page = await personPage(lang);
			});
			after(() => page?.context().close());

			const pages: [label: string, path: () => string, status: number][] = [
				['the agenda', () => '/bijeenkomsten', 200],
				['the agenda with every filter', filtered, 200],
				['the agenda, second page of one organisation', () => `/bijeenkomsten?organisation=${known.cooperative}&page=2`, 200],
				['a full gathering with a waiting list', () => `/bijeenkomsten/${annual}`, 200],
				['the case clinic with a report', () => `/bijeenkomsten/${clinic}`, 200],
				['an undated session of a series', () => `/bijeenkomsten/${undated}`, 200],
				['the series', () => `/reeksen/${series}`, 200],
				['the gatherings of a space', () => `/ruimtes/${space}/bijeenkomsten`, 200],
				['the guest link page', () => new URL(known.guestLink).pathname, 200],
				['a guest link that does not work', () => '/aanmelding/dit-is-geen-geldige-link', 404],
				['a gathering that does not exist', () => '/bijeenkomsten/bestaat-niet', 404]
			];
			for (const [label, path, status] of pages) it(`${label} (${status})`, () => visit(page, path(), status, lang));

			it('registering as a guest with errors (400) shows them accessibly', async () => {
				await page.goto(`${server.url}/bijeenkomsten/${annual}`);
				const form = page.locator('form[action="?/register"]');
				// Values the browser's own checks let through, but the server refuses.
				await form.locator('input[name="name"]').fill('   ');
				await form.locator('input[name="email"]').fill('iemand@localhost');
				await checkErrorPage(page, form, lang, 'POST ?/register with errors', 2);
			});
		});

		describe('resident who takes part (inwoner@example.org)', () => {
			let page: Page;
			before(async () => {
				page = await personPage(lang, resident);
			});
			after(() => page?.context().close());

			const pages: [label: string, path: string, status: number][] = [
				['the case clinic, registered, with accepted cases', `/bijeenkomsten/${clinic}`, 200],
				['a gathering, signed in and not registered', `/bijeenkomsten/${annual}`, 200],
				['the series, signed in', `/reeksen/${series}`, 200],
				['my gatherings', '/mijn-bijeenkomsten', 200],
				['notices', '/meldingen', 200],
				['a new gathering without an organisation to organise for', '/bijeenkomsten/nieuw', 200],
				['another organiser’s manage page', `/bijeenkomsten/${annual}/beheer`, 403],
				['another organiser’s series manage page', `/reeksen/${series}/beheer`, 403]
			];
			for (const [label, path, status] of pages) it(`${label}: ${path} (${status})`, () => visit(page, path, status, lang));

			it('bringing a case with errors (400) shows them accessibly', async () => {
				await page.goto(`${server.url}/bijeenkomsten/${clinic}`);
				const form = page.locator('form[action="?/submitCase"]');
				await form.locator('input[name="title"]').fill('Hm');
				await form.locator('textarea[name="question"]').fill('Waarom?');
				await checkErrorPage(page, form, lang, 'POST ?/submitCase with errors', 2);
			});
		});

		describe(`organiser (${coordinator})`, () => {
			let page: Page;
			before(async () => {
				page = await personPage(lang, coordinator);
			});
			after(() => page?.context().close());

			const pages: [label: string, path: string, status: number][] = [
				['the case clinic as its organiser', `/bijeenkomsten/${clinic}`, 200],
				['the manage page with participants, cases and a report', `/bijeenkomsten/${clinic}/beheer`, 200],
				['the manage page with a waiting list', `/bijeenkomsten/${annual}/beheer`, 200],
				['the series manage page', `/reeksen/${series}/beheer`, 200],
				['the new gathering form', '/bijeenkomsten/nieuw', 200],
				['the new gathering form in a space', `/bijeenkomsten/nieuw?ruimte=${space}`, 200],
				['the new gathering form in a series', `/bijeenkomsten/nieuw?reeks=${series}`, 200],
				['the new series form', '/reeksen/nieuw', 200],
				['the gatherings of a space, for its facilitator', `/ruimtes/${space}/bijeenkomsten`, 200],
				['my gatherings, none yet', '/mijn-bijeenkomsten', 200],
				['notices, none yet', '/meldingen', 200]
			];
			for (const [label, path, status] of pages) it(`${label}: ${path} (${status})`, () => visit(page, path, status, lang));

			it('the new gathering form with errors (400) shows them accessibly', async () => {
				await page.goto(`${server.url}/bijeenkomsten/nieuw`);
				const form = page.locator('main form');
				await form.locator('input[name="title"]').fill('Avond met fouten');
				await form.locator('input[name="startDay"]').fill(dayFromNow(30));
				await form.locator('input[name="startTime"]').fill('19:30');
				await form.locator('input[name="endTime"]').fill('18:00');
				await form.locator('input[name="onlineUrl"]').fill('ftp://bestanden.example.org/avond');
				await form.locator('input[name="capacity"]').fill('0');
				// No organiser ticked: that is an error too, on a fieldset rather than a field.
				// Every mistake at once: the end before the start, the link and the capacity.
				await checkErrorPage(page, form, lang, 'POST /bijeenkomsten/nieuw with errors', 3);
				assert.equal(await page.locator('#field-organiserIds-error').count(), 1, 'the organisers fieldset says what is wrong');
			});

			it('the new series form with errors (400) shows them accessibly', async () => {
				await page.goto(`${server.url}/reeksen/nieuw`);
				const form = page.locator('main form');
				await form.locator('input[name="title"]').fill('X');
				await form.locator('input[name="capacity"]').fill('-1');
				await checkErrorPage(page, form, lang, 'POST /reeksen/nieuw with errors', 2);
			});

			it('the manage page with errors in the edit form (400) shows them accessibly', async () => {
				await page.goto(`${server.url}/bijeenkomsten/${clinic}/beheer`);
				const form = page.locator('form[action="?/update"]');
				await form.locator('input[name="title"]').fill('Le');
				await form.locator('input[name="capacity"]').fill('0');
				await checkErrorPage(page, form, lang, 'POST ?/update with errors', 2);
			});

			it('the manage page with a case declined without a reason (400) shows it accessibly', async () => {
				await page.goto(`${server.url}/bijeenkomsten/${clinic}/beheer`);
				const form = page.locator('form[action="?/decideCase"]').first();
				await form.locator('input[value="declined"]').check();
				await form.locator('input[name="reason"]').fill('');
				await checkErrorPage(page, form, lang, 'POST ?/decideCase with errors', null);
			});

			it('the manage page with a wrong attendee count (400) shows it accessibly', async () => {
				await page.goto(`${server.url}/bijeenkomsten/${clinic}/beheer`);
				const form = page.locator('form[action="?/report"]');
				await form.locator('input[name="attendeeCount"]').fill('-1');
				await checkErrorPage(page, form, lang, 'POST ?/report with errors', 1);
			});
		});
	});
}

describe('what the gatherings pages show', () => {
	let page: Page;
	before(async () => {
		page = await newPage(browser, { javaScript: false });
	});
	after(() => page?.context().close());

	const titles = async () => (await page.locator('main .card-list h2 a').allTextContents()).map((t) => t.trim());

	it('the agenda filters through its GET form and keeps what was chosen', async () => {
		await page.goto(`${server.url}/bijeenkomsten`);
		const form = page.locator('form[role="search"]');
		await form.locator('select[name="area"]').selectOption({ label: 'Almelo' });
		await form.locator('select[name="theme"]').selectOption({ label: 'Ontmoeting' });
		await form.locator('select[name="format"]').selectOption('in_person');
		await form.locator('input[name="from"]').fill(dayFromNow(0));
		await form.locator('input[name="to"]').fill(dayFromNow(40));
		await submit(page, form.locator('button[type="submit"]'));
		const url = new URL(page.url());
		assert.equal(url.pathname, '/bijeenkomsten');
		assert.equal(url.searchParams.get('area'), known.almelo);
		assert.equal(url.searchParams.get('theme'), known.meeting);
		// Almelo includes the villages under it; Leerkring 2 (Aadorp) falls after the last day.
		assert.deepEqual(await titles(), ['Leerkring 1: aftrap', 'Samen Twente-dag 2027']);
		assert.equal((await page.locator('main p[role="status"]').textContent())?.trim(), '2 bijeenkomsten gevonden');
		assert.equal(await page.locator('select[name="area"] option:checked').textContent(), 'Almelo', 'the chosen area stays selected');
		assert.equal(await page.locator('input[name="to"]').inputValue(), dayFromNow(40));
		assert.match((await page.locator('main .card', { hasText: 'Samen Twente-dag' }).textContent()) ?? '', /Vol, wel een wachtlijst/);

		await page.goto(`${server.url}/bijeenkomsten?format=online`);
		assert.deepEqual(await titles(), ['Online avond voor jongeren: jouw Almelo']);
		await page.goto(`${server.url}/bijeenkomsten?format=hybrid&area=nonsense&page=zero`);
		assert.deepEqual(await titles(), ['Leerfabriek: denk mee over elkaars vraag'], 'a filter that is not valid is ignored, not an error');
	});

	it('the agenda pages through one organisation’s gatherings, keeping the filter in the links', async () => {
		await page.goto(`${server.url}/bijeenkomsten?organisation=${known.cooperative}`);
		// Four series sessions, the clinic, the annual day and the extra ones.
		const total = 6 + extraGatherings;
		assert.equal((await page.locator('main p[role="status"]').textContent())?.trim(), `${total} bijeenkomsten gevonden`);
		assert.equal((await titles()).length, 20, 'a page holds 20');
		const pages = page.locator('nav[aria-label="Pagina’s"]');
		assert.match((await pages.textContent()) ?? '', /Pagina 1 van 2/);
		assert.equal(await pages.getByRole('link', { name: 'Vorige' }).count(), 0);
		await Promise.all([page.waitForNavigation(), pages.getByRole('link', { name: 'Volgende' }).click()]);
		const url = new URL(page.url());
		assert.equal(url.searchParams.get('page'), '2');
		assert.equal(url.searchParams.get('organisation'), known.cooperative, 'the filter is kept');
		const second = await titles();
		assert.equal(second.length, total - 20, 'the second page holds the rest');
		assert.equal(second.at(-1), 'Leerkring 4: terugblik en vervolg', 'the undated session comes last');
		assert.match((await page.locator('main .card').last().textContent()) ?? '', /Datum volgt nog/);
		assert.match((await pages.textContent()) ?? '', /Pagina 2 van 2/);
		await Promise.all([page.waitForNavigation(), pages.getByRole('link', { name: 'Vorige' }).click()]);
		assert.equal(new URL(page.url()).searchParams.get('page'), '1');
	});

	it('the online link is hidden until someone is registered, also from the page source', async () => {
		await page.goto(`${server.url}/bijeenkomsten/${clinic}`);
		const facts = page.locator('dl.facts');
		assert.match((await facts.textContent()) ?? '', /U ziet de link als u bent aangemeld\./);
		assert.ok(!(await page.content()).includes('meet.example.org'), 'the link is nowhere in the page');
		const ics = await (await fetch(`${server.url}/bijeenkomsten/${clinic}/agenda.ics`)).text();
		assert.ok(!ics.includes('meet.example.org'), 'nor in its calendar file');

		const registered = await newPage(browser, { javaScript: false });
		try {
			await signInWithPassword(registered, server.url, resident);
			await registered.goto(`${server.url}/bijeenkomsten/${clinic}`);
			assert.equal(await registered.locator(`dl.facts a[href="${clinicOnlineUrl}"]`).count(), 1, 'a registered person sees the link');
		} finally {
			await registered.context().close();
		}
		await page.goto(known.guestLink);
		assert.equal(await page.locator(`main a[href="${clinicOnlineUrl}"]`).count(), 1, 'and so does the guest, behind the link in the e-mail');
	});

	it('accepted cases are for the people taking part, not for anonymous visitors', async () => {
		await page.goto(`${server.url}/bijeenkomsten/${clinic}`);
		const cases = page.locator('section[aria-labelledby="casussen"]');
		assert.equal(await cases.count(), 1, 'the case section is there');
		assert.equal(await cases.locator('.card').count(), 0);
		const source = await page.content();
		assert.ok(!source.includes('Vrijwilligers vasthouden in Aadorp') && !source.includes('huisarts'), 'no case is in the page');
	});

	it('the report is on the gathering page with the number of attendees', async () => {
		await page.goto(`${server.url}/bijeenkomsten/${clinic}`);
		const report = page.locator('section[aria-labelledby="verslag"]');
		assert.match((await report.textContent()) ?? '', /Er waren 9 mensen\./);
		assert.equal(await report.locator('strong', { hasText: 'twee' }).count(), 1, 'the report is Markdown');
	});

	it('the gathering page carries schema.org Event JSON-LD', async () => {
		await page.goto(`${server.url}/bijeenkomsten/${clinic}`);
		const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
		assert.equal(blocks.length, 1);
		const event = JSON.parse(blocks[0]) as Record<string, unknown> & { location: { '@type': string; url?: string; address?: string }[]; organizer: { name: string }[] };
		assert.equal(event['@context'], 'https://schema.org');
		assert.equal(event['@type'], 'Event');
		assert.equal(event.name, 'Leerfabriek: denk mee over elkaars vraag');
		assert.equal(event.url, `${server.url}/bijeenkomsten/${clinic}`);
		assert.equal(event.eventStatus, 'https://schema.org/EventScheduled');
		assert.equal(event.eventAttendanceMode, 'https://schema.org/MixedEventAttendanceMode');
		assert.ok(!Number.isNaN(Date.parse(String(event.startDate))) && Date.parse(String(event.endDate)) > Date.parse(String(event.startDate)));
		assert.deepEqual(event.location.map((l) => l['@type']).sort(), ['Place', 'VirtualLocation']);
		assert.equal(event.location.find((l) => l['@type'] === 'VirtualLocation')?.url, event.url, 'the virtual location points to the page, not the meeting');
		assert.deepEqual(event.organizer.map((o) => o.name), ['Coöperatie Samen Twente', 'Gemeente Almelo']);
		assert.equal(event.maximumAttendeeCapacity, 15);

		await page.goto(`${server.url}/bijeenkomsten/${undated}`);
		const undatedEvent = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as Record<string, unknown>;
		assert.equal(undatedEvent['@type'], 'Event', 'an undated gathering is still an Event');
		assert.equal(undatedEvent.startDate, undefined);
	});

	it('numbers and words stay apart in the places line', async () => {
		await page.goto(`${server.url}/bijeenkomsten/${annual}`);
		const text = (await page.locator('section[aria-labelledby="aanmelden"] p').first().textContent()) ?? '';
		assert.equal(text.trim(), 'Er zijn 12 plaatsen. Nog vrij: 0. Op de wachtlijst: 4.');
	});

	it('the agenda card separates the format and the place', async () => {
		await page.goto(`${server.url}/bijeenkomsten?organisation=${known.cooperative}`);
		const meta = (await page.locator('main .card', { hasText: 'Samen Twente-dag' }).locator('.card-meta').textContent()) ?? '';
		assert.match(meta.replace(/\s+/g, ' '), / · Op locatie · Theaterhotel Almelo, Schouwburgplein 1/);
	});
});
