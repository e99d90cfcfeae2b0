import { endpoint } from '$lib/server/api/handler';
import { deskListAnswer, shaped } from '$lib/server/api/operations';
import { listDesks } from '$lib/server/modules/requests';

export const GET = endpoint('listDesks', async ({ db }) => shaped(deskListAnswer, await listDesks(db)));
