import { boolean, check, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

export const requestType = pgEnum('request_type', ['support', 'subsidy', 'space_or_land', 'permit_question', 'partnership', 'challenge', 'information']);

export const requestStatus = pgEnum('request_status', ['submitted', 'acknowledged', 'in_progress', 'waiting', 'decided', 'closed']);

/** "Yes, unless": a no is the exception and always carries its reasons. */
export const requestDecision = pgEnum('request_decision', ['yes', 'yes_with_conditions', 'no']);

export const requestEventKind = pgEnum('request_event_kind', [
	'submitted',
	'routed',
	'acknowledged',
	'status',
	'handed_over',
	'message',
	'note',
	'escalated',
	'escalation_requested',
	'assessed',
	'decided',
	'closed',
	'made_public',
	'attachment'
]);

export const planPhase = pgEnum('plan_phase', ['idea', 'preparation', 'participation', 'decision', 'execution']);

/** What an organisation tells initiatives before they ask: one row per organisation with a desk. */
export const desk = pgTable('request_desk', {
	organisationId: uuid('organisation_id').primaryKey(),
	intro: text('intro').notNull().default(''),
	/** Where an overdue step goes: a role (the manager, the alderman's office) with a person behind it. */
	escalationRole: text('escalation_role').notNull().default(''),
	escalationUserId: text('escalation_user_id'),
	/** The published criteria a right-to-challenge proposal is assessed against, one per line. */
	challengeCriteria: jsonb('challenge_criteria').$type<string[]>().notNull().default([]),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** A promise per request type: the organisation handles it and says how fast. */
export const promise = pgTable(
	'request_promise',
	{
		organisationId: uuid('organisation_id').notNull(),
		type: requestType('type').notNull(),
		acknowledgeDays: integer('acknowledge_days').notNull(),
		decideDays: integer('decide_days').notNull(),
		note: text('note').notNull().default('')
	},
	(t) => [
		primaryKey({ columns: [t.organisationId, t.type] }),
		check('request_promise_days', sql`${t.acknowledgeDays} between 1 and 260 and ${t.decideDays} between ${t.acknowledgeDays} and 260`)
	]
);

/** A named role with a person behind it, so a request never lands in one person's private inbox. */
export const contactPoint = pgTable(
	'request_contact_point',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id').notNull(),
		role: text('role').notNull(),
		userId: text('user_id'),
		/** Empty means every theme / the whole working area. */
		themeIds: jsonb('theme_ids').$type<string[]>().notNull().default([]),
		areaIds: jsonb('area_ids').$type<string[]>().notNull().default([]),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('request_contact_point_org_idx').on(t.organisationId), index('request_contact_point_user_idx').on(t.userId)]
);

export const request = pgTable(
	'request',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** Per organisation, like a case number: "2026-0012". */
		reference: text('reference').notNull(),
		organisationId: uuid('organisation_id').notNull(),
		initiativeId: uuid('initiative_id').notNull(),
		submittedBy: text('submitted_by').notNull(),
		type: requestType('type').notNull(),
		subject: text('subject').notNull(),
		description: text('description').notNull(),
		themeIds: jsonb('theme_ids').$type<string[]>().notNull().default([]),
		areaId: uuid('area_id'),
		desiredOn: date('desired_on', { mode: 'string' }),
		status: requestStatus('status').notNull().default('submitted'),
		contactPointId: uuid('contact_point_id').references(() => contactPoint.id, { onDelete: 'set null' }),
		handlerId: text('handler_id'),
		/** The promise as it stood when the request came in: a later change of promise does not move it. */
		acknowledgeDays: integer('acknowledge_days').notNull(),
		decideDays: integer('decide_days').notNull(),
		submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
		acknowledgeDue: timestamp('acknowledge_due', { withTimezone: true }).notNull(),
		decideDue: timestamp('decide_due', { withTimezone: true }).notNull(),
		acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
		waitingSince: timestamp('waiting_since', { withTimezone: true }),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		decision: requestDecision('decision'),
		decisionReason: text('decision_reason').notNull().default(''),
		decisionConditions: text('decision_conditions').notNull().default(''),
		decisionAlternative: text('decision_alternative').notNull().default(''),
		escalatedAt: timestamp('escalated_at', { withTimezone: true }),
		publicByInitiative: boolean('public_by_initiative').notNull().default(false),
		publicByOrganisation: boolean('public_by_organisation').notNull().default(false),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('request_reference_idx').on(t.organisationId, t.reference),
		index('request_initiative_idx').on(t.initiativeId, t.submittedAt),
		index('request_organisation_idx').on(t.organisationId, t.submittedAt),
		index('request_handler_idx').on(t.handlerId),
		// A no without its reason and a way forward cannot be stored, whatever path wrote it.
		check(
			'request_no_has_reasons',
			sql`${t.decision} is distinct from 'no' or (length(${t.decisionReason}) >= 3 and length(${t.decisionAlternative}) >= 3)`
		),
		check('request_conditions_given', sql`${t.decision} is distinct from 'yes_with_conditions' or length(${t.decisionConditions}) >= 3`),
		check('request_decided_has_decision', sql`${t.status} not in ('decided', 'closed') or ${t.decision} is not null or ${t.closedAt} is not null`)
	]
);

/** Every change on a request, with who and when. Notes (internal) are seen by the organisation only. */
export const requestEvent = pgTable(
	'request_event',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** Keeps the order of events written in the same instant. */
		seq: integer('seq').generatedAlwaysAsIdentity(),
		requestId: uuid('request_id')
			.notNull()
			.references(() => request.id, { onDelete: 'cascade' }),
		kind: requestEventKind('kind').notNull(),
		/** Null when the platform itself acted (an overdue step escalating). */
		actorId: text('actor_id'),
		/** Which side wrote it, kept so the timeline reads right after people change jobs. */
		side: text('side').$type<'initiative' | 'organisation' | 'platform'>().notNull(),
		body: text('body').notNull().default(''),
		params: jsonb('params').$type<Record<string, string | number | boolean | null>>().notNull().default({}),
		internal: boolean('internal').notNull().default(false),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('request_event_request_idx').on(t.requestId, t.at)]
);

