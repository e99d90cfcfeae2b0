import type { PageServerLoad } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { renderMarkdown } from '$lib/server/markdown';
import { themeName } from '$lib/names';
import { listAreas, listThemes } from '$lib/server/modules/network';
import { getPlan } from '$lib/server/modules/requests';

// Not shared with the page cache (sharedForSeconds): the requests module does not tell the cache when a
// desk or plan changes, so a visitor could be shown the old version right after a change.
export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = locals.app.database;
	const plan = await orErrorPage(locals, () => getPlan(db, locals.actor, params.slug));
	const [themes, areas] = await Promise.all([listThemes(db), listAreas(db)]);
	return {
		plan: {
			slug: plan.slug,
			title: plan.title,
			phase: plan.phase,
			descriptionHtml: renderMarkdown(plan.description),
			howHtml: renderMarkdown(plan.howToTakePart),
			themes: themes.filter((th) => plan.themeIds.includes(th.id)).map((th) => themeName(th, locals.locale)),
			areas: areas.filter((a) => plan.areaIds.includes(a.id)).map((a) => a.name),
			participationFrom: plan.participationFrom,
			participationUntil: plan.participationUntil,
			organisation: { slug: plan.organisation.slug, name: plan.organisation.name },
			contact: plan.contact,
			space: plan.space,
			publishedAt: plan.publishedAt,
			updatedAt: plan.updatedAt,
			permissions: plan.permissions
		}
	};
};
