import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isLocale } from '$lib/i18n';
import { setLocale } from '$lib/server/modules/identity';

/** The language switch is a plain form post, so it works without JavaScript. */
export const POST: RequestHandler = async ({ request, cookies, locals, url }) => {
	const data = await request.formData();
	const lang = data.get('lang');
	const target = String(data.get('redirect') ?? '/');
	if (isLocale(lang)) {
		cookies.set('lang', lang, { path: '/', maxAge: 60 * 60 * 24 * 365, httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' });
		if (locals.actor) await setLocale(locals.app.database.db, locals.actor, lang);
	}
	redirect(303, target.startsWith('/') && !target.startsWith('//') ? target : '/');
};
