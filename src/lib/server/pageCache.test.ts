import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RequestEvent } from '@sveltejs/kit';
import { shortLived } from './cache';
import { pageCache, sharedForSeconds, sharedMaxAge } from './pageCache';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a promise is still unsettled a moment from now: a page served from the cache settles at once. */
async function stillWaiting(promise: Promise<unknown>): Promise<boolean> {
	const waiting = Symbol('waiting');
	return (await Promise.race([promise, wait(20).then(() => waiting)])) === waiting;
}

/** A clock the test moves by hand, so expiry needs no sleeping. */
function clock() {
	let time = 1_000_000;
	return { now: () => time, advance: (ms: number) => (time += ms) };
}

interface Visit {
	method?: string;
	locale?: string;
	actor?: object | null;
	headers?: Record<string, string>;
}

function event(path: string, { method = 'GET', locale = 'nl', actor = null, headers = {} }: Visit = {}): RequestEvent {
	const url = new URL(path, 'http://localhost');
	const request = new Request(url, { method, headers });
	return { request, url, locals: { actor, locale } } as unknown as RequestEvent;
}

/**
 * The app behind the cache: every render gets a number, so a body tells which render produced it.
 * `holdNext()` makes the next render wait until the returned function is called, so a test can
 * look at what other callers get meanwhile; `fail` makes the next render throw.
 */
function site(headers: Record<string, string> = sharedForSeconds(2)) {
	let gate: Promise<void> | undefined;
	const app = {
		renders: 0,
		status: 200,
		headers,
		fail: undefined as Error | undefined,
		holdNext() {
			let open!: () => void;
			gate = new Promise((resolve) => (open = resolve));
			return () => open();
		},
		resolve: async (event: RequestEvent): Promise<Response> => {
			const render = ++app.renders;
			const held = gate;
			gate = undefined;
			if (held) await held;
			const failure = app.fail;
			app.fail = undefined;
			if (failure) throw failure;
			const body = `${event.locals.locale} ${event.url.pathname}${event.url.search} #${render}`;
			return new Response(body, { status: app.status, headers: app.headers });
		}
	};
	return app;
}

/** A cache and the app behind it, and `visit` to send one request through both. */
function setup({ limit, headers }: { limit?: number; headers?: Record<string, string> } = {}) {
	const time = clock();
	const app = site(headers);
	const handle = pageCache({ limit, now: time.now });
	const visit = (path: string, options?: Visit) => Promise.resolve(handle({ event: event(path, options), resolve: app.resolve }));
	const body = async (path: string, options?: Visit) => (await visit(path, options)).text();
	return { time, app, visit, body };
}

describe('sharedMaxAge', () => {
	it('reads s-maxage from a public response', () => {
		assert.equal(sharedMaxAge('public, max-age=0, s-maxage=2'), 2);
		assert.equal(sharedMaxAge('s-maxage=30, public'), 30, 'order does not matter');
	});

	it('is 0 without a header', () => {
		assert.equal(sharedMaxAge(null), 0);
		assert.equal(sharedMaxAge(''), 0);
	});

	it('is 0 when the response is private or not to be stored', () => {
		assert.equal(sharedMaxAge('public, private, s-maxage=2'), 0);
		assert.equal(sharedMaxAge('public, no-store, s-maxage=2'), 0);
		assert.equal(sharedMaxAge('public, private="set-cookie", s-maxage=2'), 0, 'private for some fields is private too');
		assert.equal(sharedMaxAge('public, no-cache, s-maxage=2'), 0, 'no-cache asks every use to be checked first');
	});

	it('is 0 without public', () => {
		assert.equal(sharedMaxAge('max-age=0, s-maxage=2'), 0);
	});

	it('is 0 when s-maxage is missing, zero, negative, fractional or garbage', () => {
		for (const header of ['public, max-age=60', 'public, s-maxage=0', 'public, s-maxage=-5', 'public, s-maxage=1.5', 'public, s-maxage=soon', 'public, s-maxage=2s', 'public, s-maxage=', 'public, s-maxage=0x10', 'public, s-maxage=1e1', 'public, s-maxage=+5']) {
			assert.equal(sharedMaxAge(header), 0, header);
		}
	});

	it('ignores case and spaces around directives', () => {
		assert.equal(sharedMaxAge('PUBLIC,MAX-AGE=0,S-MAXAGE=7'), 7);
		assert.equal(sharedMaxAge('  Public ,   s-MaxAge=7  '), 7);
		assert.equal(sharedMaxAge('Public, PRIVATE, s-maxage=7'), 0, 'private is found in any case too');
	});

	it('reads what sharedForSeconds writes, which varies by cookie', () => {
		const headers = sharedForSeconds(2);
		assert.equal(sharedMaxAge(headers['cache-control']), 2);
		assert.equal(headers.vary, 'Cookie');
	});
});

