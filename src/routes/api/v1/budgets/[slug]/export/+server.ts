import { endpoint } from '$lib/server/api/handler';
import { exportPabulib } from '$lib/server/modules/budgeting';

export const GET = endpoint('exportBudget', async ({ db, actor, params, query }) => {
	const file = await exportPabulib(db, actor, params.slug, (query.area as string | undefined) ?? null);
	return new Response(file.text, {
		headers: {
			'Content-Type': 'text/plain; charset=utf-8',
			'Content-Disposition': `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, '')}"`,
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'private, no-store'
		}
	});
});
