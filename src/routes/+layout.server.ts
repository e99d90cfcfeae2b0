import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, url }) => ({
	locale: locals.locale,
	actor: locals.actor ? { name: locals.actor.name, isAdmin: locals.actor.isAdmin } : null,
	demo: locals.app.config.demo,
	path: url.pathname + url.search
});