export const requestAttachment = pgTable(
	'request_attachment',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		requestId: uuid('request_id')
			.notNull()
			.references(() => request.id, { onDelete: 'cascade' }),
		filename: text('filename').notNull(),
		contentType: text('content_type').notNull(),
		size: integer('size').notNull(),
		storageKey: text('storage_key').notNull(),
		addedBy: text('added_by').notNull(),
		addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('request_attachment_request_idx').on(t.requestId)]
);

/** A right-to-challenge proposal, assessed criterion by criterion before the decision. */
export const challengeAssessment = pgTable(
	'request_challenge_assessment',
	{
		requestId: uuid('request_id')
			.notNull()
			.references(() => request.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		criterion: text('criterion').notNull(),
		met: boolean('met').notNull(),
		note: text('note').notNull(),
		assessedBy: text('assessed_by').notNull(),
		assessedAt: timestamp('assessed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.requestId, t.position] })]
);

/** An organisation's upcoming plan, published early so people can be there on time. */
export const plan = pgTable(
	'plan',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		organisationId: uuid('organisation_id').notNull(),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		phase: planPhase('phase').notNull(),
		themeIds: jsonb('theme_ids').$type<string[]>().notNull().default([]),
		areaIds: jsonb('area_ids').$type<string[]>().notNull().default([]),
		participationFrom: date('participation_from', { mode: 'string' }),
		participationUntil: date('participation_until', { mode: 'string' }),
		howToTakePart: text('how_to_take_part').notNull().default(''),
		contactPointId: uuid('contact_point_id').references(() => contactPoint.id, { onDelete: 'set null' }),
		spaceId: uuid('space_id'),
		createdBy: text('created_by').notNull(),
		publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('plan_organisation_idx').on(t.organisationId),
		check('plan_participation_order', sql`${t.participationUntil} is null or ${t.participationFrom} is null or ${t.participationUntil} >= ${t.participationFrom}`)
	]
);

/** Someone who wants to hear of plans on these themes or in these areas. Empty lists match everything. */
export const radarSubscription = pgTable('plan_subscription', {
	userId: text('user_id').primaryKey(),
	themeIds: jsonb('theme_ids').$type<string[]>().notNull().default([]),
	areaIds: jsonb('area_ids').$type<string[]>().notNull().default([]),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
