/**
 * Voting in a neighbourhood budget, in a real Chromium with JavaScript OFF: a facilitator makes
 * vote codes and gets them as a CSV file; a resident checks a ballot (the total, "over budget"),
 * casts it with a code and gets a receipt; a used code, a postcode outside the area and a second
 * ballot are refused with a clear message and the ballot as filled in; the receipt finds the
 * ballot in the box. A process with areas and points asks for the area first. Every page is in
 * Dutch (the English ballot once) without axe violations; one test with JavaScript checks that
 * the total follows the ballot live.
 *
 * The processes are made through the services on the server's own data directory before the
 * server starts, in the past, so that the server (which knows only the real today) finds them
 * in their second week of voting.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, Locator, Page } from 'playwright-core';
import {
	checkShownPage,
	demoPassword,
	launchBrowser,
	makeDataDir,
	people,
	postForm,
	prepareDataDir,
	startServer,
	submit,
	submitAndStatus,
	usingPage,
	visitChecked,
	type Lang,
	type Server
} from './support.ts';
import { createOrganisation } from '../../src/lib/server/modules/network/index.ts';
import { amsterdamToday, createSpace, setComponents } from '../../src/lib/server/modules/spaces/index.ts';
import { createProcess, generateCodes, getBallot, reviewProposal, submitProposal } from '../../src/lib/server/modules/budgeting/index.ts';
import '../../src/lib/server/components.ts';

const facilitator = 'regisseur@example.org';
const resident = 'bewoner@example.org';
const codePattern = /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/;

const dayMs = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * dayMs);
const dayFromNow = (days: number) => amsterdamToday(daysFromNow(days));
const phases = { proposalsFrom: dayFromNow(-40), proposalsUntil: dayFromNow(-30), votingFrom: dayFromNow(-7), votingUntil: dayFromNow(14) };

let server: Server;
let browser: Browser;
const { signedIn, page: personPage, withPage } = people(() => ({ server, browser }));
let dataDir: string;
/** Knapsack, €10.000, codes and accounts (postcodes 7600-7609, 16 and older). */
let budget = '';
/** Points (10), two areas with their own projects, codes only. */
let districts = '';
/** Codes of the districts process made in the setup, per area name. */
const districtCodes = new Map<string, string[]>();

// ---- Setup --------------------------------------------------------------------------------------

function prepare(dir: string): Promise<void> {
	return prepareDataDir(dir, demoPassword, async (db, person) => {
		const runner = await person('Rosa Regisseur', facilitator);
		const voter = await person('Bas Bewoner', resident);
		const municipality = await createOrganisation(db, runner, { name: 'Gemeente Stemdorp', kind: 'municipality' });
		const space = await createSpace(db, runner, { title: 'Buurtbudget Stemdorp', ownerIds: [municipality.id], visibility: 'public' });
		await setComponents(db, runner, space.slug, ['budget']);

		const made = await createProcess(
			db,
			runner,
			space.slug,
			{ title: 'Buurtbudget Stemdorp 2026', total: '10.000', ballotType: 'knapsack', rule: 'mes', votingByCode: 'on', votingByAccount: 'on', postcodes: '7600-7609', minimumAge: '16', ...phases },
			daysFromNow(-42)
		);
		budget = made.slug;
		for (const [title, cost] of [['Speeltuin opknappen', '4.000'], ['Bankjes bij de vijver', '7.000'], ['Bloemen langs de dijk', '1.500']]) {
			const proposal = await submitProposal(db, null, voter, budget, { title, description: `${title}, voor iedereen in de buurt.`, cost }, [], daysFromNow(-35));
			await reviewProposal(db, runner, budget, proposal.number, { verdict: 'feasible' }, daysFromNow(-20));
		}

		const split = await createProcess(
			db,
			runner,
			space.slug,
			{
				title: 'Wijken kiezen 2026',
				total: '10.000',
				areas: [
					{ name: 'Noord', budget: '5.000', postcodes: '7601' },
					{ name: 'Zuid', budget: '5.000', postcodes: '7602' }
				],
				ballotType: 'points',
				pointsTotal: '10',
				rule: 'greedy',
				votingByCode: 'on',
				...phases
			},
			daysFromNow(-42)
		);
		districts = split.slug;
		const { boxes } = await getBallot(db, runner, districts, daysFromNow(-35));
		const area = (name: string) => boxes.find((b) => b.area?.name === name)!.area!;
		for (const [title, where] of [['Jeu-de-boulesbaan', 'Noord'], ['Moestuin', 'Zuid'], ['Trapveldje', 'Zuid']]) {
			const proposal = await submitProposal(db, null, voter, districts, { title, description: `${title} in ${where}, voor de hele wijk.`, cost: '2.000', areaId: area(where).id }, [], daysFromNow(-35));
			await reviewProposal(db, runner, districts, proposal.number, { verdict: 'feasible' }, daysFromNow(-20));
		}
		for (const name of ['Noord', 'Zuid']) districtCodes.set(name, (await generateCodes(db, runner, districts, { count: 2, areaId: area(name).id })).codes);
	});
}

