import type { RequestHandler } from './$types';
import { endpoint } from '$lib/server/api/handler';
import { operations, placedResult } from '$lib/server/api/operations';
import { optionalJsonBody } from '$lib/server/http';
import { register } from '$lib/server/modules/gatherings';

export const POST: RequestHandler = (event) =>
	endpoint('registerForGathering', async ({ db, actor, params }) => {
		const body = operations.registerForGathering.optionalBody.parse(await optionalJsonBody(event.request));
		// The registrant's language is the one their e-mails will be in.
		const placed = await register(db, actor, { gathering: params.id }, body, { locale: event.locals.locale, origin: event.locals.app.config.origin });
		return placedResult.parse(placed);
	})(event);
