/**
 * Shared helpers for the end-to-end suites: a real server process (the built app), a real
 * Chromium from Debian, axe checks, and the demo outbox that stands in for e-mail.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { freePort } from '../free-port.ts';
import type { Db } from '../../src/lib/server/db/client.ts';
import type { Actor } from '../../src/lib/server/modules/identity/index.ts';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const demoPassword = 'samenspel-demo';
export const admin = 'beheer@example.org';
export const coordinator = 'cooperatie@example.org';

// ---- Server process ---------------------------------------------------------------------------

export { freePort };


export function makeDataDir(): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'samenspel-e2e-'));
}

/**
 * Writes to a data directory's PGlite before the server opens it, for what today's pages cannot
 * make (a process that started weeks ago); `person` makes someone who signs in with `password`.
 * The database code loads only here, so suites that never call this do not load it.
 */
export async function prepareDataDir<T>(dataDir: string, password: string, fill: (db: Db, person: (name: string, email: string) => Promise<Actor>) => Promise<T>): Promise<T> {
	const { openPglite } = await import('../../src/lib/server/db/client.ts');
	const { createAuth, createUser, hashPassword } = await import('../../src/lib/server/modules/identity/index.ts');
	const database = await openPglite(path.join(dataDir, 'pglite'));
	try {
		await database.migrate();
		const db = database.db;
		const auth = await createAuth(db, { origin: 'http://127.0.0.1' });
		const hash = await hashPassword(auth, password);
		return await fill(db, async (name, email) => ({ userId: (await createUser(db, auth, { email, name }, hash)).id, name, email, isAdmin: false }));
	} finally {
		await database.close();
	}
}

/** Builds the app once when the build is missing (`npm test` builds before the suites run). */
let building: Promise<void> | undefined;
export function ensureBuild(): Promise<void> {
	if (fs.existsSync(path.join(root, 'build', 'index.js'))) return Promise.resolve();
	building ??= new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
		child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`))));
	});
	return building;
}

/**
 * The server runs from a private copy of build/, made once per test process: a `vite build`
 * started elsewhere meanwhile (another suite, another person) empties and rewrites build/, and a
 * running server that then loads a route's chunk would fail with a 500 that is not the app's fault.
 */
let snapshot: string | undefined;
function buildSnapshot(): string {
	if (snapshot) return snapshot;
	/** The entry files, and the server chunk the handler loads (whose name changes per build). */
	const complete = (base = path.join(root, 'build')) => {
		if (!['index.js', 'handler.js', 'env.js'].every((f) => fs.existsSync(path.join(base, f)))) return false;
		const handler = fs.readFileSync(path.join(base, 'handler.js'), 'utf8');
		const chunks = [...handler.matchAll(/from '(\.\/server\/[^']+)'/g)].map((m) => m[1]);
		return chunks.length > 0 && chunks.every((c) => fs.existsSync(path.join(base, c)));
	};
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenspel-e2e-build-'));
	process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
	for (let attempt = 0; ; attempt++) {
		fs.rmSync(path.join(dir, 'build'), { recursive: true, force: true });
		if (complete()) {
			fs.cpSync(path.join(root, 'build'), path.join(dir, 'build'), { recursive: true });
			if (complete(path.join(dir, 'build'))) break;
		}
		// A build is being written right now: wait for it to finish.
		if (attempt >= 100) throw new Error('build/ stayed incomplete: run the build first');
		Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
	}
	// Same module type and the project's dependencies, as seen from the copy.
	fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
	fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
	snapshot = dir;
	return dir;
}

export interface ServerProcess {
	child: ChildProcess;
	port: number;
	url: string;
	dataDir: string;
	/** Everything the process wrote to stdout and stderr so far. */
	output(): string;
	/** Resolves with the exit code once the process has ended. */
	exited: Promise<number | null>;
}

/** Starts the built app (`node build/index.js`, from the snapshot) without waiting for it to answer. */
export function spawnServer(dataDir: string, port: number, env: Record<string, string> = {}): ServerProcess {
	const url = `http://127.0.0.1:${port}`;
	const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: url, DATA_DIR: dataDir };
	// The request limit `npm start` sets, so the largest form gets our own answer.
	childEnv.BODY_SIZE_LIMIT ??= '26M';
	// PGlite in DATA_DIR, demo mode (outbox page, demo data), no real mail.
	delete childEnv.DATABASE_URL;
	delete childEnv.SMTP_URL;
	delete childEnv.DEMO;
	delete childEnv.DEMO_DATA;
	Object.assign(childEnv, env);
	// cwd stays the project (migrations are read from ./drizzle); the code comes from the snapshot.
	const child = spawn(process.execPath, [path.join(buildSnapshot(), 'build', 'index.js')], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
	return { child, port, url, dataDir, output: () => output, exited };
}

