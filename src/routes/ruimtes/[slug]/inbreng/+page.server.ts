import type { PageServerLoad } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { sharedForSeconds } from '$lib/server/pageCache';
import { funnel, listInputs } from '$lib/server/modules/inputs';

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
	const { db } = locals.app.database;
	const list = await orErrorPage(locals, () => listInputs(db, locals.actor, params.slug, Object.fromEntries(url.searchParams)));
	if (!locals.actor) setHeaders(sharedForSeconds(2));
	return { list, funnel: await funnel(db, locals.actor, params.slug) };
};
