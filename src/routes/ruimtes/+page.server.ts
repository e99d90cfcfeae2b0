import type { PageServerLoad } from './$types';
import { listSpaces } from '$lib/server/modules/spaces';

export const load: PageServerLoad = async ({ locals }) => ({
	spaces: await listSpaces(locals.app.database.db, locals.actor)
});
