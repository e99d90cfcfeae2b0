import { budgetResultsAnswer, shaped } from '$lib/server/api/operations';
import { endpoint } from '$lib/server/api/handler';
import { getResults } from '$lib/server/modules/budgeting';

export const GET = endpoint('getBudgetResults', async ({ db, actor, params }) => {
	const { process, counted, countsOn, boxes } = await getResults(db, actor, params.slug);
	return shaped(budgetResultsAnswer, { process, counted, countsOn, boxes });
});
