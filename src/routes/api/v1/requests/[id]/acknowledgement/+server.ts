import type { RequestHandler } from './$types';
import { endpoint } from '$lib/server/api/handler';
import { operations, requestFor } from '$lib/server/api/operations';
import { DomainError } from '$lib/server/modules/identity';
import { acknowledgeRequest, getRequest } from '$lib/server/modules/requests';

/** No body at all means "no message"; a body that is there must be valid JSON. */
async function optionalJson(request: Request): Promise<unknown> {
	const text = await request.text();
	if (text.trim() === '') return {};
	try {
		return JSON.parse(text);
	} catch {
		throw new DomainError('error.invalidJson', 400);
	}
}

export const POST: RequestHandler = (event) =>
	endpoint('acknowledgeRequest', async ({ db, actor, params }) => {
		const body = operations.acknowledgeRequest.optionalBody.parse(await optionalJson(event.request));
		await acknowledgeRequest(db, actor, params.id, body, event.locals.app.config.origin);
		return requestFor(await getRequest(db, actor, params.id));
	})(event);
