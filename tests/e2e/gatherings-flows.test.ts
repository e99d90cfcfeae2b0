/**
 * What people do with gatherings, start to end, in a real Chromium with JavaScript OFF: a guest
 * registers and cancels by the link in the e-mail, a resident registers in one click, an organiser
 * creates, changes, runs and cancels a gathering, a case clinic takes and judges cases; the
 * calendar files and the personal feed; and what people who do not organise may not do.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import fs from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import {
	coordinator,
	demoPassword,
	expectNoAxeViolations,
	Jar,
	launchBrowser,
	newestMail,
	openPage,
	people,
	postForm,
	readOutbox,
	startServer,
	submitAndStatus,
	usingPage,
	type Lang,
	type OutboxMail,
	type Server
} from './support.ts';

const resident = 'inwoner@example.org';
const residentName = 'Els Wolters';

const annual = { slug: 'samen-twente-dag-2027', title: 'Samen Twente-dag 2027' };
const clinic = { slug: 'leerfabriek-denk-mee-over-elkaars-vraag', title: 'Leerfabriek: denk mee over elkaars vraag' };
const evening = { slug: 'bewonersavond-aadorp-wat-vindt-u-belangrijk', title: 'Bewonersavond Aadorp: wat vindt u belangrijk?' };
const circle = { slug: 'leerkring-samen-twente-2027', title: 'Leerkring Samen Twente 2027' };
const space = 'burgerinbreng-regioplan-2026';
const demoCase = 'Vrijwilligers vasthouden in Aadorp';

let server: Server;
let browser: Browser;
const { get } = people(() => ({ server, browser }));

before(async () => {
	[server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

after(async () => {
	await browser?.close();
	await server?.stop();
});

// ---- Helpers ------------------------------------------------------------------------------------

function dayFromNow(days: number): string {
	return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Written out as the site writes dates, in Dutch time. */
function written(instant: string | Date, lang: Lang): string {
	return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(instant));
}

const personPage = (email?: string, lang: Lang = 'nl') => openPage(browser, server.url, { email, lang, start: '/bijeenkomsten' });

const withPage = <T>(email: string | undefined, run: (page: Page) => Promise<T>, lang: Lang = 'nl') => usingPage(personPage(email, lang), run);

const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
const notice = (page: Page) => text(page.locator('main .utrecht-alert--ok[role="status"]'));
const alertText = (page: Page) => text(page.locator('main [role="alert"]'));

async function signedIn(email: string, lang: Lang = 'nl'): Promise<Jar> {
	const jar = new Jar();
	if (lang === 'en') jar.cookies.set('lang', 'en');
	const res = await postForm(server.url, '/inloggen?/password', { email, password: demoPassword, next: '/' }, jar);
	assert.equal(res.status, 303, `${email} signs in`);
	return jar;
}

/** An anonymous visitor's cookie jar, in a language. */
function visitor(lang: Lang): Jar {
	const jar = new Jar();
	jar.cookies.set('lang', lang);
	return jar;
}

/** dt → dd of a definition list. */
async function definitions(list: Locator): Promise<Record<string, string>> {
	return list.evaluate((dl) => {
		const out: Record<string, string> = {};
		for (const dt of dl.querySelectorAll('dt')) out[(dt.textContent ?? '').trim()] = (dt.nextElementSibling?.textContent ?? '').trim();
		return out;
	});
}

/** The cooperative's id, as the agenda's organisation filter offers it. */
async function cooperativeId(): Promise<string> {
	const agenda = await (await get('/bijeenkomsten')).text();
	const id = /<option value="([^"]+)"[^>]*>Coöperatie Samen Twente</.exec(agenda)?.[1];
	assert.ok(id, 'the agenda offers the cooperative as a filter');
	return id;
}

function mailsTo(mails: OutboxMail[], recipient: string, subject: string): OutboxMail[] {
	return mails.filter((m) => m.recipient === recipient && m.subject.includes(subject));
}

function manageLink(mail: OutboxMail | undefined): string {
	const link = mail?.links.find((l) => l.includes('/aanmelding/'));
	assert.ok(link, `the mail "${mail?.subject}" holds a manage link`);
	return link;
}

function parseCsv(body: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (quoted) {
			if (c === '"' && body[i + 1] === '"') (field += '"'), i++;
			else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') row.push(field), (field = '');
		else if (c === '\n' || c === '\r') {
			if (c === '\r' && body[i + 1] === '\n') i++;
			row.push(field), rows.push(row), (row = []), (field = '');
		} else field += c;
	}
	if (field || row.length) row.push(field), rows.push(row);
	return rows;
}

interface Calendar {
	component: ICAL.Component;
	events: ICAL.Component[];
}

/** Parses an iCalendar answer with ical.js and checks what every calendar here must have. */
async function calendarFrom(res: Response, label: string): Promise<Calendar> {
	assert.equal(res.status, 200, `${label} answers 200`);
	assert.equal(res.headers.get('content-type'), 'text/calendar; charset=utf-8');
	const component = new ICAL.Component(ICAL.parse(await res.text()));
	assert.equal(component.name, 'vcalendar');
	const zones = component.getAllSubcomponents('vtimezone');
	assert.deepEqual(zones.map((z) => z.getFirstPropertyValue('tzid')), ['Europe/Amsterdam'], `${label} carries the Amsterdam zone`);
	ICAL.TimezoneService.register(zones[0]);
	const events = component.getAllSubcomponents('vevent');
	for (const event of events) {
		for (const name of ['dtstart', 'dtend']) assert.equal(event.getFirstProperty(name)?.getParameter('tzid'), 'Europe/Amsterdam', `${label}: ${name} is in Amsterdam time`);
		assert.equal(new ICAL.Event(event).startDate.zone?.tzid, 'Europe/Amsterdam');
	}
	return { component, events };
}

const summaries = (cal: Calendar) => cal.events.map((e) => String(e.getFirstPropertyValue('summary')));
const eventNamed = (cal: Calendar, title: string) => {
	const found = cal.events.find((e) => e.getFirstPropertyValue('summary') === title);
	assert.ok(found, `the calendar holds "${title}"`);
	return found;
};

// ---- A guest, through the form and the link in the e-mail ----------------------------------------

