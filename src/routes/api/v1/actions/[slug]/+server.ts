import type { RequestHandler } from './$types';
import { endpoint } from '$lib/server/api/handler';
import { getAction, updateAction } from '$lib/server/modules/programme';

export const GET = endpoint('getAction', ({ db, actor, params }) => getAction(db, actor, params.slug));
export const PUT: RequestHandler = (event) =>
	endpoint('updateAction', async ({ db, actor, params, body }) => getAction(db, actor, (await updateAction(db, actor, params.slug, body as Record<string, unknown>, event.locals.app.config.origin)).slug))(event);
