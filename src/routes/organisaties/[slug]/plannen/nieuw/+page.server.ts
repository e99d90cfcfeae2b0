import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { orErrorPage } from '$lib/server/pages';
import { formAction, formValues } from '$lib/server/http';
import { planChoices } from '$lib/server/planChoices';
import { organisationSummaryBySlug, roleIn } from '$lib/server/modules/network';
import { canPublishPlan, publishPlan, subscriberCount } from '$lib/server/modules/requests';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const { db } = locals.app.database;
	const organisation = await orErrorPage(locals, () => organisationSummaryBySlug(db, params.slug));
	// The service checks again when the form is sent.
	if (!canPublishPlan(actor, await roleIn(db, actor.userId, organisation.id))) error(403, locals.t('error.forbidden'));
	const [choices, followers] = await Promise.all([planChoices(db, actor, organisation.id, locals.locale), subscriberCount(db)]);
	return {
		organisation,
		followers,
		values: { title: '', description: '', phase: 'idea', themeIds: [], areaIds: [], participationFrom: '', participationUntil: '', howToTakePart: '', contactPointId: '', spaceSlug: '' },
		...choices
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), ['themeIds', 'areaIds']);
		const result = await formAction(values, () => publishPlan(locals.app.database.db, locals.actor, params.slug, values, locals.app.config.origin));
		if ('slug' in result) redirect(303, `/plannen/${result.slug}`);
		return result;
	}
};
