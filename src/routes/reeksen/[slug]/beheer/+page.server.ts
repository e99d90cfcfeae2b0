import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { formAction, formValues } from '$lib/server/http';
import { orErrorPage } from '$lib/server/pages';
import { listFormValues, organiserChoices } from '$lib/server/gatheringPage';
import { getSeries, updateSeries } from '$lib/server/modules/gatherings';
import { spaceAccess } from '$lib/server/modules/spaces';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const { db } = locals.app.database;
	const s = await orErrorPage(locals, () => getSeries(db, actor, params.slug));
	if (!s.permissions.manage) error(403, locals.t('error.forbidden'));
	const space = s.spaceId ? await spaceAccess(db, actor, s.spaceId) : null;
	const choices = await organiserChoices(db, actor, space?.ownerIds);
	return {
		series: { slug: s.slug, title: s.title, shared: s.registration !== null },
		organisations: [...choices, ...s.organisers.filter((o) => !choices.some((c) => c.id === o.id))],
		values: { title: s.title, description: s.description, organiserIds: s.organisers.map((o) => o.id), ...(s.registration ? listFormValues(s.registration) : {}) }
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const values = formValues(await request.formData(), ['organiserIds']);
		const current = await orErrorPage(locals, () => getSeries(locals.app.database.db, locals.actor, params.slug));
		const result = await formAction({ ...values, registration: current.registration ? 'series' : 'session' }, () =>
			updateSeries(locals.app.database.db, locals.actor, params.slug, { ...values, registration: current.registration ? 'series' : 'session' } as never, locals.app.config.origin)
		);
		if ('slug' in result) redirect(303, `/reeksen/${result.slug}`);
		return result;
	}
};
