/**
 * Budget processes and proposals in a real Chromium with JavaScript OFF: a civil servant makes a
 * neighbourhood budget in a space, a resident proposes a project with a photo, the servant reviews
 * "yes, unless" (not feasible with the reason, feasible at an adjusted cost with a note), and the
 * proposer answers once. Settings are fixed once voting opens, and a funded project is followed
 * with its status, money spent, a programme action and dated news with photos. Residents cannot
 * review, every refusal is a 4xx with a message, and every page has zero axe violations.
 *
 * A process in its voting phase and one already counted cannot be made through today's pages (a
 * new process votes after today), so they are written through the services on the data directory
 * before the server starts, with the days they were made on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'playwright-core';
import { checkShownPage, launchBrowser, makeDataDir, people, postForm, startServer, submit, submitAndStatus, visitChecked, type Lang, type Server } from './support.ts';
import { startApp } from '../../src/lib/server/app.ts';
import { readConfig } from '../../src/lib/server/config.ts';
import { maxAttachmentBytes, maxFormBytes } from '../../src/lib/server/files.ts';
import { findUserByEmail, type Actor } from '../../src/lib/server/modules/identity/index.ts';
import { membershipsOf } from '../../src/lib/server/modules/network/index.ts';
import { amsterdamToday, createSpace, setComponents } from '../../src/lib/server/modules/spaces/index.ts';
import { createAction, createPillar } from '../../src/lib/server/modules/programme/index.ts';
import { castBallot, createProcess, reviewProposal, submitProposal } from '../../src/lib/server/modules/budgeting/index.ts';
import { countBallotBoxes } from '../../src/lib/server/modules/budgeting/counting.ts';

const servant = 'gemeente@example.org';
const resident = 'inwoner@example.org';
const municipality = 'Gemeente Almelo';

/** A real 1×1 PNG, so the browser shows it. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const dayMs = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * dayMs);
const dayFromNow = (days: number) => amsterdamToday(daysFromNow(days));

let server: Server;
let browser: Browser;
const { signedIn, page: personPage, withPage } = people(() => ({ server, browser }));

interface Seeded {
	spaceSlug: string;
	/** In its second week of voting. */
	voting: string;
	/** Counted: proposal 1 (by the resident) was funded. */
	funded: string;
	actionTitle: string;
}
let seeded: Seeded;

async function actorOf(db: Parameters<typeof findUserByEmail>[0], email: string): Promise<Actor> {
	const found = await findUserByEmail(db, email);
	assert.ok(found, `the demo has ${email}`);
	return { userId: found.id, name: found.name, email: found.email, isAdmin: found.isAdmin };
}

