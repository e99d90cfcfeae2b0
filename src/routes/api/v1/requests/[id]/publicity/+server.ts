import { endpoint } from '$lib/server/api/handler';
import { requestFor } from '$lib/server/api/operations';
import { setRequestPublicity, getRequest } from '$lib/server/modules/requests';

export const POST = endpoint('setRequestPublicity', async ({ db, actor, params, body }) => {
	await setRequestPublicity(db, actor, params.id, body as Record<string, unknown>);
	return requestFor(await getRequest(db, actor, params.id));
});
