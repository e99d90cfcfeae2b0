// Service tests of the network module: organisations, memberships, the directory, themes and
// areas, with their permissions and audit events, on every engine of this run.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { engines, world, type World, refused } from '../../testing';
import { DomainError, listAuditEvents, type Actor } from '../identity';
import {
	addMember,
	areaTree,
	createArea,
	createOrganisation,
	createTheme,
	deleteTheme,
	directoryFilter,
	getOrganisation,
	listAreas,
	listOrganisations,
	listThemes,
	membershipsOf,
	removeMember,
	roleIn,
	updateOrganisation,
	updateTheme
} from './index';
import { organisation, organisationMember } from './schema';


/** assert.rejects predicate: a zod error with, for each field, an issue carrying that message key. */
function invalid(fields: Record<string, string>) {
	return (error: unknown) => {
		const e = error as { name?: string; issues?: { path: PropertyKey[]; message: string }[] };
		assert.equal(e.name, 'ZodError', `expected a ZodError, got ${String(error)}`);
		for (const [field, message] of Object.entries(fields)) {
			const issue = e.issues!.find((i) => String(i.path[0]) === field);
			assert.ok(issue, `no issue for field ${field}: ${JSON.stringify(e.issues)}`);
			assert.equal(issue.message, message, `message for ${field}`);
		}
		return true;
	};
}

/** Postgres unique violation, raw or wrapped by Drizzle (routes turn it into 409 error.conflict). */
function isUniqueViolation(error: unknown): boolean {
	const e = error as { code?: string; cause?: { code?: string } };
	return e?.code === '23505' || e?.cause?.code === '23505';
}

