import { endpoint } from '$lib/server/api/handler';
import { requestFor } from '$lib/server/api/operations';
import { getRequest } from '$lib/server/modules/requests';

export const GET = endpoint('getRequest', async ({ db, actor, params }) => requestFor(await getRequest(db, actor, params.id)));
