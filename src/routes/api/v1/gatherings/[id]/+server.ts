import { endpoint } from '$lib/server/api/handler';
import { getGathering } from '$lib/server/modules/gatherings';

export const GET = endpoint('getGathering', ({ db, actor, params }) => getGathering(db, actor, params.id));
