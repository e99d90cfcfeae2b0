import type { PageServerLoad } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { listGatherings } from '$lib/server/modules/gatherings';
import { agendaForPage } from '$lib/server/agendaPage';
import { getSpace } from '$lib/server/modules/spaces';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { db } = locals.app.database;
	const space = await orErrorPage(locals, () => getSpace(db, locals.actor, params.slug));
	const agenda = await listGatherings(db, locals.actor, { space: space.id, page: url.searchParams.get('page') ?? 1 });
	return { space: { slug: space.slug, title: space.title, facilitate: space.permissions.facilitate }, agenda: agendaForPage(agenda) };
};