export interface Server {
	url: string;
	dataDir: string;
	/** Milliseconds from spawn until /healthz answered. */
	startupMs: number;
	output(): string;
	/** SIGTERM (or the given signal), then waits for the exit; resolves with the exit code. Removes a data dir it made unless keepData. */
	stop(options?: { keepData?: boolean; signal?: NodeJS.Signals }): Promise<number | null>;
}

async function waitForHealth(proc: ServerProcess, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	let ended = false;
	void proc.exited.then(() => (ended = true));
	while (Date.now() < deadline) {
		if (ended) throw new Error(`The server exited before it answered /healthz:\n${proc.output()}`);
		try {
			const res = await fetch(`${proc.url}/healthz`, { signal: AbortSignal.timeout(2000) });
			if (res.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	proc.child.kill('SIGKILL');
	throw new Error(`The server did not answer /healthz within ${timeoutMs} ms:\n${proc.output()}`);
}

/** Starts the built app on a free port and a fresh (or the given) PGlite directory; demo data loads on first start. */
export async function startServer(options: { dataDir?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<Server> {
	await ensureBuild();
	buildSnapshot();
	const ownsDir = !options.dataDir;
	const dataDir = options.dataDir ?? makeDataDir();
	const port = await freePort();
	const started = Date.now();
	try {
		const proc = spawnServer(dataDir, port, options.env);
		await waitForHealth(proc, options.timeoutMs ?? 60_000);
		return running(proc, dataDir, ownsDir, Date.now() - started);
	} catch (error) {
		if (ownsDir) fs.rmSync(dataDir, { recursive: true, force: true });
		throw error;
	}
}

function running(proc: ServerProcess, dataDir: string, ownsDir: boolean, startupMs: number): Server {
	return {
		url: proc.url,
		dataDir,
		startupMs,
		output: proc.output,
		async stop({ keepData = !ownsDir, signal = 'SIGTERM' } = {}) {
			if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill(signal);
			const timer = setTimeout(() => proc.child.kill('SIGKILL'), 20_000);
			const code = await proc.exited;
			clearTimeout(timer);
			if (!keepData) fs.rmSync(dataDir, { recursive: true, force: true });
			return code;
		}
	};
}

// ---- HTTP as a browser without JavaScript would send it ----------------------------------------

/** A tiny cookie jar for fetch-based flows. */
export class Jar {
	cookies = new Map<string, string>();
	store(res: Response) {
		for (const line of res.headers.getSetCookie()) {
			const [pair, ...attributes] = line.split(';');
			const eq = pair.indexOf('=');
			const name = pair.slice(0, eq).trim();
			const value = pair.slice(eq + 1).trim();
			const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
			if (expired) this.cookies.delete(name);
			else this.cookies.set(name, value);
		}
	}
	header(): string {
		return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
	}
}

/** Posts a form as a no-JS browser does (same Origin, Accept: text/html), without following redirects. */
export async function postForm(base: string, pathname: string, fields: Record<string, string>, jar?: Jar, extraHeaders: Record<string, string> = {}): Promise<Response> {
	const res = await fetch(base + pathname, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...(jar ? { cookie: jar.header() } : {}),
			...extraHeaders
		},
		body: new URLSearchParams(fields).toString()
	});
	jar?.store(res);
	return res;
}

// ---- Demo outbox ------------------------------------------------------------------------------

export interface OutboxMail {
	subject: string;
	recipient: string;
	text: string;
	links: string[];
}

function decodeEntities(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
		.replace(/&amp;/g, '&');
}

/** The mails on /demo/uitgaande-post, newest first. */
export async function readOutbox(base: string): Promise<OutboxMail[]> {
	const res = await fetch(`${base}/demo/uitgaande-post`, { headers: { accept: 'text/html' } });
	assert.equal(res.status, 200, 'the demo outbox answers');
	const html = (await res.text()).replace(/<!--[\s\S]*?-->/g, '');
	const list = html.slice(html.indexOf('<ul class="card-list">'));
	return list
		.split('<li class="card">')
		.slice(1)
		.map((chunk) => {
			const card = chunk.slice(0, chunk.indexOf('</li>'));
			const subject = decodeEntities(/<h2[^>]*>([\s\S]*?)<\/h2>/.exec(card)?.[1] ?? '');
			const plain = decodeEntities(card.replace(/<[^>]+>/g, ''));
			const recipient = /([^\s@]+@[^\s@·]+)\s*·/.exec(plain)?.[1] ?? '';
			const links = [...card.matchAll(/href="([^"]+)"/g)].map((m) => decodeEntities(m[1]));
			return { subject, recipient: recipient.toLowerCase(), text: plain, links };
		});
}

/** Waits (briefly) until the outbox satisfies `ready`; mail may be queued just after a response. */
export async function waitForOutbox(base: string, ready: (mails: OutboxMail[]) => boolean, timeoutMs = 5000): Promise<OutboxMail[]> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const mails = await readOutbox(base);
		if (ready(mails) || Date.now() > deadline) return mails;
		await new Promise((r) => setTimeout(r, 150));
	}
}

function matches(mail: OutboxMail, recipient: string, subject?: string | RegExp): boolean {
	if (mail.recipient !== recipient.toLowerCase()) return false;
	if (subject === undefined) return true;
	return typeof subject === 'string' ? mail.subject.includes(subject) : subject.test(mail.subject);
}

/** The newest mail for a recipient (optionally whose subject contains `subject`), or undefined after a short wait. */
export async function newestMail(base: string, recipient: string, subject?: string | RegExp): Promise<OutboxMail | undefined> {
	const mails = await waitForOutbox(base, (all) => all.some((m) => matches(m, recipient, subject)));
	return mails.find((m) => matches(m, recipient, subject));
}

/** The first link in the newest mail for a recipient; fails when there is none. */
export async function newestLink(base: string, recipient: string, subject?: string | RegExp): Promise<string> {
	const mail = await newestMail(base, recipient, subject);
	assert.ok(mail, `no mail for ${recipient}${subject ? ` with subject ${subject}` : ''} in the outbox`);
	assert.ok(mail.links.length > 0, `the mail "${mail.subject}" to ${recipient} holds no link`);
	return mail.links[0];
}

// ---- Browser ----------------------------------------------------------------------------------

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
	});
}

