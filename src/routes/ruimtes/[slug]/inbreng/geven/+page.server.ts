import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { formAction, formValues } from '$lib/server/http';
import { inputContext } from '$lib/server/inputPage';
import { listInputs, submitInput } from '$lib/server/modules/inputs';
import { listAreas, listThemes } from '$lib/server/modules/network';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = locals.app.database;
	const { space } = await orErrorPage(locals, () => listInputs(db, locals.actor, params.slug));
	const [areas, themes] = await Promise.all([listAreas(db), listThemes(db)]);
	return { space, areas: areas.map((a) => ({ value: a.id, label: a.name })), themes };
};

export const actions: Actions = {
	default: async (event) => {
		const { locals, params, request } = event;
		const values = formValues(await request.formData(), ['themeIds']);
		const result = await formAction(values, () => submitInput(locals.app.database.db, locals.actor, params.slug, values, inputContext(event)));
		if ('id' in result) redirect(303, `/inbreng/${result.id}?${result.following ? 'gegeven=mail' : 'gegeven'}`);
		return result;
	}
};
