import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { orErrorPage } from '$lib/server/pages';
import { formAction, formValues } from '$lib/server/http';
import { themeName } from '$lib/names';
import { listAreas, listThemes, organisationSummaryBySlug, roleIn } from '$lib/server/modules/network';
import { listSpaces } from '$lib/server/modules/spaces';
import { contactPointsOf, publishPlan, subscriberCount } from '$lib/server/modules/requests';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const { db } = locals.app.database;
	const organisation = await orErrorPage(locals, () => organisationSummaryBySlug(db, params.slug));
	// As the requests module's policy has it: any member may put a plan on the radar (the service checks again).
	if (!actor.isAdmin && !(await roleIn(db, actor.userId, organisation.id))) error(403, locals.t('error.forbidden'));
	const [themes, areas, contacts, spaces, followers] = await Promise.all([listThemes(db), listAreas(db), contactPointsOf(db, organisation.id), listSpaces(db, actor), subscriberCount(db)]);
	return {
		organisation,
		followers,
		values: { title: '', description: '', phase: 'idea', themeIds: [], areaIds: [], participationFrom: '', participationUntil: '', howToTakePart: '', contactPointId: '', spaceSlug: '' },
		themes: themes.map((th) => ({ value: th.id, label: themeName(th, locals.locale) })),
		areas: areas.map((a) => ({ value: a.id, label: a.name })),
		contactPoints: contacts.map((c) => ({ value: c.id, label: c.personName ? `${c.role} (${c.personName})` : c.role })),
		spaces: spaces.map((s) => ({ value: s.slug, label: s.title }))
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
