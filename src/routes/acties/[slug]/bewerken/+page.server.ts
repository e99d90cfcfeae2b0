import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { orErrorPage } from '$lib/server/pages';
import { formAction, formValues } from '$lib/server/http';
import { actionChoices, getAction, updateAction } from '$lib/server/modules/programme';
import { listOrganisations } from '$lib/server/modules/network';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireActor(locals, url);
	const { db } = locals.app.database;
	const action = await orErrorPage(locals, () => getAction(db, locals.actor, params.slug));
	const choices = await orErrorPage(locals, () => actionChoices(db, locals.actor, action.space.slug));
	const organisations = await listOrganisations(db);
	return {
		action: { slug: action.slug, title: action.title },
		values: { ...action, pillarId: action.pillar.id, ownerIds: action.ownerIds },
		pillars: choices.pillars,
		organisations: organisations.map((o) => ({ id: o.id, name: o.name }))
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), ['ownerIds']);
		const result = await formAction(values, () => updateAction(locals.app.database.db, locals.actor, params.slug, values, locals.app.config.origin));
		if ('slug' in result) redirect(303, `/acties/${result.slug}`);
		return result;
	}
};
