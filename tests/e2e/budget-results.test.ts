/**
 * The results of a budget vote in a real Chromium with JavaScript OFF: before the count the page
 * says when the votes will be counted; a facilitator counts; everyone then sees the funded
 * projects, why each project was or was not funded and what greedy by votes would have chosen,
 * in Dutch and English, without axe (WCAG 2.2 AA) violations. The ballots download as a Pabulib
 * file; a real Pabulib file imports and can be counted again with another rule; a bad file is
 * refused with its line; residents neither count nor import. The JSON API gives the same.
 *
 * The process is made beforehand with the services, in the data directory the server then opens:
 * the server only knows the real today, so the process was made weeks ago and voting has closed.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
	apiRequest,
	checkShownPage,
	Jar,
	launchBrowser,
	makeDataDir,
	people,
	postForm,
	prepareDataDir,
	root,
	startServer,
	submit,
	submitAndStatus,
	visitChecked,
	type Lang,
	type Server
} from './support.ts';
import { createOrganisation } from '../../src/lib/server/modules/network/index.ts';
import { amsterdamToday, createSpace, setComponents } from '../../src/lib/server/modules/spaces/index.ts';
import { castBallot, createProcess, generateCodes, reviewProposal, submitProposal } from '../../src/lib/server/modules/budgeting/index.ts';
import { countJob } from '../../src/lib/server/modules/budgeting/service.ts';
import { unscheduleJob } from '../../src/lib/server/jobs/index.ts';
import { parsePabulib } from '../../src/lib/server/modules/budgeting/pabulib.ts';
import '../../src/lib/server/components.ts';

const password = 'uitslag-wachtwoord-2030';
const facilitator = 'uitslag.regie@example.org';
const resident = 'uitslag.bewoner@example.org';
const anin = fs.readFileSync(path.join(root, 'tests/data/pabulib/poland_warszawa_2017_anin.pb'));

const dayMs = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * dayMs);
const dayFromNow = (days: number) => amsterdamToday(daysFromNow(days));

/**
 * Ten voters with €1.000 each under Equal Shares. Six want the playground and the benches
 * (€5.000 each), four the vegetable garden (€4.000), one of them also the mural (€3.000);
 * nobody wants the fountain. Greedy by votes would give the six both their projects.
 */
const projects = [
	['Speeltuin aan de beek', '5.000'],
	['Bankjes in het park', '5.000'],
	['Moestuin voor de buurt', '4.000'],
	['Fontein op het plein', '2.000'],
	['Muurschildering bij de school', '3.000']
] as const;
const ballots = [...Array(6).fill(['1', '2']), ['3'], ['3'], ['3'], ['3', '5']] as string[][];

/** Makes the people, the space and a process whose voting closed ten days ago, with its ballots. */
function prepare(dataDir: string): Promise<{ spaceSlug: string; processSlug: string }> {
	return prepareDataDir(dataDir, password, async (db, person) => {
		const [runner, voter] = [await person('Rosa Regie', facilitator), await person('Bert Bewoner', resident)];
		const municipality = await createOrganisation(db, runner, { name: 'Gemeente Beekdal', kind: 'municipality' });
		const space = await createSpace(db, runner, { title: 'Wijkbudget Beekdal', ownerIds: [municipality.id], visibility: 'public' });
		await setComponents(db, runner, space.slug, ['budget']);
		const fields = { title: 'Wijkbudget Beekdal 2026', total: '10.000', ballotType: 'approval', rule: 'mes', completion: 'none', votingByCode: 'on' };
		const days = { proposalsFrom: dayFromNow(-40), proposalsUntil: dayFromNow(-30), votingFrom: dayFromNow(-20), votingUntil: dayFromNow(-10) };
		const process = await createProcess(db, runner, space.slug, { ...fields, ...days }, daysFromNow(-42));
		for (const [title, cost] of projects) {
			const made = await submitProposal(db, null, voter, process.slug, { title, description: `${title}, voor iedereen in Beekdal.`, cost }, [], daysFromNow(-35));
			await reviewProposal(db, runner, process.slug, made.number, { verdict: 'feasible' }, daysFromNow(-25));
		}
		const { codes } = await generateCodes(db, runner, process.slug, { count: ballots.length }, daysFromNow(-25));
		for (const [i, ballot] of ballots.entries()) await castBallot(db, null, process.slug, { code: codes[i] }, new Map(ballot.map((code) => [code, 1])), daysFromNow(-15));
		// The count is overdue, so the server's job runner would count it moments after start, racing
		// the tests that look at the page before the count; here the facilitator counts by hand.
		await unscheduleJob(db, `${countJob}:${process.id}`);
		return { spaceSlug: space.slug, processSlug: process.slug };
	});
}