async function seed(dataDir: string): Promise<Seeded> {
	const app = await startApp(readConfig({ DATA_DIR: dataDir, ORIGIN: 'http://127.0.0.1' }), { demo: true });
	try {
		const db = app.database.db;
		const [runner, voter] = [await actorOf(db, servant), await actorOf(db, resident)];
		const owner = (await membershipsOf(db, runner.userId)).find((m) => m.name === municipality);
		assert.ok(owner, `${servant} is in ${municipality}`);
		const space = await createSpace(db, runner, { title: 'Buurtbudget Schelfhorst', ownerIds: [owner.organisationId], visibility: 'public' });
		await setComponents(db, runner, space.slug, ['budget', 'programme']);
		const pillar = await createPillar(db, runner, space.slug, { title: 'Samen spelen' });
		const actionTitle = 'Speelplekken in de Schelfhorst';
		await createAction(db, runner, { title: actionTitle, pillarId: pillar.id, ownerIds: [owner.organisationId], status: 'in_progress', progress: '10' });
		const base = { total: '20.000', ballotType: 'approval', rule: 'mes', completion: 'add1', votingByCode: 'on', votingByAccount: 'on', minimumAge: '16' };

		const voting = await createProcess(
			db,
			runner,
			space.slug,
			{ ...base, title: 'Wijkbudget Schelfhorst 2026', proposalsFrom: dayFromNow(-40), proposalsUntil: dayFromNow(-30), votingFrom: dayFromNow(-7), votingUntil: dayFromNow(14) },
			daysFromNow(-42)
		);

		const funded = await createProcess(
			db,
			runner,
			space.slug,
			{ ...base, title: 'Speelbudget Schelfhorst 2025', proposalsFrom: dayFromNow(-60), proposalsUntil: dayFromNow(-50), votingFrom: dayFromNow(-40), votingUntil: dayFromNow(-30), implementationFrom: dayFromNow(-20) },
			daysFromNow(-62)
		);
		await submitProposal(db, null, voter, funded.slug, { title: 'Schommels bij de school', description: 'Twee nieuwe schommels op het plein bij de school.', cost: '6.000' }, [], daysFromNow(-55));
		await submitProposal(db, null, runner, funded.slug, { title: 'Kunstgrasveld', description: 'Een kunstgrasveld voor de hele wijk.', cost: '19.000' }, [], daysFromNow(-55));
		await reviewProposal(db, runner, funded.slug, 1, { verdict: 'feasible' }, daysFromNow(-45));
		await reviewProposal(db, runner, funded.slug, 2, { verdict: 'feasible' }, daysFromNow(-45));
		await castBallot(db, voter, funded.slug, { postcode: '7606 AB', oldEnough: 'on' }, new Map([['1', 1]]), daysFromNow(-35));
		await db.transaction((tx) => countBallotBoxes(tx, funded.id, daysFromNow(-29)));
		return { spaceSlug: space.slug, voting: voting.slug, funded: funded.slug, actionTitle };
	} finally {
		await app.stop();
	}
}

// ---- Helpers ------------------------------------------------------------------------------------

const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
const notice = (page: Page) => text(page.locator('main .utrecht-alert--ok[role="status"]').last());
const alertText = (page: Page) => text(page.locator('main [role="alert"]').first());

const visit = (page: Page, path: string, status: number, lang: Lang = 'nl') => visitChecked(page, server.url, path, status, lang);

/** What the term `name` says in the first list of facts in `scope`. */
async function fact(scope: Page | Locator, name: string): Promise<string> {
	return scope
		.locator('dl.facts')
		.first()
		.evaluate((dl, wanted) => {
			const dt = [...dl.querySelectorAll('dt')].find((d) => (d.textContent ?? '').trim() === wanted);
			return (dt?.nextElementSibling?.textContent ?? '').replace(/\s+/g, ' ').trim();
		}, name);
}

const postAs = async (path: string, fields: Record<string, string>, email: string) => postForm(server.url, path, fields, await signedIn(email));

// ---- Setup --------------------------------------------------------------------------------------

before(async () => {
	const dataDir = makeDataDir();
	seeded = await seed(dataDir);
	[server, browser] = await Promise.all([startServer({ dataDir }), launchBrowser()]);
});

after(async () => {
	await browser?.close();
	await server?.stop({ keepData: false });
});

// ---- A new process, proposals and their review ---------------------------------------------------

