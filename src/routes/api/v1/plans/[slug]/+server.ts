import { endpoint } from '$lib/server/api/handler';
import { planDetailAnswer, shaped } from '$lib/server/api/operations';
import { getPlan } from '$lib/server/modules/requests';

export const GET = endpoint('getPlan', async ({ db, actor, params }) => shaped(planDetailAnswer, await getPlan(db, actor, params.slug)));
