import type { RequestHandler } from './$types';
import { endpoint } from '$lib/server/api/handler';
import { requestFor } from '$lib/server/api/operations';
import { handOverRequest, getRequest } from '$lib/server/modules/requests';

export const POST: RequestHandler = (event) =>
	endpoint('handOverRequest', async ({ db, actor, params, body }) => {
		await handOverRequest(db, actor, params.id, body as Record<string, unknown>, event.locals.app.config.origin);
		return requestFor(await getRequest(db, actor, params.id));
	})(event);
