import type { PageServerLoad } from './$types';
import { listSpaces } from '$lib/server/modules/spaces';
import { listOrganisations } from '$lib/server/modules/network';

export const load: PageServerLoad = async ({ locals }) => {
	const { db } = locals.app.database;
	const [spaces, organisations] = await Promise.all([listSpaces(db, locals.actor), listOrganisations(db)]);
	return { spaces: spaces.slice(0, 6), organisationCount: organisations.length };
};
