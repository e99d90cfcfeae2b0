import type { RequestHandler } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { calendarResponse } from '$lib/server/calendarResponse';
import { personalCalendar } from '$lib/server/modules/gatherings';

/** The personal feed: the secret in the address is the only key, so calendar apps can subscribe. */
export const GET: RequestHandler = async ({ locals, params }) =>
	calendarResponse(await orErrorPage(locals, () => personalCalendar(locals.app.database.db, params.token, locals.app.config.origin)), 'samenspel', 'private');
