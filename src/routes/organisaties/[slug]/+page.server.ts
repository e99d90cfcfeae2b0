import type { PageServerLoad } from './$types';
import { renderMarkdown } from '$lib/server/markdown';
import { orErrorPage } from '$lib/server/pages';
import { canManageOrganisation, getOrganisation, roleIn } from '$lib/server/modules/network';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = locals.app.database;
	const org = await orErrorPage(locals, () => getOrganisation(db, params.slug));
	const role = locals.actor ? await roleIn(db, locals.actor.userId, org.id) : null;
	return {
		org: { ...org, descriptionHtml: renderMarkdown(org.description) },
		canManage: canManageOrganisation(locals.actor, role)
	};
};
