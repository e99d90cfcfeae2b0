/**
 * Pages on a phone (WCAG 1.4.10, reflow): at 320 CSS pixels wide no page scrolls sideways, for a
 * visitor and for a coordinator who also sees the manage pages, in Dutch and in English. A table
 * wider than the screen scrolls inside a named region that takes focus, not the page, and no text
 * sits in a column so narrow that its words break. The pages are found by following the links of
 * the demo, as a visitor would.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'playwright-core';
import { coordinator, launchBrowser, people, startServer, type Lang, type Server } from './support.ts';

const phone = { width: 320, height: 800 };
/** Forms with choices and their hints, which a crawl from the home page may not reach: giving input, a ballot. */
const formsForResidents = ['/ruimtes/burgerinbreng-regioplan-2026/inbreng/geven', '/begrotingen/sportbudget-almelo-2027/stemmen', '/taalhulp'];
/** Links that act on a token or an account (sign in, stop following, a registration), and files. */
const notToFollow = /^\/(api|demo)\/|\/(aanmelding|volgen|uitloggen)\b|^\/inloggen\/|\.(ics|csv|pb|json)$|export|stemcodes/;

let server: Server;
let browser: Browser;
const { withPage } = people(() => ({ server, browser }));

before(async () => {
	[server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

after(async () => {
	await browser?.close();
	await server?.stop();
});

interface Visited {
	path: string;
	/** How far the page reaches beyond the screen, in pixels; 0 when it fits. */
	overflow: number;
	/** Tables that are not inside a scrolling region with a name that takes focus. */
	bareTables: number;
	/** Texts (not web addresses) broken into more lines than they have words: a column too narrow for them. */
	shredded: string[];
}

async function measure(page: Page, path: string): Promise<Visited> {
	const { overflow, bareTables, shredded } = await page.evaluate(() => {
		const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const shredded: string[] = [];
		while (texts.nextNode()) {
			const text = (texts.currentNode.textContent ?? '').trim();
			if (!text || text.includes('://') || texts.currentNode.parentElement?.closest('code')) continue;
			const range = document.createRange();
			range.selectNodeContents(texts.currentNode);
			if (range.getClientRects().length > text.split(/\s+/).length) shredded.push(text.slice(0, 40));
		}
		return {
			overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
			bareTables: [...document.querySelectorAll('table')].filter((table) => !table.closest('.table-scroll[role="region"][aria-label][tabindex="0"]')).length,
			shredded
		};
	});
	return { path, overflow, bareTables, shredded };
}

/** Breadth first from `starts`, following links on the site, up to `limit` pages. */
async function crawl(page: Page, starts: string[], limit: number): Promise<Visited[]> {
	const seen = new Set<string>();
	const queue = [...starts];
	const visited: Visited[] = [];
	while (queue.length && visited.length < limit) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const response = await page.goto(server.url + path);
		if (!response?.headers()['content-type']?.includes('text/html')) continue;
		visited.push(await measure(page, path));
		const links = await page.$$eval('a[href^="/"]', (as) => as.map((a) => (a.getAttribute('href') ?? '').split('#')[0]));
		queue.push(...links.filter((l) => l && !seen.has(l) && !notToFollow.test(l)));
	}
	return visited;
}

/** Whether the region has scrolled away from its start; browsers may scroll smoothly, so this waits up to two seconds. */
async function scrolledAlong(region: Locator): Promise<boolean> {
	for (let tries = 0; tries < 40; tries++) {
		if ((await region.evaluate((r) => r.scrollLeft)) > 0) return true;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	return false;
}

function assertFits(visited: Visited[], least: number) {
	assert.ok(visited.length >= least, `at least ${least} pages were visited, not ${visited.length}`);
	const wide = visited.filter((v) => v.overflow > 0).map((v) => `${v.path} (+${v.overflow}px)`);
	assert.deepEqual(wide, [], 'no page is wider than a phone of 320 pixels');
	const bare = visited.filter((v) => v.bareTables).map((v) => v.path);
	assert.deepEqual(bare, [], 'every table scrolls in a region of its own');
	const shredded = visited.filter((v) => v.shredded.length).map((v) => `${v.path}: ${v.shredded.join(' | ')}`);
	assert.deepEqual(shredded, [], 'no text is squeezed into a column so narrow that its words break');
}

/** A page for one person (or nobody) in one language, as wide as a small phone. */
const onPhone = (email: string | undefined, run: (page: Page) => Promise<void>, lang: Lang = 'nl') =>
	withPage(
		email,
		async (page) => {
			await page.setViewportSize(phone);
			await run(page);
		},
		lang
	);

describe('pages on a phone of 320 pixels', () => {
	it('fit for a visitor, in Dutch', () =>
		onPhone(undefined, async (page) => assertFits(await crawl(page, ['/', ...formsForResidents, '/toegankelijkheid', '/bijeenkomsten', '/verzoeken'], 70), 50)));

	it('fit for a coordinator, with the manage pages and their tables', () =>
		onPhone(coordinator, async (page) => {
			const visited = await crawl(page, ['/account', '/verzoeken', '/mijn-bijeenkomsten', '/'], 70);
			assertFits(visited, 50);
			assert.ok(visited.some((v) => v.path.includes('/verzoeken')), 'the request pages, with their tables, were among them');
		}));

	it('fit in English', () => onPhone(undefined, async (page) => assertFits(await crawl(page, ['/', '/toegankelijkheid', '/ruimtes'], 30), 20), 'en'));

	it('have table regions that scroll sideways with the keyboard', () =>
		onPhone(coordinator, async (page) => {
			await page.goto(`${server.url}/organisaties/gemeente-almelo/verzoeken`);
			const region = page.locator('.table-scroll').first();
			assert.ok(await region.evaluate((r) => r.scrollWidth > r.clientWidth), 'the table is wider than the phone');
			await region.focus();
			await page.keyboard.press('ArrowRight');
			assert.ok(await scrolledAlong(region), 'the arrow key scrolls the table');
			assert.equal(await region.getAttribute('aria-label'), await region.locator('caption').textContent().then((c) => c?.trim()));
		}));
});