/** A page in its own context (own cookies); JavaScript is off unless asked for. Close with page.context().close(). */
const scriptless = new WeakSet<BrowserContext>();

export async function newPage(browser: Browser, options: { javaScript?: boolean; locale?: string } = {}): Promise<Page> {
	const javaScriptEnabled = options.javaScript ?? false;
	const context = await browser.newContext({ javaScriptEnabled, locale: options.locale ?? 'nl-NL' });
	if (!javaScriptEnabled) scriptless.add(context);
	context.setDefaultTimeout(15_000);
	context.setDefaultNavigationTimeout(20_000);
	return context.newPage();
}

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page and returns a readable list of violations (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
	if (!scriptless.has(page.context())) return runAxe(page, false);
	// One mirror per browser, so its axe-core is compiled once; checks take turns on it.
	const browser = page.context().browser();
	assert.ok(browser, 'the page belongs to a launched browser');
	const previous = mirrorQueue.get(browser) ?? Promise.resolve();
	const turn = previous.then(async () => runAxe(await mirrorOf(browser, page), true));
	mirrorQueue.set(browser, turn.catch(() => {}));
	return turn;
}

async function runAxe(target: Page, mirrored: boolean): Promise<string[]> {
	// Legacy mode runs axe.run in the page itself: the pages have no frames, and it is about twice as
	// fast as the default, which finishes every run in a fresh extra page. The mirror already holds
	// axe-core (the same copy AxeBuilder would inject), which saves compiling 1.3 MB twice per page.
	const builder = new AxeBuilder(mirrored ? { page: target, axeSource: axeAlreadyLoaded } : { page: target });
	const results = await builder.withTags(axeTags).setLegacyMode(true).analyze();
	return describe(results.violations);
}

