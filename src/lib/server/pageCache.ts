import type { Handle } from '@sveltejs/kit';
import { forgetCount } from './cache';

/**
 * Headers for a page that anyone who is not signed in may be shown for a few seconds: shared caches
 * (ours below, or a reverse proxy) may keep it, browsers may not, and it differs by language cookie.
 */
export function sharedForSeconds(seconds: number): Record<string, string> {
	return { 'cache-control': `public, max-age=0, s-maxage=${seconds}`, vary: 'Cookie' };
}

/** How long a shared cache may keep a response, from its Cache-Control header; 0 when it may not. */
export function sharedMaxAge(cacheControl: string | null): number {
	if (!cacheControl) return 0;
	const directives = cacheControl.toLowerCase().split(',').map((d) => d.trim());
	const names = directives.map((d) => d.split('=')[0]);
	if (!names.includes('public') || names.some((n) => n === 'private' || n === 'no-store' || n === 'no-cache')) return 0;
	const sMaxAge = /^s-maxage=(\d+)$/.exec(directives.find((d) => d.startsWith('s-maxage=')) ?? '');
	return sMaxAge ? Number(sMaxAge[1]) : 0;
}

interface KeptPage {
	until: number;
	/** `forgetCount()` when it was rendered: a page built before a change is never served after it. */
	forgotten: number;
	status: number;
	headers: [string, string][];
	body: ArrayBuffer;
	refreshing: boolean;
}

/**
 * Keeps pages that allow shared caching (see `sharedForSeconds`) for visitors who are not signed
 * in, per language and address, as a reverse proxy in front of the app would. A page that has
 * grown old is still served while one visitor's request renders it anew. Signed-in visitors,
 * other methods, the API and responses that set a cookie always pass through.
 */
export function pageCache({ limit = 200, now = Date.now } = {}): Handle {
	const kept = new Map<string, KeptPage>();

	const replay = (page: KeptPage) => new Response(page.body, { status: page.status, headers: page.headers });

	function keep(key: string, page: KeptPage) {
		kept.delete(key);
		if (kept.size >= limit) kept.delete(kept.keys().next().value!);
		kept.set(key, page);
	}

	return async ({ event, resolve }) => {
		const { request, url, locals } = event;
		if (request.method !== 'GET' || locals.actor || request.headers.has('authorization') || url.pathname.startsWith('/api/')) return resolve(event);
		const key = `${locals.locale} ${url.pathname}${url.search}`;
		const old = kept.get(key);
		const current = old && old.forgotten === forgetCount() ? old : undefined;
		if (current && (current.until > now() || current.refreshing)) return replay(current);
		if (current) current.refreshing = true;
		const forgotten = forgetCount();
		let response: Response;
		try {
			response = await resolve(event);
		} finally {
			if (current) current.refreshing = false;
		}
		const seconds = sharedMaxAge(response.headers.get('cache-control'));
		if (response.status !== 200 || seconds === 0 || response.headers.has('set-cookie')) {
			if (old) kept.delete(key);
			return response;
		}
		const page: KeptPage = {
			until: now() + seconds * 1000,
			forgotten,
			status: response.status,
			headers: [...response.headers],
			body: await response.arrayBuffer(),
			refreshing: false
		};
		if (forgotten === forgetCount()) keep(key, page);
		return replay(page);
	};
}
