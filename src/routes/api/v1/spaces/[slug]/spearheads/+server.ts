import type { RequestHandler } from './$types';
import { endpoint } from '$lib/server/api/handler';
import { createSpearhead, listSpearheads } from '$lib/server/modules/inputs';

export const GET = endpoint('listSpearheads', ({ db, actor, params }) => listSpearheads(db, actor, params.slug));
export const POST: RequestHandler = (event) =>
	endpoint('createSpearhead', ({ db, actor, params, body }) => createSpearhead(db, actor, params.slug, body as Record<string, unknown>, event.locals.app.config.origin))(event);
