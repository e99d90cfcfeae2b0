// Test support: a fresh, migrated database per suite, on every engine this run has.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type Database, type Engine } from './db/client';
import { createAuth, createUser, DomainError, hashPassword, type Actor, type Auth } from './modules/identity';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL points at a server. */
export function engines(): Engine[] {
	return process.env.TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];
}

export interface TestDatabase extends Database {
	drop(): Promise<void>;
}

/** A new, empty, migrated database; on PostgreSQL a whole new database that `drop` removes. */
export async function freshDatabase(engine: Engine): Promise<TestDatabase> {
	if (engine === 'pglite') {
		const database = await openPglite();
		await database.migrate();
		return { ...database, drop: () => database.close() };
	}
	const url = new URL(process.env.TEST_DATABASE_URL!);
	const name = `samenspel_t_${crypto.randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: url.toString() });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	url.pathname = `/${name}`;
	const database = await openPostgres(url.toString(), 20);
	await database.migrate();
	return {
		...database,
		async drop() {
			await database.close();
			const cleanup = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
			await cleanup.connect();
			try {
				await dropWhenFree(cleanup, name);
			} finally {
				await cleanup.end();
			}
		}
	};
}

/**
 * PostgreSQL's autovacuum may be working in a database the suite just filled. Its worker belongs to
 * the superuser, so our role may not end it (42501) and a plain drop finds the database busy
 * (55006): wait for the worker to finish instead.
 */
async function dropWhenFree(client: pg.Client, name: string, attempts = 50): Promise<void> {
	for (let attempt = 1; ; attempt++) {
		try {
			await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			return;
		} catch (error) {
			const code = (error as { code?: string }).code;
			if (attempt >= attempts || (code !== '42501' && code !== '55006')) throw error;
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	}
}

export interface World {
	database: TestDatabase;
	auth: Auth;
	/** Makes a verified account and returns it as an actor. */
	person(name: string, options?: { admin?: boolean }): Promise<Actor>;
}

let cachedHash: Promise<string> | undefined;

/** A fresh database with auth wired, and a quick way to make people. */
export async function world(engine: Engine): Promise<World> {
	const database = await freshDatabase(engine);
	const auth = await createAuth(database.db, { origin: 'http://localhost:3000' });
	cachedHash ??= hashPassword(auth, 'test-password-123');
	const hash = await cachedHash;
	return {
		database,
		auth,
		async person(name, options = {}) {
			const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${crypto.randomBytes(3).toString('hex')}@example.org`;
			const created = await createUser(database.db, auth, { email, name, admin: options.admin ?? false }, hash);
			return { userId: created.id, name, email, isAdmin: options.admin ?? false };
		}
	};
}

/** The password every `person` gets. */
export const testPassword = 'test-password-123';

/** assert.rejects predicate: a DomainError with this message key and status (and field, if given). */
export function refused(messageKey: string, status: number, field?: string) {
	return (error: unknown) => {
		assert.ok(error instanceof DomainError, `expected a DomainError, got ${String(error)}`);
		assert.equal(error.messageKey, messageKey);
		assert.equal(error.status, status);
		if (field !== undefined) assert.equal(error.field, field);
		return true;
	};
}

/** assert.rejects predicate: a zod error with an issue whose path contains `field` and carries `message`. */
export function invalid(field: string, message: string) {
	return (error: unknown) => {
		const e = error as { name?: string; issues?: { path: PropertyKey[]; message: string }[] };
		assert.equal(e.name, 'ZodError', `expected a ZodError, got ${String(error)}`);
		assert.ok(
			e.issues!.some((i) => i.path.map(String).includes(field) && i.message === message),
			`no issue ${message} on ${field}: ${JSON.stringify(e.issues)}`
		);
		return true;
	};
}

/** assert.rejects predicate: the database refused the row because of this check constraint. */
export function violates(constraint: string) {
	return (error: unknown) => {
		const chain: unknown[] = [];
		for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) chain.push(e);
		assert.ok(
			chain.some((e) => (e as { code?: string }).code === '23514' && String((e as Error).message).includes(constraint)),
			`expected check ${constraint} to fail, got ${String(error)}`
		);
		return true;
	};
}

/** Splits CSV into records, honouring quotes (csv-stringify quotes fields with commas, quotes or newlines). */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
			else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') row.push(field), (field = '');
		else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
		else if (c !== '\r') field += c;
	}
	if (field || row.length) row.push(field), rows.push(row);
	return rows;
}
