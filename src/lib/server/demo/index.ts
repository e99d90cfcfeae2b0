/**
 * Demo data: a believable Twente, loaded only through the modules' public functions, so the
 * demo obeys the same rules (policies, slugs, audit log) as anything a person does by hand.
 */
import type { Db } from '../db/client';
import { createUser, findUserByEmail, hashPassword, type Actor, type Auth } from '../modules/identity';
import { addMember, countOrganisations, createArea, createOrganisation, createTheme, listAreas, listThemes } from '../modules/network';
import { assignSpaceRole, createSpace, revokeSpaceRole, setPhases } from '../modules/spaces';
import '../components';
import { loadBudgets, type BudgetPerson } from './budgeting';
import { loadGatherings } from './gatherings';
import { loadInputs } from './inputs';
import { loadRequests, type DeskPerson } from './requests';
import { accounts, organisations, spaces, themes, twente, type AccountKey, type AreaSeed, type OrganisationSeed, type SpaceSeed } from './twente';

export const demoPassword = 'samenspel-demo';

export const demoAccounts: { email: string; name: string; role: string }[] = accounts.map(({ email, name, role }) => ({ email, name, role }));

type People = Map<AccountKey, Actor>;
type Ids = Map<string, string>;

/**
 * Loads the demo into an empty platform; a platform that has any organisation is left alone.
 * `auth` may be a function, so that a start on a filled database never has to create it.
 */
export async function loadDemo(db: Db, auth: Auth | (() => Promise<Auth>), options: { origin?: string; now?: Date } = {}): Promise<{ loaded: boolean }> {
	if ((await countOrganisations(db)) > 0) return { loaded: false };
	const people = await loadAccounts(db, typeof auth === 'function' ? await auth() : auth);
	const admin = person(people, 'beheer');
	const areaIds = await loadAreas(db, admin);
	const themeIds = await loadThemes(db, admin);
	const organisationIds = new Map<string, string>();
	for (const seed of organisations) organisationIds.set(seed.name, await loadOrganisation(db, people, seed, areaIds, themeIds));
	const spaceSlugs = [];
	for (const seed of spaces) spaceSlugs.push(await loadSpace(db, people, seed, organisationIds, areaIds));
	// What every part of the demo region builds on.
	const region = { db, organisationIds, areaIds, themeIds, regioplanSlug: spaceSlugs[0], origin: options.origin ?? 'http://localhost:3000', now: options.now ?? new Date() };
	// Input first: what it comes from lies in the past.
	await loadInputs({ ...region, facilitator: person(people, 'cooperatie') });
	// The request desk builds on the organisations, the space and the people above.
	const deskPeople: DeskPerson[] = ['gemeente', 'wijkcoach', 'wethouder', 'initiatief', 'cooperatie', 'zorg', 'verzekeraar', 'adviesraad', 'inwoner'];
	await loadRequests({ ...region, people: Object.fromEntries(deskPeople.map((key) => [key, person(people, key)])) as Record<DeskPerson, Actor> });
	// Budgets before the gatherings: the letter with the demo vote code must not push their letters off the outbox page.
	const budgetPeople: BudgetPerson[] = ['gemeente', 'initiatief', 'cooperatie', 'inwoner', 'zorg', 'adviesraad', 'verzekeraar'];
	await loadBudgets({ ...region, people: Object.fromEntries(budgetPeople.map((key) => [key, person(people, key)])) as Record<BudgetPerson, Actor> });
	// Gatherings last: their letters (registrations, the waiting list) are then the newest in the outbox.
	await loadGatherings({ ...region, people: { cooperatie: person(people, 'cooperatie'), gemeente: person(people, 'gemeente'), initiatief: person(people, 'initiatief') } });
	return { loaded: true };
}

// ---- Accounts ---------------------------------------------------------------------------------

