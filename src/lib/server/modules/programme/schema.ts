import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const actionStatus = pgEnum('action_status', ['idea', 'planned', 'in_progress', 'done', 'stopped']);

/** The programme of one space: pillars with actions, from talk to doing. */
export const programme = pgTable('programme', {
	id: uuid('id').primaryKey().defaultRandom(),
	spaceId: uuid('space_id').notNull().unique(),
	title: text('title').notNull(),
	description: text('description').notNull().default(''),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

export const pillar = pgTable(
	'pillar',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programme.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		title: text('title').notNull(),
		description: text('description').notNull().default('')
	},
	(t) => [index('pillar_programme_idx').on(t.programmeId, t.position)]
);

export const programmeAction = pgTable(
	'programme_action',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		pillarId: uuid('pillar_id')
			.notNull()
			.references(() => pillar.id),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		status: actionStatus('status').notNull().default('idea'),
		stopReason: text('stop_reason').notNull().default(''),
		progress: integer('progress').notNull().default(0),
		startsOn: date('starts_on'),
		endsOn: date('ends_on'),
		statusSince: timestamp('status_since', { withTimezone: true }).notNull().defaultNow(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('programme_action_pillar_idx').on(t.pillarId),
		check('programme_action_progress_range', sql`${t.progress} between 0 and 100`),
		check('programme_action_ends_after_start', sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
		check('programme_action_stop_has_reason', sql`${t.status} <> 'stopped' or length(trim(${t.stopReason})) > 0`)
	]
);

/** Any organisation may own an action: an initiative as easily as the municipality. */
export const actionOwner = pgTable(
	'action_owner',
	{
		actionId: uuid('action_id')
			.notNull()
			.references(() => programmeAction.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id').notNull()
	},
	(t) => [primaryKey({ columns: [t.actionId, t.organisationId] }), index('action_owner_org_idx').on(t.organisationId)]
);

/** A dated progress post. */
export const actionUpdate = pgTable(
	'action_update',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		actionId: uuid('action_id')
			.notNull()
			.references(() => programmeAction.id, { onDelete: 'cascade' }),
		body: text('body').notNull(),
		authorId: text('author_id'),
		postedAt: timestamp('posted_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('action_update_action_idx').on(t.actionId, t.postedAt)]
);

/** Where an action is anchored in policy, e.g. "regional plan, action line 2.3". */
export const actionAnchor = pgTable(
	'action_anchor',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		actionId: uuid('action_id')
			.notNull()
			.references(() => programmeAction.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		reference: text('reference').notNull().default(''),
		url: text('url').notNull().default(''),
		anchoredOn: date('anchored_on'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('action_anchor_action_idx').on(t.actionId)]
);

/** A spearhead (inputs module) that led to an action. */
export const actionSpearhead = pgTable(
	'action_spearhead',
	{
		actionId: uuid('action_id')
			.notNull()
			.references(() => programmeAction.id, { onDelete: 'cascade' }),
		spearheadId: uuid('spearhead_id').notNull(),
		linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.actionId, t.spearheadId] }), index('action_spearhead_spearhead_idx').on(t.spearheadId)]
);

/** A single input (inputs module) taken up in an action directly. */
export const actionInput = pgTable(
	'action_input',
	{
		actionId: uuid('action_id')
			.notNull()
			.references(() => programmeAction.id, { onDelete: 'cascade' }),
		inputId: uuid('input_id').notNull(),
		linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.actionId, t.inputId] }), index('action_input_input_idx').on(t.inputId)]
);
