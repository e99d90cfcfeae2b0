import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { formAction, formValues } from '$lib/server/http';
import { sharedForSeconds } from '$lib/server/pageCache';
import { createSpearhead, listInputs, listSpearheads } from '$lib/server/modules/inputs';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const { db } = locals.app.database;
	const { space, permissions } = await orErrorPage(locals, () => listInputs(db, locals.actor, params.slug));
	if (!locals.actor) setHeaders(sharedForSeconds(2));
	return { space, permissions, spearheads: await listSpearheads(db, locals.actor, params.slug) };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await formAction(values, () => createSpearhead(locals.app.database.db, locals.actor, params.slug, values, locals.app.config.origin));
		if ('id' in result) redirect(303, `/speerpunten/${result.id}`);
		return result;
	}
};
