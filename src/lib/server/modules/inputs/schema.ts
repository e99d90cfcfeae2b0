import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const inputKind = pgEnum('input_kind', ['wish', 'concern', 'idea', 'question']);
export const inputSource = pgEnum('input_source', ['online', 'gathering']);
export const inputClosure = pgEnum('input_closure', ['not_taken_up', 'already_exists']);
/** Derived from the input's links by `publicStatus` (trace.ts); never typed by hand. */
export const inputStatus = pgEnum('input_status', ['received', 'grouped', 'taken_up', 'done', 'stopped', 'not_taken_up', 'already_exists', 'hidden']);

/** A wish, concern, idea or question ("inbreng") given in a space, online or at a gathering. */
export const input = pgTable(
	'input',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		spaceId: uuid('space_id').notNull(),
		/** 1, 2, 3 … per space: what people quote ("inbreng 42"). */
		number: integer('number').notNull(),
		kind: inputKind('kind').notNull(),
		text: text('text').notNull(),
		areaId: uuid('area_id'),
		source: inputSource('source').notNull().default('online'),
		gatheringId: uuid('gathering_id'),
		/** The signed-in resident who wrote it; null for a guest or a note from a meeting. */
		authorId: text('author_id'),
		/** The facilitator who typed it in on behalf of a meeting. */
		enteredBy: text('entered_by'),
		/** The submitter's language, for letters to guests who follow it. */
		locale: text('locale').notNull().default('nl'),
		status: inputStatus('status').notNull().default('received'),
		statusSince: timestamp('status_since', { withTimezone: true }).notNull().defaultNow(),
		closure: inputClosure('closure'),
		closureReason: text('closure_reason').notNull().default(''),
		closureUrl: text('closure_url').notNull().default(''),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		closedBy: text('closed_by'),
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		hiddenReason: text('hidden_reason').notNull().default(''),
		hiddenBy: text('hidden_by'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('input_space_number').on(t.spaceId, t.number),
		index('input_space_status_idx').on(t.spaceId, t.status, t.createdAt),
		index('input_gathering_idx').on(t.gatheringId),
		check('input_closure_has_reason', sql`${t.closure} is null or length(trim(${t.closureReason})) > 0`),
		check('input_hidden_has_reason', sql`${t.hiddenAt} is null or length(trim(${t.hiddenReason})) > 0`)
	]
);

export const inputTheme = pgTable(
	'input_theme',
	{
		inputId: uuid('input_id')
			.notNull()
			.references(() => input.id, { onDelete: 'cascade' }),
		themeId: uuid('theme_id').notNull()
	},
	(t) => [primaryKey({ columns: [t.inputId, t.themeId] }), index('input_theme_theme_idx').on(t.themeId)]
);

/** A group of inputs a facilitator made ("speerpunt"); an input may sit in several. */
export const spearhead = pgTable(
	'spearhead',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		spaceId: uuid('space_id').notNull(),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('spearhead_space_idx').on(t.spaceId)]
);

export const spearheadInput = pgTable(
	'spearhead_input',
	{
		spearheadId: uuid('spearhead_id')
			.notNull()
			.references(() => spearhead.id, { onDelete: 'cascade' }),
		inputId: uuid('input_id')
			.notNull()
			.references(() => input.id, { onDelete: 'cascade' }),
		addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.spearheadId, t.inputId] }), index('spearhead_input_input_idx').on(t.inputId)]
);

/** Someone told by e-mail when an input's status changes: its author, or anyone who asked. */
export const inputFollower = pgTable(
	'input_follower',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		inputId: uuid('input_id')
			.notNull()
			.references(() => input.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		userId: text('user_id'),
		locale: text('locale').notNull().default('nl'),
		/** SHA-256 of the secret in the link that stops the letters. */
		tokenHash: text('token_hash').notNull().unique(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('input_follower_once').on(t.inputId, t.email)]
);
