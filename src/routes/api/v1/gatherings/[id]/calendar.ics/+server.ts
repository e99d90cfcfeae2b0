import type { RequestHandler } from './$types';
import { endpoint } from '$lib/server/api/handler';
import { calendarResponse } from '$lib/server/calendarResponse';
import { gatheringCalendar } from '$lib/server/modules/gatherings';

export const GET: RequestHandler = (event) =>
	endpoint('gatheringCalendar', async ({ db, actor, params }) => {
		// Event links and UIDs use the configured origin, so they stay the same behind a proxy.
		const ics = await gatheringCalendar(db, actor, params.id, event.locals.app.config.origin);
		const name = params.id.replace(/[^A-Za-z0-9-]/g, '') || 'gathering';
		// With a token the caller may see members-only gatherings, which no shared cache may keep.
		return calendarResponse(ics, name, actor ? 'private' : 'public');
	})(event);
