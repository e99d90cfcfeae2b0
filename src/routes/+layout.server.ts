import type { LayoutServerLoad } from './$types';
import { countUnreadNotices } from '$lib/server/modules/notifications';

export const load: LayoutServerLoad = async ({ locals, url }) => ({
	locale: locals.locale,
	actor: locals.actor ? { name: locals.actor.name, isAdmin: locals.actor.isAdmin } : null,
	demo: locals.app.config.demo,
	path: url.pathname + url.search,
	unread: locals.actor ? await countUnreadNotices(locals.app.database.db, locals.actor) : 0
});