// First in the file: the outbox page shows only the newest mails, and this needs the demo's own.
describe('a guest registers and cancels by the link in the e-mail (the full annual day)', () => {
	const guest = { name: 'Gerrit Gastvrij', email: 'gerrit.gastvrij@example.org' };
	let guestLink = '';

	it('registering with a name and an address on a full gathering puts the guest on the waiting list, with a notice', async () => {
		await withPage(undefined, async (page) => {
			await page.goto(`${server.url}/bijeenkomsten/${annual.slug}`);
			assert.match(await text(page.locator('section[aria-labelledby="aanmelden"]')), /Er zijn 12 plaatsen\. Nog vrij: 0\..*Op de wachtlijst: 4\./);
			const form = page.locator('form[action="?/register"]');
			assert.equal(await text(form.locator('button[type="submit"]')), 'Op de wachtlijst');
			await form.locator('input[name="name"]').fill(guest.name);
			await form.locator('input[name="email"]').fill(guest.email);
			assert.equal(await text(page.locator('#field-needs-hint')), 'Bijvoorbeeld vervoer, een tolk of een rustige plek. Schrijf hier geen medische gegevens.');
			await form.locator('textarea[name="needs"]').fill('Ik kom met een rolstoel.');
			assert.equal(await submitAndStatus(page, form), 200);
			assert.equal(await notice(page), 'U staat op de wachtlijst, op plaats 5. We mailen u als er een plek vrijkomt.');
			await expectNoAxeViolations(page);
		});
	});

	it('the e-mail is in the outbox with the manage link, and the link shows the status', async () => {
		const mail = await newestMail(server.url, guest.email, `U staat op de wachtlijst: ${annual.title}`);
		assert.ok(mail, 'the guest got an e-mail');
		assert.match(mail.text, /op plaats 5/);
		guestLink = manageLink(mail);
		assert.match(new URL(guestLink).pathname, /^\/aanmelding\/[\w-]{20,}$/);
		await withPage(undefined, async (page) => {
			const response = await page.goto(guestLink);
			assert.equal(response?.status(), 200);
			assert.equal(response?.headers()['cache-control'], 'private, no-store', 'the secret page is not cached');
			assert.equal(await text(page.locator('h1')), 'Uw aanmelding');
			const main = await text(page.locator('main'));
			assert.ok(main.includes(`Aanmelding van ${guest.name} (${guest.email}).`));
			assert.ok(main.includes('U staat op de wachtlijst, op plaats 5.'));
			assert.equal(await text(page.locator('form[action="?/cancel"] button')), 'Van de wachtlijst af');
			await expectNoAxeViolations(page);
		});
	});

	// "same-origin", not "no-referrer": with no referrer at all, browsers post the page's own forms
	// with "Origin: null", which the origin check rightly refuses.
	it('the manage link page keeps its address from other sites', async () => {
		const res = await fetch(guestLink, { headers: { accept: 'text/html' } });
		assert.equal(res.status, 200);
		assert.equal(res.headers.get('referrer-policy'), 'same-origin');
	});

	it('a confirmed participant cancels by their link: the first person waiting moves up and is told', async () => {
		const mail = await newestMail(server.url, 'deelnemer1@example.org', `U bent aangemeld: ${annual.title}`);
		const link = manageLink(mail);
		await withPage(undefined, async (page) => {
			await page.goto(link);
			assert.ok((await text(page.locator('main'))).includes('Aangemeld'));
			assert.equal(await submitAndStatus(page, page.locator('form[action="?/cancel"]')), 200);
			assert.equal(await notice(page), 'U bent afgemeld.');
			assert.ok((await text(page.locator('main'))).includes('Afgemeld'), 'the page now says cancelled');
			assert.equal(await page.locator('form[action="?/cancel"]').count(), 0, 'there is nothing left to cancel');
			await expectNoAxeViolations(page);
		});
		const promoted = await newestMail(server.url, 'deelnemer13@example.org', `Er is een plek voor u: ${annual.title}`);
		assert.ok(promoted, 'the first person on the waiting list (Deelnemer 13) got the place and an e-mail');
		assert.ok(promoted.links.some((l) => l.endsWith(`/bijeenkomsten/${annual.slug}`)));
		const others = mailsTo(await readOutbox(server.url), 'deelnemer14@example.org', 'Er is een plek voor u');
		assert.equal(others.length, 0, 'only one place came free');
		await withPage(undefined, async (page) => {
			await page.goto(guestLink);
			assert.ok((await text(page.locator('main'))).includes('U staat op de wachtlijst, op plaats 4.'), 'the guest moved up one place');
		});
	});

	it('registering twice with the same address is refused with the reason next to the form', async () => {
		await withPage(undefined, async (page) => {
			await page.goto(`${server.url}/bijeenkomsten/${annual.slug}`);
			const form = page.locator('form[action="?/register"]');
			await form.locator('input[name="name"]').fill(guest.name);
			await form.locator('input[name="email"]').fill(guest.email.toUpperCase());
			assert.equal(await submitAndStatus(page, form), 409);
			assert.ok((await alertText(page)).includes('U bent al aangemeld met dit e-mailadres.'));
			assert.equal(await page.locator('#field-email').getAttribute('aria-invalid'), 'true');
			assert.equal(await page.locator('#field-name').inputValue(), guest.name, 'what was typed is kept');
			await expectNoAxeViolations(page);
		});
	});

	it('the guest leaves the waiting list by the link; nobody moves up for that', async () => {
		await withPage(undefined, async (page) => {
			await page.goto(guestLink);
			assert.equal(await submitAndStatus(page, page.locator('form[action="?/cancel"]')), 200);
			assert.equal(await notice(page), 'U bent afgemeld.');
		});
		await new Promise((r) => setTimeout(r, 500));
		const moved = mailsTo(await readOutbox(server.url), 'deelnemer14@example.org', 'Er is een plek voor u');
		assert.equal(moved.length, 0, 'a waiting place was given up, not a seat: Deelnemer 14 still waits');
		const again = await postForm(server.url, `${new URL(guestLink).pathname}?/cancel`, {});
		assert.equal(again.status, 404, 'cancelling twice is refused');
		assert.ok((await again.text()).includes('<strong>Afgemeld</strong>'), 'and the page still says cancelled');
		const wrong = await get('/aanmelding/dit-is-geen-link');
		assert.equal(wrong.status, 404);
		assert.ok((await wrong.text()).includes('Deze link werkt niet meer.'));
	});
});

// ---- A resident with an account ---------------------------------------------------------------

