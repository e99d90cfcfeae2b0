import { endpoint } from '$lib/server/api/handler';
import { createSpace, listSpaces } from '$lib/server/modules/spaces';

export const GET = endpoint('listSpaces', ({ db, actor }) => listSpaces(db, actor));
export const POST = endpoint('createSpace', ({ db, actor, body }) => createSpace(db, actor, body as never));
