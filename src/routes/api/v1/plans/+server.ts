import { endpoint } from '$lib/server/api/handler';
import { planListAnswer, shaped } from '$lib/server/api/operations';
import { listPlans } from '$lib/server/modules/requests';

export const GET = endpoint('listPlans', async ({ db, query }) => {
	const { theme, area, phase } = query as { theme?: string; area?: string; phase?: string };
	return shaped(planListAnswer, (await listPlans(db, { themeId: theme, areaId: area, phase })).plans);
});
