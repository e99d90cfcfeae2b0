import { endpoint } from '$lib/server/api/handler';
import { getProgramme } from '$lib/server/modules/programme';

export const GET = endpoint('getProgramme', ({ db, actor, params }) => getProgramme(db, actor, params.slug));
