import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	const { database } = locals.app;
	try {
		await database.db.execute(sql`select 1`);
		return json({ status: 'ok', database: database.engine }, { headers: { 'Cache-Control': 'no-store' } });
	} catch {
		return json({ status: 'unavailable', database: database.engine }, { status: 503 });
	}
};