describe('a signed-in resident registers in one click (in English)', () => {
	let page: Page;
	before(async () => {
		page = await personPage(resident, 'en');
	});
	after(() => page?.context().close());

	it('the form asks only what they need, with the hint not to write medical details', async () => {
		await page.goto(`${server.url}/bijeenkomsten/${evening.slug}`);
		const form = page.locator('form[action="?/register"]');
		assert.equal(await form.locator('input[name="name"], input[name="email"]').count(), 0, 'name and address come from the account');
		const needs = form.locator('textarea[name="needs"]');
		assert.equal(await needs.count(), 1);
		assert.match(await text(page.locator('label[for="field-needs"]')), /^What do you need to take part\?/);
		const hint = page.locator(`#${(await needs.getAttribute('aria-describedby'))?.split(' ')[0]}`);
		assert.equal(await text(hint), 'For example transport, an interpreter or a quiet place. Do not write medical details here.');
		assert.equal(await page.getByRole('link', { name: /Sign in and register in one click/ }).count(), 0);
	});

	it('one click registers; a second try from a page opened before is refused with 409', async () => {
		await page.goto(`${server.url}/bijeenkomsten/${evening.slug}`);
		const earlier = await page.context().newPage();
		await earlier.goto(`${server.url}/bijeenkomsten/${evening.slug}`);

		await page.locator('textarea[name="needs"]').fill('A quiet place near the door.');
		assert.equal(await submitAndStatus(page, page.locator('form[action="?/register"]')), 200);
		assert.equal(await notice(page), 'You are registered. We have sent you an e-mail with the details.');
		assert.ok((await text(page.locator('section[aria-labelledby="aanmelden"]'))).includes('You are registered.'));
		assert.equal(await text(page.locator('form[action="?/cancel"] button')), 'Cancel my registration');
		const mail = await newestMail(server.url, resident, `You are registered: ${evening.title}`);
		assert.ok(mail, 'the confirmation e-mail is in English');
		assert.ok(mail.text.includes(`Hello ${residentName}`));

		assert.equal(await submitAndStatus(earlier, earlier.locator('form[action="?/register"]')), 409);
		await earlier.close();
		const mine = await personPageText('/mijn-bijeenkomsten');
		assert.equal(mine.split(evening.title).length - 1, 1, 'still registered once');
	});

	it('the refusal of a second registration is shown on the page', async () => {
		// The form is gone once registered, so post what the page opened earlier would post.
		const res = await page.request.post(`${server.url}/bijeenkomsten/${evening.slug}?/register`, { form: { needs: '' }, headers: { origin: server.url, accept: 'text/html' }, maxRedirects: 0 });
		assert.equal(res.status(), 409);
		assert.ok((await res.text()).includes('You are already registered with this e-mail address.'), 'the message is in the page');
	});

	it('cancelling is one click too, and the form comes back', async () => {
		await page.goto(`${server.url}/bijeenkomsten/${evening.slug}`);
		assert.equal(await submitAndStatus(page, page.locator('form[action="?/cancel"]')), 200);
		assert.equal(await notice(page), 'Your registration is cancelled.');
		assert.equal(await page.locator('form[action="?/register"]').count(), 1);
		await expectNoAxeViolations(page);
		const twice = await page.request.post(`${server.url}/bijeenkomsten/${evening.slug}?/cancel`, { form: {}, headers: { origin: server.url, accept: 'text/html' }, maxRedirects: 0 });
		assert.equal(twice.status(), 404);
		assert.ok((await twice.text()).includes('You are not registered.'));
	});

	it('one registration covers a whole series: its sessions all say so', async () => {
		await page.goto(`${server.url}/reeksen/${circle.slug}`);
		assert.ok((await text(page.locator('section[aria-labelledby="aanmelden"]'))).includes('You register for the whole series.'));
		assert.equal(await submitAndStatus(page, page.locator('form[action="?/register"]')), 200);
		assert.equal(await notice(page), 'You are registered. We have sent you an e-mail with the details.');
		await expectNoAxeViolations(page);
		await page.goto(`${server.url}/bijeenkomsten/leerkring-4-terugblik-en-vervolg`);
		assert.ok((await text(page.locator('section[aria-labelledby="aanmelden"]'))).includes('You are registered.'), 'the undated session knows too');
		const mine = await personPageText('/mijn-bijeenkomsten');
		for (const session of ['Leerkring 1: aftrap', 'Leerkring 2: het dorpsplan van Aadorp', 'Leerkring 3: een buurthuis in eigen hand', 'Leerkring 4: terugblik en vervolg'])
			assert.ok(mine.includes(session), `my gatherings lists ${session}`);
		assert.ok(mine.includes('Date to be decided'));
	});

	async function personPageText(path: string): Promise<string> {
		await page.goto(server.url + path);
		return text(page.locator('main'));
	}
});

describe('a full gathering without a waiting list', () => {
	const title = 'Kleine tafel E2E';
	let slug = '';

	before(async () => {
		const coop = await signedIn(coordinator);
		const cooperative = await cooperativeId();
		const made = await postForm(server.url, '/bijeenkomsten/nieuw', { title, startDay: dayFromNow(25), startTime: '14:00', format: 'in_person', capacity: '1', organiserIds: cooperative }, coop);
		assert.equal(made.status, 303);
		slug = /\/bijeenkomsten\/([^/]+)\/beheer/.exec(made.headers.get('location') ?? '')?.[1] ?? '';
		const taken = await postForm(server.url, `/bijeenkomsten/${slug}?/register`, { name: 'Eerste Gast', email: 'eerste.gast@example.org' });
		assert.equal(taken.status, 200, 'a guest takes the only place');
	});

	it('shows that it is full and offers no form; a POST anyway is refused with 409', async () => {
		await withPage(resident, async (page) => {
			await page.goto(`${server.url}/bijeenkomsten/${slug}`);
			const box = page.locator('section[aria-labelledby="aanmelden"]');
			assert.ok((await text(box)).includes('De bijeenkomst is vol. Er is geen wachtlijst.'));
			assert.equal(await box.locator('form').count(), 0);
			await expectNoAxeViolations(page);
			const res = await page.request.post(`${server.url}/bijeenkomsten/${slug}?/register`, { form: { needs: '' }, headers: { origin: server.url, accept: 'text/html' }, maxRedirects: 0 });
			assert.equal(res.status(), 409);
			assert.ok((await res.text()).includes('De bijeenkomst is vol. Er is geen wachtlijst.'));
		});
		await withPage(undefined, async (page) => {
			await page.goto(`${server.url}/bijeenkomsten?from=${dayFromNow(25)}&to=${dayFromNow(25)}`);
			assert.equal(await text(page.locator('main .card', { hasText: title }).locator('.badge')), 'Vol', 'the agenda card says full');
		});
	});
});

// ---- An organiser -----------------------------------------------------------------------------

