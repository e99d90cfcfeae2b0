import type { RequestHandler } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { participantsCsv } from '$lib/server/modules/gatherings';

export const GET: RequestHandler = async ({ locals, params }) => {
	const csv = await orErrorPage(locals, () => participantsCsv(locals.app.database.db, locals.actor, params.slug, locals.t));
	return new Response(csv, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="${params.slug}-deelnemers.csv"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
