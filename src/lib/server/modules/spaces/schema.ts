import { date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const spaceVisibility = pgEnum('space_visibility', ['public', 'members']);
export const spaceRoleKind = pgEnum('space_role_kind', ['owner', 'facilitator', 'moderator']);

/** A space ("traject"): the unit of participation, co-owned by one or more organisations. */
export const space = pgTable('space', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	title: text('title').notNull(),
	summary: text('summary').notNull().default(''),
	description: text('description').notNull().default(''),
	visibility: spaceVisibility('visibility').notNull().default('public'),
	areaId: uuid('area_id'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** Co-owners: organisation ids from the network module. */
export const spaceOwner = pgTable(
	'space_owner',
	{
		spaceId: uuid('space_id')
			.notNull()
			.references(() => space.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id').notNull()
	},
	(t) => [primaryKey({ columns: [t.spaceId, t.organisationId] }), index('space_owner_org_idx').on(t.organisationId)]
);

export const spacePhase = pgTable(
	'space_phase',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		spaceId: uuid('space_id')
			.notNull()
			.references(() => space.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		startsOn: date('starts_on'),
		endsOn: date('ends_on')
	},
	(t) => [index('space_phase_space_idx').on(t.spaceId, t.position)]
);

/** Which registered components are switched on in a space, in display order. */
export const spaceComponent = pgTable(
	'space_component',
	{
		spaceId: uuid('space_id')
			.notNull()
			.references(() => space.id, { onDelete: 'cascade' }),
		componentKey: text('component_key').notNull(),
		position: integer('position').notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.spaceId, t.componentKey] })]
);

/** People with a role in one space. User ids are identity's. */
export const spaceRole = pgTable(
	'space_role',
	{
		spaceId: uuid('space_id')
			.notNull()
			.references(() => space.id, { onDelete: 'cascade' }),
		userId: text('user_id').notNull(),
		role: spaceRoleKind('role').notNull()
	},
	(t) => [primaryKey({ columns: [t.spaceId, t.userId, t.role] }), index('space_role_user_idx').on(t.userId)]
);