async function loadAccounts(db: Db, auth: Auth): Promise<People> {
	// Hashing is deliberately slow; one hash serves every account since they share the password.
	const hash = await hashPassword(auth, demoPassword);
	const people: People = new Map();
	for (const seed of accounts) {
		// An earlier, interrupted load may have left the account behind: reuse it rather than fail forever.
		const existing = await findUserByEmail(db, seed.email);
		const account = existing ?? (await createUser(db, auth, { email: seed.email, name: seed.name, admin: seed.admin === true }, hash));
		people.set(seed.key, { userId: account.id, name: seed.name, email: seed.email, isAdmin: existing?.isAdmin ?? seed.admin === true });
	}
	return people;
}

// ---- Taxonomy ---------------------------------------------------------------------------------

/** Area ids by name; existing areas (same CBS code, or same name under the same parent) are reused. */
async function loadAreas(db: Db, admin: Actor): Promise<Ids> {
	const existing = await listAreas(db);
	const ids: Ids = new Map();
	const visit = async (seed: AreaSeed, parentId: string | null): Promise<void> => {
		if (ids.has(seed.name)) throw new Error(`Demo data: area name "${seed.name}" is used twice`);
		const found = existing.find((a) =>
			seed.cbsCode ? a.cbsCode === seed.cbsCode : a.name === seed.name && a.level === seed.level && a.parentId === parentId
		);
		const id = found?.id ?? (await createArea(db, admin, { name: seed.name, level: seed.level, parentId, cbsCode: seed.cbsCode ?? '' })).id;
		ids.set(seed.name, id);
		for (const child of seed.children ?? []) await visit(child, id);
	};
	await visit(twente, null);
	return ids;
}

/** Theme ids by Dutch name; a theme an administrator already made is reused. */
async function loadThemes(db: Db, admin: Actor): Promise<Ids> {
	const existing = await listThemes(db);
	const ids: Ids = new Map();
	for (const seed of themes) {
		const found = existing.find((t) => t.nameNl.toLowerCase() === seed.nameNl.toLowerCase());
		ids.set(seed.nameNl, found?.id ?? (await createTheme(db, admin, seed)).id);
	}
	return ids;
}

// ---- Organisations and spaces -----------------------------------------------------------------

async function loadOrganisation(db: Db, people: People, seed: OrganisationSeed, areaIds: Ids, themeIds: Ids): Promise<string> {
	const coordinator = person(people, seed.createdBy);
	const org = await createOrganisation(db, coordinator, {
		name: seed.name,
		kind: seed.kind,
		description: seed.description,
		website: seed.website ?? '',
		areaIds: seed.areas.map((name) => idOf(areaIds, name, 'area')),
		themeIds: seed.themes.map((name) => idOf(themeIds, name, 'theme'))
	});
	for (const member of seed.members ?? [])
		await addMember(db, coordinator, org.slug, { email: person(people, member.account).email, role: member.role });
	return org.id;
}

async function loadSpace(db: Db, people: People, seed: SpaceSeed, organisationIds: Ids, areaIds: Ids): Promise<string> {
	const creator = person(people, seed.createdBy);
	const runner = person(people, seed.runBy);
	const created = await createSpace(db, creator, {
		title: seed.title,
		summary: seed.summary,
		description: seed.description,
		visibility: seed.visibility,
		areaId: idOf(areaIds, seed.area, 'area'),
		ownerIds: seed.owners.map((name) => idOf(organisationIds, name, 'organisation'))
	});
	await setPhases(
		db,
		runner,
		created.slug,
		seed.phases.map((p) => ({ title: p.title, description: p.description, startsOn: p.startsOn ?? '', endsOn: p.endsOn ?? '' }))
	);
	for (const { account, role } of seed.roles) await assignSpaceRole(db, runner, created.slug, { email: person(people, account).email, role });
	// Whoever only set the space up steps back, so its roles show who really runs it.
	if (creator.userId !== runner.userId) await revokeSpaceRole(db, runner, created.slug, creator.userId, 'owner');
	return created.slug;
}

// ---- Lookups that fail loudly on a typo in the demo data --------------------------------------

function person(people: People, key: AccountKey): Actor {
	const actor = people.get(key);
	if (!actor) throw new Error(`Demo data: no account "${key}"`);
	return actor;
}

function idOf(ids: Ids, name: string, what: string): string {
	const id = ids.get(name);
	if (!id) throw new Error(`Demo data: unknown ${what} "${name}"`);
	return id;
}
