import type { RequestHandler } from './$types';
import { endpoint } from '$lib/server/api/handler';
import { close, getInput } from '$lib/server/modules/inputs';

export const POST: RequestHandler = (event) =>
	endpoint('answerInput', async ({ db, actor, params, body }) => {
		await close(db, actor, params.id, body as Record<string, unknown>, event.locals.app.config.origin);
		return getInput(db, actor, params.id);
	})(event);
