import { endpoint } from '$lib/server/api/handler';
import { createOrganisation, listOrganisations } from '$lib/server/modules/network';

export const GET = endpoint('listOrganisations', ({ db, query }) => listOrganisations(db, query));
export const POST = endpoint('createOrganisation', ({ db, actor, body }) => createOrganisation(db, actor, body as never));