describe('a neighbourhood budget from the first form to the review', () => {
	const title = 'Buurtbudget Schelfhorst 2027';
	let slug = '';
	let servantPage: Page;
	let residentPage: Page;

	before(async () => {
		[servantPage, residentPage] = await Promise.all([personPage(servant), personPage(resident)]);
	});
	after(async () => {
		await Promise.all([servantPage, residentPage].map((p) => p?.context().close()));
	});

	it('the space leads to its budgets, and a visitor sees no form to make one', async () => {
		await withPage(undefined, async (page) => {
			await visit(page, `/ruimtes/${seeded.spaceSlug}`, 200);
			const link = page.locator(`main a[href="/ruimtes/${seeded.spaceSlug}/begroting"]`);
			assert.equal(await text(link), 'Buurtbegroting');
			await submit(page, link);
			await checkShownPage(page, 'nl', 'the budgets of the space for a visitor', { title: true });
			assert.equal(await page.locator('main form[method="POST"]').count(), 0);
			assert.ok((await text(page.locator('main'))).includes('Wijkbudget Schelfhorst 2026'));
		});
	});

	it('a resident sees no form, and one posted anyway is refused with 403', async () => {
		await visit(residentPage, `/ruimtes/${seeded.spaceSlug}/begroting`, 200);
		assert.equal(await residentPage.locator('main form[method="POST"]').count(), 0);
		const res = await postAs(`/ruimtes/${seeded.spaceSlug}/begroting`, { title: 'Niet van mij', total: '100' }, resident);
		assert.equal(res.status, 403);
	});

	it('the facilitator gets the messages for bad input with 400, and nothing is made', async () => {
		await visit(servantPage, `/ruimtes/${seeded.spaceSlug}/begroting`, 200);
		const form = servantPage.locator('main form[method="POST"]');
		assert.ok((await text(form)).includes('De grootste groep kan al het geld krijgen.'), 'greedy is explained in one sentence');
		assert.ok((await text(form)).includes('Elke groep krijgt een eerlijk deel van het geld.'), 'Equal Shares is explained in one sentence');
		await form.locator('#field-title').fill(title);
		await form.locator('#field-total').fill('veel');
		await form.locator('#field-areaName-0').fill('Noord');
		await form.locator('#field-areaBudget-0').fill('30.000');
		await form.locator('#field-proposalsFrom').fill(dayFromNow(0));
		await form.locator('#field-proposalsUntil').fill(dayFromNow(10));
		await form.locator('#field-votingFrom').fill(dayFromNow(5));
		await form.locator('#field-votingUntil').fill(dayFromNow(30));
		assert.equal(await submitAndStatus(servantPage, form), 400);
		const problems = await alertText(servantPage);
		assert.ok(problems.includes('Vul een bedrag in euro in'), problems);
		assert.ok(problems.includes('Het stemmen begint na de periode voor voorstellen.'), problems);
		assert.equal(await servantPage.locator('#field-title').inputValue(), title, 'what was typed stays');
		await checkShownPage(servantPage, 'nl', 'the create form with its messages', { title: true });
	});

	it('the facilitator makes a process with two areas, and sees its page', async () => {
		const form = servantPage.locator('main form[method="POST"]');
		await form.locator('#field-total').fill('25.000');
		await form.locator('#field-areaBudget-0').fill('15.000');
		await form.locator('#field-areaPostcodes-0').fill('7606');
		await form.locator('#field-areaName-1').fill('Zuid');
		await form.locator('#field-areaBudget-1').fill('10.000');
		await form.locator('#field-votingFrom').fill(dayFromNow(20));
		await form.locator('#field-rule-greedy').check();
		await form.locator('#field-votingByAccount').check();
		assert.equal(await submitAndStatus(servantPage, form), 303);
		const url = new URL(servantPage.url());
		assert.match(url.pathname, /^\/begrotingen\/[a-z0-9-]+$/);
		slug = url.pathname.split('/')[2];
		assert.equal(await notice(servantPage), 'De buurtbegroting is gemaakt.');
		assert.equal(await fact(servantPage, 'Nu'), 'Voorstellen doen');
		assert.equal(await fact(servantPage, 'Budget'), '€ 25.000');
		assert.ok((await fact(servantPage, 'Tellen')).startsWith('Meeste stemmen eerst'));
		const areas = await servantPage.locator('section[aria-labelledby="gebieden"] tbody tr').allInnerTexts();
		assert.deepEqual(areas.map((r) => r.replace(/\s+/g, ' ').trim()), ['Noord € 15.000', 'Zuid € 10.000']);
		assert.equal(await servantPage.locator(`main a[href="/begrotingen/${slug}/bewerken"]`).count(), 1);
		assert.equal(await servantPage.locator(`main a[href="/begrotingen/${slug}/codes"]`).count(), 1);
		assert.equal(await servantPage.locator(`main a[href="/begrotingen/${slug}/voorstellen/nieuw"]`).count(), 1);
		await checkShownPage(servantPage, 'nl', 'the new process for its facilitator', { title: true });
	});

	it('the facilitator changes the settings before voting opens', async () => {
		await visit(servantPage, `/begrotingen/${slug}/bewerken`, 200);
		assert.ok((await text(servantPage.locator('main'))).includes('zodra het stemmen begint, liggen de instellingen vast'));
		const form = servantPage.locator('main form[method="POST"]');
		assert.equal(await form.locator('#field-total').inputValue(), '25000');
		assert.equal(await form.locator('#field-areaName-1').inputValue(), 'Zuid');
		await form.locator('#field-total').fill('26.000');
		assert.equal(await submitAndStatus(servantPage, form), 303);
		assert.equal(await notice(servantPage), 'De veranderingen zijn opgeslagen.');
		assert.equal(await fact(servantPage, 'Budget'), '€ 26.000');
		const refused = await postAs(`/begrotingen/${slug}/bewerken`, { title }, resident);
		assert.equal(refused.status, 403, 'a resident may not change the rules');
		await withPage(resident, (page) => visit(page, `/begrotingen/${slug}/bewerken`, 403));
	});

	it('a resident proposes a project with a photo', async () => {
		await visit(residentPage, `/begrotingen/${slug}`, 200);
		await submit(residentPage, residentPage.locator(`main a[href="/begrotingen/${slug}/voorstellen/nieuw"]`));
		await checkShownPage(residentPage, 'nl', 'the proposal form', { title: true });
		const form = residentPage.locator('main form[method="POST"]');
		await form.locator('#field-title').fill('Bankjes in het park');
		await form.locator('#field-description').fill('Drie bankjes bij de vijver, zodat ouderen kunnen uitrusten.');
		await form.locator('#field-cost').fill('3.000');
		await form.locator('#field-areaId').selectOption({ label: 'Noord' });
		await form.locator('#field-images').setInputFiles({ name: 'bankjes.png', mimeType: 'image/png', buffer: png });
		assert.equal(await submitAndStatus(residentPage, form), 303);
		assert.equal(new URL(residentPage.url()).pathname, `/begrotingen/${slug}/voorstellen/1`);
		assert.ok((await notice(residentPage)).startsWith('Uw voorstel is verstuurd.'));
		assert.equal(await text(residentPage.locator('h1')), 'Voorstel 1: Bankjes in het park');
		assert.equal(await fact(residentPage, 'Geschatte kosten'), '€ 3.000');
		assert.equal(await fact(residentPage, 'Gebied'), 'Noord');
		const src = await residentPage.locator('main img').first().getAttribute('src');
		assert.ok(src?.startsWith(`/begrotingen/${slug}/voorstellen/1/afbeeldingen/`));
		const image = await fetch(server.url + src);
		assert.equal(image.status, 200);
		assert.equal(image.headers.get('content-type'), 'image/png');
		assert.equal(image.headers.get('x-content-type-options'), 'nosniff');
		assert.deepEqual(Buffer.from(await image.arrayBuffer()), png);
		assert.equal((await fetch(`${server.url}/begrotingen/${slug}/voorstellen/1/afbeeldingen/niet-een-id`)).status, 404);
		await checkShownPage(residentPage, 'nl', 'the proposal for its proposer', { title: true });
	});

	it('a wrong file or a missing area is refused with 400 and keeps nothing', async () => {
		await residentPage.goto(`${server.url}/begrotingen/${slug}/voorstellen/nieuw`);
		const form = residentPage.locator('main form[method="POST"]');
		await form.locator('#field-title').fill('Een plan als PDF');
		await form.locator('#field-description').fill('Het hele plan staat in het bestand.');
		await form.locator('#field-cost').fill('500');
		await form.locator('#field-areaId').selectOption({ label: 'Noord' });
		await form.locator('#field-images').setInputFiles({ name: 'plan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') });
		assert.equal(await submitAndStatus(residentPage, form), 400);
		const problems = await alertText(residentPage);
		assert.ok(problems.includes('Voeg alleen foto’s toe: PNG, JPG of WebP.'), problems);
		assert.equal(await residentPage.locator('#field-title').inputValue(), 'Een plan als PDF', 'what was typed stays');
		await checkShownPage(residentPage, 'nl', 'the proposal form with a refusal', { title: true });
		assert.equal((await fetch(`${server.url}/begrotingen/${slug}/voorstellen/2`)).status, 404, 'no proposal was made');
	});

	it('five pictures of 5 MB are read; a larger form gets our message with 413, in Dutch and English, and keeps nothing', async () => {
		const photo = Buffer.concat([png, Buffer.alloc(maxAttachmentBytes - png.length)]);
		const jar = await signedIn(resident);
		const proposeByPost = async (count: number, lang: Lang) => {
			const form = new FormData();
			for (const [name, value] of Object.entries({ title: 'Een fotoserie van de wijk', description: 'Foto’s van alle plekken die beter kunnen.', cost: '800' })) form.append(name, value);
			for (let i = 1; i <= count; i++) form.append('images', new Blob([photo], { type: 'image/png' }), `foto-${i}.png`);
			const cookie = [jar.header(), lang === 'en' ? 'lang=en' : ''].filter(Boolean).join('; ');
			const res = await fetch(`${server.url}/begrotingen/${slug}/voorstellen/nieuw`, { method: 'POST', redirect: 'manual', headers: { origin: server.url, accept: 'text/html', cookie }, body: form });
			return { status: res.status, page: await res.text() };
		};
		// Five at their largest are read: what is refused is the missing area, not the size.
		const five = await proposeByPost(5, 'nl');
		assert.equal(five.status, 400);
		assert.ok(five.page.includes('Kies een gebied.') && !five.page.includes('te groot'));
		const english = await proposeByPost(6, 'en');
		assert.equal(english.status, 413);
		assert.ok(english.page.includes('What you are sending is too large altogether: 26 MB at most.'));

		// In the browser: six pictures, sent from the form itself (a slow upload for Chromium).
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fotos-'));
		residentPage.setDefaultTimeout(120_000);
		try {
			const photos = Array.from({ length: 6 }, (_, i) => path.join(dir, `foto-${i + 1}.png`));
			for (const file of photos) fs.writeFileSync(file, photo);
			await residentPage.goto(`${server.url}/begrotingen/${slug}/voorstellen/nieuw`);
			const form = residentPage.locator('main form[method="POST"]');
			await form.locator('#field-title').fill('Een fotoserie van de wijk');
			await form.locator('#field-description').fill('Foto’s van alle plekken die beter kunnen.');
			await form.locator('#field-cost').fill('800');
			await form.locator('#field-areaId').selectOption({ label: 'Noord' });
			await form.locator('#field-images').setInputFiles(photos);
			assert.equal(await submitAndStatus(residentPage, form), 413);
			const problems = await alertText(residentPage);
			assert.ok(problems.includes('Wat u verstuurt is samen te groot: hoogstens 26 MB.'), problems);
			assert.ok((await text(residentPage.locator('#field-images-error'))).includes('Kies minder of kleinere bestanden.'));
			await checkShownPage(residentPage, 'nl', 'the proposal form refusing too many megabytes', { title: true });
		} finally {
			residentPage.setDefaultTimeout(15_000);
			fs.rmSync(dir, { recursive: true, force: true });
		}
		assert.equal((await fetch(`${server.url}/begrotingen/${slug}/voorstellen/2`)).status, 404, 'no proposal was made');
	});

	it('a form without files that is larger than the server reads gets 413 and our message, not a fault', async () => {
		const res = await postAs(`/begrotingen/${slug}/voorstellen/1?/review`, { verdict: 'feasible', costNote: 'x'.repeat(maxFormBytes) }, servant);
		assert.equal(res.status, 413);
		const body = await res.text();
		assert.ok(body.includes('Wat u verstuurde is te groot om te ontvangen.'), body.slice(0, 500));
		await visit(servantPage, `/begrotingen/${slug}/voorstellen/1`, 200);
		assert.notEqual(await fact(servantPage, 'Stand'), 'Op het stembiljet', 'not reviewed');
		assert.equal(await servantPage.locator('form[action="?/review"]').count(), 1, 'still to review');
	});

	it('a second proposal, sent without a photo', async () => {
		await residentPage.goto(`${server.url}/begrotingen/${slug}/voorstellen/nieuw`);
		const form = residentPage.locator('main form[method="POST"]');
		await form.locator('#field-title').fill('Een brug over het kanaal');
		await form.locator('#field-description').fill('Een fietsbrug over het kanaal naar het centrum.');
		await form.locator('#field-cost').fill('9.000');
		await form.locator('#field-areaId').selectOption({ label: 'Zuid' });
		assert.equal(await submitAndStatus(residentPage, form), 303);
		assert.equal(new URL(residentPage.url()).pathname, `/begrotingen/${slug}/voorstellen/2`);
	});

	it('a resident cannot review: no form, and a posted review answers 403 and changes nothing', async () => {
		assert.equal(await residentPage.locator('form[action="?/review"]').count(), 0);
		const res = await postAs(`/begrotingen/${slug}/voorstellen/2?/review`, { verdict: 'feasible', reason: '', cost: '', costNote: '' }, resident);
		assert.equal(res.status, 403);
		await residentPage.goto(`${server.url}/begrotingen/${slug}/voorstellen/2`);
		assert.equal(await fact(residentPage, 'Stand'), 'Ingestuurd');
	});

	it('the servant refuses a proposal only with a reason, and the reason is shown', async () => {
		await visit(servantPage, `/begrotingen/${slug}/voorstellen/2`, 200);
		const form = servantPage.locator('form[action="?/review"]');
		await form.locator('#field-verdict-not_feasible').check();
		assert.equal(await submitAndStatus(servantPage, form), 400);
		assert.ok((await alertText(servantPage)).includes('Schrijf op waarom het niet kan.'));
		const again = servantPage.locator('form[action="?/review"]');
		await again.locator('#field-reason').fill('Het kanaal is van de provincie. De gemeente mag daar geen brug bouwen.');
		assert.equal(await submitAndStatus(servantPage, again), 200);
		assert.equal(await notice(servantPage), 'Het oordeel is opgeslagen.');
		assert.equal(await fact(servantPage, 'Stand'), 'Kan niet');
		assert.ok((await text(servantPage.locator('section[aria-labelledby="toets"]'))).includes('Waarom niet: Het kanaal is van de provincie.'));
	});

	it('the servant finds a proposal feasible at an adjusted cost, with a note', async () => {
		await visit(servantPage, `/begrotingen/${slug}/voorstellen/1`, 200);
		const form = servantPage.locator('form[action="?/review"]');
		await form.locator('#field-verdict-feasible').check();
		await form.locator('#field-cost').fill('3.600');
		assert.equal(await submitAndStatus(servantPage, form), 400, 'an adjusted cost needs a note');
		assert.ok((await alertText(servantPage)).includes('Schrijf erbij waarom het bedrag anders is.'));
		const again = servantPage.locator('form[action="?/review"]');
		await again.locator('#field-costNote').fill('Inclusief het plaatsen in beton.');
		assert.equal(await submitAndStatus(servantPage, again), 200);
		assert.equal(await fact(servantPage, 'Stand'), 'Op het stembiljet');
		assert.equal(await fact(servantPage, 'Kosten volgens de gemeente'), '€ 3.600');
		assert.ok((await text(servantPage.locator('section[aria-labelledby="toets"]'))).includes('De gemeente schat de kosten op € 3.600 in plaats van € 3.000. Inclusief het plaatsen in beton.'));
		await checkShownPage(servantPage, 'nl', 'the reviewed proposal for the servant', { title: true });

		await visit(servantPage, `/begrotingen/${slug}`, 200);
		const ballot = await text(servantPage.locator('section[aria-labelledby="op-het-stembiljet"]'));
		assert.ok(ballot.includes('Voorstel 1: Bankjes in het park') && ballot.includes('€ 3.600 (aangepast door de gemeente)'), ballot);
		const refusedList = await text(servantPage.locator('section[aria-labelledby="niet-haalbaar"]'));
		assert.ok(refusedList.includes('Voorstel 2: Een brug over het kanaal') && refusedList.includes('Het kanaal is van de provincie.'), refusedList);
	});

	it('the proposer responds once; a second response is refused with 409', async () => {
		await visit(residentPage, `/begrotingen/${slug}/voorstellen/1`, 200);
		const form = residentPage.locator('form[action="?/respond"]');
		await form.locator('#field-response').fill('Dank u. Beton is prima, dan blijven ze goed staan.');
		assert.equal(await submitAndStatus(residentPage, form), 200);
		assert.equal(await notice(residentPage), 'Uw reactie is verstuurd.');
		assert.equal(await residentPage.locator('form[action="?/respond"]').count(), 0, 'the form is gone');
		assert.ok((await text(residentPage.locator('section[aria-labelledby="reactie"]'))).includes('Beton is prima'));
		const second = await postAs(`/begrotingen/${slug}/voorstellen/1?/respond`, { response: 'Nog één ding.' }, resident);
		assert.equal(second.status, 409);
		assert.ok((await second.text()).includes('U kunt één keer reageren, nadat het voorstel is bekeken.'));
		await checkShownPage(residentPage, 'nl', 'the proposal after the response', { title: true });
	});

	it('the process page answers in English too', async () => {
		await withPage(
			undefined,
			async (page) => {
				await visit(page, `/begrotingen/${slug}`, 200, 'en');
				assert.equal(await fact(page, 'Now'), 'Making proposals');
				assert.ok((await text(page.locator('main'))).includes('Proposal 1: Bankjes in het park'));
				assert.ok((await text(page.locator('main'))).includes('Cost: €3,600 (adjusted by the municipality)'));
				await visit(page, `/ruimtes/${seeded.spaceSlug}/begroting`, 200, 'en');
				assert.equal(await text(page.locator('h1')), 'Neighbourhood budgets');
			},
			'en'
		);
	});

	it('unknown processes and proposals answer 404', async () => {
		await withPage(undefined, async (page) => {
			await visit(page, '/begrotingen/bestaat-niet', 404);
			await visit(page, `/begrotingen/${slug}/voorstellen/99`, 404);
			await visit(page, `/begrotingen/${slug}/voorstellen/99999999999`, 404);
		});
	});
});

