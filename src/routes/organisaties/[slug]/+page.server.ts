import type { PageServerLoad } from './$types';
import { renderMarkdown } from '$lib/server/markdown';
import { orErrorPage } from '$lib/server/pages';
import { canManageOrganisation, getOrganisation, roleIn } from '$lib/server/modules/network';
import { listGatherings } from '$lib/server/modules/gatherings';
import { agendaForPage } from '$lib/server/agendaPage';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = locals.app.database;
	const org = await orErrorPage(locals, () => getOrganisation(db, params.slug));
	const role = locals.actor ? await roleIn(db, locals.actor.userId, org.id) : null;
	const agenda = await listGatherings(db, locals.actor, { organisation: org.id }, new Date(), 5);
	return {
		org: { ...org, descriptionHtml: renderMarkdown(org.description) },
		agenda: agendaForPage(agenda),
		canManage: canManageOrganisation(locals.actor, role)
	};
};
