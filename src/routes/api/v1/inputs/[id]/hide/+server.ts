import type { RequestHandler } from './$types';
import { endpoint } from '$lib/server/api/handler';
import { getInput, hide } from '$lib/server/modules/inputs';

export const POST: RequestHandler = (event) =>
	endpoint('hideInput', async ({ db, actor, params, body }) => {
		await hide(db, actor, params.id, body as Record<string, unknown>, event.locals.app.config.origin);
		return getInput(db, actor, params.id);
	})(event);
