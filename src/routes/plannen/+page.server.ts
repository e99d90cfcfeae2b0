import type { Actions, PageServerLoad } from './$types';
import type { RequestEvent } from '@sveltejs/kit';
import { sectionAction } from '$lib/server/http';
import { themeName } from '$lib/names';
import { listAreas, listThemes, membershipsOf } from '$lib/server/modules/network';
import { listPlans, mySubscription, subscribeToRadar, unsubscribeFromRadar } from '$lib/server/modules/requests';

// Not shared with the page cache (sharedForSeconds): the requests module does not tell the cache when a
// desk or plan changes, so a visitor could be shown the old version right after a change.
export const load: PageServerLoad = async ({ locals, url }) => {
	const { db } = locals.app.database;
	const [radar, themes, areas, subscription, memberships] = await Promise.all([
		listPlans(db, Object.fromEntries(url.searchParams)),
		listThemes(db),
		listAreas(db),
		mySubscription(db, locals.actor),
		locals.actor ? membershipsOf(db, locals.actor.userId) : Promise.resolve([])
	]);
	const themeLabel = new Map(themes.map((th) => [th.id, themeName(th, locals.locale)]));
	const areaLabel = new Map(areas.map((a) => [a.id, a.name]));
	const names = (ids: string[], labels: Map<string, string>) => ids.flatMap((id) => (labels.has(id) ? [labels.get(id)!] : []));
	return {
		filter: { themeId: radar.filter.themeId ?? '', areaId: radar.filter.areaId ?? '', phase: radar.filter.phase ?? '' },
		plans: radar.plans.map((p) => ({
			slug: p.slug,
			title: p.title,
			phase: p.phase,
			organisation: { slug: p.organisation.slug, name: p.organisation.name },
			themes: names(p.themeIds, themeLabel),
			areas: names(p.areaIds, areaLabel),
			participationFrom: p.participationFrom,
			participationUntil: p.participationUntil
		})),
		themes: themes.map((th) => ({ value: th.id, label: themeLabel.get(th.id)! })),
		areas: areas.map((a) => ({ value: a.id, label: a.name })),
		subscription: subscription ? { themeIds: subscription.themeIds, areaIds: subscription.areaIds } : null,
		/** Where the person may put a plan on the radar: any organisation they belong to. */
		publishFor: memberships.map((m) => ({ slug: m.slug, name: m.name }))
	};
};

const db = (e: RequestEvent) => e.locals.app.database.db;

export const actions: Actions = {
	follow: sectionAction('follow', (e, v) => subscribeToRadar(db(e), e.locals.actor, v), ['themeIds', 'areaIds']),
	unfollow: sectionAction('unfollow', (e) => unsubscribeFromRadar(db(e), e.locals.actor))
};
