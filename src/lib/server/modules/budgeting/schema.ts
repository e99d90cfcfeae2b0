import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Approval with at most k projects; approval within the budget ("knapsack"); points to spread. */
export const ballotType = pgEnum('budget_ballot_type', ['approval', 'knapsack', 'points']);
export const countingRule = pgEnum('budget_counting_rule', ['greedy', 'mes']);
export const completion = pgEnum('budget_completion', ['none', 'greedy', 'add1', 'add1-greedy']);
export const add1Until = pgEnum('budget_add1_until', ['exhaustive', 'budget']);
export const tieBreak = pgEnum('budget_tie_break', ['id', 'votes', 'cost']);
export const utility = pgEnum('budget_utility', ['cost', 'approval']);
export const proposalStatus = pgEnum('budget_proposal_status', ['submitted', 'feasible', 'not_feasible']);
export const implementationStatus = pgEnum('budget_implementation_status', ['not_started', 'in_progress', 'done', 'stopped']);

/** A participatory budget in a space: the money, the phases, the ballot and the counting rule. */
export const budgetProcess = pgTable(
	'budget_process',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		spaceId: uuid('space_id').notNull(),
		slug: text('slug').notNull().unique(),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		totalCents: bigint('total_cents', { mode: 'number' }).notNull(),
		ballotType: ballotType('ballot_type').notNull().default('approval'),
		maxProjects: integer('max_projects'),
		/** For points ballots: how many points a voter spreads. */
		pointsTotal: integer('points_total'),
		rule: countingRule('rule').notNull().default('mes'),
		perCost: boolean('per_cost').notNull().default(false),
		utility: utility('utility').notNull().default('cost'),
		completion: completion('completion').notNull().default('add1'),
		add1Until: add1Until('add1_until').notNull().default('exhaustive'),
		tieBreak: tieBreak('tie_break').notNull().default('id'),
		votingByCode: boolean('voting_by_code').notNull().default(true),
		votingByAccount: boolean('voting_by_account').notNull().default(false),
		/** Postcode areas of those who may vote with an account, e.g. "7606, 7607-7609"; empty means anywhere. */
		postcodes: text('postcodes').notNull().default(''),
		minimumAge: integer('minimum_age').notNull().default(16),
		/** Calendar days in Amsterdam, both ends included: proposals, then review, then voting, then results. */
		proposalsFrom: date('proposals_from').notNull(),
		proposalsUntil: date('proposals_until').notNull(),
		votingFrom: date('voting_from').notNull(),
		votingUntil: date('voting_until').notNull(),
		implementationFrom: date('implementation_from'),
		/** Imported from a Pabulib file to replay or study: no proposals phase, no voters. */
		imported: boolean('imported').notNull().default(false),
		importedMeta: jsonb('imported_meta').$type<Record<string, string>>(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('budget_process_space_idx').on(t.spaceId),
		check('budget_process_total_positive', sql`${t.totalCents} > 0`),
		check(
			'budget_process_phases_in_order',
			sql`${t.proposalsFrom} <= ${t.proposalsUntil} and ${t.proposalsUntil} < ${t.votingFrom} and ${t.votingFrom} <= ${t.votingUntil} and (${t.implementationFrom} is null or ${t.implementationFrom} > ${t.votingUntil})`
		),
		check('budget_process_someone_votes', sql`${t.votingByCode} or ${t.votingByAccount} or ${t.imported}`)
	]
);

/** A sub-budget, such as a district: its own money, its own proposals, its own ballot. */
export const budgetArea = pgTable(
	'budget_area',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		processId: uuid('process_id')
			.notNull()
			.references(() => budgetProcess.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		name: text('name').notNull(),
		budgetCents: bigint('budget_cents', { mode: 'number' }).notNull(),
		postcodes: text('postcodes').notNull().default('')
	},
	(t) => [uniqueIndex('budget_area_position_idx').on(t.processId, t.position), check('budget_area_budget_positive', sql`${t.budgetCents} > 0`)]
);

export const budgetProposal = pgTable(
	'budget_proposal',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		processId: uuid('process_id')
			.notNull()
			.references(() => budgetProcess.id, { onDelete: 'cascade' }),
		/** Shown and used in addresses: 1, 2, 3 … within the process. */
		number: integer('number').notNull(),
		/** The project id of ballots and Pabulib files: the number, or the id an imported file gave. */
		code: text('code').notNull(),
		areaId: uuid('area_id').references(() => budgetArea.id),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		costCents: bigint('cost_cents', { mode: 'number' }).notNull(),
		themeIds: uuid('theme_ids').array().notNull().default(sql`'{}'::uuid[]`),
		proposerId: text('proposer_id'),
		organisationId: uuid('organisation_id'),
		status: proposalStatus('status').notNull().default('submitted'),
		reviewReason: text('review_reason').notNull().default(''),
		/** The cost the reviewers set, when they adjusted the estimate; the ballot uses it. */
		reviewedCostCents: bigint('reviewed_cost_cents', { mode: 'number' }),
		costNote: text('cost_note').notNull().default(''),
		reviewedBy: text('reviewed_by'),
		reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
		response: text('response').notNull().default(''),
		respondedAt: timestamp('responded_at', { withTimezone: true }),
		implementation: implementationStatus('implementation').notNull().default('not_started'),
		spentCents: bigint('spent_cents', { mode: 'number' }).notNull().default(0),
		actionId: uuid('action_id'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('budget_proposal_number_idx').on(t.processId, t.number),
		uniqueIndex('budget_proposal_code_idx').on(t.processId, t.code),
		check('budget_proposal_cost_not_negative', sql`${t.costCents} >= 0 and coalesce(${t.reviewedCostCents}, 0) >= 0 and ${t.spentCents} >= 0`),
		check('budget_proposal_refusal_has_reason', sql`${t.status} <> 'not_feasible' or length(trim(${t.reviewReason})) > 0`)
	]
);