describe('page cache', () => {
	it('renders an anonymous page once and serves it again while it is fresh', async () => {
		const { app, visit, time } = setup({ headers: { ...sharedForSeconds(2), 'content-type': 'text/html', 'x-extra': 'kept' } });
		const first = await visit('/bijeenkomsten');
		time.advance(1999);
		const second = await visit('/bijeenkomsten');
		assert.equal(app.renders, 1);
		assert.equal(second.status, first.status);
		assert.deepEqual([...second.headers], [...first.headers]);
		assert.equal(second.headers.get('x-extra'), 'kept');
		assert.equal(second.headers.get('vary'), 'Cookie');
		assert.equal(await first.text(), 'nl /bijeenkomsten #1');
		assert.equal(await second.text(), 'nl /bijeenkomsten #1');
	});

	// Handles outside this one (security headers) set headers on every response that passes them.
	it('serves a fresh Response each time, so changing one does not change the next', async () => {
		const { app, visit } = setup();
		const first = await visit('/a');
		first.headers.set('x-changed', 'yes');
		first.headers.delete('vary');
		assert.equal(await first.text(), 'nl /a #1');
		const second = await visit('/a');
		assert.notEqual(second, first);
		assert.equal(second.headers.get('x-changed'), null);
		assert.equal(second.headers.get('vary'), 'Cookie');
		assert.equal(await second.text(), 'nl /a #1', 'reading one body does not use up the next');
		second.headers.set('x-changed', 'again');
		assert.equal((await visit('/a')).headers.get('x-changed'), null);
		assert.equal(app.renders, 1);
	});

	it('keeps pages per address, query string included', async () => {
		const { app, body } = setup();
		assert.equal(await body('/bijeenkomsten'), 'nl /bijeenkomsten #1');
		assert.equal(await body('/bijeenkomsten?page=2'), 'nl /bijeenkomsten?page=2 #2');
		assert.equal(await body('/organisaties'), 'nl /organisaties #3');
		assert.equal(await body('/bijeenkomsten?page=2'), 'nl /bijeenkomsten?page=2 #2');
		assert.equal(await body('/bijeenkomsten'), 'nl /bijeenkomsten #1');
		assert.equal(app.renders, 3);
	});

	it('keeps pages per language', async () => {
		const { app, body } = setup();
		assert.equal(await body('/bijeenkomsten', { locale: 'nl' }), 'nl /bijeenkomsten #1');
		assert.equal(await body('/bijeenkomsten', { locale: 'en' }), 'en /bijeenkomsten #2');
		assert.equal(await body('/bijeenkomsten', { locale: 'nl' }), 'nl /bijeenkomsten #1');
		assert.equal(await body('/bijeenkomsten', { locale: 'en' }), 'en /bijeenkomsten #2');
		assert.equal(app.renders, 2);
	});

	describe('passes through and keeps nothing for', () => {
		// Each case first keeps the anonymous page at the same address, so passing through also
		// means not being handed that kept page.
		const requests: [string, Visit][] = [
			['a signed-in visitor', { actor: { id: 'u1' } }],
			['a POST', { method: 'POST' }],
			['a request with an authorization header', { headers: { authorization: 'Bearer token' } }]
		];
		for (const [name, options] of requests) {
			it(name, async () => {
				const { app, body } = setup();
				assert.equal(await body('/bijeenkomsten'), 'nl /bijeenkomsten #1');
				assert.equal(await body('/bijeenkomsten', options), 'nl /bijeenkomsten #2');
				assert.equal(await body('/bijeenkomsten', options), 'nl /bijeenkomsten #3');
				assert.equal(await body('/bijeenkomsten'), 'nl /bijeenkomsten #1', 'the anonymous page is still kept');
				assert.equal(app.renders, 3);
			});
		}

		it('the API', async () => {
			// Its responses carry the same shareable headers as the pages; the path alone keeps them out.
			const { app, body } = setup();
			assert.equal(await body('/api/gatherings'), 'nl /api/gatherings #1');
			assert.equal(await body('/api/gatherings'), 'nl /api/gatherings #2');
			assert.equal(app.renders, 2);
		});

		const responses: [string, (app: ReturnType<typeof site>) => void][] = [
			['a response that is not 200', (app) => (app.status = 404)],
			['a response without s-maxage', (app) => (app.headers = { 'cache-control': 'public, max-age=60' })],
			['a response without any cache-control', (app) => (app.headers = {})],
			['a response that sets a cookie', (app) => (app.headers = { ...sharedForSeconds(2), 'set-cookie': 'locale=en; Path=/' })]
		];
		for (const [name, change] of responses) {
			it(name, async () => {
				const { app, visit } = setup();
				change(app);
				const first = await visit('/bijeenkomsten');
				const second = await visit('/bijeenkomsten');
				assert.equal(app.renders, 2);
				assert.equal(await first.text(), 'nl /bijeenkomsten #1');
				assert.equal(await second.text(), 'nl /bijeenkomsten #2');
				assert.equal(second.status, app.status, 'the response itself reaches the caller');
				// Nor is such a response handed out as the "old page" while another render runs.
				const release = app.holdNext();
				const third = visit('/bijeenkomsten');
				assert.equal(await (await visit('/bijeenkomsten')).text(), 'nl /bijeenkomsten #4');
				release();
				assert.equal(await (await third).text(), 'nl /bijeenkomsten #3');
			});
		}
	});

	it('after expiry renders once anew, serving the old page without waiting meanwhile', async () => {
		const { app, visit, body, time } = setup();
		assert.equal(await body('/a'), 'nl /a #1');
		time.advance(2000);
		const release = app.holdNext();
		const refresh = visit('/a');
		assert.ok(await stillWaiting(refresh), 'the first caller after expiry renders anew');
		const others = [visit('/a'), visit('/a')];
		assert.ok(!(await stillWaiting(Promise.all(others))), 'callers during the refresh do not wait for it');
		assert.deepEqual(await Promise.all(others.map(async (r) => (await r).text())), ['nl /a #1', 'nl /a #1']);
		assert.equal(app.renders, 2, 'one refresh for all of them');
		release();
		assert.equal(await (await refresh).text(), 'nl /a #2');
		assert.equal(await body('/a'), 'nl /a #2');
		assert.equal(app.renders, 2);
	});

	it('renders anew at once after any short-lived cache forgets, without serving the old page meanwhile', async () => {
		const { app, visit, body } = setup();
		const views = shortLived<number>(1000);
		await views.get('gatherings', async () => 1);
		assert.equal(await body('/a'), 'nl /a #1');
		views.forget();
		const release = app.holdNext();
		const first = visit('/a');
		assert.ok(await stillWaiting(first), 'the page is rendered anew although it is still within its time');
		const second = visit('/a');
		assert.notEqual(await (await second).text(), 'nl /a #1', 'nobody is handed the page from before the change');
		release();
		assert.equal(await (await first).text(), 'nl /a #2');
		// Which of the two new renders ends up kept does not matter, only that one is.
		const renders = app.renders;
		const kept = await body('/a');
		assert.notEqual(kept, 'nl /a #1');
		assert.equal(await body('/a'), kept);
		assert.equal(app.renders, renders, 'a new page is kept again');
	});

	it('returns a page rendered across a forget to its caller but does not keep it', async () => {
		const { app, visit, body } = setup();
		const views = shortLived<number>(1000);
		const release = app.holdNext();
		const rendering = visit('/a');
		await views.get('gatherings', async () => 1);
		views.forget();
		release();
		assert.equal(await (await rendering).text(), 'nl /a #1');
		assert.equal(await body('/a'), 'nl /a #2', 'the page built before the change is not served after it');
		assert.equal(await body('/a'), 'nl /a #2');
	});

	it('lets a page rendered across a forget take no place from pages kept since', async () => {
		const { app, visit, body } = setup({ limit: 2 });
		const views = shortLived<number>(1000);
		const release = app.holdNext();
		const rendering = visit('/a');
		views.forget();
		assert.equal(await body('/b'), 'nl /b #2');
		assert.equal(await body('/c'), 'nl /c #3');
		release();
		assert.equal(await (await rendering).text(), 'nl /a #1');
		assert.equal(await body('/b'), 'nl /b #2', 'keeping the useless /a would have pushed /b out');
		assert.equal(await body('/c'), 'nl /c #3');
		assert.equal(app.renders, 3);
	});

	it('does not keep a refresh that straddles a forget, nor serve the old page after it', async () => {
		const { app, visit, body, time } = setup();
		const views = shortLived<number>(1000);
		assert.equal(await body('/a'), 'nl /a #1');
		time.advance(2000);
		const release = app.holdNext();
		const refresh = visit('/a');
		views.forget();
		assert.equal(await body('/a'), 'nl /a #3', 'after the forget the old page is not served during the refresh');
		release();
		assert.equal(await (await refresh).text(), 'nl /a #2');
		assert.equal(await body('/a'), 'nl /a #3', 'the render begun after the forget is kept, the straddling one is not');
		assert.equal(app.renders, 3);
	});

	it('hands a failed refresh to its caller and lets a later request render again', async () => {
		const { app, visit, body, time } = setup();
		assert.equal(await body('/a'), 'nl /a #1');
		time.advance(2000);
		const down = new Error('database down');
		app.fail = down;
		await assert.rejects(visit('/a'), (error) => error === down);
		assert.equal(await body('/a'), 'nl /a #3', 'the page is not stuck refreshing');
		assert.equal(await body('/a'), 'nl /a #3');
		assert.equal(app.renders, 3);
	});

	it('hands a failed first render to its caller and keeps nothing', async () => {
		const { app, visit, body } = setup();
		app.fail = new Error('database down');
		await assert.rejects(visit('/a'), /database down/);
		assert.equal(await body('/a'), 'nl /a #2');
	});

	it('lets go of the oldest kept address beyond its limit', async () => {
		const { app, body } = setup({ limit: 2 });
		await body('/a');
		await body('/b');
		await body('/c');
		assert.equal(app.renders, 3);
		assert.equal(await body('/b'), 'nl /b #2', 'the newer pages stay');
		assert.equal(await body('/c'), 'nl /c #3');
		assert.equal(app.renders, 3);
		assert.equal(await body('/a'), 'nl /a #4', 'the oldest was let go');
	});

	it('does not let go of another address when a kept one is renewed', async () => {
		const { app, body, time } = setup({ limit: 2 });
		app.headers = sharedForSeconds(10);
		await body('/a');
		app.headers = sharedForSeconds(2);
		await body('/b');
		time.advance(2000);
		assert.equal(await body('/b'), 'nl /b #3', '/b has expired and is rendered anew');
		assert.equal(await body('/a'), 'nl /a #1', '/a is still kept');
		assert.equal(app.renders, 3);
	});
});
