import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const gatheringFormat = pgEnum('gathering_format', ['in_person', 'online', 'hybrid']);
export const gatheringStatus = pgEnum('gathering_status', ['scheduled', 'cancelled']);
export const registrationStatus = pgEnum('registration_status', ['confirmed', 'waitlisted', 'cancelled']);
export const caseStatus = pgEnum('case_status', ['submitted', 'accepted', 'declined']);

/**
 * Who may come, how many, and when they may sign up. Each gathering has its own list, unless it
 * belongs to a series where one registration covers every session: then the sessions share the
 * series' list. Registrations lock this row, so capacity holds under any number of requests.
 */
export const registrationList = pgTable(
	'registration_list',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		capacity: integer('capacity'),
		opensAt: timestamp('opens_at', { withTimezone: true }),
		closesAt: timestamp('closes_at', { withTimezone: true }),
		waitlist: boolean('waitlist').notNull().default(true)
	},
	(t) => [check('registration_list_capacity_positive', sql`${t.capacity} is null or ${t.capacity} > 0`)]
);

/** A series of sessions, such as a learning circle. */
export const gatheringSeries = pgTable('gathering_series', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	title: text('title').notNull(),
	description: text('description').notNull().default(''),
	spaceId: uuid('space_id'),
	/** Set when one registration covers the whole series. */
	listId: uuid('list_id').references(() => registrationList.id),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export const seriesOrganiser = pgTable(
	'series_organiser',
	{
		seriesId: uuid('series_id')
			.notNull()
			.references(() => gatheringSeries.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id').notNull()
	},
	(t) => [primaryKey({ columns: [t.seriesId, t.organisationId] })]
);

export const gathering = pgTable(
	'gathering',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		seriesId: uuid('series_id').references(() => gatheringSeries.id),
		spaceId: uuid('space_id'),
		listId: uuid('list_id')
			.notNull()
			.references(() => registrationList.id),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		/** Null while the date is still to be decided. */
		startsAt: timestamp('starts_at', { withTimezone: true }),
		endsAt: timestamp('ends_at', { withTimezone: true }),
		format: gatheringFormat('format').notNull().default('in_person'),
		/** Empty while the place is still to be decided. */
		address: text('address').notNull().default(''),
		areaId: uuid('area_id'),
		/** Shown only to people who are registered, and to organisers. */
		onlineUrl: text('online_url').notNull().default(''),
		stepFreeAccess: boolean('step_free_access').notNull().default(false),
		hearingLoop: boolean('hearing_loop').notNull().default(false),
		interpreterOnRequest: boolean('interpreter_on_request').notNull().default(false),
		accessibilityNotes: text('accessibility_notes').notNull().default(''),
		contactName: text('contact_name').notNull().default(''),
		contactEmail: text('contact_email').notNull().default(''),
		caseClinic: boolean('case_clinic').notNull().default(false),
		status: gatheringStatus('status').notNull().default('scheduled'),
		cancelReason: text('cancel_reason').notNull().default(''),
		/** iCalendar SEQUENCE: raised by every change a calendar should pick up. */
		sequence: integer('sequence').notNull().default(0),
		reminderDaysBefore: integer('reminder_days_before').notNull().default(2),
		report: text('report').notNull().default(''),
		reportPublishedAt: timestamp('report_published_at', { withTimezone: true }),
		attendeeCount: integer('attendee_count'),
		createdBy: text('created_by'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('gathering_starts_idx').on(t.startsAt),
		index('gathering_space_idx').on(t.spaceId),
		index('gathering_series_idx').on(t.seriesId),
		index('gathering_list_idx').on(t.listId),
		check('gathering_end_after_start', sql`${t.endsAt} is null or ${t.startsAt} is null or ${t.endsAt} > ${t.startsAt}`)
	]
);

export const gatheringOrganiser = pgTable(
	'gathering_organiser',
	{
		gatheringId: uuid('gathering_id')
			.notNull()
			.references(() => gathering.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id').notNull()
	},
	(t) => [primaryKey({ columns: [t.gatheringId, t.organisationId] }), index('gathering_organiser_org_idx').on(t.organisationId)]
);

export const gatheringTheme = pgTable(
	'gathering_theme',
	{
		gatheringId: uuid('gathering_id')
			.notNull()
			.references(() => gathering.id, { onDelete: 'cascade' }),
		themeId: uuid('theme_id').notNull()
	},
	(t) => [primaryKey({ columns: [t.gatheringId, t.themeId] }), index('gathering_theme_theme_idx').on(t.themeId)]
);

export const registration = pgTable(
	'registration',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		listId: uuid('list_id')
			.notNull()
			.references(() => registrationList.id),
		/** Arrival order: the waitlist is promoted in this order. */
		arrival: bigserial('arrival', { mode: 'number' }).notNull(),
		userId: text('user_id'),
		name: text('name').notNull(),
		email: text('email').notNull(),
		needs: text('needs').notNull().default(''),
		locale: text('locale').notNull().default('nl'),
		status: registrationStatus('status').notNull(),
		/** SHA-256 of the secret in the link that lets a guest manage the registration. */
		manageTokenHash: text('manage_token_hash').notNull().unique(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		promotedAt: timestamp('promoted_at', { withTimezone: true }),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true })
	},
	(t) => [
		// One live registration per person per list, whatever races happen.
		uniqueIndex('registration_one_per_person').on(t.listId, t.email).where(sql`${t.status} <> 'cancelled'`),
		index('registration_list_order_idx').on(t.listId, t.status, t.arrival),
		index('registration_user_idx').on(t.userId)
	]
);

/** Who was there, per session (a series registration covers several sessions). */
export const attendance = pgTable(
	'attendance',
	{
		gatheringId: uuid('gathering_id')
			.notNull()
			.references(() => gathering.id, { onDelete: 'cascade' }),
		registrationId: uuid('registration_id')
			.notNull()
			.references(() => registration.id, { onDelete: 'cascade' }),
		present: boolean('present').notNull()
	},
	(t) => [primaryKey({ columns: [t.gatheringId, t.registrationId] })]
);

/** A case brought to a case clinic ("leerfabriek"): the others think along. */
export const gatheringCase = pgTable(
	'gathering_case',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		gatheringId: uuid('gathering_id')
			.notNull()
			.references(() => gathering.id, { onDelete: 'cascade' }),
		registrationId: uuid('registration_id')
			.notNull()
			.references(() => registration.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		question: text('question').notNull(),
		context: text('context').notNull().default(''),
		status: caseStatus('status').notNull().default('submitted'),
		decisionReason: text('decision_reason').notNull().default(''),
		/** The session where an accepted case is discussed. */
		sessionId: uuid('session_id').references(() => gathering.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		decidedAt: timestamp('decided_at', { withTimezone: true })
	},
	(t) => [index('gathering_case_gathering_idx').on(t.gatheringId)]
);

/**
 * What came out of a gathering, one line each. The inputs module will link an outcome to the
 * inputs it answers, so a resident can trace their input to the gathering that took it up.
 */
export const gatheringOutcome = pgTable(
	'gathering_outcome',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		gatheringId: uuid('gathering_id')
			.notNull()
			.references(() => gathering.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		text: text('text').notNull()
	},
	(t) => [index('gathering_outcome_gathering_idx').on(t.gatheringId, t.position)]
);

export const gatheringAttachment = pgTable(
	'gathering_attachment',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		gatheringId: uuid('gathering_id')
			.notNull()
			.references(() => gathering.id, { onDelete: 'cascade' }),
		filename: text('filename').notNull(),
		contentType: text('content_type').notNull(),
		size: integer('size').notNull(),
		/** Where the file store keeps the bytes. */
		storageKey: text('storage_key').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('gathering_attachment_gathering_idx').on(t.gatheringId)]
);

/** The secret behind a person's "my gatherings" calendar feed. */
export const calendarFeed = pgTable('calendar_feed', {
	userId: text('user_id').primaryKey(),
	token: text('token').notNull().unique(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
