import { endpoint } from '$lib/server/api/handler';
import { createPillar } from '$lib/server/modules/programme';

export const POST = endpoint('createPillar', ({ db, actor, params, body }) => createPillar(db, actor, params.slug, body as Record<string, unknown>));