// ---- Settings fixed once voting opens --------------------------------------------------------------

describe('once voting has opened', () => {
	it('the settings page says they are fixed, and a change posted anyway answers 409 with the reason', async () => {
		await withPage(servant, async (page) => {
			await visit(page, `/begrotingen/${seeded.voting}`, 200);
			assert.equal(await fact(page, 'Nu'), 'Stemmen');
			assert.equal(await page.locator(`main a[href="/begrotingen/${seeded.voting}/stemmen"]`).count(), 1);
			assert.equal(await text(page.locator(`main a[href="/begrotingen/${seeded.voting}/bewerken"]`)), 'Instellingen bekijken (ze liggen vast)');
			await visit(page, `/begrotingen/${seeded.voting}/bewerken`, 200);
			assert.equal(await page.locator('main form[method="POST"]').count(), 0);
			assert.ok((await text(page.locator('main'))).includes('Het stemmen is begonnen. De regels liggen nu vast.'));
		});
		const res = await postAs(
			`/begrotingen/${seeded.voting}/bewerken`,
			{ title: 'Andere regels', total: '1', ballotType: 'approval', rule: 'greedy', votingByCode: 'on', proposalsFrom: dayFromNow(-40), proposalsUntil: dayFromNow(-30), votingFrom: dayFromNow(-7), votingUntil: dayFromNow(14), minimumAge: '16' },
			servant
		);
		assert.equal(res.status, 409);
		assert.ok((await res.text()).includes('Het stemmen is begonnen. De regels liggen nu vast.'));
		await withPage(undefined, async (page) => {
			await visit(page, `/begrotingen/${seeded.voting}`, 200);
			assert.equal(await fact(page, 'Budget'), '€ 20.000', 'nothing changed');
		});
	});
});

