import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { formAction, formValues } from '$lib/server/http';
import { createOrganisation, listAreas, listThemes } from '$lib/server/modules/network';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireActor(locals, url);
	const { db } = locals.app.database;
	return { areas: await listAreas(db), themes: await listThemes(db) };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const values = formValues(await request.formData(), ['areaIds', 'themeIds']);
		const result = await formAction(values, () => createOrganisation(locals.app.database.db, locals.actor, values as never));
		if ('slug' in result) redirect(303, `/organisaties/${result.slug}`);
		return result;
	}
};
