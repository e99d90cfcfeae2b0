import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { formAction, formValues } from '$lib/server/http';
import { spaceValues } from '$lib/server/spaceForm';
import { listAreas, listOrganisations, membershipsOf } from '$lib/server/modules/network';
import { createSpace } from '$lib/server/modules/spaces';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const { db } = locals.app.database;
	const organisations = actor.isAdmin
		? await listOrganisations(db)
		: (await membershipsOf(db, actor.userId)).filter((m) => m.role === 'coordinator').map((m) => ({ id: m.organisationId, name: m.name }));
	return { organisations, areas: await listAreas(db) };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const values = formValues(await request.formData(), ['ownerIds']);
		const result = await formAction(values, () => createSpace(locals.app.database.db, locals.actor, spaceValues(values) as never));
		if ('slug' in result) redirect(303, `/ruimtes/${result.slug}/beheer`);
		return result;
	}
};
