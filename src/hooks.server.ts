import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { startApp, type App } from '$lib/server/app';
import { DataDirLocked } from '$lib/server/db/lock';
import { actorFromAccessToken, actorFromSession } from '$lib/server/modules/identity';
import { negotiateLocale, translator } from '$lib/i18n';
import { pageCache } from '$lib/server/pageCache';

const holder = globalThis as typeof globalThis & { __samenspel?: Promise<App> };

function app(): Promise<App> {
	holder.__samenspel ??= startApp(undefined, {
		demo: process.env.DEMO_DATA !== '0',
		deliverMail: true,
		runJobs: true,
		log: (line) => console.log(line)
	});
	return holder.__samenspel;
}

export const init: ServerInit = async () => {
	if (building) return;
	try {
		const started = await app();
		const stop = () => started.stop();
		process.once('sveltekit:shutdown', stop);
	} catch (error) {
		if (error instanceof DataDirLocked) {
			console.error(error.message);
			process.exit(1);
		}
		throw error;
	}
};

const context: Handle = async ({ event, resolve }) => {
	event.locals.app = await app();
	const choice = event.cookies.get('lang');
	event.locals.locale = negotiateLocale(choice, event.url.pathname.startsWith('/api/') ? event.request.headers.get('accept-language') : null);
	event.locals.t = translator(event.locals.locale);
	event.locals.actor = null;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale) });
};

const authentication: Handle = async ({ event, resolve }) => {
	const { auth, database } = event.locals.app;
	// better-auth's own endpoints: e-mail confirmation, magic-link and reset links.
	if (event.url.pathname.startsWith('/api/auth/')) return (await auth()).handler(event.request);
	// The JSON API knows only bearer tokens: a cookie would make its writes open to cross-site forgery.
	if (event.url.pathname.startsWith('/api/')) {
		const bearer = event.request.headers.get('authorization');
		if (bearer?.startsWith('Bearer ')) event.locals.actor = await actorFromAccessToken(database.db, bearer.slice(7).trim());
	} else if (event.cookies.get('better-auth.session_token') || event.cookies.get('__Secure-better-auth.session_token')) {
		event.locals.actor = await actorFromSession(await auth(), event.request.headers);
	}
	return resolve(event);
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const headers = response.headers;
	headers.set('X-Content-Type-Options', 'nosniff');
	// A page with a secret in its address (a guest's registration link) sets a stricter policy itself.
	if (!headers.has('Referrer-Policy')) headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	headers.set('X-Frame-Options', 'DENY');
	headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
	headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	if (event.url.protocol === 'https:') headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	if (event.locals.actor && !headers.has('Cache-Control')) headers.set('Cache-Control', 'private, no-store');
	return response;
};

export const handle = sequence(context, authentication, securityHeaders, pageCache());

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status !== 404 && status !== 413) console.error(error);
	const t = event.locals.t ?? translator('nl');
	if (status === 413) return { message: t('error.bodyTooLarge') };
	return { message: status === 404 ? t('error.notFound') : t('error.unexpected') };
};
