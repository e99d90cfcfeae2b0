import type { PageServerLoad } from './$types';
import { directoryFilter, listAreas, listOrganisations, listThemes } from '$lib/server/modules/network';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db } = locals.app.database;
	const filter = directoryFilter.parse(Object.fromEntries(url.searchParams));
	const [organisations, areas, themes] = await Promise.all([listOrganisations(db, filter), listAreas(db), listThemes(db)]);
	return { organisations, areas, themes, filter };
};
