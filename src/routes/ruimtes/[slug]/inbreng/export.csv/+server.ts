import type { RequestHandler } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { inputsCsv } from '$lib/server/modules/inputs';

export const GET: RequestHandler = async ({ locals, params }) => {
	const csv = await orErrorPage(locals, () => inputsCsv(locals.app.database.db, locals.actor, params.slug, locals.t));
	return new Response(csv, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="${params.slug}-inbreng.csv"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
