import type { RequestHandler } from './$types';
import { endpoint } from '$lib/server/api/handler';
import { operations, placedResult } from '$lib/server/api/operations';
import { DomainError } from '$lib/server/modules/identity';
import { register } from '$lib/server/modules/gatherings';

/** No body at all means "no needs"; a body that is there must be valid JSON. */
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
	endpoint('registerForGathering', async ({ db, actor, params }) => {
		const body = operations.registerForGathering.optionalBody.parse(await optionalJson(event.request));
		// The registrant's language is the one their e-mails will be in.
		const placed = await register(db, actor, { gathering: params.id }, body, { locale: event.locals.locale, origin: event.locals.app.config.origin });
		return placedResult.parse(placed);
	})(event);
