import type { RequestHandler } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { calendarResponse } from '$lib/server/calendarResponse';
import { spaceCalendar } from '$lib/server/modules/gatherings';

export const GET: RequestHandler = async ({ locals, params }) =>
	calendarResponse(await orErrorPage(locals, () => spaceCalendar(locals.app.database.db, locals.actor, params.slug, locals.app.config.origin)), params.slug, locals.actor ? 'private' : 'public');
