import { endpoint } from '$lib/server/api/handler';
import { createAccessToken } from '$lib/server/modules/identity';

export const POST = endpoint('createToken', ({ db, actor, body }) => createAccessToken(db, actor, body as never));
