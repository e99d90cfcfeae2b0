import { endpoint } from '$lib/server/api/handler';
import { listGatherings } from '$lib/server/modules/gatherings';

export const GET = endpoint('listGatherings', ({ db, actor, query }) => listGatherings(db, actor, query));
