import type { RequestHandler } from './$types';
import { endpoint } from '$lib/server/api/handler';
import { inputContext } from '$lib/server/inputPage';
import { listInputs, submitInput } from '$lib/server/modules/inputs';

export const GET = endpoint('listInputs', ({ db, actor, params, query }) => listInputs(db, actor, params.slug, query));
export const POST: RequestHandler = (event) => endpoint('submitInput', ({ db, actor, params, body }) => submitInput(db, actor, params.slug, body as Record<string, unknown>, inputContext(event)))(event);
