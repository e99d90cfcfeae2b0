import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { orErrorPage } from '$lib/server/pages';
import { formAction, formValues } from '$lib/server/http';
import { actionChoices, createAction } from '$lib/server/modules/programme';
import { listOrganisations } from '$lib/server/modules/network';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireActor(locals, url);
	const { db } = locals.app.database;
	const choices = await orErrorPage(locals, () => actionChoices(db, locals.actor, params.slug));
	const organisations = await listOrganisations(db);
	return { ...choices, organisations: organisations.map((o) => ({ id: o.id, name: o.name })), slug: params.slug, pillarId: url.searchParams.get('pijler') ?? choices.pillars[0]?.id };
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const values = formValues(await request.formData(), ['ownerIds']);
		const result = await formAction(values, () => createAction(locals.app.database.db, locals.actor, values));
		if ('slug' in result) redirect(303, `/acties/${result.slug}`);
		return result;
	}
};
