import type { RequestHandler } from './$types';
import { endpoint } from '$lib/server/api/handler';
import { operations, requestFor } from '$lib/server/api/operations';
import { optionalJsonBody } from '$lib/server/http';
import { closeRequest, getRequest } from '$lib/server/modules/requests';

export const POST: RequestHandler = (event) =>
	endpoint('closeRequest', async ({ db, actor, params }) => {
		const body = operations.closeRequest.optionalBody.parse(await optionalJsonBody(event.request));
		await closeRequest(db, actor, params.id, body, event.locals.app.config.origin);
		return requestFor(await getRequest(db, actor, params.id));
	})(event);
