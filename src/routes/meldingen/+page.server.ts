import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { listNotices, markNoticesRead } from '$lib/server/modules/notifications';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	return { notices: await listNotices(locals.app.database.db, actor) };
};

export const actions: Actions = {
	read: async ({ locals }) => {
		await markNoticesRead(locals.app.database.db, locals.actor);
		return { read: true };
	}
};
