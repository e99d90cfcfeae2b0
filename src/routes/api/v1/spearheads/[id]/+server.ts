import { endpoint } from '$lib/server/api/handler';
import { getSpearhead } from '$lib/server/modules/inputs';

export const GET = endpoint('getSpearhead', ({ db, actor, params, query }) => getSpearhead(db, actor, params.id, Number(query.page) || 1));
