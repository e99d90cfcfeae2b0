import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** A database handle or an open transaction: service functions accept either. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Db = PgDatabase<PgQueryResultHKT, Schema, any>;
export type Engine = 'pglite' | 'postgresql';

export interface Database {
	db: Db;
	engine: Engine;
	migrate(): Promise<void>;
	close(): Promise<void>;
}

const migrationsFolder = path.resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');

/** PGlite in-process; `dataDir` undefined means in memory (tests). */
export async function openPglite(dataDir?: string): Promise<Database> {
	if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
	const client = new PGlite(dataDir);
	await client.waitReady;
	const db = drizzlePglite(client, { schema }) as unknown as Db;
	return {
		db,
		engine: 'pglite',
		migrate: () => migratePglite(drizzlePglite(client, { schema }), { migrationsFolder }),
		close: () => client.close()
	};
}

export async function openPostgres(url: string, max = 10): Promise<Database> {
	const pool = new pg.Pool({ connectionString: url, max });
	// An idle connection the server ends (a restart, a dropped test database) is replaced on the
	// next query; without a listener its error would end the whole process.
	pool.on('error', (error) => console.error(`PostgreSQL closed an idle connection: ${error.message}`));
	const db = drizzlePg(pool, { schema }) as unknown as Db;
	return {
		db,
		engine: 'postgresql',
		migrate: () => migratePg(drizzlePg(pool, { schema }), { migrationsFolder }),
		close: () => pool.end()
	};
}
