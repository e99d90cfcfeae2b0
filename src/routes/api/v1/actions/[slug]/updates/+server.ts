import { endpoint } from '$lib/server/api/handler';
import { getAction, postUpdate } from '$lib/server/modules/programme';

export const POST = endpoint('postActionUpdate', async ({ db, actor, params, body }) => {
	await postUpdate(db, actor, params.slug, body as Record<string, unknown>);
	return getAction(db, actor, params.slug);
});
