import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { DomainError } from './errors';

export interface Limit {
	key: string;
	max: number;
	windowSeconds: number;
}

/** Counts one hit in a fixed window, atomically, shared by all processes through the database. */
export async function hit(db: Db, limit: Limit): Promise<boolean> {
	const windowExpired = sql`rate_limit_bucket.window_start < now() - make_interval(secs => ${limit.windowSeconds})`;
	const result = await db.execute<{ hits: number }>(sql`
		insert into rate_limit_bucket (key, window_start, hits) values (${limit.key}, now(), 1)
		on conflict (key) do update set
			hits = case when ${windowExpired} then 1 else rate_limit_bucket.hits + 1 end,
			window_start = case when ${windowExpired} then now() else rate_limit_bucket.window_start end
		returning hits`);
	return Number(rowsOf<{ hits: number }>(result)[0].hits) <= limit.max;
}

export async function enforce(db: Db, ...limits: Limit[]): Promise<void> {
	for (const limit of limits) {
		if (!(await hit(db, limit))) throw new DomainError('error.tooManyAttempts', 429);
	}
}
