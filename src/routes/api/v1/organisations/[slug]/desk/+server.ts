import { endpoint } from '$lib/server/api/handler';
import { deskAnswer, shaped } from '$lib/server/api/operations';
import { getDesk, publicRequestsOf } from '$lib/server/modules/requests';

/** The same desk for everyone: who manages it and their members stay on the site. */
export const GET = endpoint('getDesk', async ({ db, params }) => {
	const desk = await getDesk(db, null, params.slug);
	return shaped(deskAnswer, { ...desk, publicRequests: await publicRequestsOf(db, desk.organisation.id) });
});
