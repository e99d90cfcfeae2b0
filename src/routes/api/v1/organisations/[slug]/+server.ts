import { endpoint } from '$lib/server/api/handler';
import { getOrganisation, updateOrganisation } from '$lib/server/modules/network';

export const GET = endpoint('getOrganisation', ({ db, params }) => getOrganisation(db, params.slug));
export const PUT = endpoint('updateOrganisation', ({ db, actor, params, body }) => updateOrganisation(db, actor, params.slug, body as never));
