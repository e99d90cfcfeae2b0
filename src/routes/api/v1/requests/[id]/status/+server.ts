import type { RequestHandler } from './$types';
import { endpoint } from '$lib/server/api/handler';
import { requestFor } from '$lib/server/api/operations';
import { setRequestStatus, getRequest } from '$lib/server/modules/requests';

export const POST: RequestHandler = (event) =>
	endpoint('setRequestStatus', async ({ db, actor, params, body }) => {
		await setRequestStatus(db, actor, params.id, body as Record<string, unknown>, event.locals.app.config.origin);
		return requestFor(await getRequest(db, actor, params.id));
	})(event);
