import type { PageServerLoad } from './$types';
import { shortLived } from '$lib/server/cache';
import type { Db } from '$lib/server/db/client';
import { listGatherings } from '$lib/server/modules/gatherings';
import { listAreas, listOrganisations, listThemes } from '$lib/server/modules/network';

async function loadFilterOptions(db: Db) {
	const [areas, themes, organisations] = await Promise.all([listAreas(db), listThemes(db), listOrganisations(db)]);
	// Only what the filter lists show: the page carries its data along, and this page is busy.
	return {
		areas: areas.map((a) => ({ id: a.id, name: a.name })),
		themes: themes.map((th) => ({ id: th.id, nameNl: th.nameNl, nameEn: th.nameEn })),
		organisations: organisations.map((o) => ({ id: o.id, name: o.name }))
	};
}

// The same for everyone and rarely changed: shared for a few seconds.
const filterOptions = shortLived<Awaited<ReturnType<typeof loadFilterOptions>>>(5000);

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db } = locals.app.database;
	const [agenda, options] = await Promise.all([
		listGatherings(db, locals.actor, Object.fromEntries(url.searchParams)),
		filterOptions.get('all', () => loadFilterOptions(db))
	]);
	return { agenda, ...options };
};
