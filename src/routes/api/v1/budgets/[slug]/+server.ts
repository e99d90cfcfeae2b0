import { endpoint } from '$lib/server/api/handler';
import { getProcess } from '$lib/server/modules/budgeting';

export const GET = endpoint('getBudget', async ({ db, actor, params }) => {
	const { process, space, phase, areas, proposals } = await getProcess(db, actor, params.slug);
	return { process, space, phase, areas, proposals };
});