// ---- A funded project --------------------------------------------------------------------------

describe('a funded project', () => {
	const path = () => `/begrotingen/${seeded.funded}/voorstellen/1`;

	it('shows its implementation to everyone, without forms for visitors', async () => {
		await withPage(undefined, async (page) => {
			await visit(page, `/begrotingen/${seeded.funded}`, 200);
			assert.equal(await page.locator(`main a[href="/begrotingen/${seeded.funded}/uitslag"]`).count(), 1);
			await visit(page, path(), 200);
			assert.equal(await fact(page.locator('section[aria-labelledby="uitvoering"]'), 'Stand van de uitvoering'), 'Nog niet begonnen');
			assert.equal(await page.locator('form[action="?/implementation"], form[action="?/update"]').count(), 0);
			await visit(page, `/begrotingen/${seeded.funded}/voorstellen/2`, 200);
			assert.equal(await page.locator('section[aria-labelledby="uitvoering"]').count(), 0, 'a project without money has no implementation');
		});
	});

	it('the proposer posts dated news with a photo', async () => {
		await withPage(resident, async (page) => {
			await visit(page, path(), 200);
			const form = page.locator('form[action="?/update"]');
			await form.locator('#field-body').fill('De schommels zijn besteld. Ze komen in mei.');
			await form.locator('#field-images').setInputFiles({ name: 'bestelling.png', mimeType: 'image/png', buffer: png });
			assert.equal(await submitAndStatus(page, form), 200);
			assert.equal(await notice(page), 'Het nieuws is geplaatst.');
			const news = page.locator('section[aria-labelledby="uitvoering"] ol.card-list li');
			assert.equal(await news.count(), 1);
			assert.ok((await text(news)).includes('De schommels zijn besteld.'));
			const src = await news.locator('img').getAttribute('src');
			assert.equal((await fetch(server.url + src)).status, 200);
			await checkShownPage(page, 'nl', 'a funded project for its proposer', { title: true });
		});
	});

	it('the servant sets status, money spent and the programme action', async () => {
		await withPage(servant, async (page) => {
			await visit(page, path(), 200);
			const form = page.locator('form[action="?/implementation"]');
			await form.locator('#field-implementation-in_progress').check();
			await form.locator('#field-spent').fill('veel');
			assert.equal(await submitAndStatus(page, form), 400);
			assert.ok((await alertText(page)).includes('Vul een bedrag in euro in'));
			const again = page.locator('form[action="?/implementation"]');
			await again.locator('#field-spent').fill('2.450,50');
			await again.locator('#field-actionId').selectOption({ label: seeded.actionTitle });
			assert.equal(await submitAndStatus(page, again), 200);
			assert.equal(await notice(page), 'De uitvoering is bijgewerkt.');
			const section = page.locator('section[aria-labelledby="uitvoering"]');
			assert.equal(await fact(section, 'Stand van de uitvoering'), 'Bezig');
			assert.equal(await fact(section, 'Uitgegeven'), '€ 2.450,50');
			assert.equal(await fact(section, 'Hoort bij de actie'), seeded.actionTitle);
			await checkShownPage(page, 'nl', 'a funded project for the servant', { title: true });
		});
	});

	it('someone else may not report on it, and a project without money takes no news', async () => {
		const stranger = await postAs(`/begrotingen/${seeded.funded}/voorstellen/2?/update`, { body: 'Ik doe ook mee.' }, resident);
		assert.equal(stranger.status, 403, 'the resident did not propose it and does not run the budget');
		const jar = await signedIn(servant);
		const other = await postForm(server.url, `/begrotingen/${seeded.funded}/voorstellen/2?/implementation`, { implementation: 'done', spent: '1' }, jar);
		assert.equal(other.status, 409, 'the unfunded project has nothing to follow');
		assert.ok((await other.text()).includes('Dit project kreeg geen geld.'));
		const visitor = await postForm(server.url, `${path()}?/implementation`, { implementation: 'done', spent: '1' });
		assert.equal(visitor.status, 401);
	});
});
