import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { clientIp, formAction, formValues } from '$lib/server/http';
import { signUp, signUpInput } from '$lib/server/modules/identity';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.actor) redirect(303, '/account');
};

export const actions: Actions = {
	default: async (event) => {
		const values = formValues(await event.request.formData());
		return formAction(values, async () => {
			await signUp(event.locals.app.database.db, await event.locals.app.auth(), signUpInput.parse(values), event.locals.locale, { ip: clientIp(event) });
			return { signedUp: true as const };
		});
	}
};
