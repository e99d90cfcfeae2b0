import { eq, ilike, or, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { slugify, uniqueSlug } from '../slug';
import type { Db } from './client';

/**
 * A free slug for `title` in `table`, inside the caller's transaction. A transaction-scoped
 * advisory lock on the base slug makes two people creating "Repair Café" at the same moment take
 * turns, so the second gets "repair-cafe-2" instead of a conflict.
 */
export async function reserveSlug(tx: Db, table: PgTable, column: PgColumn, title: string): Promise<string> {
	const base = slugify(title);
	await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${column.name}:${base}`}))`);
	const rows = await tx
		.select({ slug: column })
		.from(table)
		.where(or(eq(column, base), ilike(column, `${base}-%`)));
	return uniqueSlug(base, new Set(rows.map((r) => String(r.slug))));
}
