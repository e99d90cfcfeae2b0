/**
 * The request desk and the plans radar, in a real Chromium with JavaScript OFF: the public desk
 * of the demo municipality in Dutch and in English with no axe (WCAG 2.2 AA) violations; its
 * coordinator changes what it promises and sees it on the public desk; bad input is refused with
 * the message next to its field and nothing saved; residents and plain members may not manage the
 * desk; the radar filters plans; a resident follows it and hears of a plan that a municipality
 * member publishes; and plan pages are clean in both languages.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'playwright-core';
import {
	checkShownPage,
	launchBrowser,
	newestMail,
	openPage,
	people,
	postForm,
	startServer,
	submit,
	submitAndStatus,
	summaryLinks,
	switchLanguage,
	usingPage,
	visitChecked,
	waitForOutbox,
	type Lang,
	type Server
} from './support.ts';

/** The demo municipality's desk coordinator, a plain member of it, and a resident without memberships. */
const deskCoordinator = 'gemeente@example.org';
const plainMember = 'wijkcoach@example.org';
const resident = 'inwoner@example.org';
const municipality = { slug: 'gemeente-almelo', name: 'Gemeente Almelo' };
const desk = `/organisaties/${municipality.slug}/verzoeken`;
const manage = `${desk}/beheer`;
const newPlan = `/organisaties/${municipality.slug}/plannen/nieuw`;
/** A demo plan of the municipality (phase "preparation"). */
const demoPlan = { slug: 'nieuwe-woningen-aan-de-sluitersveldssingel', title: 'Nieuwe woningen aan de Sluitersveldssingel' };

let server: Server;
let browser: Browser;
const { signedIn, get, html } = people(() => ({ server, browser }));

// ---- Helpers ------------------------------------------------------------------------------------

const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
/** Text as rendered, so the terms and values of a list of facts read "term value term value". */
const shown = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();
const alertOf = (scope: Page | Locator) => scope.locator('[role="alert"]');

const personPage = (email?: string, lang: Lang = 'nl') => openPage(browser, server.url, { email, lang, start: desk });

const withPage = <T>(email: string | undefined, run: (page: Page) => Promise<T>, lang: Lang = 'nl') => usingPage(personPage(email, lang), run);

const visit = (page: Page, path: string, status: number, lang: Lang) => visitChecked(page, server.url, path, status, lang);

/** The promise row of one request type on the public desk: [type, acknowledge, decide, note]. */
async function promiseRow(type: string): Promise<string[] | null> {
	const page = await html(desk);
	const row = new RegExp(`<tr class="utrecht-table__row" id="belofte-${type}">([\\s\\S]*?)</tr>`).exec(page)?.[1];
	if (!row) return null;
	return [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => m[1].replace(/<!--[\s\S]*?-->/g, '').trim());
}

const promiseForm = (page: Page, type: string) => page.locator('form[action="?/promise"]', { has: page.locator(`input[name="type"][value="${type}"]`) });
const promiseCard = (page: Page, type: string) => page.locator('.card', { has: promiseForm(page, type) });

/** The number in "6 plannen gevonden" / "1 plan gevonden". */
async function planCount(page: Page): Promise<number> {
	const shown = await text(page.locator('main p[role="status"]'));
	const count = /^(\d+) plan(?:nen)? gevonden$/.exec(shown)?.[1];
	assert.ok(count, `the radar says how many plans it shows: ${JSON.stringify(shown)}`);
	return Number(count);
}

// ---- Setup --------------------------------------------------------------------------------------