/** A dated post on how a funded project is going. */
export const budgetUpdate = pgTable(
	'budget_update',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		proposalId: uuid('proposal_id')
			.notNull()
			.references(() => budgetProposal.id, { onDelete: 'cascade' }),
		body: text('body').notNull(),
		authorId: text('author_id'),
		postedAt: timestamp('posted_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('budget_update_proposal_idx').on(t.proposalId, t.postedAt)]
);

/** Pictures of a proposal, or of an update on its implementation. */
export const budgetImage = pgTable(
	'budget_image',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		proposalId: uuid('proposal_id')
			.notNull()
			.references(() => budgetProposal.id, { onDelete: 'cascade' }),
		updateId: uuid('update_id').references(() => budgetUpdate.id, { onDelete: 'cascade' }),
		filename: text('filename').notNull(),
		contentType: text('content_type').notNull(),
		size: integer('size').notNull(),
		storageKey: text('storage_key').notNull(),
		addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('budget_image_proposal_idx').on(t.proposalId)]
);

export const budgetCodeBatch = pgTable('budget_code_batch', {
	id: uuid('id').primaryKey().defaultRandom(),
	processId: uuid('process_id')
		.notNull()
		.references(() => budgetProcess.id, { onDelete: 'cascade' }),
	areaId: uuid('area_id').references(() => budgetArea.id),
	size: integer('size').notNull(),
	createdBy: text('created_by').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * A vote code, kept only as a hash: the printed letter is the only place the code itself exists.
 * The day it was used is kept, never which ballot it cast.
 */
export const budgetVoteCode = pgTable(
	'budget_vote_code',
	{
		hash: text('hash').primaryKey(),
		processId: uuid('process_id')
			.notNull()
			.references(() => budgetProcess.id, { onDelete: 'cascade' }),
		batchId: uuid('batch_id')
			.notNull()
			.references(() => budgetCodeBatch.id, { onDelete: 'cascade' }),
		areaId: uuid('area_id').references(() => budgetArea.id),
		usedOn: date('used_on')
	},
	(t) => [index('budget_vote_code_batch_idx').on(t.batchId)]
);

/** Who voted with an account: one row per person and process, never linked to what they chose. */
export const budgetVoter = pgTable(
	'budget_voter',
	{
		processId: uuid('process_id')
			.notNull()
			.references(() => budgetProcess.id, { onDelete: 'cascade' }),
		userId: text('user_id').notNull(),
		votedOn: date('voted_on').notNull()
	},
	(t) => [primaryKey({ columns: [t.processId, t.userId] })]
);

/**
 * What was voted, with no voter, no code and no time: a random id and the hash of the receipt the
 * voter took home. `label` is only set for ballots imported from a file (its voter id).
 */
export const budgetBallot = pgTable(
	'budget_ballot',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		processId: uuid('process_id')
			.notNull()
			.references(() => budgetProcess.id, { onDelete: 'cascade' }),
		areaId: uuid('area_id').references(() => budgetArea.id),
		projects: text('projects').array().notNull(),
		points: integer('points').array(),
		receiptHash: text('receipt_hash').unique(),
		label: text('label')
	},
	(t) => [index('budget_ballot_process_idx').on(t.processId, t.areaId)]
);

/** The count of one ballot box (the process, or one of its areas), kept as counted. */
export const budgetResult = pgTable(
	'budget_result',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		processId: uuid('process_id')
			.notNull()
			.references(() => budgetProcess.id, { onDelete: 'cascade' }),
		areaId: uuid('area_id').references(() => budgetArea.id),
		ballots: integer('ballots').notNull(),
		outcome: jsonb('outcome').$type<unknown>().notNull(),
		/** What greedy by votes would have chosen from the same ballots, for the comparison. */
		greedy: jsonb('greedy').$type<unknown>().notNull(),
		countedAt: timestamp('counted_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('budget_result_box_idx').on(t.processId, sql`coalesce(${t.areaId}, '00000000-0000-0000-0000-000000000000'::uuid)`)]
);
