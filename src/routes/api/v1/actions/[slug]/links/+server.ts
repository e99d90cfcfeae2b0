import type { RequestHandler } from './$types';
import { endpoint } from '$lib/server/api/handler';
import { getAction, linkToAction } from '$lib/server/modules/programme';

export const POST: RequestHandler = (event) =>
	endpoint('linkToAction', async ({ db, actor, params, body }) => {
		await linkToAction(db, actor, params.slug, body as Record<string, unknown>, event.locals.app.config.origin);
		return getAction(db, actor, params.slug);
	})(event);
