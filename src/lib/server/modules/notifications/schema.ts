import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const outboxStatus = pgEnum('outbox_status', ['pending', 'sent', 'failed']);

/** E-mail waits here until delivered, so nothing is lost on a restart. */
export const emailOutbox = pgTable(
	'email_outbox',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		recipient: text('recipient').notNull(),
		subject: text('subject').notNull(),
		text: text('text').notNull(),
		status: outboxStatus('status').notNull().default('pending'),
		attempts: integer('attempts').notNull().default(0),
		lastError: text('last_error'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('email_outbox_pending_idx').on(t.status, t.nextAttemptAt)]
);

/**
 * An in-app notice for one person. The text is stored as a message key with its values, so it is
 * shown in whatever language the person reads at that moment.
 */
export const notice = pgTable(
	'notice',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: text('user_id').notNull(),
		messageKey: text('message_key').notNull(),
		params: jsonb('params').$type<Record<string, string | number>>().notNull().default({}),
		link: text('link').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		readAt: timestamp('read_at', { withTimezone: true })
	},
	(t) => [index('notice_user_idx').on(t.userId, t.createdAt)]
);
