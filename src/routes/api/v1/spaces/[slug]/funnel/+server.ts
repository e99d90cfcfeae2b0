import { endpoint } from '$lib/server/api/handler';
import { funnel } from '$lib/server/modules/inputs';

export const GET = endpoint('inputFunnel', ({ db, actor, params }) => funnel(db, actor, params.slug));
