import { index, pgEnum, pgTable, primaryKey, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

export const organisationKind = pgEnum('organisation_kind', [
	'initiative',
	'network',
	'municipality',
	'care',
	'insurer',
	'council',
	'other'
]);

export const areaLevel = pgEnum('area_level', ['region', 'municipality', 'district', 'neighbourhood']);

export const organisationRole = pgEnum('organisation_role', ['member', 'coordinator']);

export const area = pgTable(
	'area',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		parentId: uuid('parent_id').references((): AnyPgColumn => area.id, { onDelete: 'restrict' }),
		level: areaLevel('level').notNull(),
		name: text('name').notNull(),
		slug: text('slug').notNull().unique(),
		// CBS codes: GM (municipality), WK (district), BU (neighbourhood); regions have none.
		cbsCode: text('cbs_code').unique()
	},
	(t) => [index('area_parent_idx').on(t.parentId)]
);

export const theme = pgTable('theme', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	nameNl: text('name_nl').notNull(),
	nameEn: text('name_en').notNull()
});

export const organisation = pgTable('organisation', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	name: text('name').notNull(),
	kind: organisationKind('kind').notNull(),
	description: text('description').notNull().default(''),
	website: text('website'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export const organisationArea = pgTable(
	'organisation_area',
	{
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		areaId: uuid('area_id')
			.notNull()
			.references(() => area.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.organisationId, t.areaId] })]
);

export const organisationTheme = pgTable(
	'organisation_theme',
	{
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		themeId: uuid('theme_id')
			.notNull()
			.references(() => theme.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.organisationId, t.themeId] })]
);

/** Membership of a person in an organisation. The user id is identity's; network only keeps it. */
export const organisationMember = pgTable(
	'organisation_member',
	{
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		userId: text('user_id').notNull(),
		role: organisationRole('role').notNull().default('member'),
		joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index('organisation_member_user_idx').on(t.userId)]
);
