import { endpoint } from '$lib/server/api/handler';
import { createAction, getAction } from '$lib/server/modules/programme';

export const POST = endpoint('createAction', async ({ db, actor, body }) => getAction(db, actor, (await createAction(db, actor, body as Record<string, unknown>)).slug));
