import type { PageServerLoad } from './$types';
import { shortLived } from '$lib/server/cache';
import type { Db } from '$lib/server/db/client';
import type { Locale } from '$lib/i18n';
import { themeName } from '$lib/names';
import { listGatherings } from '$lib/server/modules/gatherings';
import { agendaForPage } from '$lib/server/agendaPage';
import { sharedForSeconds } from '$lib/server/pageCache';
import { listAreas, listOrganisations, listThemes } from '$lib/server/modules/network';

async function loadFilterOptions(db: Db, locale: Locale) {
	const [areas, themes, organisations] = await Promise.all([listAreas(db), listThemes(db), listOrganisations(db)]);
	// Only what the filter lists show: the page carries its data along, and this page is busy.
	return {
		areas: areas.map((a) => ({ value: a.id, label: a.name })),
		themes: themes.map((th) => ({ value: th.id, label: themeName(th, locale) })),
		organisations: organisations.map((o) => ({ value: o.id, label: o.name }))
	};
}

// The same for everyone and rarely changed: shared for a few seconds.
const filterOptions = shortLived<Awaited<ReturnType<typeof loadFilterOptions>>>(5000);

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	const { db } = locals.app.database;
	// The busiest page: what anonymous visitors see is the same for all of them, as is its data.
	if (!locals.actor) setHeaders(sharedForSeconds(2));
	const [agenda, options] = await Promise.all([
		listGatherings(db, locals.actor, Object.fromEntries(url.searchParams)),
		filterOptions.get(locals.locale, () => loadFilterOptions(db, locals.locale))
	]);
	return { agenda: agendaForPage(agenda), ...options };
};