describe('an organiser creates, changes, runs and cancels a gathering', () => {
	const title = 'Buurtavond E2E';
	const day = dayFromNow(20);
	const firstPlace = 'Buurthuis De Kern, Kerkstraat 1, Almelo';
	const newPlace = 'Dorpshuis Aadorp, Aadorpweg 4';
	const onlineUrl = 'https://meet.example.org/buurtavond-e2e';
	const guest = { name: 'Grace Guest', email: 'grace.guest@example.org' };
	const formula = { name: '=HYPERLINK("https://example.org/x","Klik")', email: 'formule@example.org' };
	let page: Page;
	let slug = '';

	before(async () => {
		page = await personPage(coordinator);
	});
	after(() => page?.context().close());

	async function fillGathering(form: Locator, values: { capacity: string; endTime: string; onlineUrl: string }) {
		await form.locator('input[name="title"]').fill(title);
		await form.locator('textarea[name="description"]').fill('Praat mee over de buurt. **Iedereen** is welkom.');
		await form.locator('input[name="startDay"]').fill(day);
		await form.locator('input[name="startTime"]').fill('19:30');
		await form.locator('input[name="endTime"]').fill(values.endTime);
		await form.locator('select[name="format"]').selectOption('hybrid');
		await form.locator('input[name="address"]').fill(firstPlace);
		await form.locator('input[name="onlineUrl"]').fill(values.onlineUrl);
		await form.locator('input[name="capacity"]').fill(values.capacity);
		await form.getByLabel('Coöperatie Samen Twente', { exact: true }).check();
	}

	async function nothingCreated() {
		assert.equal((await get(`/bijeenkomsten/buurtavond-e2e`)).status, 404, 'no gathering was made');
		const agenda = await (await get(`/bijeenkomsten?from=${day}&to=${day}`)).text();
		assert.ok(!agenda.includes(title), 'and the agenda does not list one');
	}

	it('bad input comes back as 400 with the messages in Dutch, and nothing is created', async () => {
		await page.goto(`${server.url}/bijeenkomsten/nieuw`);
		let form = page.locator('main form');
		await fillGathering(form, { capacity: '0', endTime: '21:00', onlineUrl: 'ftp://bestanden.example.org/avond' });
		assert.equal(await submitAndStatus(page, form), 400);
		assert.equal(await text(page.locator('#field-capacity-error')), 'Vul een aantal plaatsen in van 1 of meer. Laat het leeg als er geen grens is.');
		assert.equal(await text(page.locator('#field-onlineUrl-error')), 'Vul een webadres in dat begint met https://.');
		assert.equal(await page.locator('#field-title').inputValue(), title, 'what was typed is kept');
		assert.equal(await page.locator('#field-address').inputValue(), firstPlace);
		assert.ok(await page.getByLabel('Coöperatie Samen Twente', { exact: true }).isChecked(), 'and so is the ticked organiser');

		form = page.locator('main form');
		await form.locator('input[name="capacity"]').fill('-1');
		await form.locator('input[name="onlineUrl"]').fill(onlineUrl);
		assert.equal(await submitAndStatus(page, form), 400);
		assert.equal(await text(page.locator('#field-capacity-error')), 'Vul een aantal plaatsen in van 1 of meer. Laat het leeg als er geen grens is.');
		assert.equal(await page.locator('#field-onlineUrl-error').count(), 0, 'the corrected link is no longer an error');

		form = page.locator('main form');
		await form.locator('input[name="capacity"]').fill('2');
		await form.locator('input[name="endTime"]').fill('18:00');
		assert.equal(await submitAndStatus(page, form), 400);
		assert.equal(await text(page.locator('#field-endTime-error')), 'Het einde moet na het begin liggen.');
		assert.equal(await page.locator('#field-endTime').getAttribute('aria-invalid'), 'true');
		await expectNoAxeViolations(page);
		await nothingCreated();
	});

	it('the same mistakes come back in English for an English page', async () => {
		await withPage(
			coordinator,
			async (english) => {
				await english.goto(`${server.url}/bijeenkomsten/nieuw`);
				let form = english.locator('main form');
				await fillGathering(form, { capacity: '-1', endTime: '21:00', onlineUrl: 'ftp://bestanden.example.org/avond' });
				assert.equal(await submitAndStatus(english, form), 400);
				assert.equal(await text(english.locator('#field-capacity-error')), 'Enter a number of places of 1 or more. Leave it empty for no limit.');
				assert.equal(await text(english.locator('#field-onlineUrl-error')), 'Enter a web address that starts with https://.');
				assert.ok((await alertText(english)).includes('Enter a web address that starts with https://.'), 'the summary is English too');
				form = english.locator('main form');
				await form.locator('input[name="capacity"]').fill('0');
				await form.locator('input[name="onlineUrl"]').fill(onlineUrl);
				await form.locator('input[name="endTime"]').fill('19:00');
				assert.equal(await submitAndStatus(english, form), 400);
				assert.equal(await text(english.locator('#field-capacity-error')), 'Enter a number of places of 1 or more. Leave it empty for no limit.');
			},
			'en'
		);
		await nothingCreated();
	});

	it('every mistake in the form is reported at once', async () => {
		const res = await postForm(
			server.url,
			'/bijeenkomsten/nieuw',
			{ title, startDay: day, startTime: '19:30', endTime: '18:00', capacity: '0', organiserIds: '00000000-0000-4000-8000-000000000000' },
			await signedIn(coordinator)
		);
		assert.equal(res.status, 400);
		const body = await res.text();
		assert.ok(body.includes('field-capacity-error') && body.includes('field-endTime-error'), 'both the capacity and the end time are marked');
	});

	it('a good form creates the gathering and leads to its manage page', async () => {
		await page.goto(`${server.url}/bijeenkomsten/nieuw`);
		const form = page.locator('main form');
		await fillGathering(form, { capacity: '2', endTime: '21:00', onlineUrl });
		// Kept for visitors for two seconds, without the gathering: the new one must show at once all the same.
		assert.ok(!(await (await get(`/bijeenkomsten?from=${day}&to=${day}`)).text()).includes(title));
		assert.equal(await submitAndStatus(page, form), 303);
		const url = new URL(page.url());
		slug = /^\/bijeenkomsten\/([^/]+)\/beheer$/.exec(url.pathname)?.[1] ?? '';
		assert.equal(slug, 'buurtavond-e2e');
		assert.equal(await text(page.locator('h1')), title);
		assert.ok((await text(page.locator('section[aria-labelledby="deelnemers"]'))).includes('Er is nog niemand aangemeld.'));
	});

	it('the agenda kept for visitors lists it at once, and is never kept for someone signed in', async () => {
		const address = `/bijeenkomsten?from=${day}&to=${day}`;
		const anonymous = await get(address);
		assert.equal(anonymous.headers.get('cache-control'), 'public, max-age=0, s-maxage=2', 'shared caches may keep it two seconds, browsers not');
		assert.equal(anonymous.headers.get('vary'), 'Cookie', 'it differs by language cookie');
		assert.ok((await anonymous.text()).includes(title), 'the page kept just before it was made was dropped when it was made');
		const english = await (await get(address, visitor('en'))).text();
		assert.ok(english.includes('<html lang="en"') && english.includes(title), 'each language has its own kept page');
		const own = await get(address, await signedIn(coordinator));
		assert.equal(own.headers.get('cache-control'), 'private, no-store');
		await own.arrayBuffer();
	});

	it('the online link stays hidden until someone is registered', async () => {
		const anonymous = await (await get(`/bijeenkomsten/${slug}`)).text();
		assert.ok(anonymous.includes('U ziet de link als u bent aangemeld.'));
		assert.ok(!anonymous.includes(onlineUrl), 'the link is not in the page');
		assert.ok(!(await (await get(`/bijeenkomsten/${slug}/agenda.ics`)).text()).includes(onlineUrl), 'nor in its calendar file');
		await page.goto(`${server.url}/bijeenkomsten/${slug}`);
		assert.equal(await page.locator(`dl.facts a[href="${onlineUrl}"]`).count(), 1, 'the organiser sees it');
	});

	it('people register: a resident and an English guest get places, one more waits', async () => {
		await withPage(resident, async (p) => {
			await p.goto(`${server.url}/bijeenkomsten/${slug}`);
			await p.locator('textarea[name="needs"]').fill('Graag een stoel met armleuningen.');
			assert.equal(await submitAndStatus(p, p.locator('form[action="?/register"]')), 200);
			assert.equal(await p.locator(`dl.facts a[href="${onlineUrl}"]`).count(), 1, 'once registered, the link is there');
		});
		assert.equal((await postForm(server.url, `/bijeenkomsten/${slug}?/register`, { ...guest, needs: '' }, visitor('en'))).status, 200);
		assert.equal((await postForm(server.url, `/bijeenkomsten/${slug}?/register`, { ...formula, needs: '' }, visitor('nl'))).status, 200);
		await page.goto(`${server.url}/bijeenkomsten/${slug}/beheer`);
		const counts = await definitions(page.locator('section[aria-labelledby="deelnemers"] dl.facts'));
		assert.deepEqual(counts, { Aangemeld: '2', 'Op de wachtlijst': '1', Aanwezig: '–', 'Niet gekomen': '–' });
		assert.ok((await text(page.locator('section[aria-labelledby="deelnemers"] ol'))).includes(formula.email), 'the waiting list is shown');
	});

	it('changing the time and the place tells everyone, with the old and new values, by e-mail and notice', async () => {
		const before = JSON.parse((await (await get(`/bijeenkomsten/${slug}`)).text()).match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)?.[1] ?? '{}') as { startDate: string; endDate: string };
		await page.goto(`${server.url}/bijeenkomsten/${slug}/beheer`);
		const form = page.locator('form[action="?/update"]');
		assert.equal(await form.locator('input[name="startTime"]').inputValue(), '19:30', 'the form holds the current values');
		await form.locator('input[name="startTime"]').fill('20:00');
		await form.locator('input[name="endTime"]').fill('21:30');
		await form.locator('input[name="address"]').fill(newPlace);
		assert.equal(await submitAndStatus(page, form), 303);
		assert.equal(await notice(page), 'Opgeslagen.');
		const after = JSON.parse((await (await get(`/bijeenkomsten/${slug}`)).text()).match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)?.[1] ?? '{}') as { startDate: string; endDate: string };
		assert.equal(Date.parse(after.startDate) - Date.parse(before.startDate), 30 * 60_000, 'half an hour later');

		const span = (s: string, e: string, lang: Lang) => `${written(s, lang)} – ${written(e, lang)}`;
		const dutch = await newestMail(server.url, resident, `Veranderd: ${title}`);
		assert.ok(dutch, 'the resident got an e-mail');
		assert.ok(dutch.text.includes(`Tijd: eerst ${span(before.startDate, before.endDate, 'nl')}, nu ${span(after.startDate, after.endDate, 'nl')}.`), dutch.text);
		assert.ok(dutch.text.includes(`Plaats: eerst ${firstPlace} (op locatie en online), nu ${newPlace} (op locatie en online).`), dutch.text);
		const english = await newestMail(server.url, guest.email, `Changed: ${title}`);
		assert.ok(english, 'the guest got it in English, the language they registered in');
		assert.ok(english.text.includes(`Time: was ${span(before.startDate, before.endDate, 'en')}, now ${span(after.startDate, after.endDate, 'en')}.`), english.text);
		assert.ok(english.text.includes(`Place: was ${firstPlace} (in person and online), now ${newPlace} (in person and online).`), english.text);
		assert.ok(await newestMail(server.url, formula.email, `Veranderd: ${title}`), 'the person waiting is told too');

		await withPage(resident, async (p) => {
			const nav = p.locator('header a[href="/meldingen"]');
			assert.match(await text(nav), /^Meldingen \(\d+ nieuw\)$/);
			await p.goto(`${server.url}/meldingen`);
			const item = p.locator('main .card', { hasText: `"${title}" is veranderd.` });
			assert.equal(await item.count(), 1, 'the notice is on /meldingen');
			assert.ok((await text(item)).includes(`nu ${newPlace}`));
			assert.equal(await item.getByRole('link', { name: 'Bekijken' }).getAttribute('href'), `/bijeenkomsten/${slug}`);
			await expectNoAxeViolations(p);
			assert.equal(await submitAndStatus(p, p.locator('form[action="?/read"]')), 200);
			assert.equal(await text(p.locator('header a[href="/meldingen"]')), 'Meldingen', 'all read');
			assert.equal(await p.locator('form[action="?/read"]').count(), 0);
		});
	});

	it('marking attendance shows the counts', async () => {
		await page.goto(`${server.url}/bijeenkomsten/${slug}/beheer`);
		const form = page.locator('form[action="?/attendance"]');
		await form.getByRole('checkbox', { name: `${residentName} was aanwezig` }).check();
		assert.equal(await submitAndStatus(page, form), 200);
		assert.equal(await notice(page), 'De aanwezigheid is opgeslagen.');
		const counts = await definitions(page.locator('section[aria-labelledby="deelnemers"] dl.facts'));
		assert.deepEqual(counts, { Aangemeld: '2', 'Op de wachtlijst': '1', Aanwezig: '1', 'Niet gekomen': '1' });
		assert.ok(await page.getByRole('checkbox', { name: `${residentName} was aanwezig` }).isChecked(), 'the tick is kept');
		assert.ok(!(await page.getByRole('checkbox', { name: `${guest.name} was aanwezig` }).isChecked()));
	});

	async function downloadCsv(p: Page, linkName: string): Promise<{ name: string; rows: string[][] }> {
		await p.goto(`${server.url}/bijeenkomsten/${slug}/beheer`);
		const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('link', { name: linkName }).click()]);
		const file = await download.path();
		return { name: download.suggestedFilename(), rows: parseCsv(fs.readFileSync(file, 'utf8')).filter((r) => r.some(Boolean)) };
	}

	it('the CSV download has the header in the page’s language and one row per person', async () => {
		const dutch = await downloadCsv(page, 'Lijst downloaden (CSV)');
		assert.equal(dutch.name, `${slug}-deelnemers.csv`);
		assert.deepEqual(dutch.rows[0], ['Naam', 'E-mail', 'Status', 'Plaats op wachtlijst', 'Aangemeld op', 'Nodig om mee te doen', 'Aanwezig']);
		const rows = dutch.rows.slice(1);
		assert.equal(rows.length, 3);
		const [first, second, third] = rows;
		assert.deepEqual([first[0], first[1], first[2], first[3], first[5], first[6]], [residentName, resident, 'Aangemeld', '', 'Graag een stoel met armleuningen.', 'Ja']);
		assert.ok(!Number.isNaN(Date.parse(first[4])), 'the registration time is a date');
		assert.deepEqual([second[0], second[1], second[2], second[6]], [guest.name, guest.email, 'Aangemeld', 'Nee']);
		assert.deepEqual([third[1], third[2], third[3], third[6]], [formula.email, 'Op de wachtlijst', '1', '']);

		await withPage(
			coordinator,
			async (english) => {
				const csv = await downloadCsv(english, 'Download the list (CSV)');
				assert.deepEqual(csv.rows[0], ['Name', 'E-mail', 'Status', 'Waiting list position', 'Registered at', 'Needs to take part', 'Present']);
				assert.deepEqual(csv.rows.slice(1).map((r) => [r[1], r[2], r[6]]), [
					[resident, 'Registered', 'Yes'],
					[guest.email, 'Registered', 'No'],
					[formula.email, 'On the waiting list', '']
				]);
			},
			'en'
		);
	});

	it('a name that starts with "=" cannot run as a formula in the CSV', async () => {
		const csv = await downloadCsv(page, 'Lijst downloaden (CSV)');
		const cell = csv.rows.find((r) => r[1] === formula.email)?.[0] ?? '';
		assert.ok(!/^[=+\-@\t\r]/.test(cell), `the cell starts with a harmless character: ${cell}`);
	});

	it('a published report is on the gathering page with the number of attendees', async () => {
		await page.goto(`${server.url}/bijeenkomsten/${slug}/beheer`);
		const form = page.locator('form[action="?/report"]');
		await form.locator('textarea[name="report"]').fill('We spraken over **de speeltuin**. Er komt een werkgroep.');
		await form.locator('input[name="attendeeCount"]').fill('14');
		assert.equal(await submitAndStatus(page, form), 200);
		assert.equal(await notice(page), 'Het verslag is opgeslagen.');
		await withPage(undefined, async (p) => {
			await p.goto(`${server.url}/bijeenkomsten/${slug}`);
			const report = p.locator('section[aria-labelledby="verslag"]');
			assert.equal(await text(report.locator('h2')), 'Verslag');
			assert.ok((await text(report)).includes('Er waren 14 mensen.'));
			assert.equal(await report.locator('strong', { hasText: 'de speeltuin' }).count(), 1);
		});
	});

	it('cancelling tells everyone, and the page, the agenda and the calendar say it is cancelled', async () => {
		await page.goto(`${server.url}/bijeenkomsten/${slug}/beheer`);
		const form = page.locator('form[action="?/cancel"]');
		await form.locator('input[name="reason"]').fill('De zaal is niet beschikbaar.');
		assert.equal(await submitAndStatus(page, form), 200);
		assert.equal(await notice(page), 'De bijeenkomst is afgelast. Iedereen krijgt bericht.');
		assert.equal(await page.locator('form[action="?/update"], form[action="?/cancel"]').count(), 0, 'a cancelled gathering cannot be edited or cancelled again');

		const dutch = await newestMail(server.url, resident, `Gaat niet door: ${title}`);
		assert.ok(dutch);
		assert.ok(dutch.text.includes('De reden: De zaal is niet beschikbaar.'));
		const english = await newestMail(server.url, guest.email, `Cancelled: ${title}`);
		assert.ok(english);
		assert.ok(english.text.includes('The reason: De zaal is niet beschikbaar.'));
		assert.ok(await newestMail(server.url, formula.email, `Gaat niet door: ${title}`));

		await withPage(undefined, async (p) => {
			await p.goto(`${server.url}/bijeenkomsten/${slug}`);
			const banner = p.locator('main .utrecht-alert--warning[role="status"]');
			assert.match(await text(banner), /^Gaat niet door\s*De reden: De zaal is niet beschikbaar\.$/);
			assert.equal(await p.locator('form[action="?/register"]').count(), 0, 'no registering for a cancelled gathering');
			const ld = JSON.parse((await p.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as { eventStatus: string };
			assert.equal(ld.eventStatus, 'https://schema.org/EventCancelled');
			await expectNoAxeViolations(p);
			await p.goto(`${server.url}/bijeenkomsten?from=${day}&to=${day}`);
			assert.ok((await text(p.locator('main .card', { hasText: title }))).includes('Gaat niet door'));
		});
		const ics = await calendarFrom(await get(`/bijeenkomsten/${slug}/agenda.ics`), 'the cancelled gathering');
		assert.equal(ics.events.length, 1);
		assert.equal(ics.events[0].getFirstPropertyValue('status'), 'CANCELLED');
		assert.ok(Number(ics.events[0].getFirstPropertyValue('sequence')) >= 2, 'each change raised the sequence, so calendars take it');
		const late = await postForm(server.url, `/bijeenkomsten/${slug}?/register`, { name: 'Te Laat', email: 'te.laat@example.org' });
		assert.equal(late.status, 409);
	});

	it('the banner keeps "cancelled" and the reason apart', async () => {
		const body = await (await get(`/bijeenkomsten/${slug}`)).text();
		const banner = /utrecht-alert--warning[\s\S]*?<\/div>/.exec(body)?.[0].replace(/<[^>]+>/g, '') ?? '';
		assert.ok(banner.includes('Gaat niet door De reden:'), banner);
	});

	it('a series made through the form gets a session through its own link', async () => {
		await page.goto(`${server.url}/reeksen/nieuw`);
		let form = page.locator('main form');
		await form.locator('input[name="title"]').fill('Buurtkring E2E');
		await form.getByLabel('Per bijeenkomst').check();
		await form.getByLabel('Coöperatie Samen Twente', { exact: true }).check();
		assert.equal(await submitAndStatus(page, form), 303);
		assert.equal(new URL(page.url()).pathname, '/reeksen/buurtkring-e2e');
		assert.ok((await text(page.locator('main'))).includes('Meld u aan per bijeenkomst van deze reeks.'));
		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Bijeenkomst toevoegen aan de reeks' }).click()]);
		assert.equal(new URL(page.url()).search, '?reeks=buurtkring-e2e');
		form = page.locator('main form');
		assert.ok(await form.getByLabel('Coöperatie Samen Twente', { exact: true }).isChecked(), 'the series’ organisers are ticked');
		await form.locator('input[name="title"]').fill('Buurtkring E2E: eerste avond');
		await form.locator('input[name="startDay"]').fill(dayFromNow(60));
		await form.locator('input[name="startTime"]').fill('19:00');
		assert.equal(await submitAndStatus(page, form), 303);
		await page.goto(`${server.url}/reeksen/buurtkring-e2e`);
		assert.deepEqual(await page.locator('main .card-list h3 a').allTextContents(), ['Buurtkring E2E: eerste avond']);
		await page.goto(`${server.url}/bijeenkomsten/buurtkring-e2e-eerste-avond`);
		assert.equal(await text(page.locator('.utrecht-pre-heading')), 'Onderdeel van Buurtkring E2E');
	});
});