before(async () => {
	dataDir = makeDataDir();
	await prepare(dataDir);
	[server, browser] = await Promise.all([startServer({ dataDir, env: { DEMO_DATA: '0' } }), launchBrowser()]);
});

after(async () => {
	await browser?.close();
	await server?.stop();
	if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

// ---- Helpers ------------------------------------------------------------------------------------

const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
const alertText = (page: Page) => text(page.locator('main [role="alert"]').first());
const total = (page: Page) => text(page.locator('#ballot-total'));
const ballotForm = (page: Page) => page.locator('main form[method="POST"]');
const button = (page: Page, action: 'check' | 'cast') => page.locator(`main button[formaction="?/${action}"]`);

const visit = (page: Page, pathname: string, status: number, lang: Lang = 'nl') => visitChecked(page, server.url, pathname, status, lang);

/** Ticks exactly these projects on a checkbox ballot. */
async function choose(page: Page, titles: string[]): Promise<void> {
	for (const box of await page.locator('#field-choices input[type="checkbox"]').all()) {
		const label = await text(page.locator(`label[for="${await box.getAttribute('id')}"]`));
		await box.setChecked(titles.includes(label));
	}
}

async function chosen(page: Page): Promise<string[]> {
	const titles: string[] = [];
	for (const box of await page.locator('#field-choices input[type="checkbox"]:checked').all()) titles.push(await text(page.locator(`label[for="${await box.getAttribute('id')}"]`)));
	return titles;
}

/** Codes made through the codes page, in the order of the file. */
let codes: string[] = [];
let receipt = '';

// ---- The pages ----------------------------------------------------------------------------------

describe('voting in a neighbourhood budget without JavaScript', () => {
	it('keeps the codes page for facilitators: a visitor signs in first, a resident gets 403', async () => {
		const anonymous = await fetch(`${server.url}/begrotingen/${budget}/codes`, { redirect: 'manual', headers: { accept: 'text/html' } });
		assert.equal(anonymous.status, 303);
		assert.equal(anonymous.headers.get('location'), `/inloggen?next=${encodeURIComponent(`/begrotingen/${budget}/codes`)}`);
		await withPage(resident, (page) => visit(page, `/begrotingen/${budget}/codes`, 403));
		const made = await postForm(server.url, `/begrotingen/${budget}/codes/stemcodes.csv`, { count: '3' }, await signedIn(resident));
		assert.equal(made.status, 403, 'a resident cannot make codes either');
		assert.doesNotMatch(made.headers.get('content-type') ?? '', /csv/);
	});

	it('lets a facilitator make a batch of codes and download it as a CSV file for a mail merge', async () => {
		await withPage(facilitator, async (page) => {
			await visit(page, `/begrotingen/${budget}/codes`, 200);
			assert.equal(await text(page.locator('h1')), 'Stemcodes');
			assert.ok((await text(page.locator('main'))).includes('Er zijn nog geen codes gemaakt.'));

			const form = page.locator(`main form[action="/begrotingen/${budget}/codes/stemcodes.csv"]`);
			await form.locator('input[name="count"]').fill('0');
			assert.equal(await submitAndStatus(page, form), 400, 'zero codes is refused');
			assert.ok((await alertText(page)).includes('Kies een aantal codes van 1 tot 100.000.'));
			await checkShownPage(page, 'nl', 'codes page with a refused batch', { title: true });

			await page.goto(`${server.url}/begrotingen/${budget}/codes`);
			await form.locator('input[name="count"]').fill('6');
			const [download] = await Promise.all([page.waitForEvent('download'), form.locator('button[type="submit"]').click()]);
			assert.match(download.suggestedFilename(), new RegExp(`^stemcodes-${budget}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
			const rows = parse(fs.readFileSync((await download.path())!, 'utf8'), { columns: true }) as Record<string, string>[];
			assert.equal(rows.length, 6);
			assert.deepEqual(Object.keys(rows[0]), ['stemcode', 'gebied', 'stemming', 'adres', 'stemmen tot en met']);
			for (const row of rows) {
				assert.match(row.stemcode, codePattern);
				assert.equal(row.stemming, 'Buurtbudget Stemdorp 2026');
				assert.equal(row.adres, `${server.url}/begrotingen/${budget}/stemmen`);
			}
			codes = rows.map((r) => r.stemcode);
			assert.equal(new Set(codes).size, 6, 'every code differs');

			await page.goto(`${server.url}/begrotingen/${budget}/codes`);
			assert.equal(await page.locator('main tbody tr').count(), 1, 'the batch is listed');
			assert.match(await text(page.locator('#opkomst-cijfers')), /Codes gemaakt 6 Codes gebruikt 0/);
		});
	});

	it('checks a ballot with a code: the total and "over budget", and nothing is stored', async () => {
		await withPage(undefined, async (page) => {
			await visit(page, `/begrotingen/${budget}/stemmen`, 200);
			assert.equal(await text(page.locator('h1')), 'Stemmen');
			assert.ok((await text(page.locator('main'))).includes('Uw stem is geheim en definitief'));
			assert.equal(await total(page), 'Samen: € 0 van € 10.000.');

			await choose(page, ['Speeltuin opknappen', 'Bankjes bij de vijver']);
			await ballotForm(page).locator('input[name="code"]').fill(codes[0]);
			await submit(page, button(page, 'check'));
			assert.equal(await total(page), 'Samen: € 11.000 van € 10.000. Dat is € 1.000 boven het budget.');
			assert.ok((await alertText(page)).includes('U zit € 1.000 boven het budget. Haal een project weg.'));
			assert.deepEqual(await chosen(page), ['Speeltuin opknappen', 'Bankjes bij de vijver'], 'the ballot is shown as filled in');
			assert.equal(await ballotForm(page).locator('input[name="code"]').inputValue(), codes[0]);
			await checkShownPage(page, 'nl', 'ballot after a check that breaks a rule', { title: true });

			assert.equal(await submitAndStatus(page, ballotForm(page)), 400, 'an over-budget ballot is not cast');
			assert.ok((await alertText(page)).includes('U zit € 1.000 boven het budget.'));
			assert.deepEqual(await chosen(page), ['Speeltuin opknappen', 'Bankjes bij de vijver']);

			await choose(page, ['Speeltuin opknappen', 'Bloemen langs de dijk']);
			await submit(page, button(page, 'check'));
			assert.equal(await total(page), 'Samen: € 5.500 van € 10.000.');
			assert.equal(await text(page.locator('main .utrecht-alert--ok[role="status"]')), 'Uw keuze klopt. U kunt nu stemmen.');
		});
	});

	it('casts a ballot with a code once and for good, and gives a receipt', async () => {
		await withPage(undefined, async (page) => {
			await page.goto(`${server.url}/begrotingen/${budget}/stemmen`);
			await choose(page, ['Speeltuin opknappen', 'Bloemen langs de dijk']);
			await ballotForm(page).locator('input[name="code"]').fill(codes[0].toLowerCase());
			assert.equal(await submitAndStatus(page, ballotForm(page)), 200);
			assert.equal(await text(page.locator('main h2').first()), 'Uw stem is uitgebracht');
			receipt = await text(page.locator('#bewijs'));
			assert.match(receipt, codePattern);
			assert.notEqual(receipt, codes[0], 'the receipt is not the code');
			assert.equal(await page.locator(`main a[href="/begrotingen/${budget}/bewijs"]`).count(), 1, 'a link to the receipt page');
			assert.equal(await ballotForm(page).count(), 0, 'the ballot cannot be changed');
			await checkShownPage(page, 'nl', 'receipt after casting', { title: true });
		});
	});

	it('refuses the same code again with a clear message, and keeps the ballot as filled in', async () => {
		await withPage(undefined, async (page) => {
			await page.goto(`${server.url}/begrotingen/${budget}/stemmen`);
			await choose(page, ['Bankjes bij de vijver']);
			await ballotForm(page).locator('input[name="code"]').fill(codes[0]);
			assert.equal(await submitAndStatus(page, ballotForm(page)), 409);
			assert.ok((await alertText(page)).includes('Met deze stemcode is al gestemd. Elke code geeft één stem.'));
			assert.equal(await text(page.locator('#field-code-error')), 'Met deze stemcode is al gestemd. Elke code geeft één stem.');
			assert.deepEqual(await chosen(page), ['Bankjes bij de vijver']);
			await checkShownPage(page, 'nl', 'ballot with a used code', { title: true });
		});
		const unknown = await postForm(server.url, `/begrotingen/${budget}/stemmen?/cast`, { code: 'AAAA-BBBB-CCCC', project: '1' });
		assert.equal(unknown.status, 400);
		assert.ok((await unknown.text()).includes('Deze stemcode kennen we niet.'));
	});

	it('lets a signed-in resident vote by declaring postcode and age, and refuses a postcode outside the area', async () => {
		await withPage(resident, async (page) => {
			await visit(page, `/begrotingen/${budget}/stemmen`, 200);
			const form = ballotForm(page);
			assert.equal(await text(form.locator('label[for="field-oldEnough"]')), 'Ik verklaar dat ik op deze postcode woon en 16 jaar of ouder ben.');
			await choose(page, ['Bankjes bij de vijver']);
			await form.locator('input[name="postcode"]').fill('1012 AB');
			await form.locator('input[name="oldEnough"]').check();
			assert.equal(await submitAndStatus(page, form), 403);
			assert.ok((await alertText(page)).includes('Uw postcode hoort niet bij dit gebied.'));
			assert.equal(await form.locator('input[name="postcode"]').inputValue(), '1012 AB');
			assert.deepEqual(await chosen(page), ['Bankjes bij de vijver']);
			await checkShownPage(page, 'nl', 'ballot with a postcode outside the area', { title: true });

			await form.locator('input[name="postcode"]').fill('7607 AB');
			await form.locator('input[name="oldEnough"]').uncheck();
			assert.equal(await submitAndStatus(page, form), 403, 'the age must be declared');
			assert.ok((await alertText(page)).includes('U moet 16 jaar of ouder zijn om te stemmen.'));

			await form.locator('input[name="oldEnough"]').check();
			assert.equal(await submitAndStatus(page, form), 200);
			assert.match(await text(page.locator('#bewijs')), codePattern);

			await page.goto(`${server.url}/begrotingen/${budget}/stemmen`);
			assert.ok((await text(page.locator('main'))).includes('U hebt al gestemd met uw account.'));
			assert.equal(await page.locator('input[name="postcode"]').count(), 0, 'no second ballot with the account');
		});
		const again = await postForm(server.url, `/begrotingen/${budget}/stemmen?/cast`, { postcode: '7607 AB', oldEnough: 'on', project: '1' }, await signedIn(resident));
		assert.equal(again.status, 409);
		assert.ok((await again.text()).includes('U hebt al gestemd. Uw stem telt al mee.'));
	});

	it('finds a ballot by its receipt and shows what it says, not who or when', async () => {
		await withPage(undefined, async (page) => {
			await visit(page, `/begrotingen/${budget}/bewijs`, 200);
			const form = ballotForm(page);
			await form.locator('input[name="receipt"]').fill('ZZZZ-ZZZZ-ZZZZ');
			assert.equal(await submitAndStatus(page, form), 404);
			assert.ok((await alertText(page)).includes('Dit bewijs kennen we niet.'));
			await checkShownPage(page, 'nl', 'receipt page with an unknown receipt', { title: true });

			await form.locator('input[name="receipt"]').fill(receipt.toLowerCase().replaceAll('-', ' '));
			assert.equal(await submitAndStatus(page, form), 200);
			assert.equal(await text(page.locator('main .utrecht-alert--ok[role="status"]')), 'Uw stem zit in de stembus. Hij telt mee.');
			assert.deepEqual(await page.locator('#stembiljet li').allInnerTexts(), ['Speeltuin opknappen', 'Bloemen langs de dijk']);
			const shown = await text(page.locator('main'));
			assert.doesNotMatch(shown, /\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}/, 'no time or date of the vote');
			assert.ok(!shown.includes(codes[0]), 'not the code it was cast with');
			await checkShownPage(page, 'nl', 'receipt page with the ballot found', { title: true });
		});
		const empty = await postForm(server.url, `/begrotingen/${budget}/bewijs`, { receipt: ' ' });
		assert.equal(empty.status, 400);
		assert.ok((await empty.text()).includes('Vul het bewijs in dat u kreeg na het stemmen.'));
	});

	it('counts the turnout on the codes page without saying who voted', async () => {
		await withPage(facilitator, async (page) => {
			await visit(page, `/begrotingen/${budget}/codes`, 200);
			assert.match(await text(page.locator('#opkomst-cijfers')), /Codes gemaakt 6 Codes gebruikt 1 Gestemd met een account 1 Stemmen in de stembus 2/);
			assert.ok((await text(page.locator('main'))).includes('Van de codes is 17% gebruikt.'));
			assert.ok(!(await text(page.locator('main'))).includes('Bas Bewoner'));
		});
	});

	it('shows the ballot in English, amounts written the English way', async () => {
		await withPage(
			undefined,
			async (page) => {
				await visit(page, `/begrotingen/${budget}/stemmen`, 200, 'en');
				assert.equal(await text(page.locator('h1')), 'Vote');
				assert.ok((await text(page.locator('main'))).includes('Your vote is secret and final'));
				await choose(page, ['Speeltuin opknappen', 'Bankjes bij de vijver']);
				await ballotForm(page).locator('input[name="code"]').fill(codes[1]);
				await submit(page, button(page, 'check'));
				assert.equal(await total(page), 'Together: €11,000 of €10,000. That is €1,000 over the budget.');
				assert.ok((await alertText(page)).includes('You are €1,000 over the budget. Remove a project.'));
				await checkShownPage(page, 'en', 'English ballot after a check', { title: true });
				await visit(page, `/begrotingen/${budget}/bewijs`, 200, 'en');
			},
			'en'
		);
		await withPage(facilitator, (page) => visit(page, `/begrotingen/${budget}/codes`, 200, 'en'), 'en');
	});

	it('asks for the area first where a process has areas, and spreads points on its own ballot', async () => {
		await withPage(undefined, async (page) => {
			await visit(page, `/begrotingen/${districts}/stemmen`, 200);
			assert.equal(await ballotForm(page).count(), 0, 'no ballot before an area is chosen');
			await page.locator('select[name="gebied"]').selectOption({ label: 'Zuid' });
			await submit(page, page.locator('main form[method="GET"] button[type="submit"]'));
			await checkShownPage(page, 'nl', 'points ballot of one area', { title: true });
			assert.equal(await text(page.locator('#stembiljet')), 'Stembiljet voor Zuid');
			const form = ballotForm(page);
			assert.deepEqual(await form.locator('#field-choices label').allInnerTexts(), ['Punten voor Moestuin', 'Punten voor Trapveldje']);
			const [moestuin, trapveld] = await form.locator('#field-choices input[type="number"]').all();
			await moestuin.fill('6');
			await trapveld.fill('6');
			await form.locator('input[name="code"]').fill(districtCodes.get('Zuid')![0]);
			await submit(page, button(page, 'check'));
			assert.equal(await total(page), 'U gaf 12 van de 10 punten.');
			assert.ok((await alertText(page)).includes('U gaf 12 punten. U hebt er 10.'));
			assert.equal(await moestuin.inputValue(), '6', 'the points stay as typed');

			await trapveld.fill('4');
			await form.locator('input[name="code"]').fill(districtCodes.get('Noord')![0]);
			assert.equal(await submitAndStatus(page, form), 400, 'a code of another area');
			assert.ok((await alertText(page)).includes('Deze stemcode hoort bij het gebied Noord.'));

			await form.locator('input[name="code"]').fill(districtCodes.get('Zuid')![0]);
			assert.equal(await submitAndStatus(page, form), 200);
			const districtReceipt = await text(page.locator('#bewijs'));

			await page.goto(`${server.url}/begrotingen/${districts}/bewijs`);
			await ballotForm(page).locator('input[name="receipt"]').fill(districtReceipt);
			assert.equal(await submitAndStatus(page, ballotForm(page)), 200);
			assert.ok((await text(page.locator('main'))).includes('Gebied: Zuid'));
			assert.deepEqual(await page.locator('#stembiljet li').allInnerTexts(), ['Moestuin: 6 punten', 'Trapveldje: 4 punten']);
		});
	});
});

describe('the ballot with JavaScript', () => {
	it('updates the total live as projects are ticked', async () => {
		await usingPage(personPage(undefined, 'nl', { javaScript: true }), async (page) => {
			await page.goto(`${server.url}/begrotingen/${budget}/stemmen`, { waitUntil: 'networkidle' });
			const output = page.locator('#ballot-total');
			assert.equal(await total(page), 'Samen: € 0 van € 10.000.');
			await page.getByLabel('Speeltuin opknappen').check();
			await output.filter({ hasText: /Samen: €\s4\.000 van €\s10\.000\./ }).waitFor();
			await page.getByLabel('Bankjes bij de vijver').check();
			await output.filter({ hasText: /Dat is €\s1\.000 boven het budget\./ }).waitFor();
			await page.getByLabel('Bankjes bij de vijver').uncheck();
			await output.filter({ hasText: /^\s*Samen: €\s4\.000 van €\s10\.000\.\s*$/ }).waitFor();
			assert.equal(page.url(), `${server.url}/begrotingen/${budget}/stemmen`, 'nothing was submitted');
		});
	});
});
