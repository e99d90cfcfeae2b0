import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { orErrorPage } from '$lib/server/pages';
import { formAction, formValues } from '$lib/server/http';
import { planChoices } from '$lib/server/planChoices';
import { getPlan, updatePlan } from '$lib/server/modules/requests';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const { db } = locals.app.database;
	const plan = await orErrorPage(locals, () => getPlan(db, actor, params.slug));
	if (!plan.permissions.edit) error(403, locals.t('error.forbidden'));
	return {
		plan: { slug: plan.slug, title: plan.title, organisation: plan.organisation },
		values: {
			title: plan.title,
			description: plan.description,
			phase: plan.phase,
			themeIds: plan.themeIds,
			areaIds: plan.areaIds,
			participationFrom: plan.participationFrom ?? '',
			participationUntil: plan.participationUntil ?? '',
			howToTakePart: plan.howToTakePart,
			contactPointId: plan.contactPointId ?? '',
			spaceSlug: plan.spaceSlug
		},
		...(await planChoices(db, actor, plan.organisation.id, locals.locale))
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), ['themeIds', 'areaIds']);
		const result = await formAction(values, () => updatePlan(locals.app.database.db, locals.actor, params.slug, values));
		if ('slug' in result) redirect(303, `/plannen/${result.slug}`);
		return result;
	}
};