// ---- A case clinic ----------------------------------------------------------------------------

describe('a case clinic (the Leerfabriek)', () => {
	const accepted = { title: 'Een vaste plek voor de inloop', question: 'Waar vinden we een vaste plek voor onze wekelijkse inloop?' };
	const declined = { title: 'Vervoer naar de dagbesteding', question: 'Hoe regelen we vervoer naar de dagbesteding zonder auto?' };
	const guest = { name: 'Gonnie Gast', email: 'gonnie.gast@example.org' };
	let residentPage: Page;
	let organiserPage: Page;

	before(async () => {
		[residentPage, organiserPage] = await Promise.all([personPage(resident), personPage(coordinator)]);
	});
	after(async () => {
		await residentPage?.context().close();
		await organiserPage?.context().close();
	});

	const caseCard = (title: string) => organiserPage.locator('main section[aria-labelledby="casussen"] li.card', { hasText: title });

	it('accepted cases are for people taking part: not for anonymous visitors', async () => {
		const anonymous = await (await get(`/bijeenkomsten/${clinic.slug}`)).text();
		assert.ok(anonymous.includes('Casussen'), 'the section is there');
		assert.ok(!anonymous.includes(demoCase), 'the accepted case is not');
		await residentPage.goto(`${server.url}/bijeenkomsten/${clinic.slug}`);
		assert.equal(await residentPage.locator('main section[aria-labelledby="casussen"] .card').count(), 0, 'nor for a signed-in person who is not registered');
		assert.equal(await residentPage.locator('form[action="?/submitCase"]').count(), 0, 'who cannot bring a case either');
		const refused = await residentPage.request.post(`${server.url}/bijeenkomsten/${clinic.slug}?/submitCase`, { form: accepted, headers: { origin: server.url, accept: 'text/html' }, maxRedirects: 0 });
		assert.equal(refused.status(), 403, 'a case from someone not registered is refused');
	});

	it('a registered person sees the accepted cases and brings two of their own', async () => {
		await residentPage.goto(`${server.url}/bijeenkomsten/${clinic.slug}`);
		assert.equal(await submitAndStatus(residentPage, residentPage.locator('form[action="?/register"]')), 200);
		const cases = residentPage.locator('main section[aria-labelledby="casussen"]');
		assert.ok((await text(cases)).includes(demoCase));
		assert.ok((await text(cases)).includes('Ingebracht door Henk Brinkhuis'));
		for (const c of [accepted, declined]) {
			const form = residentPage.locator('form[action="?/submitCase"]');
			await form.locator('input[name="title"]').fill(c.title);
			await form.locator('textarea[name="question"]').fill(c.question);
			assert.equal(await submitAndStatus(residentPage, form), 200);
			assert.equal(await notice(residentPage), 'Dank u. De begeleider kijkt naar uw casus.');
		}
		assert.ok(!(await text(cases)).includes(accepted.title), 'a case is not shown before it is accepted');
	});

	it('a guest brings a case through the link in their e-mail', async () => {
		assert.equal((await postForm(server.url, `/bijeenkomsten/${clinic.slug}?/register`, { ...guest, needs: '' })).status, 200);
		const link = manageLink(await newestMail(server.url, guest.email, `U bent aangemeld: ${clinic.title}`));
		await withPage(undefined, async (p) => {
			await p.goto(link);
			assert.equal(await p.locator('main a[href="https://meet.example.org/leerfabriek"]').count(), 1, 'the confirmed guest sees the online link');
			const form = p.locator('form[action="?/submitCase"]');
			assert.equal(await form.locator('select[name="session"] option').count(), 1);
			await form.locator('input[name="title"]').fill('Te kort');
			await form.locator('textarea[name="question"]').fill('Hoe?');
			assert.equal(await submitAndStatus(p, form), 400);
			assert.equal(await text(p.locator('#field-question-error')), 'Schrijf uw vraag in minstens tien tekens.');
			await expectNoAxeViolations(p);
			await form.locator('textarea[name="question"]').fill('Hoe vinden we jonge vrijwilligers voor de buurtbus?');
			assert.equal(await submitAndStatus(p, form), 200);
			assert.equal(await notice(p), 'Dank u. De begeleider kijkt naar uw casus.');
		});
	});

	it('the organiser sees every case; declining needs a reason', async () => {
		await organiserPage.goto(`${server.url}/bijeenkomsten/${clinic.slug}/beheer`);
		for (const c of [accepted, declined]) assert.ok((await text(caseCard(c.title))).includes(`Ingebracht door ${residentName} · Nieuw`));
		assert.ok((await text(caseCard('Te kort'))).includes(`Ingebracht door ${guest.name}`));
		const form = caseCard(declined.title).locator('form[action="?/decideCase"]');
		await form.getByLabel('Niet bespreken').check();
		assert.equal(await submitAndStatus(organiserPage, form), 400);
		assert.ok((await alertText(organiserPage)).includes('Geef een reden.'));
		assert.ok((await text(caseCard(declined.title))).includes('· Nieuw'), 'nothing was decided');
		assert.equal((await readOutbox(server.url)).filter((m) => m.recipient === resident && m.subject.includes(declined.title)).length, 0, 'and nobody was told');
	});

	it('the error for a missing reason points at the reason field', async () => {
		await organiserPage.goto(`${server.url}/bijeenkomsten/${clinic.slug}/beheer`);
		const form = caseCard(declined.title).locator('form[action="?/decideCase"]');
		await form.getByLabel('Niet bespreken').check();
		assert.equal(await submitAndStatus(organiserPage, form), 400);
		const target = (await organiserPage.locator('main [role="alert"] a').first().getAttribute('href')) ?? '';
		assert.equal(await organiserPage.locator(target).count(), 1, `the summary's link ${target} leads somewhere`);
		assert.equal(await caseCard(declined.title).locator('input[name="reason"]').getAttribute('aria-invalid'), 'true');
	});

	it('declining with a reason, and accepting for a session, tell the person who brought it', async () => {
		await organiserPage.goto(`${server.url}/bijeenkomsten/${clinic.slug}/beheer`);
		let form = caseCard(declined.title).locator('form[action="?/decideCase"]');
		await form.getByLabel('Niet bespreken').check();
		await form.locator('input[name="reason"]').fill('Dit past beter bij de leerkring.');
		assert.equal(await submitAndStatus(organiserPage, form), 200);
		assert.equal(await notice(organiserPage), 'Het besluit is opgeslagen.');
		assert.ok((await text(caseCard(declined.title))).includes('Wordt niet besproken: Dit past beter bij de leerkring.'));

		form = caseCard(accepted.title).locator('form[action="?/decideCase"]');
		await form.getByLabel('Bespreken', { exact: true }).check();
		await form.getByLabel('Bij welke bijeenkomst?').selectOption({ index: 0 });
		assert.equal(await submitAndStatus(organiserPage, form), 200);
		assert.ok((await text(caseCard(accepted.title))).includes('Wordt besproken'));
		await expectNoAxeViolations(organiserPage);

		const no = await newestMail(server.url, resident, `Uw casus komt niet aan bod: ${declined.title}`);
		assert.ok(no?.text.includes('De reden: Dit past beter bij de leerkring.'));
		assert.ok(await newestMail(server.url, resident, `Uw casus is gekozen: ${accepted.title}`));
		await residentPage.goto(`${server.url}/meldingen`);
		const notices = await text(residentPage.locator('main'));
		assert.ok(notices.includes(`Uw casus "${accepted.title}" komt aan bod bij "${clinic.title}".`));
		assert.ok(notices.includes(`Uw casus "${declined.title}" komt niet aan bod. De reden: Dit past beter bij de leerkring.`));
	});

	it('the accepted case is shown to registered people only; the declined one to nobody', async () => {
		await residentPage.goto(`${server.url}/bijeenkomsten/${clinic.slug}`);
		const cases = await text(residentPage.locator('main section[aria-labelledby="casussen"]'));
		assert.ok(cases.includes(accepted.title) && cases.includes(accepted.question));
		assert.ok(cases.includes(`Ingebracht door ${residentName}`));
		assert.ok(!cases.includes(declined.title));
		const anonymous = await (await get(`/bijeenkomsten/${clinic.slug}`)).text();
		assert.ok(!anonymous.includes(accepted.title) && !anonymous.includes(declined.title) && !anonymous.includes(demoCase));
	});
});

