import type { PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { orErrorPage } from '$lib/server/pages';
import { listAuditEvents } from '$lib/server/modules/identity';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const page = Math.max(0, Number.parseInt(url.searchParams.get('pagina') ?? '0', 10) || 0);
	const events = await orErrorPage(locals, () => listAuditEvents(locals.app.database.db, actor, { limit: 100, offset: page * 100 }));
	return { events, page };
};
