import type { RequestHandler } from './$types';
import { endpoint } from '$lib/server/api/handler';
import { myRequestsAnswer, requestFor, shaped } from '$lib/server/api/operations';
import { getRequest, listMyRequests, sendRequest } from '$lib/server/modules/requests';

export const GET = endpoint('listMyRequests', async ({ db, actor }) => shaped(myRequestsAnswer, await listMyRequests(db, actor)));
export const POST: RequestHandler = (event) =>
	endpoint('sendRequest', async ({ db, actor, body }) => {
		const sent = await sendRequest(db, actor, body as Record<string, unknown>, event.locals.app.config.origin);
		return requestFor(await getRequest(db, actor, sent.id));
	})(event);