// ---- Calendars ----------------------------------------------------------------------------------

describe('calendars', () => {
	it('a gathering’s .ics holds one event in Amsterdam time', async () => {
		const cal = await calendarFrom(await get(`/bijeenkomsten/${annual.slug}/agenda.ics`), 'the annual day');
		assert.deepEqual(summaries(cal), [annual.title]);
		const [event] = cal.events;
		assert.equal(event.getFirstPropertyValue('status'), 'CONFIRMED');
		assert.equal(event.getFirstPropertyValue('url'), `${server.url}/bijeenkomsten/${annual.slug}`);
		assert.equal(event.getFirstPropertyValue('location'), 'Theaterhotel Almelo, Schouwburgplein 1');
		const start = new ICAL.Event(event).startDate;
		assert.deepEqual([start.toString().slice(0, 10), start.hour, start.minute], [dayFromNow(35), 10, 0]);
		assert.equal(new ICAL.Event(event).endDate.hour, 16);
	});

	it('a series’ .ics holds its dated sessions', async () => {
		const cal = await calendarFrom(await get(`/reeksen/${circle.slug}/agenda.ics`), 'the learning circle');
		assert.deepEqual(summaries(cal), ['Leerkring 1: aftrap', 'Leerkring 2: het dorpsplan van Aadorp', 'Leerkring 3: een buurthuis in eigen hand']);
		assert.equal(cal.component.getFirstPropertyValue('x-wr-calname'), circle.title);
	});

	it('a space’s .ics holds the gatherings in it', async () => {
		const cal = await calendarFrom(await get(`/ruimtes/${space}/agenda.ics`), 'the regioplan space');
		assert.deepEqual(summaries(cal).sort(), [
			'Bewonersavond Aadorp: wat vindt u belangrijk?',
			'Bewonersavond Almelo: wat vindt u belangrijk?',
			'Bewonersavond Kerkelanden: wat vindt u belangrijk?',
			// The meetings the demo's input comes from.
			'Buurtgesprek Wesselerbrink: samen gezond in de wijk',
			'Dorpsavond Aadorp: wat vindt u belangrijk?',
			'Koffieochtend Kerkelanden: wat maakt de wijk fijn?',
			clinic.title,
			'Noaberavond Tubbergen: zorg en hulp in het dorp',
			'Online avond voor jongeren: jouw Almelo'
		]);
		assert.ok(!JSON.stringify(cal.component.toJSON()).includes('meet.example.org'), 'no online link in a public calendar');
	});

	it('the personal feed from /mijn-bijeenkomsten works without signing in, and renewing it retires the old address', async () => {
		await withPage(resident, async (page) => {
			await page.goto(`${server.url}/mijn-bijeenkomsten`);
			const feed = await text(page.locator('code.feed-url'));
			assert.match(feed, new RegExp(`^${server.url}/kalender/[\\w-]{20,}\\.ics$`));
			const res = await fetch(feed);
			assert.match(res.headers.get('cache-control') ?? '', /private/);
			const cal = await calendarFrom(res, 'the personal feed');
			const titles = summaries(cal);
			for (const title of [clinic.title, 'Leerkring 1: aftrap', 'Leerkring 2: het dorpsplan van Aadorp', 'Leerkring 3: een buurthuis in eigen hand', 'Buurtavond E2E'])
				assert.ok(titles.includes(title), `the feed holds ${title}`);
			assert.ok(!titles.includes(evening.title), 'not a gathering the person cancelled');
			assert.equal(eventNamed(cal, 'Buurtavond E2E').getFirstPropertyValue('status'), 'CANCELLED', 'a cancelled gathering stays, marked cancelled');
			assert.equal(eventNamed(cal, clinic.title).getFirstPropertyValue('status'), 'CONFIRMED');
			assert.match(String(eventNamed(cal, clinic.title).getFirstPropertyValue('location')), /https:\/\/meet\.example\.org\/leerfabriek/, 'a participant gets the online link in the event');

			assert.equal(await submitAndStatus(page, page.locator('form[action="?/renewFeed"]')), 200);
			assert.equal(await notice(page), 'U heeft een nieuw adres. Het oude adres werkt niet meer.');
			const renewed = await text(page.locator('code.feed-url'));
			assert.notEqual(renewed, feed);
			assert.equal((await fetch(feed)).status, 404, 'the old address answers 404');
			await calendarFrom(await fetch(renewed), 'the renewed feed');
			await expectNoAxeViolations(page);
		});
		assert.equal((await fetch(`${server.url}/kalender/geen-geldig-adres.ics`)).status, 404);
	});
});