/**
 * axe needs timers, which never fire in a page whose scripts are off (it hangs there). So axe
 * inspects a mirror instead: a page in a second, JavaScript-enabled context on the same origin,
 * into which the no-JS page's DOM (as Chromium parsed it, all scripts removed, a <base> for its
 * relative links) is written. It loads the same style sheets and fonts, and cannot hydrate or
 * change anything. Checked against a JS-enabled page: the same violations are found.
 */
const mirrors = new WeakMap<Browser, Promise<Page>>();
const mirrorQueue = new WeakMap<Browser, Promise<unknown>>();
const axeSource: string = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core').source;
const axeAlreadyLoaded = 'if (typeof window.axe === "undefined") throw new Error("axe-core is not loaded in the mirror");';

async function mirrorOf(browser: Browser, page: Page): Promise<Page> {
	if (!mirrors.has(browser)) mirrors.set(browser, browser.newContext({ javaScriptEnabled: true }).then((c) => c.newPage()));
	const mirror = await mirrors.get(browser)!;
	const url = new URL(page.url());
	if (mirror.url() === 'about:blank' || new URL(mirror.url()).origin !== url.origin) await mirror.goto(`${url.origin}/healthz`);
	const html = (await page.content())
		.replace(/<script\b[\s\S]*?<\/script>/gi, '')
		.replace(/<head>/i, `<head><base href="${url.href.replace(/"/g, '&quot;')}">`);
	await mirror.setContent(html, { waitUntil: 'load' });
	// document.open() keeps the window, so axe-core injected once stays for every later page.
	const axeMissing = await mirror.evaluate(() => document.fonts.ready.then(() => !('axe' in window)));
	if (axeMissing) await mirror.evaluate(axeSource);
	return mirror;
}

function describe(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
	return violations.map((v) => {
		const nodes = v.nodes
			.slice(0, 5)
			.map((n) => `      ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ').trim() ?? ''}\n        ${n.html.slice(0, 200)}`)
			.join('\n');
		return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'})\n${nodes}`;
	});
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
	const violations = await axeViolations(page);
	assert.ok(violations.length === 0, `axe found ${violations.length} violation(s) on ${page.url()}:\n${violations.join('\n')}`);
}

/** Signs in through the sign-in page's password form, like a person without JavaScript. */
export async function signInWithPassword(page: Page, base: string, email: string, password = demoPassword): Promise<void> {
	await page.goto(`${base}/inloggen`);
	const form = page.locator('form[action="?/password"]');
	await form.locator('input[name="email"]').fill(email);
	await form.locator('input[name="password"]').fill(password);
	await submit(page, form.locator('button[type="submit"]'));
}

/** Clicks a submit button and waits until the page that answers (after any redirect) has loaded. */
export async function submit(page: Page, button: Locator): Promise<void> {
	await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), button.click()]);
}

/** Clicks the header's language button (a plain form post to /taal). */
export async function switchLanguage(page: Page): Promise<void> {
	await submit(page, page.locator('form[action="/taal"] button[type="submit"]').first());
}

export type Lang = 'nl' | 'en';

/** What the header's language button says: the name of the other language. */
export const switchLabel: Record<Lang, string> = { nl: 'English', en: 'Nederlands' };

/**
 * Checks the page now shown: its language, one h1, unique ids, labelled fields and zero axe
 * violations. Collects every problem so one run reports them all.
 */
