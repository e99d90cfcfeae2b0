import type { PageServerLoad } from './$types';
import { listSpaces } from '$lib/server/modules/spaces';
import { countOrganisations } from '$lib/server/modules/network';

export const load: PageServerLoad = async ({ locals }) => {
	const { db } = locals.app.database;
	const [spaces, organisationCount] = await Promise.all([listSpaces(db, locals.actor), countOrganisations(db)]);
	return { spaces: spaces.slice(0, 6), organisationCount };
};
