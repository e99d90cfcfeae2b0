import { endpoint } from '$lib/server/api/handler';
import { ballotChoices, castBallot } from '$lib/server/modules/budgeting';

export const POST = endpoint('castBallot', async ({ db, actor, params, body }) => {
	const raw = body as Record<string, unknown>;
	const { receipt } = await castBallot(db, actor, params.slug, raw, ballotChoices(raw));
	return { receipt };
});
