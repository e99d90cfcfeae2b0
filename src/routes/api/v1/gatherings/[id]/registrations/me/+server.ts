import type { RequestHandler } from './$types';
import { endpoint } from '$lib/server/api/handler';
import { cancelMyRegistration } from '$lib/server/modules/gatherings';

// Answers 200 with { "ok": true }, like the API's other writes without a resource to return.
export const DELETE: RequestHandler = (event) =>
	endpoint('cancelMyRegistration', ({ db, actor, params }) => cancelMyRegistration(db, actor, { gathering: params.id }, event.locals.app.config.origin))(event);
