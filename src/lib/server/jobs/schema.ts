import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const jobStatus = pgEnum('job_status', ['pending', 'done', 'failed']);

/**
 * Background work that must survive a restart (reminders, later digests and escalations). A job is
 * claimed with SKIP LOCKED and run in the transaction that marks it done, so of several app
 * processes exactly one does it, and a crash halfway leaves it to be run again.
 */
export const job = pgTable(
	'job',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		kind: text('kind').notNull(),
		/** One pending job per key: scheduling again moves it instead of adding a second. */
		key: text('key').notNull().unique(),
		payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
		runAt: timestamp('run_at', { withTimezone: true }).notNull(),
		status: jobStatus('status').notNull().default('pending'),
		attempts: integer('attempts').notNull().default(0),
		lastError: text('last_error'),
		doneAt: timestamp('done_at', { withTimezone: true })
	},
	(t) => [index('job_due_idx').on(t.status, t.runAt)]
);