// ---- What others may not do -----------------------------------------------------------------------

describe('what people who do not organise may not do', () => {
	let residentJar: Jar;
	let demoCaseId = '';
	let someoneId = '';

	before(async () => {
		residentJar = await signedIn(resident);
		const manage = await (await get(`/bijeenkomsten/${clinic.slug}/beheer`, await signedIn(coordinator))).text();
		demoCaseId = /name="caseId" value="([^"]+)"/.exec(manage.slice(manage.indexOf(demoCase)))?.[1] ?? '';
		someoneId = /name="present" value="([^"]+)"/.exec(manage)?.[1] ?? '';
		assert.ok(demoCaseId && someoneId);
	});

	it('a resident opening a manage page or the participants list gets 403', async () => {
		await withPage(resident, async (page) => {
			for (const path of [`/bijeenkomsten/${clinic.slug}/beheer`, `/bijeenkomsten/${annual.slug}/beheer`, `/reeksen/${circle.slug}/beheer`]) {
				const response = await page.goto(server.url + path);
				assert.equal(response?.status(), 403, path);
				assert.equal(await text(page.locator('h1')), 'Geen toegang');
				assert.ok(!(await page.content()).includes('deelnemer1@example.org'), 'no participant is shown');
			}
			const csv = await page.request.get(`${server.url}/bijeenkomsten/${annual.slug}/deelnemers.csv`, { maxRedirects: 0 });
			assert.equal(csv.status(), 403);
			assert.ok(!(await csv.text()).includes('@example.org'));
		});
		const anonymous = await get(`/bijeenkomsten/${annual.slug}/beheer`);
		assert.equal(anonymous.status, 303, 'an anonymous visitor is sent to sign in');
		assert.equal(anonymous.headers.get('location'), `/inloggen?next=${encodeURIComponent(`/bijeenkomsten/${annual.slug}/beheer`)}`);
		assert.equal((await get(`/bijeenkomsten/${annual.slug}/deelnemers.csv`)).status, 401);
	});

	it('POSTing to the manage actions as a resident (403) or anonymously (sent to sign in) changes nothing', async () => {
		const base = `/bijeenkomsten/${clinic.slug}/beheer`;
		const attempts: [action: string, fields: Record<string, string>][] = [
			['update', { title: 'Overgenomen bijeenkomst', startDay: dayFromNow(5), startTime: '09:00', format: 'in_person', organiserIds: '00000000-0000-4000-8000-000000000000' }],
			['cancel', { reason: 'Gekaapt' }],
			['attendance', { present: someoneId }],
			['decideCase', { caseId: demoCaseId, decision: 'declined', reason: 'Gekaapt' }],
			['report', { report: 'Gekaapt verslag', attendeeCount: '999' }]
		];
		for (const [action, fields] of attempts) {
			const asResident = await postForm(server.url, `${base}?/${action}`, fields, residentJar);
			assert.equal(asResident.status, 403, `?/${action} as a resident`);
			// The action refuses (401); the page it would show then sends the visitor to sign in.
			const anonymous = await postForm(server.url, `${base}?/${action}`, fields);
			assert.equal(anonymous.status, 303, `?/${action} anonymously`);
			assert.match(anonymous.headers.get('location') ?? '', /^\/inloggen\?next=/);
		}
		const series = await postForm(server.url, `/reeksen/${circle.slug}/beheer`, { title: 'Overgenomen reeks', organiserIds: '00000000-0000-4000-8000-000000000000' }, residentJar);
		assert.equal(series.status, 403, 'the series manage form as a resident');
		const session = await postForm(server.url, `/bijeenkomsten/nieuw?reeks=${circle.slug}`, { title: 'Ingeschoven sessie', organiserIds: '00000000-0000-4000-8000-000000000000' }, residentJar);
		assert.equal(session.status, 403, 'adding a session to someone else’s series');

		await withPage(coordinator, async (page) => {
			await page.goto(`${server.url}/bijeenkomsten/${clinic.slug}`);
			assert.equal(await text(page.locator('h1')), clinic.title);
			assert.equal(await page.locator('.utrecht-alert--warning').count(), 0, 'not cancelled');
			assert.equal(await page.locator('section[aria-labelledby="verslag"]').count(), 0, 'no report');
			await page.goto(`${server.url}${base}`);
			const counts = await definitions(page.locator('section[aria-labelledby="deelnemers"] dl.facts'));
			assert.equal(counts.Aanwezig, '–', 'no attendance was recorded');
			assert.ok((await text(page.locator('main li.card', { hasText: demoCase }))).includes('Wordt besproken'), 'the case is still accepted');
			await page.goto(`${server.url}/reeksen/${circle.slug}`);
			assert.equal(await text(page.locator('h1')), circle.title);
			assert.equal(await page.locator('main .card-list h3 a', { hasText: 'Ingeschoven sessie' }).count(), 0);
		});
		const outbox = await readOutbox(server.url);
		assert.equal(outbox.filter((m) => m.text.includes('Gekaapt')).length, 0, 'nobody was told anything');
	});

	it('a resident cannot announce a gathering in an organisation’s name', async () => {
		const cooperative = await cooperativeId();
		const res = await postForm(server.url, '/bijeenkomsten/nieuw', { title: 'Namens een ander', startDay: dayFromNow(9), startTime: '10:00', format: 'in_person', organiserIds: cooperative }, residentJar);
		assert.equal(res.status, 403);
		assert.equal((await get('/bijeenkomsten/namens-een-ander')).status, 404, 'nothing was made');
	});
});
