import type { PageServerLoad } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { renderMarkdown } from '$lib/server/markdown';
import { getDesk, plansOf, publicRequestsOf } from '$lib/server/modules/requests';

// Not shared with the page cache (sharedForSeconds): the requests module does not tell the cache when a
// desk or plan changes, so a visitor could be shown the old version right after a change.
export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = locals.app.database;
	const desk = await orErrorPage(locals, () => getDesk(db, locals.actor, params.slug));
	const [requests, plans] = await Promise.all([publicRequestsOf(db, desk.organisation.id), plansOf(db, desk.organisation.id)]);
	const { members: _, intro, ...shown } = desk;
	return {
		desk: { ...shown, introHtml: renderMarkdown(intro) },
		// Visitors are shown the way in (the request form asks them to sign in); members do not ask their own organisation.
		showAsk: desk.open && (!locals.actor || desk.permissions.ask),
		requests,
		plans: plans.map((p) => ({ slug: p.slug, title: p.title, phase: p.phase }))
	};
};
