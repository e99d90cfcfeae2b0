import { endpoint } from '$lib/server/api/handler';
import { requestFor } from '$lib/server/api/operations';
import { postNote, getRequest } from '$lib/server/modules/requests';

export const POST = endpoint('postRequestNote', async ({ db, actor, params, body }) => {
	await postNote(db, actor, params.id, body as Record<string, unknown>);
	return requestFor(await getRequest(db, actor, params.id));
});
