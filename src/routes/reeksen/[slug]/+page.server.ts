import type { Actions, PageServerLoad } from './$types';
import { renderMarkdown } from '$lib/server/markdown';
import { orErrorPage } from '$lib/server/pages';
import { clientIp, formAction, formValues } from '$lib/server/http';
import { cancelMyRegistration, getSeries, register } from '$lib/server/modules/gatherings';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { description, ...series } = await orErrorPage(locals, () => getSeries(locals.app.database.db, locals.actor, params.slug));
	return { series: { ...series, descriptionHtml: renderMarkdown(description) } };
};

export const actions: Actions = {
	register: async (event) => {
		const { locals, params, request } = event;
		const values = formValues(await request.formData());
		return formAction(values, async () => {
			const placed = await register(locals.app.database.db, locals.actor, { series: params.slug }, values, { locale: locals.locale, origin: locals.app.config.origin, ip: clientIp(event) });
			return { placed: { status: placed.status, position: placed.position } };
		}, 'register');
	},
	cancel: async ({ locals, params }) =>
		formAction({}, async () => {
			await cancelMyRegistration(locals.app.database.db, locals.actor, { series: params.slug }, locals.app.config.origin);
			return { cancelledRegistration: true };
		})
};