for (const engine of engines())
	describe(`network service (${engine})`, () => {
		let w: World;
		let admin: Actor;
		before(async () => {
			w = await world(engine);
			admin = await w.person('Beheerder', { admin: true });
		});
		after(() => w.database.drop());

		const db = () => w.database.db;

		async function auditOf(recordId: string, action: string) {
			const events = await listAuditEvents(db(), admin, { limit: 500 });
			return events.filter((e) => e.recordId === recordId && e.action === action);
		}

		async function orgRowsNamed(name: string) {
			return db().select().from(organisation).where(eq(organisation.name, name));
		}

		describe('creating organisations', () => {
			it('refuses an anonymous visitor with 401 and writes nothing', async () => {
				await assert.rejects(
					createOrganisation(db(), null, { name: 'Anoniem Initiatief', kind: 'initiative' }),
					refused('error.signInRequired', 401)
				);
				assert.equal((await orgRowsNamed('Anoniem Initiatief')).length, 0);
			});

			it('makes the creator its coordinator, records an audit event, stores no empty website', async () => {
				const anna = await w.person('Anna Oprichter');
				const org = await createOrganisation(db(), anna, {
					name: '  Buurtkracht Oost ',
					kind: 'initiative',
					description: 'Samen sterk in Oost',
					website: ''
				});
				assert.equal(org.name, 'Buurtkracht Oost');
				assert.equal(org.slug, 'buurtkracht-oost');
				assert.equal(org.kind, 'initiative');
				assert.equal(org.website, null);
				assert.equal(await roleIn(db(), anna.userId, org.id), 'coordinator');
				const full = await getOrganisation(db(), 'buurtkracht-oost');
				assert.deepEqual(full.members, [{ userId: anna.userId, role: 'coordinator', name: 'Anna Oprichter' }]);
				assert.deepEqual(
					(await membershipsOf(db(), anna.userId)).map((m) => [m.slug, m.role]),
					[['buurtkracht-oost', 'coordinator']]
				);
				const events = await auditOf(org.id, 'organisation.create');
				assert.equal(events.length, 1);
				assert.equal(events[0].actorId, anna.userId);
				assert.deepEqual(events[0].details, { name: 'Buurtkracht Oost', kind: 'initiative' });
			});

			// BUG (network/inputs.ts organisationInput.website): zod 4 `.default('')` skips the transform
			// '' -> null, so leaving the field out stores website = '' while sending '' stores NULL.
			it('stores no website as null also when the field is left out', async () => {
				const p = await w.person('Zonder Site');
				const org = await createOrganisation(db(), p, { name: 'Club Zonder Site', kind: 'initiative' });
				assert.equal(org.website, null);
			});

			it('gives two organisations with the same name different slugs', async () => {
				const a = await w.person('Repair A');
				const b = await w.person('Repair B');
				const first = await createOrganisation(db(), a, { name: 'Repair Café', kind: 'initiative' });
				const second = await createOrganisation(db(), b, { name: 'Repair Café', kind: 'initiative' });
				assert.equal(first.slug, 'repair-cafe');
				assert.equal(second.slug, 'repair-cafe-2');
				assert.equal((await getOrganisation(db(), 'repair-cafe')).id, first.id);
				assert.equal((await getOrganisation(db(), 'repair-cafe-2')).id, second.id);
				assert.equal(await roleIn(db(), b.userId, second.id), 'coordinator');
				assert.equal(await roleIn(db(), b.userId, first.id), null);
			});

			it('refuses a bad website and an empty name with a message per field, and writes nothing', async () => {
				const p = await w.person('Slordig');
				await assert.rejects(
					createOrganisation(db(), p, { name: 'Slordige Site', kind: 'initiative', website: 'geen website' }),
					invalid({ website: 'error.url' })
				);
				await assert.rejects(
					createOrganisation(db(), p, { name: 'Slordige Site', kind: 'initiative', website: 'ftp://example.org' }),
					invalid({ website: 'error.url' })
				);
				await assert.rejects(createOrganisation(db(), p, { name: '   ', kind: 'initiative' }), invalid({ name: 'error.required' }));
				await assert.rejects(
					createOrganisation(db(), p, { name: '', kind: 'bakery' as never, website: 'x' }),
					invalid({ name: 'error.required', kind: 'error.choose', website: 'error.url' })
				);
				assert.equal((await orgRowsNamed('Slordige Site')).length, 0);
				assert.deepEqual(await membershipsOf(db(), p.userId), []);
			});

			it('refuses an unknown area and leaves no half-made organisation behind', async () => {
				const p = await w.person('Verdwaald');
				await assert.rejects(
					createOrganisation(db(), p, {
						name: 'Verdwaalde Club',
						kind: 'network',
						areaIds: ['00000000-0000-4000-8000-000000000000']
					}),
					refused('error.choose', 400, 'areaIds')
				);
				assert.equal((await orgRowsNamed('Verdwaalde Club')).length, 0);
				assert.deepEqual(await membershipsOf(db(), p.userId), []);
			});

			// Routes map Postgres 23505 to 409 error.conflict (src/lib/server/http.ts). So at service level
			// we accept, for each call: success with a slug nobody else got, a DomainError 409, or a
			// unique-violation error (code 23505 on the error or its cause). Anything else — another
			// database error, a deadlock, a half-written organisation without coordinator — fails the test.
			it('gives 20 concurrent creations with the same name 20 unique slugs', async () => {
				const people = await Promise.all(Array.from({ length: 20 }, (_, i) => w.person(`Gelijktijdig ${i}`)));
				const results = await Promise.allSettled(
					people.map((p) => createOrganisation(db(), p, { name: 'Gelijktijdige Stichting', kind: 'other' }))
				);
				const created = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
				for (const r of results) {
					if (r.status === 'fulfilled') continue;
					const error = r.reason;
					const acceptable = (error instanceof DomainError && error.status === 409) || isUniqueViolation(error);
					assert.ok(acceptable, `unexpected failure: ${String(error)} ${String((error as { cause?: unknown }).cause)}`);
				}
				assert.ok(created.length >= 1, 'at least one creation succeeds');
				assert.equal(new Set(created.map((o) => o.slug)).size, created.length, 'slugs are unique');
				const rows = await orgRowsNamed('Gelijktijdige Stichting');
				assert.equal(rows.length, created.length, 'one row per successful creation, none for the refused ones');
				for (const row of rows) {
					const members = await db().select().from(organisationMember).where(eq(organisationMember.organisationId, row.id));
					assert.equal(members.length, 1);
					assert.equal(members[0].role, 'coordinator');
				}
				assert.equal(created.length, 20, 'the slug lock lets every creation succeed');
			});
		});

		describe('updating organisations', () => {
			let coordinator: Actor;
			let member: Actor;
			let outsider: Actor;
			let slug: string;
			before(async () => {
				coordinator = await w.person('Cora Coördinator');
				member = await w.person('Mo Lid');
				outsider = await w.person('Otto Buiten');
				slug = (await createOrganisation(db(), coordinator, { name: 'Wijkteam Noord', kind: 'care', website: 'https://oud.example.org' })).slug;
				await addMember(db(), coordinator, slug, { email: member.email });
			});
			const edit = (name: string) => ({ name, kind: 'care' as const, description: 'Zorg dichtbij', website: 'https://wijkteam-noord.nl' });

			it('refuses anonymous (401), a plain member and an outsider (403), and changes nothing', async () => {
				await assert.rejects(updateOrganisation(db(), null, slug, edit('Anoniem')), refused('error.signInRequired', 401));
				await assert.rejects(updateOrganisation(db(), member, slug, edit('Door Lid')), refused('error.forbidden', 403));
				await assert.rejects(updateOrganisation(db(), outsider, slug, edit('Door Buitenstaander')), refused('error.forbidden', 403));
				const org = await getOrganisation(db(), slug);
				assert.equal(org.name, 'Wijkteam Noord');
				assert.equal(org.website, 'https://oud.example.org');
				assert.equal((await auditOf(org.id, 'organisation.update')).length, 0);
			});

			it('lets the coordinator update, with an audit event', async () => {
				const updated = await updateOrganisation(db(), coordinator, slug, edit('Wijkteam Noord-Oost'));
				assert.equal(updated.name, 'Wijkteam Noord-Oost');
				assert.equal(updated.website, 'https://wijkteam-noord.nl');
				assert.equal(updated.slug, slug, 'the address stays the same');
				const org = await getOrganisation(db(), slug);
				assert.equal(org.description, 'Zorg dichtbij');
				const events = await auditOf(org.id, 'organisation.update');
				assert.equal(events.length, 1);
				assert.equal(events[0].actorId, coordinator.userId);
			});

			it('lets a platform administrator who is no member update', async () => {
				await updateOrganisation(db(), admin, slug, edit('Wijkteam Noord (beheer)'));
				const org = await getOrganisation(db(), slug);
				assert.equal(org.name, 'Wijkteam Noord (beheer)');
				assert.ok((await auditOf(org.id, 'organisation.update')).some((e) => e.actorId === admin.userId));
			});

			it('refuses bad input with field messages before looking at permissions', async () => {
				await assert.rejects(
					updateOrganisation(db(), coordinator, slug, { name: 'X', kind: 'care', website: 'wijkteam' }),
					invalid({ name: 'error.required', website: 'error.url' })
				);
				assert.equal((await getOrganisation(db(), slug)).name, 'Wijkteam Noord (beheer)');
			});

			it('answers 404 for an organisation that does not exist', async () => {
				await assert.rejects(updateOrganisation(db(), admin, 'bestaat-niet', edit('Niets')), refused('error.notFound', 404));
			});
		});

		describe('members', () => {
			let coordinator: Actor;
			let member: Actor;
			let outsider: Actor;
			let slug: string;
			let orgId: string;
			before(async () => {
				coordinator = await w.person('Kees Coördinator');
				member = await w.person('Lies Lid');
				outsider = await w.person('Bram Buiten');
				const org = await createOrganisation(db(), coordinator, { name: 'Leesclub De Bladwijzer', kind: 'initiative' });
				slug = org.slug;
				orgId = org.id;
			});

			it('lets the coordinator add a member by e-mail, with an audit event', async () => {
				await addMember(db(), coordinator, slug, { email: `  ${member.email.toUpperCase()} ` });
				assert.equal(await roleIn(db(), member.userId, orgId), 'member');
				const events = await auditOf(orgId, 'organisation.member.set');
				assert.equal(events.length, 1);
				assert.deepEqual(events[0].details, { userId: member.userId, role: 'member' });
			});

			it('refuses adding by anonymous (401), a plain member and an outsider (403)', async () => {
				await assert.rejects(addMember(db(), null, slug, { email: outsider.email }), refused('error.signInRequired', 401));
				await assert.rejects(addMember(db(), member, slug, { email: outsider.email }), refused('error.forbidden', 403));
				await assert.rejects(
					addMember(db(), outsider, slug, { email: outsider.email, role: 'coordinator' }),
					refused('error.forbidden', 403)
				);
				assert.equal(await roleIn(db(), outsider.userId, orgId), null);
			});

			it('answers 404 error.noAccountForEmail for an address without an account', async () => {
				await assert.rejects(
					addMember(db(), coordinator, slug, { email: 'niemand@example.org' }),
					refused('error.noAccountForEmail', 404, 'email')
				);
			});

			it('refuses a malformed address or role as bad input', async () => {
				await assert.rejects(addMember(db(), coordinator, slug, { email: 'geen-adres' }), invalid({ email: 'error.email' }));
				await assert.rejects(
					addMember(db(), coordinator, slug, { email: outsider.email, role: 'boss' as never }),
					invalid({ role: 'error.choose' })
				);
			});

			it('refuses removing the last coordinator (409) and leaves the membership in place', async () => {
				await assert.rejects(removeMember(db(), coordinator, slug, coordinator.userId), refused('error.lastCoordinator', 409));
				assert.equal(await roleIn(db(), coordinator.userId, orgId), 'coordinator');
				await assert.rejects(removeMember(db(), admin, slug, coordinator.userId), refused('error.lastCoordinator', 409));
				assert.equal(await roleIn(db(), coordinator.userId, orgId), 'coordinator');
				assert.equal((await auditOf(orgId, 'organisation.member.remove')).length, 0, 'no audit event for a refused change');
			});

			// BUG (network/service.ts addMember): re-adding a coordinator with role 'member' is an upsert
			// that demotes them without the last-coordinator check that removeMember has, so an
			// organisation can be left with no coordinator and nobody (but an admin) can manage it again.
			it('refuses demoting the last coordinator through addMember (409) and keeps them coordinator', async () => {
				const c = await w.person('Enige Coördinator');
				const org = await createOrganisation(db(), c, { name: 'Eenmansclub', kind: 'initiative' });
				await assert.rejects(addMember(db(), c, org.slug, { email: c.email, role: 'member' }), refused('error.lastCoordinator', 409));
				assert.equal(await roleIn(db(), c.userId, org.id), 'coordinator');
			});

			it('refuses removal by someone who may not manage, and keeps the member', async () => {
				const other = await w.person('Ander Lid');
				await addMember(db(), coordinator, slug, { email: other.email });
				await assert.rejects(removeMember(db(), member, slug, other.userId), refused('error.forbidden', 403));
				await assert.rejects(removeMember(db(), outsider, slug, member.userId), refused('error.forbidden', 403));
				await assert.rejects(removeMember(db(), outsider, slug, outsider.userId), refused('error.forbidden', 403));
				await assert.rejects(removeMember(db(), null, slug, member.userId), refused('error.signInRequired', 401));
				assert.equal(await roleIn(db(), member.userId, orgId), 'member');
				assert.equal(await roleIn(db(), other.userId, orgId), 'member');
			});

			it('answers 404 when removing someone who is no member', async () => {
				await assert.rejects(removeMember(db(), coordinator, slug, outsider.userId), refused('error.notFound', 404));
			});

			it('lets a member leave by themselves, with an audit event', async () => {
				await removeMember(db(), member, slug, member.userId);
				assert.equal(await roleIn(db(), member.userId, orgId), null);
				const events = await auditOf(orgId, 'organisation.member.remove');
				assert.equal(events.length, 1);
				assert.equal(events[0].actorId, member.userId);
			});

			it('lets a coordinator step down once there is a second coordinator', async () => {
				const second = await w.person('Tweede Coördinator');
				await addMember(db(), coordinator, slug, { email: second.email, role: 'coordinator' });
				await removeMember(db(), coordinator, slug, coordinator.userId);
				assert.equal(await roleIn(db(), coordinator.userId, orgId), null);
				assert.equal(await roleIn(db(), second.userId, orgId), 'coordinator');
			});
		});

		describe('themes', () => {
			it('refuses anonymous (401) and non-admins (403) for every theme write', async () => {
				const p = await w.person('Gewone Gebruiker');
				const input = { nameNl: 'Sport', nameEn: 'Sports' };
				await assert.rejects(createTheme(db(), null, input), refused('error.signInRequired', 401));
				await assert.rejects(createTheme(db(), p, input), refused('error.forbidden', 403));
				const theme = await createTheme(db(), admin, { nameNl: 'Bewegen', nameEn: 'Exercise' });
				await assert.rejects(updateTheme(db(), p, theme.id, input), refused('error.forbidden', 403));
				await assert.rejects(deleteTheme(db(), p, theme.id), refused('error.forbidden', 403));
				await assert.rejects(deleteTheme(db(), null, theme.id), refused('error.signInRequired', 401));
				const themes = await listThemes(db());
				assert.equal(themes.filter((t) => t.nameNl === 'Sport').length, 0);
				assert.equal(themes.filter((t) => t.id === theme.id).length, 1);
			});

			it('lets an admin create, update and delete themes, each with an audit event', async () => {
				const a = await createTheme(db(), admin, { nameNl: 'Ontmoeting', nameEn: 'Meeting' });
				const b = await createTheme(db(), admin, { nameNl: 'Ontmoeting', nameEn: 'Meeting again' });
				assert.equal(a.slug, 'ontmoeting');
				assert.equal(b.slug, 'ontmoeting-2');
				assert.equal((await auditOf(a.id, 'theme.create')).length, 1);

				const updated = await updateTheme(db(), admin, a.id, { nameNl: 'Ontmoeten', nameEn: 'Meeting people' });
				assert.equal(updated.nameNl, 'Ontmoeten');
				assert.equal((await listThemes(db())).find((t) => t.id === a.id)?.nameEn, 'Meeting people');
				assert.equal((await auditOf(a.id, 'theme.update')).length, 1);

				await deleteTheme(db(), admin, b.id);
				assert.equal((await listThemes(db())).some((t) => t.id === b.id), false);
				const deleted = await auditOf(b.id, 'theme.delete');
				assert.equal(deleted.length, 1);
				assert.deepEqual(deleted[0].details, { nameNl: 'Ontmoeting' });
			});

			it('refuses a too short name as bad input', async () => {
				await assert.rejects(createTheme(db(), admin, { nameNl: 'X', nameEn: '' }), invalid({ nameNl: 'error.required', nameEn: 'error.required' }));
			});

			it('answers 404 for a theme that does not exist', async () => {
				const missing = '00000000-0000-4000-8000-000000000001';
				await assert.rejects(updateTheme(db(), admin, missing, { nameNl: 'Niets', nameEn: 'Nothing' }), refused('error.notFound', 404));
				await assert.rejects(deleteTheme(db(), admin, missing), refused('error.notFound', 404));
			});

			// BUG (network/service.ts updateTheme/deleteTheme): the id comes from a form field
			// (routes/beheer/+page.server.ts) and is used unchecked in a uuid comparison, so a malformed id
			// is a raw Postgres 22P02 error (a 500). identity's revokeAccessToken shows the convention: 404.
			it('answers 404, not a database error, for a malformed theme id', async () => {
				await assert.rejects(updateTheme(db(), admin, 'geen-uuid', { nameNl: 'Niets', nameEn: 'Nothing' }), refused('error.notFound', 404));
				await assert.rejects(deleteTheme(db(), admin, 'geen-uuid'), refused('error.notFound', 404));
			});
		});

		describe('areas', () => {
			let region: { id: string };
			let municipality: { id: string };
			let district: { id: string };
			before(async () => {
				region = await createArea(db(), admin, { name: 'Twente', level: 'region', cbsCode: '' });
				municipality = await createArea(db(), admin, { name: 'Enschede', level: 'municipality', parentId: region.id, cbsCode: 'gm0153' });
				district = await createArea(db(), admin, { name: 'Centrum', level: 'district', parentId: municipality.id, cbsCode: 'WK015300' });
			});

			it('refuses anonymous (401) and non-admins (403)', async () => {
				const p = await w.person('Geen Beheerder');
				await assert.rejects(createArea(db(), null, { name: 'Salland', level: 'region' }), refused('error.signInRequired', 401));
				await assert.rejects(createArea(db(), p, { name: 'Salland', level: 'region' }), refused('error.forbidden', 403));
				assert.equal((await listAreas(db())).some((a) => a.name === 'Salland'), false);
			});

			it('lets an admin build region > municipality > district > neighbourhood, upper-casing CBS codes, with audit events', async () => {
				const hood = await createArea(db(), admin, {
					name: 'Binnenstad',
					level: 'neighbourhood',
					parentId: district.id,
					cbsCode: 'BU01530000'
				});
				const areas = await listAreas(db());
				const enschede = areas.find((a) => a.id === municipality.id);
				assert.equal(enschede?.cbsCode, 'GM0153');
				assert.equal(enschede?.parentId, region.id);
				assert.equal(enschede?.slug, 'enschede');
				for (const a of [region, municipality, district, hood]) {
					const events = await auditOf(a.id, 'area.create');
					assert.equal(events.length, 1);
					assert.equal(events[0].actorId, admin.userId);
				}
				const tree = await areaTree(db());
				const twente = tree.find((t) => t.id === region.id)!;
				const [gm] = twente.children as { id: string; children: { id: string; children: { id: string }[] }[] }[];
				assert.equal(gm.id, municipality.id);
				assert.equal(gm.children[0].id, district.id);
				assert.equal(gm.children[0].children[0].id, hood.id);
			});

			it('refuses a municipality without a parent, and a district under a district (400 error.areaParent)', async () => {
				await assert.rejects(
					createArea(db(), admin, { name: 'Hengelo', level: 'municipality', cbsCode: 'GM0164' }),
					refused('error.areaParent', 400, 'parentId')
				);
				await assert.rejects(
					createArea(db(), admin, { name: 'Oost', level: 'district', parentId: district.id }),
					refused('error.areaParent', 400, 'parentId')
				);
				await assert.rejects(
					createArea(db(), admin, { name: 'Tweede Twente', level: 'region', parentId: region.id }),
					refused('error.areaParent', 400, 'parentId')
				);
				assert.equal((await listAreas(db())).some((a) => ['Hengelo', 'Oost', 'Tweede Twente'].includes(a.name)), false);
			});

			it('allows a neighbourhood directly under a region: the parent only has to be of a higher level', async () => {
				const hood = await createArea(db(), admin, { name: 'Buitengebied', level: 'neighbourhood', parentId: region.id, cbsCode: '' });
				assert.equal((await listAreas(db())).find((a) => a.id === hood.id)?.parentId, region.id);
			});

			it('refuses an unknown parent (400 error.areaParent)', async () => {
				await assert.rejects(
					createArea(db(), admin, { name: 'Zwevend', level: 'district', parentId: '00000000-0000-4000-8000-000000000002' }),
					refused('error.areaParent', 400, 'parentId')
				);
			});

			it('refuses a CBS code whose prefix does not match the level (400 error.cbsCode)', async () => {
				await assert.rejects(
					createArea(db(), admin, { name: 'Hengelo', level: 'municipality', parentId: region.id, cbsCode: 'WK016400' }),
					refused('error.cbsCode', 400, 'cbsCode')
				);
				await assert.rejects(
					createArea(db(), admin, { name: 'Achterhoek', level: 'region', cbsCode: 'GM0164' }),
					refused('error.cbsCode', 400, 'cbsCode')
				);
			});

			it('refuses a malformed CBS code as bad input', async () => {
				await assert.rejects(
					createArea(db(), admin, { name: 'Hengelo', level: 'municipality', parentId: region.id, cbsCode: 'GM164' }),
					invalid({ cbsCode: 'error.cbsCode' })
				);
				await assert.rejects(createArea(db(), admin, { name: 'Hengelo', level: 'town' as never }), invalid({ level: 'error.choose' }));
			});

			it('refuses a CBS code that another area already has (409 error.cbsCodeTaken)', async () => {
				await assert.rejects(
					createArea(db(), admin, { name: 'Enschede bis', level: 'municipality', parentId: region.id, cbsCode: 'GM0153' }),
					refused('error.cbsCodeTaken', 409, 'cbsCode')
				);
				assert.equal((await listAreas(db())).filter((a) => a.cbsCode === 'GM0153').length, 1);
			});

			it('gives two areas with the same name different slugs', async () => {
				const a = await createArea(db(), admin, { name: 'Noord', level: 'district', parentId: municipality.id, cbsCode: '' });
				const b = await createArea(db(), admin, { name: 'Noord', level: 'district', parentId: municipality.id, cbsCode: '' });
				assert.equal(a.slug, 'noord');
				assert.equal(b.slug, 'noord-2');
			});

			// BUG (network/inputs.ts areaInput.cbsCode): in zod 4 `.default('')` returns '' without running
			// the transform that turns '' into null, so an area made without a cbsCode field (as the JSON
			// API allows) stores cbs_code = '' instead of NULL. cbs_code is UNIQUE, so the second such area
			// fails with a raw unique violation (23505 -> 409 error.conflict in routes). Expected: NULL, no clash.
			it('stores no CBS code as null when the field is left out, so many areas can have none', async () => {
				const a = await createArea(db(), admin, { name: 'Salland', level: 'region' });
				assert.equal(a.cbsCode, null);
				const b = await createArea(db(), admin, { name: 'Achterhoek', level: 'region' });
				assert.equal(b.cbsCode, null);
			});
		});

		describe('directory', () => {
			// The world is shared with the other suites: areas and themes made here are new, and the
			// organisations have words nobody else uses, so each filter's answer is exactly known.
			const ids: Record<string, string> = {};
			let almelo: string;
			let borne: string;
			let zorg: string;
			let wonen: string;
			before(async () => {
				const founder = await w.person('Oprichter');
				const region = await createArea(db(), admin, { name: 'Overijssel', level: 'region', cbsCode: '' });
				almelo = (await createArea(db(), admin, { name: 'Almelo', level: 'municipality', parentId: region.id, cbsCode: 'GM0141' })).id;
				borne = (await createArea(db(), admin, { name: 'Borne', level: 'municipality', parentId: region.id, cbsCode: 'GM0147' })).id;
				zorg = (await createTheme(db(), admin, { nameNl: 'Zorg', nameEn: 'Care' })).id;
				wonen = (await createTheme(db(), admin, { nameNl: 'Wonen', nameEn: 'Housing' })).id;
				const make = async (key: string, input: Parameters<typeof createOrganisation>[2]) => {
					ids[key] = (await createOrganisation(db(), founder, input)).id;
				};
				await make('gemeente', { name: 'Gemeente Almelo', kind: 'municipality', areaIds: [almelo], themeIds: [wonen] });
				await make('zorg', {
					name: 'Zorgcoöperatie Twekkelo',
					kind: 'care',
					description: 'Thuiszorg met buren',
					areaIds: [borne, almelo, borne],
					themeIds: [zorg]
				});
				await make('koffie', { name: 'Koffiehoek', kind: 'initiative', description: 'Elke dinsdag 100% gezellig', areaIds: [borne], themeIds: [zorg, wonen] });
				await make('raad', { name: 'Adviesraad Sociaal Domein', kind: 'council' });
			});

			const names = async (filter: Parameters<typeof listOrganisations>[1]) => (await listOrganisations(db(), filter)).map((o) => o.name);
			const mine = (rows: { id: string; name: string }[]) => rows.filter((r) => Object.values(ids).includes(r.id)).map((r) => r.name);

			it('lists every organisation, sorted by name, without a filter', async () => {
				const rows = await listOrganisations(db(), {});
				assert.deepEqual(mine(rows), ['Adviesraad Sociaal Domein', 'Gemeente Almelo', 'Koffiehoek', 'Zorgcoöperatie Twekkelo']);
				const sorted = [...rows].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
				assert.deepEqual(
					rows.map((r) => r.name),
					sorted.map((r) => r.name)
				);
			});

			it('searches name and description, case-insensitively', async () => {
				assert.deepEqual(await names({ q: 'ALMELO' }), ['Gemeente Almelo']);
				assert.deepEqual(await names({ q: 'buren' }), ['Zorgcoöperatie Twekkelo']);
				assert.deepEqual(await names({ q: 'twekkelo' }), ['Zorgcoöperatie Twekkelo']);
				assert.deepEqual(await names({ q: 'nergens-te-vinden' }), []);
			});

			it('treats % and _ in the search as plain characters', async () => {
				assert.deepEqual(await names({ q: '100%' }), ['Koffiehoek']);
				assert.deepEqual(await names({ q: '%' }), ['Koffiehoek']);
				assert.deepEqual(await names({ q: '_' }), []);
			});

			it('filters by kind', async () => {
				for (const kind of ['care', 'council', 'municipality'] as const) {
					const rows = await listOrganisations(db(), { kind });
					assert.ok(rows.every((r) => r.kind === kind), kind);
					assert.equal(mine(rows).length, 1, kind);
				}
				assert.deepEqual(mine(await listOrganisations(db(), { kind: 'care' })), ['Zorgcoöperatie Twekkelo']);
				assert.deepEqual(await names({ kind: 'insurer' }), []);
			});

			it('filters by area and by theme', async () => {
				assert.deepEqual(await names({ areaId: almelo }), ['Gemeente Almelo', 'Zorgcoöperatie Twekkelo']);
				assert.deepEqual(await names({ areaId: borne }), ['Koffiehoek', 'Zorgcoöperatie Twekkelo']);
				assert.deepEqual(await names({ themeId: zorg }), ['Koffiehoek', 'Zorgcoöperatie Twekkelo']);
				assert.deepEqual(await names({ themeId: wonen }), ['Gemeente Almelo', 'Koffiehoek']);
			});

			it('combines filters with AND', async () => {
				assert.deepEqual(await names({ areaId: almelo, themeId: zorg }), ['Zorgcoöperatie Twekkelo']);
				assert.deepEqual(await names({ areaId: borne, kind: 'initiative' }), ['Koffiehoek']);
				assert.deepEqual(await names({ themeId: wonen, kind: 'care' }), []);
				assert.deepEqual(await names({ q: 'koffie', themeId: wonen, areaId: borne, kind: 'initiative' }), ['Koffiehoek']);
				assert.deepEqual(await names({ q: 'almelo', areaId: borne }), []);
			});

			it('links each area once even when given twice, and shows areas and themes on the organisation', async () => {
				const [zorgOrg] = await listOrganisations(db(), { q: 'Twekkelo' });
				const full = await getOrganisation(db(), zorgOrg.slug);
				assert.deepEqual(
					full.areas.map((a) => a.name),
					['Almelo', 'Borne']
				);
				assert.deepEqual(
					full.themes.map((t) => t.id),
					[zorg]
				);
			});

			it('drops filter values that do not parse instead of failing', () => {
				assert.deepEqual(directoryFilter.parse({ q: '  zorg ', kind: 'bakery', areaId: 'x', themeId: 42 }), {
					q: 'zorg',
					kind: undefined,
					areaId: undefined,
					themeId: undefined
				});
			});
		});

		describe('audit log', () => {
			it('is readable by admins only', async () => {
				const p = await w.person('Nieuwsgierig');
				await assert.rejects(listAuditEvents(db(), p), refused('error.forbidden', 403));
				await assert.rejects(listAuditEvents(db(), null), refused('error.signInRequired', 401));
			});
		});
	});
