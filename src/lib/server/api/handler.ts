import type { RequestEvent } from '@sveltejs/kit';
import { apiCall, jsonBody } from '../http';
import { signInRequired, type Actor } from '../modules/identity';
import type { Db } from '../db/client';
import { operations, type Operation } from './operations';

interface Context<B> {
	db: Db;
	actor: Actor | null;
	body: B;
	query: Record<string, unknown>;
	params: Record<string, string>;
}

/** Runs one operation: token check, body through the operation's own schema, then the service. */
export function endpoint<K extends keyof typeof operations>(id: K, run: (ctx: Context<unknown>) => Promise<unknown>) {
	const op: Operation = operations[id];
	return (event: RequestEvent) =>
		apiCall(
			event.locals.t,
			async () => {
				if (op.auth === 'token' && !event.locals.actor) throw signInRequired();
				const body = op.body ? op.body.parse(await jsonBody(event.request)) : undefined;
				const query = Object.fromEntries(event.url.searchParams);
				return run({ db: event.locals.app.database.db, actor: event.locals.actor, body, query: op.query ? op.query.parse(query) : query, params: event.params as Record<string, string> });
			},
			op.created ? 201 : 200
		);
}
