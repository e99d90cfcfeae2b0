import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { formAction, formValues } from '$lib/server/http';
import { organiserChoices } from '$lib/server/gatheringPage';
import { createSeries } from '$lib/server/modules/gatherings';
import { spaceAccess, spaceIdBySlug } from '$lib/server/modules/spaces';

async function spaceOf(locals: App.Locals, url: URL) {
	const slug = url.searchParams.get('ruimte');
	const id = slug ? await spaceIdBySlug(locals.app.database.db, slug) : null;
	return id ? spaceAccess(locals.app.database.db, locals.actor, id) : null;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const space = await spaceOf(locals, url);
	const organisations = await organiserChoices(locals.app.database.db, actor, space?.ownerIds);
	return { organisations, space: space && { slug: space.slug, title: space.title }, defaults: { registration: 'series', waitlist: true, organiserIds: organisations.length === 1 ? [organisations[0].id] : [] } };
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const values = formValues(await request.formData(), ['organiserIds']);
		const space = await spaceOf(locals, url);
		const result = await formAction(values, () => createSeries(locals.app.database.db, locals.actor, values as never, space?.id ?? null));
		if ('slug' in result) redirect(303, `/reeksen/${result.slug}`);
		return result;
	}
};
