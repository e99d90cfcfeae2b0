import type { RequestHandler } from './$types';
import { endpoint } from '$lib/server/api/handler';
import { requestFor } from '$lib/server/api/operations';
import { decideRequest, getRequest } from '$lib/server/modules/requests';

export const POST: RequestHandler = (event) =>
	endpoint('decideRequest', async ({ db, actor, params, body }) => {
		await decideRequest(db, actor, params.id, body as Record<string, unknown>, event.locals.app.config.origin);
		return requestFor(await getRequest(db, actor, params.id));
	})(event);
