import type { PageServerLoad } from './$types';
import { listGatherings } from '$lib/server/modules/gatherings';
import { listAreas, listOrganisations, listThemes } from '$lib/server/modules/network';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db } = locals.app.database;
	const agenda = await listGatherings(db, locals.actor, Object.fromEntries(url.searchParams));
	const [areas, themes, organisations] = await Promise.all([listAreas(db), listThemes(db), listOrganisations(db)]);
	return { agenda, areas, themes, organisations: organisations.map((o) => ({ id: o.id, name: o.name })) };
};
