import type { Actions, PageServerLoad } from './$types';
import { formAction, formValues } from '$lib/server/http';
import { orErrorPage } from '$lib/server/pages';
import { cancelByLink, registrationForLink, submitCase } from '$lib/server/modules/gatherings';

// The secret in this address is the guest's only key: the page must not be cached, and other
// sites (the online meeting link, say) must not receive the address as Referer.
export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	setHeaders({ 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'same-origin' });
	return { registration: await orErrorPage(locals, () => registrationForLink(locals.app.database.db, params.token)) };
};

export const actions: Actions = {
	cancel: async ({ locals, params }) =>
		formAction({}, async () => {
			await cancelByLink(locals.app.database.db, params.token, locals.app.config.origin);
			return { cancelled: true };
		}, 'cancel'),
	submitCase: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		return formAction(values, async () => {
			await submitCase(locals.app.database.db, { token: params.token }, String(values.session ?? ''), values);
			return { caseSubmitted: true };
		}, 'case');
	}
};
