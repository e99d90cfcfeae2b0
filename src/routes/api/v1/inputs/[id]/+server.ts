import { endpoint } from '$lib/server/api/handler';
import { getInput } from '$lib/server/modules/inputs';

export const GET = endpoint('getInput', ({ db, actor, params }) => getInput(db, actor, params.id));
