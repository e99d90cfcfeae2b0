import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { formAction, formValues } from '$lib/server/http';
import { orErrorPage } from '$lib/server/pages';
import {
	addMember,
	canManageOrganisation,
	getOrganisation,
	listAreas,
	listThemes,
	removeMember,
	roleIn,
	updateOrganisation
} from '$lib/server/modules/network';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireActor(locals, url);
	const { db } = locals.app.database;
	const org = await orErrorPage(locals, () => getOrganisation(db, params.slug));
	if (!canManageOrganisation(actor, await roleIn(db, actor.userId, org.id))) error(403, locals.t('error.forbidden'));
	return {
		org,
		values: { ...org, areaIds: org.areas.map((a) => a.id), themeIds: org.themes.map((th) => th.id), website: org.website ?? '' },
		areas: await listAreas(db),
		themes: await listThemes(db)
	};
};

export const actions: Actions = {
	update: async ({ request, locals, params }) => {
		const values = formValues(await request.formData(), ['areaIds', 'themeIds']);
		const result = await formAction(values, () => updateOrganisation(locals.app.database.db, locals.actor, params.slug, values as never));
		if ('slug' in result) redirect(303, `/organisaties/${result.slug}`);
		return result;
	},
	addMember: async ({ request, locals, params }) => {
		const values = formValues(await request.formData());
		return formAction(values, async () => {
			await addMember(locals.app.database.db, locals.actor, params.slug, values as never);
			return { memberSaved: true as const };
		});
	},
	removeMember: async ({ request, locals, params }) => {
		const values = formValues(await request.formData());
		return formAction(values, async () => {
			await removeMember(locals.app.database.db, locals.actor, params.slug, String(values.userId ?? ''), locals.app.config.origin);
			return { memberRemoved: true as const };
		});
	}
};