export async function checkShownPage(page: Page, lang: Lang, label: string, options: { title?: boolean } = {}): Promise<void> {
	const problems: string[] = [];
	// One round trip for the plain facts (a synchronous evaluate works with scripts off).
	const facts = await page.evaluate(() => {
		const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
		return {
			lang: document.documentElement.getAttribute('lang'),
			title: document.title,
			h1s: [...document.querySelectorAll('h1')].map((h) => h.textContent ?? ''),
			button: document.querySelector('form[action="/taal"] button')?.textContent?.trim() ?? null,
			dupes: [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))],
			// Fields without a programmatic label (a duplicate id silently unlabels the second field).
			unlabelled: [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')]
				.filter((el) => !['hidden', 'submit', 'button', 'reset'].includes(el.type))
				.filter((el) => !el.labels?.length && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
				.map((el) => `${el.closest('form')?.getAttribute('action') ?? 'form'} ${el.tagName.toLowerCase()}[name=${el.getAttribute('name')}]`)
		};
	});
	if (facts.lang !== lang) problems.push(`<html lang="${facts.lang}">, expected "${lang}"`);
	if (options.title && !facts.title.trim()) problems.push('the page has no <title>');
	if (facts.h1s.length !== 1 || !facts.h1s[0].trim()) problems.push(`expected exactly one non-empty <h1>, found ${JSON.stringify(facts.h1s)}`);
	if (facts.button !== switchLabel[lang]) problems.push(`language button reads ${JSON.stringify(facts.button)}, expected "${switchLabel[lang]}" (page not in ${lang}?)`);
	if (facts.dupes.length) problems.push(`ids used more than once: ${facts.dupes.join(', ')} (a label's "for" then names only the first field)`);
	if (facts.unlabelled.length) problems.push(`fields without a label: ${facts.unlabelled.join(', ')}`);
	const violations = await axeViolations(page);
	if (violations.length) problems.push(`axe found ${violations.length} violation(s):\n${violations.join('\n')}`);
	assert.ok(problems.length === 0, `${label} (${page.url()}):\n- ${problems.join('\n- ')}`);
}

/**
 * A page without JavaScript in a context of its own, for one person (or nobody) in one language.
 * A visitor starts at `start`; a person signs in with the demo password first.
 */
export async function openPage(browser: Browser, base: string, options: { email?: string; lang?: Lang; start?: string }): Promise<Page> {
	const { email, lang = 'nl', start = '/' } = options;
	const page = await newPage(browser, { javaScript: false });
	if (email) {
		await signInWithPassword(page, base, email);
		assert.ok(await page.locator('form[action="/uitloggen"]').count(), `${email} is signed in`);
	} else {
		await page.goto(base + start);
	}
	if (lang === 'en') await switchLanguage(page);
	assert.equal(await page.locator('html').getAttribute('lang'), lang);
	return page;
}

/** Runs `run` on a page, then closes the page's context whatever happened. */
export async function usingPage<T>(opening: Promise<Page>, run: (page: Page) => Promise<T>): Promise<T> {
	const page = await opening;
	try {
		return await run(page);
	} finally {
		await page.context().close();
	}
}

/**
 * Sessions and pages for the people of one test file. Sign-in is rate limited (10 per address per
 * 15 minutes), so each person signs in once per file and every page takes that session's cookies.
 * `started` is read on use: the suites start their server and browser in `before`.
 */
