import type { Actions } from './$types';
import { formAction } from '$lib/server/http';
import { unfollowByToken } from '$lib/server/modules/inputs';

// The page itself changes nothing: mail scanners open links, only the button stops the letters.
export const actions: Actions = {
	default: async ({ locals, params }) => formAction({}, async () => ({ stopped: (await unfollowByToken(locals.app.database.db, params.token)).inputId }))
};
