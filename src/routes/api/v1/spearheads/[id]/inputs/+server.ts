import type { RequestHandler } from './$types';
import { endpoint } from '$lib/server/api/handler';
import { addToSpearhead, getSpearhead } from '$lib/server/modules/inputs';

export const POST: RequestHandler = (event) =>
	endpoint('addToSpearhead', async ({ db, actor, params, body }) => {
		await addToSpearhead(db, actor, params.id, body as Record<string, unknown>, event.locals.app.config.origin);
		return getSpearhead(db, actor, params.id);
	})(event);
