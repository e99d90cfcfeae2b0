import type { RequestHandler } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { exportPabulib } from '$lib/server/modules/budgeting';

/** The anonymous ballots of one ballot box (`?gebied=` names the area) as a Pabulib file. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const file = await orErrorPage(locals, () => exportPabulib(locals.app.database.db, locals.actor, params.slug, url.searchParams.get('gebied') || null));
	return new Response(file.text, {
		headers: {
			'Content-Type': 'text/plain; charset=utf-8',
			'Content-Disposition': `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, '')}"`,
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'private, no-store'
		}
	});
};
