import { endpoint } from '$lib/server/api/handler';
import { createTheme, listThemes } from '$lib/server/modules/network';

export const GET = endpoint('listThemes', ({ db }) => listThemes(db));
export const POST = endpoint('createTheme', ({ db, actor, body }) => createTheme(db, actor, body as never));