let server: Server;
let browser: Browser;
const { signedIn, withPage } = people(() => ({ server, browser }), password);
let dataDir: string;
let spaceSlug: string;
let processSlug: string;

/** The text shown, with the no-break space that amounts are written with as a plain one. */
const plain = (shown: string) => shown.replace(/[\s\u00a0]+/g, ' ').trim();
const text = async (page: Page, selector = 'main') => plain((await page.locator(selector).first().textContent()) ?? '');

const visit = (page: Page, pathname: string, status: number, lang: Lang) => visitChecked(page, server.url, pathname, status, lang);

/** A multipart form post, as a browser sends the import form. */
async function postFile(pathname: string, file: Buffer, jar?: Jar): Promise<Response> {
	const body = new FormData();
	body.append('title', '');
	body.append('file', new Blob([new Uint8Array(file)], { type: 'text/plain' }), 'stemming.pb');
	return fetch(server.url + pathname, { method: 'POST', redirect: 'manual', body, headers: { origin: server.url, accept: 'text/html', ...(jar ? { cookie: jar.header() } : {}) } });
}

describe('budget results, Pabulib export and import (no JavaScript)', () => {
	before(async () => {
		dataDir = makeDataDir();
		({ spaceSlug, processSlug } = await prepare(dataDir));
		[server, browser] = await Promise.all([startServer({ dataDir, env: { DEMO_DATA: '0' } }), launchBrowser()]);
	});
	after(async () => {
		await browser?.close();
		await server?.stop();
		fs.rmSync(dataDir, { recursive: true, force: true });
	});

	const results = () => `/begrotingen/${processSlug}/uitslag`;

	it('says before the count that the votes are counted the day after voting', async () => {
		await withPage(undefined, async (page) => {
			await visit(page, results(), 200, 'nl');
			const shown = await text(page);
			assert.match(shown, /De stemmen zijn nog niet geteld/);
			assert.match(shown, /De stemmen worden vanzelf geteld op \d+ \w+ \d{4}, de dag na het stemmen/);
			assert.equal(await page.locator('form[action="?/count"]').count(), 0, 'a visitor cannot count');
		});
		const api = await apiRequest(server.url, `/budgets/${processSlug}/results`);
		assert.equal(api.status, 200);
		const body = (await api.json()) as { counted: boolean; countsOn: string; boxes: unknown[] };
		assert.deepEqual([body.counted, body.boxes.length, body.countsOn], [false, 0, dayFromNow(-9)]);
	});

	it('lets no resident count', async () => {
		const jar = await signedIn(resident);
		const res = await postForm(server.url, `${results()}?/count`, {}, jar);
		assert.equal(res.status, 403);
		assert.match(await res.text(), /U mag dit niet doen|niet/);
		const anonymous = await postForm(server.url, `${results()}?/count`, {});
		assert.equal(anonymous.status, 401);
	});

	it('lets the facilitator count, and shows why every project was or was not funded', async () => {
		await withPage(facilitator, async (page) => {
			await visit(page, results(), 200, 'nl');
			const button = page.locator('form[action="?/count"] button[type="submit"]');
			assert.equal((await button.textContent())?.trim(), 'Nu tellen');
			await submit(page, button);
			assert.match(page.url(), /\/uitslag\?geteld/);
			await checkShownPage(page, 'nl', 'results after counting [nl]', { title: true });
			assert.match(await text(page, 'main [role="status"]'), /De stemmen zijn geteld/);
			const funded = (await page.locator('main table').first().locator('tbody tr').allInnerTexts()).map(plain);
			assert.equal(funded.length, 2);
			assert.match(funded[0], /Speeltuin aan de beek/);
			assert.match(funded[0], /Gekocht in ronde 1\. Elke voorstander betaalde ten hoogste € 833,34\./);
			assert.match(funded[1], /Moestuin voor de buurt/);
			assert.match(funded[1], /Gekocht in ronde 2\. Elke voorstander betaalde ten hoogste € 1\.000\./);
			const shown = await text(page);
			assert.match(shown, /€ 9\.000 van € 10\.000 gaat naar projecten\. Er blijft € 1\.000 over\./);
			assert.match(shown, /Aantal kiezers: 10\./);
			assert.match(shown, /Het geld van de voorstanders was op\. Samen hadden ze nog € 1\.000\. Het project kost € 5\.000\./);
			assert.match(shown, /Niemand stemde op dit project\./);
			assert.match(shown, /Regel: gelijke verdeling/);
			assert.match(shown, /Elke kiezer had € 1\.000 te besteden\./);
			assert.match(shown, /Bij gelijke stand gaat het laagste projectnummer voor/);
			assert.match(shown, /Met die regel krijgen andere projecten geld\./);
			assert.match(shown, /Nu geen geld, met de meeste stemmen eerst wel: Bankjes in het park \(€ 5\.000, 6 stemmen\)/);
			assert.match(shown, /Nu wel geld, met de meeste stemmen eerst niet: Moestuin voor de buurt \(€ 4\.000, 4 stemmen\)/);
			assert.equal((await page.locator('form[action="?/count"] button').textContent())?.trim(), 'Opnieuw tellen');
		});
	});

	it('shows the results to everyone, in English too', async () => {
		await withPage(
			undefined,
			async (page) => {
				await visit(page, results(), 200, 'en');
				const shown = await text(page);
				assert.match(shown, /Bought in round 1\. Each supporter paid at most €833\.34\./);
				assert.match(shown, /Its supporters ran out of money\. Together they still held €1,000\. The project costs €5,000/);
				assert.match(shown, /Nobody voted for this project\./);
				assert.match(shown, /Compared with most votes first/);
				assert.match(shown, /Not funded now, funded with most votes first: Bankjes in het park/);
				assert.equal(await page.locator('form[action="?/count"]').count(), 0);
			},
			'en'
		);
	});

	it('downloads the anonymous ballots as a Pabulib file', async () => {
		const res = await fetch(`${server.url}${results()}/export.pb`);
		assert.equal(res.status, 200);
		assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename=".+\.pb"$/);
		const file = parsePabulib(await res.text());
		assert.equal(file.votes.length, 10);
		assert.deepEqual(file.votes.map((v) => v.voterId), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
		assert.deepEqual(
			file.projects.filter((p) => p.extra.selected === '1').map((p) => p.id),
			['1', '3']
		);
		await withPage(undefined, async (page) => {
			await page.goto(server.url + results());
			const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href$="/export.pb"]').click()]);
			assert.match(download.suggestedFilename(), /\.pb$/);
		});
	});

	it('gives the results and the file over the JSON API, as the OpenAPI document says', async () => {
		const res = await apiRequest(server.url, `/budgets/${processSlug}/results`);
		assert.equal(res.status, 200);
		const body = (await res.json()) as { counted: boolean; boxes: Array<{ ballots: number; outcome: { selected: string[]; projects: Array<{ code: string; why: { kind: string } }> }; greedy: { selected: string[] } }> };
		assert.equal(body.counted, true);
		assert.equal(body.boxes[0].ballots, 10);
		assert.deepEqual(body.boxes[0].outcome.selected, ['1', '3']);
		assert.deepEqual(body.boxes[0].greedy.selected, ['1', '2']);
		assert.deepEqual(
			body.boxes[0].outcome.projects.map((p) => [p.code, p.why.kind]),
			[
				['1', 'mes'],
				['2', 'supportersRanOut'],
				['3', 'mes'],
				['4', 'noSupport'],
				['5', 'supportersRanOut']
			]
		);
		const exported = await apiRequest(server.url, `/budgets/${processSlug}/export`);
		assert.equal(exported.status, 200);
		assert.match(exported.headers.get('content-type') ?? '', /^text\/plain/);
		assert.equal(parsePabulib(await exported.text()).votes.length, 10);
		const badArea = await apiRequest(server.url, `/budgets/${processSlug}/export?area=gebied`, { lang: 'en' });
		assert.equal(badArea.status, 400);
		const doc = (await (await apiRequest(server.url, '/openapi.json')).json()) as { paths: Record<string, Record<string, { operationId: string }>> };
		assert.equal(doc.paths['/budgets/{slug}/results']?.get?.operationId, 'getBudgetResults');
		assert.equal(doc.paths['/budgets/{slug}/export']?.get?.operationId, 'exportBudget');
	});

	it('imports a real Pabulib file, shows its results and counts it again with another rule', async () => {
		const importing = `/ruimtes/${spaceSlug}/begroting/importeren`;
		await withPage(facilitator, async (page) => visit(page, importing, 200, 'en'), 'en');
		await withPage(facilitator, async (page) => {
			await visit(page, importing, 200, 'nl');
			const tmp = path.join(dataDir, 'anin.pb');
			fs.writeFileSync(tmp, anin);
			await page.locator('#field-file').setInputFiles(tmp);
			await submit(page, page.locator('main form button[type="submit"]'));
			assert.match(page.url(), /\/begrotingen\/[^/]+\/uitslag$/);
			await checkShownPage(page, 'nl', 'imported results [nl]', { title: true });
			const shown = await text(page);
			assert.match(shown, /Local PB in Warsaw, Wawer \| Anin/);
			assert.match(shown, /Deze stemming is ingelezen uit een Pabulib-bestand/);
			assert.match(shown, /Aantal kiezers: 510\./);
			assert.match(shown, /W zdrowym ciele zdrowy duch/);
			assert.match(shown, /Plaats 1 op de lijst met de meeste stemmen\. Het paste nog in het budget\./);
			assert.match(shown, /Regel: de meeste stemmen eerst/);

			// Counted again with Equal Shares: shown, not stored.
			await page.locator('select[name="regel"]').selectOption('mes');
			await page.locator('select[name="aanvulling"]').selectOption('add1');
			await submit(page, page.locator('form[method="GET"] button[type="submit"]'));
			assert.match(page.url(), /regel=mes/);
			await checkShownPage(page, 'nl', 'imported results replayed [nl]', { title: true });
			assert.match(await text(page), /U ziet een nieuwe telling met een andere regel\. Die is niet bewaard\./);
			assert.match(await text(page), /Gekocht in ronde 1\./);
			const stored = await fetch(page.url().replace(/\?.*$/, ''), { headers: { accept: 'text/html' } });
			assert.match(await stored.text(), /Regel: de meeste stemmen eerst/);
		});
	});

	it('refuses a bad file with the line that is wrong, and a resident altogether', async () => {
		const bad = Buffer.from(['META', 'key;value', 'budget;1000', 'vote_type;approval', 'PROJECTS', 'project_id;cost', '1;600', '2;500', 'VOTES', 'voter_id;vote', 'a;1', 'b;2,7'].join('\n'));
		const importing = `/ruimtes/${spaceSlug}/begroting/importeren`;
		const jar = await signedIn(facilitator);
		const res = await postFile(importing, bad, jar);
		assert.equal(res.status, 400);
		assert.match(await res.text(), /Regel 12: kiezer b stemt op project 7\. Dat project staat niet in het deel PROJECTS\./);
		await withPage(
			facilitator,
			async (page) => {
				await page.goto(server.url + importing);
				const tmp = path.join(dataDir, 'bad.pb');
				fs.writeFileSync(tmp, bad);
				await page.locator('#field-file').setInputFiles(tmp);
				const status = await submitAndStatus(page, page.locator('main form'));
				assert.equal(status, 400);
				await checkShownPage(page, 'en', 'import refused [en]', { title: true });
				assert.match(await text(page, 'main [role="alert"]'), /Line 12: voter b votes for project 7, which is not in the PROJECTS section\./);
				assert.match(await text(page, '#field-file-error'), /Line 12/);
			},
			'en'
		);
		const pdf = await postFile(importing, Buffer.from('%PDF-1.4\n1 0 obj\n'), jar);
		assert.equal(pdf.status, 400);
		assert.match(await pdf.text(), /Regel 1: het deel META ontbreekt/);

		const residentJar = await signedIn(resident);
		const page = await fetch(server.url + importing, { redirect: 'manual', headers: { accept: 'text/html', cookie: residentJar.header() } });
		assert.equal(page.status, 403);
		const post = await postFile(importing, anin, residentJar);
		assert.equal(post.status, 403);
	});
});
