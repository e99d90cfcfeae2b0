import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, formValues, clientIp } from '$lib/server/http';
import { applyAuthCookies } from '$lib/server/cookies';
import { emailOnlyInput, requestMagicLink, signIn, signInInput } from '$lib/server/modules/identity';

/** Only paths on this site; anything else would make an open redirect. */
function safeNext(value: string | null): string {
	return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor) redirect(303, safeNext(url.searchParams.get('next')));
	return { next: safeNext(url.searchParams.get('next')) };
};

export const actions: Actions = {
	password: async (event) => {
		const values = formValues(await event.request.formData());
		const { db } = event.locals.app.database;
		const result = await formAction(values, async () => {
			const headers = await signIn(db, await event.locals.app.auth(), signInInput.parse(values), { ip: clientIp(event) });
			applyAuthCookies(event.cookies, headers);
			return null;
		});
		if (result) return result;
		redirect(303, safeNext(String(values.next ?? '')));
	},
	magic: async (event) => {
		const values = formValues(await event.request.formData());
		const { db } = event.locals.app.database;
		return formAction(values, async () => {
			const { email } = emailOnlyInput.parse(values);
			await requestMagicLink(db, await event.locals.app.auth(), email, { ip: clientIp(event) });
			return { magicSent: true as const };
		});
	}
};
