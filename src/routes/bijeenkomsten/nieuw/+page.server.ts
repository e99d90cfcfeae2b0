import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { formAction, formValues } from '$lib/server/http';
import { orErrorPage } from '$lib/server/pages';
import { organiserChoices } from '$lib/server/gatheringPage';
import { createGathering, getSeries } from '$lib/server/modules/gatherings';
import { listAreas, listThemes } from '$lib/server/modules/network';
import { spaceAccess, spaceIdBySlug } from '$lib/server/modules/spaces';

/** Where the new gathering goes: in a series (?reeks=), in a space (?ruimte=), or on its own. */
async function placement(locals: App.Locals, url: URL) {
	const { db } = locals.app.database;
	const seriesSlug = url.searchParams.get('reeks');
	if (seriesSlug) {
		const series = await orErrorPage(locals, () => getSeries(db, locals.actor, seriesSlug));
		return { series, space: null, spaceId: null };
	}
	const spaceSlug = url.searchParams.get('ruimte');
	const spaceId = spaceSlug ? await spaceIdBySlug(db, spaceSlug) : null;
	const space = spaceId ? await spaceAccess(db, locals.actor, spaceId) : null;
	return { series: null, space, spaceId: space?.id ?? null };
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const { db } = locals.app.database;
	const { series, space } = await placement(locals, url);
	const organisations = series ? series.organisers : await organiserChoices(db, actor, space?.ownerIds);
	const [areas, themes] = await Promise.all([listAreas(db), listThemes(db)]);
	return {
		organisations,
		areas,
		themes,
		series: series && { slug: series.slug, title: series.title, sharedRegistration: series.registration !== null },
		space: space && { slug: space.slug, title: space.title },
		defaults: { waitlist: true, reminderDaysBefore: 2, organiserIds: series ? series.organisers.map((o) => o.id) : organisations.length === 1 ? [organisations[0].id] : [] }
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const values = formValues(await request.formData(), ['organiserIds', 'themeIds']);
		const { series, spaceId } = await placement(locals, url);
		const result = await formAction(values, () =>
			createGathering(locals.app.database.db, locals.actor, values as never, locals.app.config.origin, { spaceId, seriesSlug: series?.slug })
		);
		if ('slug' in result) redirect(303, `/bijeenkomsten/${result.slug}/beheer`);
		return result;
	}
};
