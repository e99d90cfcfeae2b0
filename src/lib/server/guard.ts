import { redirect } from '@sveltejs/kit';
import type { Actor } from './modules/identity';

/** Pages for signed-in people send others to the sign-in page and back. */
export function requireActor(locals: App.Locals, url: URL): Actor {
	if (!locals.actor) redirect(303, `/inloggen?next=${encodeURIComponent(url.pathname + url.search)}`);
	return locals.actor;
}
