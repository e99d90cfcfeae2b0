import { endpoint } from '$lib/server/api/handler';
import { getSpace, setPhases } from '$lib/server/modules/spaces';

export const PUT = endpoint('setPhases', async ({ db, actor, params, body }) => {
	await setPhases(db, actor, params.slug, body as never);
	return (await getSpace(db, actor, params.slug)).phases;
});
