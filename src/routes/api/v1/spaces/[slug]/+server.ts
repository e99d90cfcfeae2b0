import { endpoint } from '$lib/server/api/handler';
import { getSpace } from '$lib/server/modules/spaces';

export const GET = endpoint('getSpace', ({ db, actor, params }) => getSpace(db, actor, params.slug));
