import { endpoint } from '$lib/server/api/handler';
import { assessmentBody, requestFor } from '$lib/server/api/operations';
import { assessChallenge, getRequest } from '$lib/server/modules/requests';
import type { z } from 'zod';

/** The service reads verdicts as a form sends them: met-0 / note-0, met-1 / note-1, … */
export const POST = endpoint('assessChallenge', async ({ db, actor, params, body }) => {
	const { verdicts } = body as z.output<typeof assessmentBody>;
	const fields = Object.fromEntries(verdicts.flatMap((v, i) => [[`met-${i}`, v.met ? 'yes' : 'no'], [`note-${i}`, v.note]]));
	await assessChallenge(db, actor, params.id, fields);
	return requestFor(await getRequest(db, actor, params.id));
});