export function people(started: () => { server: Server; browser: Browser }, password = demoPassword) {
	const sessions = new Map<string, Promise<Jar>>();
	function signedIn(email: string): Promise<Jar> {
		if (!sessions.has(email))
			sessions.set(
				email,
				(async () => {
					const jar = new Jar();
					const res = await postForm(started().server.url, '/inloggen?/password', { email, password, next: '/' }, jar);
					assert.equal(res.status, 303, `${email} signs in`);
					return jar;
				})()
			);
		return sessions.get(email)!;
	}

	/** A page in its own context for one person (or nobody, without `email`) in one language. */
	async function page(email?: string, lang: Lang = 'nl', options: { javaScript?: boolean } = {}): Promise<Page> {
		const { server, browser } = started();
		const opened = await newPage(browser, { javaScript: options.javaScript ?? false });
		if (email) {
			const jar = await signedIn(email);
			await opened.context().addCookies([...jar.cookies].map(([name, value]) => ({ name, value, url: server.url })));
		}
		await opened.goto(`${server.url}/`);
		if (email) assert.ok(await opened.locator('form[action="/uitloggen"]').count(), `${email} is signed in`);
		if (lang === 'en') await switchLanguage(opened);
		assert.equal(await opened.locator('html').getAttribute('lang'), lang);
		return opened;
	}

	const withPage = <T>(email: string | undefined, run: (page: Page) => Promise<T>, lang: Lang = 'nl') => usingPage(page(email, lang), run);

	/** A GET as a browser without JavaScript sends it, in a session (`jar`) or none; redirects are not followed. */
	const get = (path: string, jar?: Jar): Promise<Response> =>
		fetch(started().server.url + path, { redirect: 'manual', headers: { accept: 'text/html', ...(jar ? { cookie: jar.header() } : {}) } });

	/** The HTML of a page that answers 200; any other answer fails the test. */
	async function html(path: string, jar?: Jar): Promise<string> {
		const res = await get(path, jar);
		assert.equal(res.status, 200, `GET ${path}`);
		return res.text();
	}

	return { signedIn, page, withPage, get, html };
}

/** Opens a path, checks the status it answers with, and checks the page it shows (with its title). */
export async function visitChecked(page: Page, base: string, path: string, status: number, lang: Lang): Promise<void> {
	const response = await page.goto(base + path);
	assert.equal(response?.status(), status, `GET ${path} answers ${status}`);
	await checkShownPage(page, lang, `GET ${path} [${lang}]`, { title: true });
}

/** Submits a form with a click and returns the status of the POST's own response. */
export async function submitAndStatus(page: Page, form: Locator): Promise<number> {
	const [response] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST' && r.request().resourceType() === 'document'),
		submit(page, form.locator('button[type="submit"]').last())
	]);
	return response.status();
}

/** Each link in the error summary within `scope` (a page: its main part), with its message and whether the field it points to is there. */
export async function summaryLinks(scope: Page | Locator): Promise<{ href: string; message: string; target: boolean }[]> {
	const area = 'goto' in scope ? scope.locator('main') : scope;
	return area
		.locator('[role="alert"] a')
		.evaluateAll((links) =>
			links.map((a) => {
				const href = a.getAttribute('href') ?? '';
				return { href, message: (a.textContent ?? '').trim(), target: href.startsWith('#') && document.getElementById(href.slice(1)) !== null };
			})
		);
}

// ---- JSON API ---------------------------------------------------------------------------------

/** An RFC 9457 problem body, as the API answers every refusal. */
export interface Problem {
	type: string;
	title: string;
	status: number;
	errors?: Record<string, string>;
}

export async function problemOf(res: Response, status: number): Promise<Problem> {
	assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${await res.clone().text()}`);
	assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/, 'problem+json');
	const body = (await res.json()) as Problem;
	assert.equal(body.status, status, 'the body repeats the status');
	assert.ok(typeof body.title === 'string' && body.title.length > 0);
	return body;
}

/** A call to /api/v1, optionally in a language and with a bearer token. */
export function apiRequest(base: string, path: string, init: RequestInit & { lang?: string; bearer?: string } = {}): Promise<Response> {
	const headers = new Headers(init.headers);
	headers.set('accept', 'application/json');
	if (init.lang) headers.set('accept-language', init.lang);
	if (init.bearer) headers.set('authorization', `Bearer ${init.bearer}`);
	return fetch(`${base}/api/v1${path}`, { ...init, headers });
}

/** A token the way a person makes one: sign in and use the form on /account (no browser needed). */
export async function personalToken(base: string, email: string, name: string): Promise<{ token: string; jar: Jar }> {
	const jar = new Jar();
	const signedIn = await postForm(base, '/inloggen?/password', { email, password: demoPassword, next: '/' }, jar);
	assert.equal(signedIn.status, 303, `${email} signed in`);
	const made = await postForm(base, '/account?/createToken', { name }, jar);
	assert.equal(made.status, 200);
	const secret = /(ssp_[A-Za-z0-9_-]+)/.exec(await made.text())?.[1];
	assert.ok(secret, 'the account page shows the new token');
	return { token: secret, jar };
}