before(async () => {
	[server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

after(async () => {
	await browser?.close();
	await server?.stop();
});

// ---- The public desk ----------------------------------------------------------------------------

describe('the public desk of the demo municipality', () => {
	it('in Dutch: promises, contact points, escalation, criteria, figures and public requests; axe-clean', async () => {
		await withPage(undefined, async (page) => {
			await page.goto(`${server.url}/organisaties/${municipality.slug}`);
			const link = page.locator(`main a[href="${desk}"]`);
			assert.equal(await text(link), 'Wat kunt u verwachten? Verzoeken en termijnen', 'the organisation page links to its desk');
			await Promise.all([page.waitForNavigation(), link.click()]);
			assert.equal(new URL(page.url()).pathname, desk);
			await checkShownPage(page, 'nl', 'the public desk', { title: true });

			assert.equal(await text(page.locator('h1')), `Verzoeken aan ${municipality.name}`);
			assert.equal(await page.locator('main .utrecht-rich-text strong', { hasText: 'ja, tenzij' }).count(), 1, 'the intro is rendered Markdown');
			const ask = page.getByRole('link', { name: 'Verzoek insturen' });
			assert.equal(await ask.getAttribute('href'), `/verzoeken/nieuw?organisatie=${municipality.slug}`);
			assert.equal(await page.locator(`a[href="${manage}"]`).count(), 0, 'a visitor gets no manage link');

			assert.equal(await text(page.locator('table caption')), `Wat ${municipality.name} behandelt, en hoe snel`);
			assert.deepEqual(await page.locator('table thead th').allTextContents(), ['Soort verzoek', 'Bevestiging binnen', 'Besluit binnen', 'Toelichting']);
			assert.equal(await page.locator('table tbody tr').count(), 7, 'the municipality takes every kind of request');
			assert.deepEqual((await promiseRow('information'))?.slice(0, 3), ['Informatie', '2 werkdagen', '10 werkdagen']);

			const contacts = page.locator('section[aria-labelledby="contactpunten"] li.card');
			assert.equal(await contacts.count(), 3);
			const coach = contacts.filter({ hasText: 'Wijkcoach zorg en welzijn' });
			assert.equal(await shown(coach.locator('dl')), 'Persoon achter deze rol Sander Mulder Thema’s Zorg en welzijn, Ouderen Gebieden Almelo');
			assert.match(await shown(contacts.filter({ hasText: 'Accountmanager burgerinitiatieven' }).locator('dl')), /Thema’s Alle thema’s/);

			assert.equal(
				await text(page.locator('section[aria-labelledby="te-laat"] p')),
				'Is een stap te laat? Dan gaat uw verzoek vanzelf naar: Bureau wethouder sociaal domein. Dat is nu Karin ter Horst.'
			);
			assert.equal(await page.locator('section[aria-labelledby="uitdaagrecht"] ol li').count(), 5, 'the five right-to-challenge criteria');

			const figures = page.locator('section[aria-labelledby="cijfers"] dl');
			assert.match(await shown(figures), /^Verzoeken ontvangen \d+ Bevestigd na \(mediaan\) [\d,]+ werkdag(en)? Besluit na \(mediaan\) [\d,]+ werkdag(en)? Op tijd besloten \d+% Besluit "Ja" \d+% Besluit "Ja, met voorwaarden" \d+% Besluit "Nee" \d+%$/);

			const listed = page.locator('section[aria-labelledby="openbaar"] li.card');
			assert.ok((await listed.count()) >= 1, 'public requests are listed');
			const bench = listed.filter({ hasText: 'Drie bankjes langs het ommetje in Aadorp' });
			assert.match((await bench.locator('h3 a').getAttribute('href')) ?? '', /^\/verzoeken\/[0-9a-f-]{36}$/);
			assert.match(await shown(bench), /Afgesloten Besluit: Ja$/);
		});
	});

	it('in English, axe-clean', async () => {
		await withPage(
			undefined,
			async (page) => {
				await visit(page, desk, 200, 'en');
				assert.equal(await text(page.locator('h1')), `Requests to ${municipality.name}`);
				assert.equal(await text(page.locator('table caption')), `What ${municipality.name} handles, and how fast`);
				assert.deepEqual((await page.locator('#belofte-information th, #belofte-information td').allTextContents()).slice(0, 3), ['Information', '2 working days', '10 working days']);
				assert.equal(await text(page.locator('#cijfers')), 'How it went over the past 12 months');
				assert.equal(await page.getByRole('link', { name: 'Make a request' }).count(), 1);
			},
			'en'
		);
	});

	it('an organisation with no promises says it takes no requests through Samenspel yet, and has no figures', async () => {
		const directory = await html('/organisaties');
		const slug = /href="\/organisaties\/([a-z0-9-]+)"[^>]*>Adviesraad Sociaal Domein Almelo</.exec(directory)?.[1];
		assert.ok(slug, 'the directory lists the advisory council');
		await withPage(undefined, async (page) => {
			await visit(page, `/organisaties/${slug}/verzoeken`, 200, 'nl');
			assert.equal(await text(page.locator('main [role="status"]').first()), 'Adviesraad Sociaal Domein Almelo neemt nog geen verzoeken aan via Samenspel.');
			assert.equal(await page.locator('main table').count(), 0);
			assert.equal(await page.getByRole('link', { name: 'Verzoek insturen' }).count(), 0);
			assert.deepEqual(await page.locator('section[aria-labelledby="cijfers"] dd').allTextContents(), ['0', ...Array(6).fill('nog geen gegevens')]);
		});
		assert.equal((await get('/organisaties/bestaat-niet/verzoeken')).status, 404);
	});
});

// ---- Managing the desk --------------------------------------------------------------------------

describe(`the desk coordinator (${deskCoordinator}) manages the desk`, () => {
	let page: Page;
	before(async () => {
		page = await personPage(deskCoordinator);
	});
	after(() => page?.context().close());

	it('the manage page is linked from the desk and axe-clean in Dutch and English', async () => {
		await page.goto(server.url + desk);
		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Verzoeken en termijnen beheren' }).click()]);
		assert.equal(new URL(page.url()).pathname, manage);
		await checkShownPage(page, 'nl', 'the manage page', { title: true });
		assert.equal(await page.locator('form[action="?/promise"]').count(), 7, 'one form per request type');
		assert.equal(await page.locator('form[action="?/updateContact"]').count(), 3, 'one form per contact point');
		assert.equal(await page.locator('select[name="escalationUserId"] option:checked').textContent(), 'Karin ter Horst');
		assert.equal((await page.locator('textarea[name="challengeCriteria"]').inputValue()).split('\n').length, 5, 'one criterion per line');

		await switchLanguage(page);
		await checkShownPage(page, 'en', 'the manage page', { title: true });
		assert.equal(await text(page.locator('h1')), 'Manage requests and time limits');
		await switchLanguage(page);
	});

	it('a changed promise shows on the public desk', async () => {
		await page.goto(server.url + manage);
		const form = promiseForm(page, 'information');
		assert.ok(await form.locator('input[name="offered"]').isChecked());
		await form.locator('input[name="acknowledgeDays"]').fill('4');
		await form.locator('input[name="decideDays"]').fill('15');
		await form.locator('input[name="note"]').fill('Wij bellen u binnen vier werkdagen.');
		assert.equal(await submitAndStatus(page, form), 200);
		assert.equal(await text(promiseCard(page, 'information').locator('[role="status"]')), 'Opgeslagen.', 'the notice is next to that form');
		assert.equal(await page.locator('main .utrecht-alert--ok').count(), 1, 'and nowhere else');
		assert.equal(await promiseForm(page, 'information').locator('input[name="decideDays"]').inputValue(), '15');
		await checkShownPage(page, 'nl', 'the manage page after saving a promise', { title: true });
		assert.deepEqual(await promiseRow('information'), ['Informatie', '4 werkdagen', '15 werkdagen', 'Wij bellen u binnen vier werkdagen.']);
	});

	it('deciding sooner than confirming is refused with 400, the message next to the field, and nothing saved', async () => {
		await page.goto(server.url + manage);
		const form = promiseForm(page, 'information');
		await form.locator('input[name="acknowledgeDays"]').fill('10');
		await form.locator('input[name="decideDays"]').fill('5');
		assert.equal(await submitAndStatus(page, form), 400);

		const card = promiseCard(page, 'information');
		assert.equal(await alertOf(page).count(), 1, 'one error summary, in the form that failed');
		assert.deepEqual(await summaryLinks(card), [{ href: '#promise-information-decideDays', message: 'Besluiten kan niet eerder dan bevestigen.', target: true }]);
		assert.equal(await text(page.locator('#promise-information-decideDays-error')), 'Besluiten kan niet eerder dan bevestigen.');
		const field = page.locator('#promise-information-decideDays');
		assert.equal(await field.getAttribute('aria-invalid'), 'true');
		assert.match((await field.getAttribute('aria-describedby')) ?? '', /promise-information-decideDays-error/);
		assert.equal(await field.inputValue(), '5', 'what was typed is kept');
		assert.equal(await page.locator('#promise-information-acknowledgeDays').inputValue(), '10');
		assert.equal(await page.locator('#promise-support-decideDays').getAttribute('aria-invalid'), null, 'other forms are untouched');
		await checkShownPage(page, 'nl', 'the manage page with a refused promise', { title: true });

		assert.deepEqual((await promiseRow('information'))?.slice(1, 3), ['4 werkdagen', '15 werkdagen'], 'the public desk still shows the old promise');
	});

	it('a request type is no longer offered, and offered again', async () => {
		await page.goto(server.url + manage);
		await promiseForm(page, 'permit_question').locator('input[name="offered"]').uncheck();
		assert.equal(await submitAndStatus(page, promiseForm(page, 'permit_question')), 200);
		assert.match(await text(promiseCard(page, 'permit_question').locator('h3')), /\(nog niet aangeboden\)$/);
		assert.equal(await promiseRow('permit_question'), null, 'the public desk no longer lists it');

		const form = promiseForm(page, 'permit_question');
		assert.equal(await form.locator('input[name="acknowledgeDays"]').inputValue(), '', 'a type not offered has no days yet');
		await form.locator('input[name="offered"]').check();
		await form.locator('input[name="acknowledgeDays"]').fill('3');
		await form.locator('input[name="decideDays"]').fill('10');
		assert.equal(await submitAndStatus(page, form), 200);
		assert.deepEqual((await promiseRow('permit_question'))?.slice(1, 3), ['3 werkdagen', '10 werkdagen']);
	});

	it('the escalation role, its person and the criteria are saved and shown; an empty role is refused', async () => {
		await page.goto(server.url + manage);
		const form = page.locator('form[action="?/desk"]');
		await form.locator('input[name="escalationRole"]').fill('   ');
		assert.equal(await submitAndStatus(page, form), 400);
		assert.equal(await text(page.locator('#field-escalationRole-error')), 'Vul dit veld in.');
		assert.deepEqual(await summaryLinks(page.locator('section[aria-labelledby="algemeen"]')), [{ href: '#field-escalationRole', message: 'Vul dit veld in.', target: true }]);
		await checkShownPage(page, 'nl', 'the desk form with an empty role', { title: true });
		assert.match((await publicDesk()).escalation, /Bureau wethouder sociaal domein/, 'nothing changed');

		await form.locator('input[name="escalationRole"]').fill('Teamleider wijkzaken');
		await form.locator('select[name="escalationUserId"]').selectOption({ label: 'Fatma Yıldız' });
		await form.locator('textarea[name="challengeCriteria"]').fill('Het plan is goed voor de buurt.\n\nHet initiatief heeft een bestuur.\n');
		assert.equal(await submitAndStatus(page, form), 200);
		assert.equal(await text(page.locator('section[aria-labelledby="algemeen"] [role="status"]')), 'Opgeslagen.');

		const after = await publicDesk();
		assert.equal(after.escalation, 'Is een stap te laat? Dan gaat uw verzoek vanzelf naar: Teamleider wijkzaken. Dat is nu Fatma Yıldız.');
		assert.deepEqual(after.criteria, ['Het plan is goed voor de buurt.', 'Het initiatief heeft een bestuur.'], 'blank lines are dropped');
	});

	it('a contact point is added (an empty role refused next to its field), changed and removed', async () => {
		await page.goto(server.url + manage);
		let form = page.locator('form[action="?/addContact"]');
		await form.locator('input[name="role"]').fill(' ');
		assert.equal(await submitAndStatus(page, form), 400);
		assert.equal(await text(page.locator('#new-contact-role-error')), 'Vul dit veld in.');
		assert.deepEqual(await summaryLinks(page.locator('section[aria-labelledby="contactpunten"]')), [{ href: '#new-contact-role', message: 'Vul dit veld in.', target: true }]);
		await checkShownPage(page, 'nl', 'the add-contact form with an empty role', { title: true });

		form = page.locator('form[action="?/addContact"]');
		await form.locator('input[name="role"]').fill('Jongerenwerker Schelfhorst');
		await form.locator('select[name="userId"]').selectOption({ label: 'Sander Mulder' });
		await form.getByLabel('Jeugd', { exact: true }).check();
		await form.getByLabel('Schelfhorst (buurt)', { exact: true }).check();
		assert.equal(await submitAndStatus(page, form), 200);
		assert.equal(await text(page.locator('section[aria-labelledby="contactpunten"] [role="status"]')), 'Het contactpunt is toegevoegd.');
		const card = () => page.locator('section[aria-labelledby="contactpunten"] li.card', { hasText: 'Jongerenwerker Schelfhorst' });
		assert.equal(await shown(card().locator('dl')), 'Persoon achter deze rol Sander Mulder Thema’s Jeugd Gebieden Schelfhorst (buurt)');
		await checkShownPage(page, 'nl', 'the manage page with a new contact point', { title: true });

		const publicCard = async () => {
			const page = await html(desk);
			return /<h3 class="utrecht-heading-3">Jongerenwerker Schelfhorst<\/h3>([\s\S]*?)<\/li>/.exec(page)?.[1]?.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim() ?? null;
		};
		assert.equal(await publicCard(), 'Persoon achter deze rol Sander Mulder Thema’s Jeugd Gebieden Schelfhorst');

		const update = card().locator('form[action="?/updateContact"]');
		await card().locator('summary').click();
		await update.locator('input[name="role"]').fill('Jongerenwerker Schelfhorst en Kerkelanden');
		await update.getByLabel('Kerkelanden (buurt)', { exact: true }).check();
		assert.equal(await submitAndStatus(page, update), 200);
		const changed = page.locator('section[aria-labelledby="contactpunten"] li.card', { hasText: 'Jongerenwerker Schelfhorst en Kerkelanden' });
		assert.equal(await text(changed.locator('[role="status"]')), 'Opgeslagen.');
		assert.match(await shown(changed.locator('dl')), /Gebieden (Kerkelanden \(buurt\), Schelfhorst \(buurt\)|Schelfhorst \(buurt\), Kerkelanden \(buurt\))$/);

		await submitAndStatus(page, changed.locator('form[action="?/removeContact"]'));
		assert.equal(await text(page.locator('section[aria-labelledby="contactpunten"] > [role="status"]')), 'Het contactpunt is verwijderd.');
		assert.equal(await page.locator('section[aria-labelledby="contactpunten"] li.card', { hasText: 'Jongerenwerker' }).count(), 0);
		assert.ok(!(await html(desk)).includes('Jongerenwerker'), 'the public desk no longer lists it');
	});
});

/** The public desk's escalation paragraph and challenge criteria, as a visitor reads them. */
function publicDesk(): Promise<{ escalation: string; criteria: string[] }> {
	return withPage(undefined, async (page) => {
		await page.goto(server.url + desk);
		return {
			escalation: await shown(page.locator('section[aria-labelledby="te-laat"] p')),
			criteria: (await page.locator('section[aria-labelledby="uitdaagrecht"] ol li').allTextContents()).map((c) => c.trim())
		};
	});
}

// ---- Who may not manage the desk ----------------------------------------------------------------

describe('people who do not coordinate the municipality may not manage its desk', () => {
	const attempts: [action: string, fields: Record<string, string>][] = [
		['promise', { type: 'information', offered: 'on', acknowledgeDays: '1', decideDays: '1', note: 'Gekaapt' }],
		['desk', { intro: 'Gekaapt', escalationRole: 'Gekaapte rol', escalationUserId: '', challengeCriteria: '' }],
		['addContact', { role: 'Gekaapt contactpunt', userId: '' }]
	];

	for (const email of [resident, plainMember]) {
		it(`${email} gets 403 on the manage page and on every post to it`, async () => {
			await withPage(email, async (page) => {
				const response = await page.goto(server.url + manage);
				assert.equal(response?.status(), 403);
				assert.equal(await text(page.locator('h1')), 'Geen toegang');
				await checkShownPage(page, 'nl', `the manage page as ${email}`, { title: true });
				await page.goto(server.url + desk);
				assert.equal(await page.locator(`a[href="${manage}"]`).count(), 0, 'the desk shows no manage link');
			});
			const jar = await signedIn(email);
			for (const [action, fields] of attempts) {
				const res = await postForm(server.url, `${manage}?/${action}`, fields, jar);
				assert.equal(res.status, 403, `POST ?/${action} as ${email}`);
			}
		});
	}

	it('a visitor is sent to sign in, and a post without an account ends there too', async () => {
		const res = await get(manage);
		assert.equal(res.status, 303);
		assert.equal(res.headers.get('location'), `/inloggen?next=${encodeURIComponent(manage)}`);
		for (const [action, fields] of attempts) {
			const posted = await postForm(server.url, `${manage}?/${action}`, fields);
			assert.equal(posted.status, 303, `POST ?/${action} anonymously`);
			assert.match(posted.headers.get('location') ?? '', /^\/inloggen\?next=/);
		}
		const foreign = await postForm(server.url, `${manage}?/promise`, attempts[0][1], await signedIn(deskCoordinator), { origin: 'https://elders.example.org' });
		assert.equal(foreign.status, 403, 'a post from another site is refused, even for the coordinator');
	});

	it('nothing they sent was saved', async () => {
		const page = await html(desk);
		assert.ok(!page.includes('Gekaapt'), 'no hijacked text on the public desk');
		assert.notDeepEqual((await promiseRow('information'))?.slice(1, 3), ['1 werkdag', '1 werkdag']);
	});
});

// ---- The radar ----------------------------------------------------------------------------------

describe('the plans radar', () => {
	it('lists the plans; the filters for theme, area and phase work as a plain GET form; axe-clean in both languages', async () => {
		await withPage(undefined, async (page) => {
			await page.goto(server.url + desk);
			await Promise.all([page.waitForNavigation(), page.locator('nav[aria-label="Hoofdmenu"]').getByRole('link', { name: 'Plannen' }).click()]);
			assert.equal(new URL(page.url()).pathname, '/plannen');
			await checkShownPage(page, 'nl', 'the radar', { title: true });
			assert.equal(await text(page.locator('h1')), 'Plannen op de radar');
			const all = await planCount(page);
			assert.ok(all >= 6, 'the demo plans are listed');
			assert.equal(await page.locator('main .card-list > li').count(), all);
			assert.equal(await page.getByRole('link', { name: 'Log in om plannen te volgen' }).getAttribute('href'), '/inloggen?next=%2Fplannen', 'a visitor is told to sign in to follow');
			assert.equal(await page.locator('form[action="?/follow"]').count(), 0);

			const filter = page.locator('form[role="search"]');
			await filter.locator('select[name="phase"]').selectOption({ label: 'Idee' });
			await submit(page, filter.locator('button[type="submit"]'));
			assert.equal(new URL(page.url()).searchParams.get('phase'), 'idea');
			assert.equal(await page.locator('select[name="phase"] option:checked').textContent(), 'Idee', 'the chosen phase stays selected');
			const ideas = await planCount(page);
			assert.ok(ideas >= 2 && ideas < all, `the phase filter narrows the list (${ideas} of ${all})`);
			for (const meta of await page.locator('main .card .card-meta').allTextContents()) assert.match(meta.trim(), /^Idee · /);
			await checkShownPage(page, 'nl', 'the radar filtered by phase', { title: true });

			await filter.locator('select[name="phase"]').selectOption('');
			await filter.locator('select[name="themeId"]').selectOption({ label: 'Wonen' });
			await submit(page, filter.locator('button[type="submit"]'));
			const housing = page.locator('main .card');
			assert.ok((await housing.count()) >= 1);
			for (const facts of await housing.locator('dl').allTextContents()) assert.match(facts, /Wonen/);
			assert.ok(await page.locator('main .card h2 a', { hasText: demoPlan.title }).count(), 'the housing plan is found');

			await filter.locator('select[name="themeId"]').selectOption('');
			await filter.locator('select[name="areaId"]').selectOption({ label: 'Aadorp' });
			await submit(page, filter.locator('button[type="submit"]'));
			const titles = await page.locator('main .card h2').allTextContents();
			assert.ok(titles.some((title) => title.includes('Een nieuw dorpsplein voor Aadorp')), `Aadorp's plan is found: ${titles.join(' | ')}`);
			assert.ok(!titles.some((title) => title.includes(demoPlan.title)), 'a plan for Kerkelanden is not');

			await page.goto(`${server.url}/plannen?phase=geen-fase&themeId=kapot`);
			assert.equal(await planCount(page), all, 'a filter that makes no sense is ignored');
		});
		await withPage(
			undefined,
			async (page) => {
				await visit(page, '/plannen?phase=participation', 200, 'en');
				assert.equal(await text(page.locator('h1')), 'Plans on the radar');
				assert.match(await text(page.locator('main p[role="status"]')), /^\d+ plans? found$/);
				for (const meta of await page.locator('main .card .card-meta').allTextContents()) assert.match(meta.trim(), /^You can take part now · /);
			},
			'en'
		);
	});

	it('a plan page shows phase, themes, areas, when and how to take part, the contact and the space; axe-clean in both languages', async () => {
		await withPage(undefined, async (page) => {
			await visit(page, `/plannen/${demoPlan.slug}`, 200, 'nl');
			assert.equal(await text(page.locator('h1')), demoPlan.title);
			const facts = await shown(page.locator('main > dl.facts'));
			for (const part of ['Fase Voorbereiding', `Organisatie ${municipality.name}`, 'Thema’s Wonen', 'Gebieden Kerkelanden', 'Op de radar sinds']) assert.ok(facts.includes(part), `the plan shows "${part}": ${facts}`);
			const takePart = await shown(page.locator('section[aria-labelledby="meedoen"]'));
			assert.match(takePart, /Wanneer kunt u meedoen\? van \d+ \S+ \d{4} tot en met \d+ \S+ \d{4}/);
			assert.match(takePart, /Contact Accountmanager burgerinitiatieven \(Fatma Yıldız\)/);
			assert.match(takePart, /Hoe kunt u meedoen\? In het voorjaar houden we twee avonden/);
			assert.equal(await page.locator(`a[href="/plannen/${demoPlan.slug}/bewerken"]`).count(), 0, 'a visitor gets no edit link');

			await page.goto(`${server.url}/plannen`);
			const linked = page.locator('main .card', { hasText: 'Regioplan gezondheid en zorg Twente' }).locator('h2 a');
			await Promise.all([page.waitForNavigation(), linked.click()]);
			await checkShownPage(page, 'nl', 'the plan linked to a space', { title: true });
			assert.equal(await page.locator('section[aria-labelledby="meedoen"] a[href^="/ruimtes/"]').count(), 1, 'the plan links to its space');
			assert.equal(await text(page.locator('main .badge')), 'Meedoen kan nu');
		});
		await withPage(
			undefined,
			async (page) => {
				await visit(page, `/plannen/${demoPlan.slug}`, 200, 'en');
				assert.equal(await text(page.locator('#meedoen')), 'Taking part');
				assert.equal(await text(page.locator('main .badge')), 'Preparation');
			},
			'en'
		);
		assert.equal((await get('/plannen/bestaat-niet')).status, 404);
	});
});

// ---- Following the radar and hearing of a new plan ----------------------------------------------

describe('a resident follows the radar and hears of a plan a municipality member publishes', () => {
	const matching = { title: 'Een ontmoetingsplek voor ouderen in Aadorp', theme: 'Ouderen', area: 'Aadorp' };
	const other = { title: 'Een sportveld in Glanerbrug', theme: 'Sport', area: 'Glanerbrug' };
	let planPath = '';

	it('the resident chooses themes and areas to follow; the page shows the choice', async () => {
		await withPage(resident, async (page) => {
			await page.goto(`${server.url}/plannen`);
			const form = page.locator('form[action="?/follow"]');
			assert.ok(await form.getByLabel('Wonen', { exact: true }).isChecked(), 'the demo choice is shown');
			assert.ok(await form.getByLabel('Kerkelanden', { exact: true }).isChecked());
			await checkShownPage(page, 'nl', 'the radar for a follower', { title: true });

			await form.getByLabel('Wonen', { exact: true }).uncheck();
			await form.getByLabel('Ouderen', { exact: true }).check();
			await form.getByLabel('Kerkelanden', { exact: true }).uncheck();
			await form.getByLabel('Aadorp', { exact: true }).check();
			assert.equal(await submitAndStatus(page, form), 200);
			assert.equal(await text(page.locator('section[aria-labelledby="volgen"] [role="status"]')), 'Uw keuze is opgeslagen. U hoort van nieuwe plannen die daarbij passen.');
			assert.equal(await shown(page.locator('section[aria-labelledby="volgen"] dl')), 'Thema’s Ouderen Gebieden Aadorp');
			assert.ok(await page.locator('form[action="?/follow"]').getByLabel('Ouderen', { exact: true }).isChecked());
			assert.ok(!(await page.locator('form[action="?/follow"]').getByLabel('Wonen', { exact: true }).isChecked()));
			await checkShownPage(page, 'nl', 'the radar after following', { title: true });

			await page.goto(`${server.url}/plannen`);
			assert.equal(await shown(page.locator('section[aria-labelledby="volgen"] dl')), 'Thema’s Ouderen Gebieden Aadorp', 'the choice is kept');
		});
	});

	it('a resident may not open or post the publish form; a visitor is sent to sign in', async () => {
		const jar = await signedIn(resident);
		assert.equal((await get(newPlan, jar)).status, 403);
		const posted = await postForm(server.url, newPlan, { title: 'Gekaapt plan', phase: 'idea' }, jar);
		assert.equal(posted.status, 403);
		const anonymous = await get(newPlan);
		assert.equal(anonymous.status, 303);
		assert.equal(anonymous.headers.get('location'), `/inloggen?next=${encodeURIComponent(newPlan)}`);
		assert.ok(!(await html('/plannen', jar)).includes('Gekaapt'));
	});

	it('a plain member of the municipality publishes a plan (a wrong period refused with 400 first); the plan page opens', async () => {
		await withPage(plainMember, async (page) => {
			await page.goto(`${server.url}/plannen`);
			const before = await planCount(page);
			const start = page.getByRole('link', { name: `Nieuw plan van ${municipality.name}` });
			await Promise.all([page.waitForNavigation(), start.click()]);
			assert.equal(new URL(page.url()).pathname, newPlan);
			await checkShownPage(page, 'nl', 'the publish form', { title: true });

			const form = page.locator('main form[method="POST"]');
			await form.locator('input[name="title"]').fill(matching.title);
			await form.locator('textarea[name="description"]').fill('Het dorpshuis krijgt een **vaste** ochtend voor ouderen.');
			await form.locator('input[name="phase"][value="participation"]').check();
			await form.getByLabel(matching.theme, { exact: true }).check();
			await form.getByLabel(matching.area, { exact: true }).check();
			await form.locator('input[name="participationFrom"]').fill('2027-03-10');
			await form.locator('input[name="participationUntil"]').fill('2027-03-01');
			await form.locator('textarea[name="howToTakePart"]').fill('Kom op de inloopavond in het dorpshuis.');
			await form.locator('select[name="contactPointId"]').selectOption({ label: 'Wijkcoach zorg en welzijn (Sander Mulder)' });
			assert.equal(await submitAndStatus(page, form), 400);
			assert.equal(await text(page.locator('#field-participationUntil-error')), 'De einddatum ligt voor de begindatum.');
			assert.deepEqual(await summaryLinks(page.locator('main')), [{ href: '#field-participationUntil', message: 'De einddatum ligt voor de begindatum.', target: true }]);
			assert.equal(await page.locator('input[name="title"]').inputValue(), matching.title, 'what was typed is kept');
			assert.ok(await page.getByLabel(matching.area, { exact: true }).isChecked(), 'and the chosen area');
			await checkShownPage(page, 'nl', 'the publish form with a wrong period', { title: true });

			await page.locator('input[name="participationUntil"]').fill('2027-04-30');
			assert.equal(await submitAndStatus(page, page.locator('main form[method="POST"]')), 303, 'publishing answers with a redirect');
			planPath = new URL(page.url()).pathname;
			assert.match(planPath, /^\/plannen\/[a-z0-9-]+$/);
			assert.equal(await text(page.locator('h1')), matching.title);
			assert.equal(await text(page.locator('main .badge')), 'Meedoen kan nu');
			assert.equal(await text(page.locator('main .utrecht-rich-text strong')), 'vaste');
			assert.match(await shown(page.locator('section[aria-labelledby="meedoen"]')), /van 10 maart 2027 tot en met 30 april 2027 Contact Wijkcoach zorg en welzijn \(Sander Mulder\)/);
			assert.equal(await page.locator(`a[href="${planPath}/bewerken"]`).count(), 1, 'a member gets the edit link');
			await checkShownPage(page, 'nl', 'the new plan', { title: true });

			await page.goto(`${server.url}/plannen`);
			assert.equal(await planCount(page), before + 1, 'the radar lists the new plan');

			// A plan that matches nothing the resident follows.
			await page.goto(server.url + newPlan);
			const second = page.locator('main form[method="POST"]');
			await second.locator('input[name="title"]').fill(other.title);
			await second.locator('input[name="phase"][value="idea"]').check();
			await second.getByLabel(other.theme, { exact: true }).check();
			await second.getByLabel(other.area, { exact: true }).check();
			assert.equal(await submitAndStatus(page, second), 303);
		});
	});

	it('the resident gets a notice and an e-mail of the matching plan only', async () => {
		assert.ok(planPath, 'the plan was published');
		const mail = await newestMail(server.url, resident, `Nieuw plan: ${matching.title}`);
		assert.ok(mail, 'the resident got an e-mail');
		assert.ok(mail.links.includes(server.url + planPath), `the mail links to the plan: ${mail.links.join(', ')}`);
		assert.ok(mail.text.includes(`${municipality.name} heeft een nieuw plan op de radar gezet`));
		const mails = await waitForOutbox(server.url, () => true);
		assert.equal(mails.filter((m) => m.recipient === resident && m.subject.includes(other.title)).length, 0, 'no mail for a plan she does not follow');
		assert.equal(mails.filter((m) => m.recipient === plainMember && m.subject.includes(matching.title)).length, 0, 'the publisher is not told of their own plan');

		await withPage(resident, async (page) => {
			await page.goto(`${server.url}/meldingen`);
			const notice = page.locator('main li.card', { hasText: `Nieuw plan van ${municipality.name}: ${matching.title}` });
			assert.equal(await notice.count(), 1, 'the notice is on /meldingen');
			assert.equal(await notice.locator('a').getAttribute('href'), planPath);
			assert.equal(await page.locator('main li.card', { hasText: other.title }).count(), 0);
			await checkShownPage(page, 'nl', 'the notices with the plan', { title: true });
		});
	});

	it('a member changes the plan; a resident may not', async () => {
		assert.ok(planPath, 'the plan was published');
		await withPage(plainMember, async (page) => {
			await visit(page, `${planPath}/bewerken`, 200, 'nl');
			const form = page.locator('main form[method="POST"]');
			assert.equal(await form.locator('input[name="title"]').inputValue(), matching.title);
			assert.ok(await form.locator('input[name="phase"][value="participation"]').isChecked(), 'the form holds the plan');
			assert.ok(await form.getByLabel(matching.area, { exact: true }).isChecked());
			await form.locator('input[name="phase"][value="decision"]').check();
			// Spaces pass the browser's own "required" check; the server trims them away.
			await form.locator('input[name="title"]').fill('  ');
			assert.equal(await submitAndStatus(page, form), 400, 'a plan needs a title');
			assert.equal(await text(page.locator('#field-title-error')), 'Vul dit veld in.');
			await page.locator('input[name="title"]').fill(matching.title);
			assert.equal(await submitAndStatus(page, page.locator('main form[method="POST"]')), 303);
			assert.equal(new URL(page.url()).pathname, planPath);
			assert.equal(await text(page.locator('main .badge')), 'Besluit');
			await switchLanguage(page);
			await visit(page, `${planPath}/bewerken`, 200, 'en');
			assert.equal(await text(page.locator('h1')), 'Change the plan');
		});
		const jar = await signedIn(resident);
		assert.equal((await get(`${planPath}/bewerken`, jar)).status, 403);
		assert.equal((await postForm(server.url, `${planPath}/bewerken`, { title: 'Gekaapt', phase: 'idea' }, jar)).status, 403);
		assert.ok(!(await html(planPath)).includes('Gekaapt'));
	});

	it('the resident stops following', async () => {
		await withPage(resident, async (page) => {
			await page.goto(`${server.url}/plannen`);
			assert.equal(await submitAndStatus(page, page.locator('form[action="?/unfollow"]')), 200);
			assert.equal(await text(page.locator('section[aria-labelledby="volgen"] [role="status"]')), 'U volgt de radar niet meer.');
			assert.match(await shown(page.locator('section[aria-labelledby="volgen"]')), /U volgt de radar nog niet\./);
			assert.equal(await page.locator('form[action="?/unfollow"]').count(), 0);
			await checkShownPage(page, 'nl', 'the radar after stopping', { title: true });
		});
	});
});
