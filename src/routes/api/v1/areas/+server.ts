import { endpoint } from '$lib/server/api/handler';
import { createArea, listAreas } from '$lib/server/modules/network';

export const GET = endpoint('listAreas', ({ db }) => listAreas(db));
export const POST = endpoint('createArea', ({ db, actor, body }) => createArea(db, actor, body as never));
