import type { PageServerLoad } from './$types';
import { areaTree, listThemes } from '$lib/server/modules/network';

export const load: PageServerLoad = async ({ locals }) => {
	const { db } = locals.app.database;
	return { tree: await areaTree(db), themes: await listThemes(db) };
};
