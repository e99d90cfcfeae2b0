// Service tests of the request desk on every engine of this run: what an organisation promises,
// where a request goes, its steps and their deadlines (with a controllable clock), "yes, unless",
// escalation by the job, handover and people leaving, the right to challenge, publicity, files,
// the plans radar, and above all that nobody outside the two parties reads or changes a request.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import '../../components';
import { directoryStore } from '../../files';
import { runDueJobs } from '../../jobs';
import { engines, invalid, refused, violates, world, type World } from '../../testing';
import type { Actor } from '../identity';
import { addMember, createArea, createOrganisation, createTheme, removeMember } from '../network';
import { listNotices } from '../notifications';
import {
	acknowledgeRequest,
	addContactPoint,
	addRequestAttachment,
	askEscalation,
	assessChallenge,
	closeRequest,
	decideRequest,
	dueAt,
	figuresOf,
	getDesk,
	getRequest,
	handOverRequest,
	listMyRequests,
	listPlans,
	postMessage,
	postNote,
	publishPlan,
	requestAttachmentFile,
	saveDesk,
	savePromise,
	sendRequest,
	setRequestPublicity,
	setRequestStatus,
	subscribeToRadar,
	updateContactPoint
} from './index';
import { contactPoint, request, requestAttachment } from './schema';

const origin = 'http://localhost:3000';
const unknownId = '00000000-0000-4000-8000-000000000000';
const day = 24 * 3600 * 1000;
/** A Monday morning in Amsterdam, far from holidays, so deadlines are easy to reason about. */
const monday = new Date('2026-09-07T08:00:00Z');
const later = (from: Date, days: number) => new Date(from.getTime() + days * day);

type Org = { id: string; slug: string; name: string };

for (const engine of engines())
	describe(`requests service (${engine})`, () => {
		let w: World;
		let admin: Actor;
		/** Coordinator of the municipality: manages its desk. */
		let boss: Actor;
		/** Municipality staff: the contact point for care, a colleague, and the escalation contact. */
		let handler: Actor;
		let colleague: Actor;
		let manager: Actor;
		/** Coordinator and plain member of the initiative that asks. */
		let asker: Actor;
		let askerMember: Actor;
		/** Coordinator of an insurer: an organisation, but not a party. */
		let stranger: Actor;
		/** Signed in, member of nothing. */
		let outsider: Actor;
		let municipality: Org;
		let initiative: Org;
		let insurer: Org;
		let care: string;
		let housing: string;
		let town: string;
		let village: string;
		let elsewhere: string;
		let files: ReturnType<typeof directoryStore>;
		let fileDir: string;
		const db = () => w.database.db;

		const raw = (over: Record<string, unknown> = {}) => ({
			organisationId: municipality.id,
			initiativeId: initiative.id,
			type: 'support',
			subject: 'Ruimte voor de koffieochtend',
			description: 'Wij zoeken elke dinsdag een ruimte voor twintig ouderen.',
			themeIds: [care],
			areaId: village,
			...over
		});
		const send = (over: Record<string, unknown> = {}, now = monday, by = asker) => sendRequest(db(), by, raw(over), origin, { now });
		const noticesOf = (a: Actor) => listNotices(db(), a, 1000);
		/** Runs every job that is due at `now`, however many earlier tests left. */
		const jobsAt = async (now: Date) => {
			while ((await runDueJobs(db(), now, 100)) > 0);
		};
		const requestCount = async () => Number((await db().select({ n: count() }).from(request))[0].n);

		before(async () => {
			w = await world(engine);
			fileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenspel-requests-'));
			files = directoryStore(fileDir);
			admin = await w.person('Beheer', { admin: true });
			[boss, handler, colleague, manager, asker, askerMember, stranger, outsider] = await Promise.all(
				['Fatma', 'Sander', 'Ilse', 'Karin', 'Henk', 'Gerda', 'Ruud', 'Els'].map((n) => w.person(n))
			);
			care = (await createTheme(db(), admin, { nameNl: 'Zorg en welzijn', nameEn: 'Care and wellbeing' })).id;
			housing = (await createTheme(db(), admin, { nameNl: 'Wonen', nameEn: 'Housing' })).id;
			const region = await createArea(db(), admin, { name: 'Twente', level: 'region' });
			town = (await createArea(db(), admin, { name: 'Almelo', level: 'municipality', parentId: region.id, cbsCode: 'GM0141' })).id;
			const district = await createArea(db(), admin, { name: 'Almelo-Noord', level: 'district', parentId: town, cbsCode: 'WK014101' });
			village = (await createArea(db(), admin, { name: 'Aadorp', level: 'neighbourhood', parentId: district.id, cbsCode: 'BU01410101' })).id;
			elsewhere = (await createArea(db(), admin, { name: 'Enschede', level: 'municipality', parentId: region.id, cbsCode: 'GM0153' })).id;
			municipality = await createOrganisation(db(), boss, { name: 'Gemeente Almelo', kind: 'municipality' });
			for (const person of [handler, colleague, manager]) await addMember(db(), boss, municipality.slug, { email: person.email, role: 'member' });
			initiative = await createOrganisation(db(), asker, { name: 'Dorpszorg Aadorp', kind: 'initiative' });
			await addMember(db(), asker, initiative.slug, { email: askerMember.email, role: 'member' });
			insurer = await createOrganisation(db(), stranger, { name: 'Noaberpolis', kind: 'insurer' });
			await saveDesk(db(), boss, municipality.slug, {
				intro: 'Wij antwoorden snel.',
				escalationRole: 'Bureau wethouder sociaal domein',
				escalationUserId: manager.userId,
				challengeCriteria: 'Het initiatief is van en voor de buurt\nDe taak blijft voor iedereen toegankelijk'
			});
			for (const type of ['support', 'challenge', 'information'])
				await savePromise(db(), boss, municipality.slug, { type, offered: 'on', acknowledgeDays: 2, decideDays: 10, note: '' });
			await addContactPoint(db(), boss, municipality.slug, { role: 'Algemeen loket', userId: colleague.userId });
			await addContactPoint(db(), boss, municipality.slug, { role: 'Wijkcoach zorg Aadorp', userId: handler.userId, themeIds: [care], areaIds: [village] });
			await addContactPoint(db(), boss, municipality.slug, { role: 'Wonen in Almelo', userId: colleague.userId, themeIds: [housing], areaIds: [town] });
		});
		after(async () => {
			await w.database.drop();
			fs.rmSync(fileDir, { recursive: true, force: true });
		});

		describe('the desk', () => {
			it('shows what to expect and from whom, before anyone asks, without user ids for visitors', async () => {
				const desk = await getDesk(db(), null, municipality.slug);
				assert.deepEqual(desk.promises.map((p) => [p.type, p.acknowledgeDays, p.decideDays]), [['support', 2, 10], ['challenge', 2, 10], ['information', 2, 10]]);
				assert.deepEqual(desk.contactPoints.map((c) => [c.role, c.personName, c.userId]), [['Algemeen loket', 'Ilse', null], ['Wijkcoach zorg Aadorp', 'Sander', null], ['Wonen in Almelo', 'Ilse', null]]);
				assert.deepEqual(desk.escalation, { role: 'Bureau wethouder sociaal domein', personName: 'Karin', userId: null });
				assert.equal(desk.challengeCriteria.length, 2);
				assert.equal(desk.permissions.manage, false);
				assert.equal((await getDesk(db(), boss, municipality.slug)).escalation?.userId, manager.userId);
			});
			it('is managed by coordinators only', async () => {
				const promise = { type: 'subsidy', offered: 'on', acknowledgeDays: 3, decideDays: 40 };
				await assert.rejects(savePromise(db(), null, municipality.slug, promise), refused('error.signInRequired', 401));
				for (const who of [handler, outsider, stranger, asker]) {
					await assert.rejects(savePromise(db(), who, municipality.slug, promise), refused('error.forbidden', 403));
					await assert.rejects(addContactPoint(db(), who, municipality.slug, { role: 'Stiekem loket' }), refused('error.forbidden', 403));
					await assert.rejects(saveDesk(db(), who, municipality.slug, { escalationRole: 'Niemand' }), refused('error.forbidden', 403));
				}
				assert.ok(!(await getDesk(db(), null, municipality.slug)).promises.some((p) => p.type === 'subsidy'));
			});
			it('refuses promises that cannot be kept and people who are not staff', async () => {
				await assert.rejects(savePromise(db(), boss, municipality.slug, { type: 'support', offered: 'on', acknowledgeDays: 5, decideDays: 3 }), invalid('decideDays', 'error.decideAfterAcknowledge'));
				await assert.rejects(savePromise(db(), boss, municipality.slug, { type: 'support', offered: 'on', acknowledgeDays: 0, decideDays: 3 }), invalid('acknowledgeDays', 'error.workingDays'));
				await assert.rejects(savePromise(db(), boss, municipality.slug, { type: 'support', offered: 'on', decideDays: 3 }), invalid('acknowledgeDays', 'error.workingDays'));
				await assert.rejects(savePromise(db(), boss, municipality.slug, { type: 'support', offered: 'on', acknowledgeDays: 2, decideDays: 261 }), invalid('decideDays', 'error.workingDays'));
				await savePromise(db(), boss, municipality.slug, { type: 'information', offered: '' });
				assert.ok(!(await getDesk(db(), null, municipality.slug)).promises.some((p) => p.type === 'information'), 'stopping an offer needs no days');
				await savePromise(db(), boss, municipality.slug, { type: 'information', offered: 'on', acknowledgeDays: 2, decideDays: 10 });
				await assert.rejects(addContactPoint(db(), boss, municipality.slug, { role: 'Loket', userId: asker.userId }), refused('error.notAMember', 400, 'userId'));
				await assert.rejects(saveDesk(db(), boss, municipality.slug, { escalationRole: 'Wethouder', escalationUserId: outsider.userId }), refused('error.notAMember', 400, 'escalationUserId'));
				await assert.rejects(addContactPoint(db(), boss, municipality.slug, { role: 'Loket', themeIds: [unknownId] }), refused('error.choose', 400, 'themeIds'));
			});
		});

		describe('asking', () => {
			it('routes to the contact point for theme and area, takes the promise, and numbers per organisation', async () => {
				const r = await send();
				assert.equal(r.handlerId, handler.userId);
				assert.equal(r.reference, '2026-0001');
				assert.equal(r.status, 'submitted');
				assert.deepEqual([r.acknowledgeDue, r.decideDue], [dueAt(monday, 2), dueAt(monday, 10)]);
				const housingAsk = await send({ themeIds: [housing], subject: 'Woningen voor ouderen' });
				assert.equal(housingAsk.handlerId, colleague.userId, 'the housing desk of the town covers the village inside it');
				const elsewhereAsk = await send({ themeIds: [housing], areaId: elsewhere, subject: 'Woningen in Enschede' });
				assert.equal(elsewhereAsk.handlerId, colleague.userId, 'no area match falls back to the general desk');
				assert.equal(elsewhereAsk.contactPointId, (await db().select().from(contactPoint).where(eq(contactPoint.role, 'Algemeen loket')))[0].id);
				assert.equal(elsewhereAsk.reference, '2026-0003');
			});
			it('is for members of the initiative, to another organisation, for a type it offers', async () => {
				const before = await requestCount();
				await assert.rejects(sendRequest(db(), null, raw(), origin), refused('error.signInRequired', 401));
				await assert.rejects(send({}, monday, outsider), refused('error.forbidden', 403));
				await assert.rejects(send({}, monday, stranger), refused('error.forbidden', 403));
				await assert.rejects(send({ initiativeId: municipality.id }, monday, boss), refused('error.forbidden', 403));
				await assert.rejects(send({ type: 'subsidy' }), refused('error.typeNotOffered', 400, 'type'));
				await assert.rejects(send({ subject: '' }), invalid('subject', 'error.required'));
				await assert.rejects(send({ type: 'bribe' }), invalid('type', 'error.choose'));
				await assert.rejects(send({ desiredOn: '2026-02-30' }), invalid('desiredOn', 'error.date'));
				await assert.rejects(send({ areaId: unknownId }), refused('error.choose', 400, 'areaIds'));
				assert.equal(await requestCount(), before, 'nothing half-written');
				assert.ok(await send({}, monday, askerMember), 'a plain member may ask for the initiative');
			});
			it('gives every concurrent request its own reference', async () => {
				const made = await Promise.all(Array.from({ length: 20 }, (_, i) => send({ subject: `Gelijktijdig verzoek ${i}` })));
				const refs = made.map((r) => r.reference);
				assert.equal(new Set(refs).size, 20);
			});
			it('keeps a bad file from leaving a request or a file behind', async () => {
				const before = await requestCount();
				const uploads = [{ filename: 'plan.pdf', bytes: new Uint8Array([1, 2, 3]) }, { filename: 'virus.exe', bytes: new Uint8Array([4]) }];
				await assert.rejects(sendRequest(db(), asker, raw(), origin, { files, uploads }), refused('error.fileType', 400, 'files'));
				const tooMany = Array.from({ length: 6 }, (_, i) => ({ filename: `f${i}.pdf`, bytes: new Uint8Array([1]) }));
				await assert.rejects(sendRequest(db(), asker, raw(), origin, { files, uploads: tooMany }), refused('error.tooManyFiles', 400, 'files'));
				assert.equal(await requestCount(), before);
				const files0 = fs.readdirSync(fileDir).length;
				await assert.rejects(sendRequest(db(), asker, raw({ type: 'subsidy' }), origin, { files, uploads: [uploads[0]] }), refused('error.typeNotOffered', 400));
				assert.equal(fs.readdirSync(fileDir).length, files0);
			});
		});

		describe('privacy', () => {
			it('lets no one outside the two parties read, or learn that it exists', async () => {
				const r = await send({ subject: 'Privé verzoek' });
				await postNote(db(), handler, r.id, { body: 'Intern: eerst overleggen met de wethouder.' });
				for (const who of [null, outsider, stranger, admin]) await assert.rejects(getRequest(db(), who, r.id), refused('error.notFound', 404));
				await assert.rejects(getRequest(db(), asker, 'not-an-id'), refused('error.notFound', 404));
				const mine = await getRequest(db(), askerMember, r.id);
				assert.ok(!mine.timeline.some((e) => e.kind === 'note'), 'the initiative never sees internal notes');
				const theirs = await getRequest(db(), colleague, r.id);
				assert.ok(theirs.timeline.some((e) => e.kind === 'note' && e.internal));
				assert.equal((await listMyRequests(db(), outsider)).sent.length + (await listMyRequests(db(), outsider)).received.length, 0);
				assert.ok((await listMyRequests(db(), askerMember)).sent.some((x) => x.id === r.id));
				assert.ok((await listMyRequests(db(), colleague)).received.some((x) => x.id === r.id));
			});
			it('refuses every change by outsiders as if the request did not exist', async () => {
				const r = await send({ subject: 'Niet voor buitenstaanders' });
				const changes = [
					(a: Actor | null) => acknowledgeRequest(db(), a, r.id, {}, origin),
					(a: Actor | null) => setRequestStatus(db(), a, r.id, { status: 'in_progress' }, origin),
					(a: Actor | null) => handOverRequest(db(), a, r.id, { handlerId: colleague.userId }, origin),
					(a: Actor | null) => postMessage(db(), a, r.id, { body: 'Hallo daar' }, origin),
					(a: Actor | null) => postNote(db(), a, r.id, { body: 'Stiekem' }),
					(a: Actor | null) => decideRequest(db(), a, r.id, { decision: 'yes' }, origin),
					(a: Actor | null) => askEscalation(db(), a, r.id, { reason: 'Duurt lang' }, origin),
					(a: Actor | null) => closeRequest(db(), a, r.id, {}, origin),
					(a: Actor | null) => setRequestPublicity(db(), a, r.id, { public: 'on' }),
					(a: Actor | null) => addRequestAttachment(db(), files, a, r.id, { filename: 'x.pdf', bytes: new Uint8Array([1]) })
				];
				for (const change of changes) {
					await assert.rejects(change(null), refused('error.signInRequired', 401));
					for (const who of [outsider, stranger, admin]) await assert.rejects(change(who), refused('error.notFound', 404));
				}
				const after = await getRequest(db(), asker, r.id);
				assert.equal(after.status, 'submitted');
				assert.deepEqual(after.timeline.map((e) => e.kind), ['submitted', 'routed']);
			});
			it('keeps each side to its own part', async () => {
				const r = await send({ subject: 'Ieder zijn rol' });
				await assert.rejects(acknowledgeRequest(db(), asker, r.id, {}, origin), refused('error.forbidden', 403));
				await assert.rejects(decideRequest(db(), askerMember, r.id, { decision: 'yes' }, origin), refused('error.forbidden', 403));
				await assert.rejects(postNote(db(), asker, r.id, { body: 'Ik wil ook een notitie' }), refused('error.forbidden', 403));
				await assert.rejects(askEscalation(db(), handler, r.id, { reason: 'Zelf escaleren' }, origin), refused('error.forbidden', 403));
				await assert.rejects(closeRequest(db(), handler, r.id, {}, origin), refused('error.decideFirst', 409));
			});
			it('is public only when both parties agree, and then still without notes and files', async () => {
				const r = await sendRequest(db(), asker, raw({ subject: 'Samen openbaar' }), origin, { files, uploads: [{ filename: 'begroting.pdf', bytes: new Uint8Array([37, 80, 68, 70]) }] });
				await postNote(db(), handler, r.id, { body: 'Alleen voor ons' });
				await addRequestAttachment(db(), files, asker, r.id, { filename: 'adressenlijst.csv', bytes: new TextEncoder().encode('naam;adres') });
				await setRequestPublicity(db(), asker, r.id, { public: 'on' });
				await assert.rejects(getRequest(db(), outsider, r.id), refused('error.notFound', 404), 'one side is not enough');
				await setRequestPublicity(db(), handler, r.id, { public: 'on' });
				const seen = await getRequest(db(), outsider, r.id);
				assert.equal(seen.publicity.public, true);
				assert.ok(!seen.timeline.some((e) => e.kind === 'note'));
				assert.deepEqual(seen.attachments, []);
				assert.ok(seen.timeline.some((e) => e.kind === 'attachment'));
				assert.ok(seen.timeline.every((e) => !('filename' in e.params)), 'not even the names of its files');
				assert.equal(seen.permissions.talk, false);
				const [file] = (await getRequest(db(), asker, r.id)).attachments;
				assert.equal(file.filename, 'begroting.pdf');
				await assert.rejects(requestAttachmentFile(db(), files, outsider, r.id, file.id), refused('error.notFound', 404));
				assert.deepEqual([...(await requestAttachmentFile(db(), files, handler, r.id, file.id)).bytes], [37, 80, 68, 70]);
				await assert.rejects(postMessage(db(), outsider, r.id, { body: 'Mag ik meepraten?' }, origin), refused('error.forbidden', 403));
				await setRequestPublicity(db(), handler, r.id, { public: '' });
				await assert.rejects(getRequest(db(), outsider, r.id), refused('error.notFound', 404));
			});
		});

		describe('handling', () => {
			it('acknowledges, waits with the clock stopped, resumes on the answer, and decides on time', async () => {
				const r = await send({ subject: 'Stap voor stap' });
				const ack = await acknowledgeRequest(db(), handler, r.id, { body: 'Dank u, we kijken ernaar.' }, origin, later(monday, 1));
				assert.equal(ack.status, 'acknowledged');
				await assert.rejects(acknowledgeRequest(db(), handler, r.id, {}, origin), refused('error.requestState', 409));
				// Waiting from Tuesday 8 to Tuesday 15 September: five working days pass.
				await setRequestStatus(db(), handler, r.id, { status: 'waiting', body: 'Hoeveel mensen komen er?' }, origin, later(monday, 1));
				const waiting = await getRequest(db(), asker, r.id, later(monday, 30));
				assert.equal(waiting.steps[1].state, 'open', 'no deadline runs while the organisation waits for the initiative');
				await postMessage(db(), askerMember, r.id, { body: 'Ongeveer twintig.' }, origin, later(monday, 8));
				const resumed = await getRequest(db(), handler, r.id, later(monday, 8));
				assert.equal(resumed.status, 'in_progress');
				assert.deepEqual(resumed.steps[1].due, dueAt(monday, 15));
				const status = resumed.timeline.find((e) => e.kind === 'status' && e.params.to === 'in_progress');
				assert.equal(status?.params.extendedDays, 5);
				await decideRequest(db(), handler, r.id, { decision: 'yes_with_conditions', conditions: 'De ruimte is om 12 uur weer leeg.' }, origin, later(monday, 18));
				const done = await getRequest(db(), asker, r.id);
				assert.equal(done.decision?.decision, 'yes_with_conditions');
				assert.deepEqual(done.steps.map((s) => s.state), ['on_time', 'on_time']);
				assert.deepEqual(done.timeline.map((e) => e.kind), ['submitted', 'routed', 'acknowledged', 'status', 'message', 'status', 'decided']);
				assert.ok(done.timeline.every((e) => e.at instanceof Date));
				assert.ok((await noticesOf(asker)).some((n) => n.link === `/verzoeken/${r.id}`));
				await assert.rejects(decideRequest(db(), handler, r.id, { decision: 'no', reason: 'Toch niet', alternative: 'Vraag het buurthuis' }, origin), refused('error.requestFinished', 409));
				await closeRequest(db(), handler, r.id, { body: 'Afgerond.' }, origin);
				await assert.rejects(postMessage(db(), asker, r.id, { body: 'Nog één ding' }, origin), refused('error.requestFinished', 409));
			});
			it('never saves a no without its reason and a way forward', async () => {
				const r = await send({ subject: 'Een nee' });
				await assert.rejects(decideRequest(db(), handler, r.id, { decision: 'no' }, origin), invalid('reason', 'error.noNeedsReason'));
				await assert.rejects(decideRequest(db(), handler, r.id, { decision: 'no', reason: 'Geen budget' }, origin), invalid('alternative', 'error.noNeedsAlternative'));
				await assert.rejects(decideRequest(db(), handler, r.id, { decision: 'yes_with_conditions' }, origin), invalid('conditions', 'error.conditionsRequired'));
				await assert.rejects(decideRequest(db(), handler, r.id, { decision: 'maybe' }, origin), invalid('decision', 'error.choose'));
				assert.equal((await getRequest(db(), asker, r.id)).status, 'submitted');
				await assert.rejects(db().update(request).set({ decision: 'no', status: 'decided', decisionReason: 'Nee' }).where(eq(request.id, r.id)), violates('request_no_has_reasons'));
				const late = later(monday, 20);
				await decideRequest(db(), colleague, r.id, { decision: 'no', reason: 'Er is dit jaar geen budget.', alternative: 'Vraag in januari opnieuw, of kijk bij het fonds.' }, origin, late);
				const seen = await getRequest(db(), asker, r.id);
				assert.deepEqual(seen.decision && [seen.decision.reason, seen.decision.alternative], ['Er is dit jaar geen budget.', 'Vraag in januari opnieuw, of kijk bij het fonds.']);
				assert.deepEqual(seen.steps.map((s) => s.state), ['late', 'late'], 'deciding also acknowledges, both after their deadline');
			});
			it('lets a colleague take over with the whole history', async () => {
				const r = await send({ subject: 'Overdracht' });
				await postNote(db(), handler, r.id, { body: 'Contact: Gerda, 06-12345678' });
				await postMessage(db(), asker, r.id, { body: 'Hoe staat het ervoor?' }, origin);
				await assert.rejects(handOverRequest(db(), handler, r.id, { handlerId: asker.userId }, origin), refused('error.notAMember', 400, 'handlerId'));
				await handOverRequest(db(), handler, r.id, { handlerId: colleague.userId, body: 'Ilse, wil jij dit oppakken?' }, origin);
				const seen = await getRequest(db(), colleague, r.id);
				assert.equal(seen.handler?.name, 'Ilse');
				assert.equal(seen.contactRole, 'Wijkcoach zorg Aadorp', 'the contact point stays');
				assert.deepEqual(seen.timeline.map((e) => e.kind), ['submitted', 'routed', 'note', 'message', 'handed_over', 'note']);
				assert.deepEqual([seen.timeline[4].params.from, seen.timeline[4].params.to], ['Sander', 'Ilse']);
				assert.ok((await noticesOf(colleague)).some((n) => n.link === `/verzoeken/${r.id}`));
				assert.ok((await getRequest(db(), asker, r.id)).timeline.some((e) => e.kind === 'handed_over'), 'the initiative sees who handles it now');
			});
			it('hands on every open request and contact point of someone who leaves', async () => {
				const leaver = await w.person('Pieter');
				await addMember(db(), boss, municipality.slug, { email: leaver.email, role: 'member' });
				await addContactPoint(db(), boss, municipality.slug, { role: 'Jeugd', userId: leaver.userId, themeIds: [housing], areaIds: [village] });
				const open = await send({ themeIds: [housing], subject: 'Jeugdhonk' });
				const decided = await send({ themeIds: [housing], subject: 'Jeugdhonk twee' });
				assert.equal(open.handlerId, leaver.userId);
				await decideRequest(db(), leaver, decided.id, { decision: 'yes' }, origin);
				await removeMember(db(), leaver, municipality.slug, leaver.userId);
				const moved = await getRequest(db(), manager, open.id);
				assert.equal(moved.handler?.userId, manager.userId, 'the escalation contact takes over');
				const last = moved.timeline.at(-1)!;
				assert.equal(last.kind, 'handed_over');
				assert.equal(last.params.left, true);
				assert.equal((await getRequest(db(), manager, decided.id)).handler?.userId, manager.userId, 'decided but not closed: still someone to ask');
				const points = await db().select().from(contactPoint).where(eq(contactPoint.role, 'Jeugd'));
				assert.equal(points[0].userId, manager.userId, 'the contact point has a person behind it again');
				await assert.rejects(getRequest(db(), leaver, open.id), refused('error.notFound', 404), 'who left reads no more');
			});
		});

		describe('escalation', () => {
			it('escalates an overdue step by itself, once, and the initiative sees it', async () => {
				const r = await send({ subject: 'Niemand reageert' }, new Date());
				assert.equal((await getRequest(db(), asker, r.id)).escalatedAt, null);
				const overdue = later(r.acknowledgeDue, 0.01);
				await jobsAt(new Date(r.acknowledgeDue.getTime() - 60_000));
				assert.equal((await getRequest(db(), asker, r.id)).escalatedAt, null, 'not before the deadline');
				await jobsAt(overdue);
				const seen = await getRequest(db(), asker, r.id, overdue);
				assert.ok(seen.escalatedAt);
				assert.equal(seen.steps[0].state, 'overdue');
				const escalated = seen.timeline.filter((e) => e.kind === 'escalated');
				assert.deepEqual(escalated.map((e) => [e.side, e.params.step, e.by]), [['platform', 'acknowledge', null]]);
				assert.ok((await noticesOf(manager)).some((n) => n.link === `/verzoeken/${r.id}`), 'the escalation contact hears of it');
				assert.ok((await noticesOf(asker)).some((n) => n.link === `/verzoeken/${r.id}` && n.messageKey === 'notice.request'));
				await jobsAt(later(overdue, 1));
				const decideOverdue = later(r.decideDue, 0.01);
				await jobsAt(decideOverdue);
				const twice = (await getRequest(db(), asker, r.id, decideOverdue)).timeline.filter((e) => e.kind === 'escalated');
				assert.deepEqual(twice.map((e) => e.params.step), ['acknowledge', 'decide'], 'each step escalates once');
			});
			it('does nothing for a step done in time', async () => {
				const r = await send({ subject: 'Snel beantwoord' }, new Date());
				await acknowledgeRequest(db(), handler, r.id, {}, origin);
				await decideRequest(db(), handler, r.id, { decision: 'yes' }, origin);
				await jobsAt(later(r.decideDue, 1));
				assert.equal((await getRequest(db(), asker, r.id)).escalatedAt, null);
			});
			it('lets the initiative ask for escalation once, with a reason', async () => {
				const r = await send({ subject: 'Wij willen de leiding spreken' });
				await assert.rejects(askEscalation(db(), asker, r.id, { reason: '' }, origin), invalid('reason', 'error.required'));
				await askEscalation(db(), askerMember, r.id, { reason: 'We wachten al weken.' }, origin);
				await assert.rejects(askEscalation(db(), asker, r.id, { reason: 'Nog een keer' }, origin), refused('error.alreadyEscalated', 409));
				const seen = await getRequest(db(), handler, r.id);
				assert.equal(seen.timeline.at(-1)?.kind, 'escalation_requested');
				assert.equal(seen.timeline.at(-1)?.body, 'We wachten al weken.');
				assert.equal(seen.permissions.escalate, false);
				assert.ok((await noticesOf(manager)).some((n) => n.link === `/verzoeken/${r.id}`));
			});
		});

		describe('right to challenge', () => {
			it('is assessed against every published criterion, then decided with reasons', async () => {
				const r = await send({ type: 'challenge', subject: 'Wij beheren het buurthuis zelf' });
				const yes = { decision: 'yes', reason: 'Het plan voldoet aan beide criteria.' };
				await assert.rejects(decideRequest(db(), handler, r.id, yes, origin), refused('error.assessFirst', 409));
				await assert.rejects(assessChallenge(db(), handler, r.id, { 'met-0': 'yes', 'note-0': 'Ja, zeker' }), invalid('met-1', 'error.choose'));
				await assert.rejects(assessChallenge(db(), asker, r.id, { 'met-0': 'yes', 'note-0': 'Zelf', 'met-1': 'yes', 'note-1': 'Zelf' }), refused('error.forbidden', 403));
				await assessChallenge(db(), handler, r.id, { 'met-0': 'yes', 'note-0': 'Twaalf buurtbewoners in het bestuur.', 'met-1': 'no', 'note-1': 'De zaal heeft geen lift.' });
				const assessed = await getRequest(db(), asker, r.id);
				assert.deepEqual([assessed.status, assessed.steps[0].state], ['in_progress', 'late'], 'assessing confirms the request (late: it came in months ago)');
				assert.ok(assessed.timeline.some((e) => e.kind === 'acknowledged'));
				await assert.rejects(decideRequest(db(), handler, r.id, { decision: 'yes' }, origin), refused('error.challengeNeedsReason', 400, 'reason'));
				await decideRequest(db(), handler, r.id, { decision: 'yes_with_conditions', reason: 'Goed plan, de toegang moet beter.', conditions: 'Er komt binnen een jaar een lift.' }, origin);
				const seen = await getRequest(db(), asker, r.id);
				assert.deepEqual(seen.assessment.map((a) => [a.criterion, a.met]), [['Het initiatief is van en voor de buurt', true], ['De taak blijft voor iedereen toegankelijk', false]]);
				assert.ok(seen.timeline.some((e) => e.kind === 'assessed' && e.params.met === 1 && e.params.of === 2));
				await assert.rejects(assessChallenge(db(), handler, (await send()).id, {}), refused('error.notAChallenge', 409));
			});
		});

		describe('closing and figures', () => {
			it('lets the initiative withdraw, and the organisation close only what it decided', async () => {
				const r = await send({ subject: 'Ingetrokken' });
				await closeRequest(db(), askerMember, r.id, { body: 'Het is al geregeld.' }, origin);
				const seen = await getRequest(db(), handler, r.id);
				assert.equal(seen.status, 'closed');
				assert.equal(seen.timeline.at(-1)?.params.withdrawn, true);
				await jobsAt(later(r.decideDue, 1));
				assert.equal((await getRequest(db(), handler, r.id)).escalatedAt, null, 'a withdrawn request does not escalate');
			});
			it('publishes the figures of the last twelve months', async () => {
				const org = await createOrganisation(db(), boss, { name: 'Gemeente Cijfers', kind: 'municipality' });
				await savePromise(db(), boss, org.slug, { type: 'information', offered: 'on', acknowledgeDays: 1, decideDays: 5 });
				const ask = (subject: string) => sendRequest(db(), asker, raw({ organisationId: org.id, type: 'information', subject, themeIds: [] }), origin, { now: monday });
				const [a, b, c] = [await ask('Eén'), await ask('Twee'), await ask('Drie')];
				await decideRequest(db(), boss, a.id, { decision: 'yes' }, origin, later(monday, 1));
				await decideRequest(db(), boss, b.id, { decision: 'no', reason: 'Niet bij ons.', alternative: 'Vraag het de provincie.' }, origin, later(monday, 14));
				await acknowledgeRequest(db(), boss, c.id, {}, origin, later(monday, 3));
				const figures = await figuresOf(db(), org.id, later(monday, 20));
				assert.deepEqual(figures, {
					received: 3,
					decided: 2,
					medianAcknowledgeDays: 3,
					medianDecideDays: 5.5,
					onTimePercent: 50,
					decisionPercent: { yes: 50, yes_with_conditions: 0, no: 50 }
				});
				assert.equal((await figuresOf(db(), org.id, later(monday, 400))).received, 0, 'older than a year no longer counts');
			});
			it('stores files with the request for its parties, within the limits', async () => {
				const r = await send({ subject: 'Met bijlagen' });
				await assert.rejects(addRequestAttachment(db(), files, asker, r.id, { filename: 'leeg.pdf', bytes: new Uint8Array() }), refused('error.fileRequired', 400));
				await assert.rejects(addRequestAttachment(db(), files, asker, r.id, { filename: 'groot.pdf', bytes: new Uint8Array(5 * 1024 * 1024 + 1) }), refused('error.fileTooLarge', 413));
				await addRequestAttachment(db(), files, handler, r.id, { filename: '../../etc/passwd.txt', bytes: new TextEncoder().encode('hallo') });
				const [row] = await db().select().from(requestAttachment).where(eq(requestAttachment.requestId, r.id));
				assert.equal(row.filename, 'passwd.txt');
				assert.ok((await getRequest(db(), asker, r.id)).timeline.some((e) => e.kind === 'attachment'));
			});
		});

		describe('plans radar', () => {
			it('is published by members and reaches those who follow its theme or area', async () => {
				const follower = await w.person('Volger');
				const other = await w.person('Andere volger');
				const everything = await w.person('Alles volger');
				await subscribeToRadar(db(), follower, { themeIds: [care], areaIds: [town] });
				await subscribeToRadar(db(), other, { themeIds: [housing], areaIds: [] });
				await subscribeToRadar(db(), everything, {});
				await assert.rejects(subscribeToRadar(db(), null, {}), refused('error.signInRequired', 401));
				const plan = { title: 'Nieuw gezondheidscentrum Aadorp', phase: 'preparation', themeIds: [care], areaIds: [village], participationFrom: '2027-01-10', participationUntil: '2027-03-01' };
				await assert.rejects(publishPlan(db(), outsider, municipality.slug, plan, origin), refused('error.forbidden', 403));
				await assert.rejects(publishPlan(db(), asker, municipality.slug, plan, origin), refused('error.forbidden', 403));
				await assert.rejects(publishPlan(db(), handler, municipality.slug, { ...plan, participationUntil: '2026-12-01' }, origin), invalid('participationUntil', 'error.dateOrder'));
				const made = await publishPlan(db(), handler, municipality.slug, plan, origin);
				const told = async (a: Actor) => (await noticesOf(a)).some((n) => n.link === `/plannen/${made.slug}`);
				assert.equal(await told(follower), true, 'a plan in a neighbourhood reaches who follows its town');
				assert.equal(await told(everything), true);
				assert.equal(await told(other), false);
				assert.equal(await told(handler), false, 'the publisher is not told of their own plan');
				const inTown = await listPlans(db(), { areaId: town });
				assert.deepEqual(inTown.plans.map((p) => p.slug), [made.slug]);
				assert.equal((await listPlans(db(), { areaId: elsewhere })).plans.length, 0);
				assert.deepEqual((await listPlans(db(), { areaId: village })).plans.map((p) => p.slug), [made.slug]);
				const townPlan = await publishPlan(db(), handler, municipality.slug, { ...plan, title: 'Omgevingsvisie Almelo', areaIds: [town] }, origin);
				assert.deepEqual((await listPlans(db(), { areaId: village })).plans.map((p) => p.slug), [townPlan.slug, made.slug], 'a plan for the town concerns its villages');
				assert.equal('createdBy' in (await listPlans(db())).plans[0], false, 'who typed it in is not shown');
				assert.equal((await listPlans(db(), { themeId: housing })).plans.length, 0);
				assert.equal((await listPlans(db(), { phase: 'nonsense' })).plans.length, 2, 'a wrong filter is ignored, not a 500');
			});
		});

		describe('contact points', () => {
			it('can be changed by the coordinator only, within the organisation', async () => {
				const [point] = await db().select().from(contactPoint).where(eq(contactPoint.role, 'Algemeen loket'));
				await assert.rejects(updateContactPoint(db(), stranger, municipality.slug, point.id, { role: 'Gekaapt' }), refused('error.forbidden', 403));
				await assert.rejects(updateContactPoint(db(), stranger, insurer.slug, point.id, { role: 'Gekaapt' }), refused('error.notFound', 404));
				await updateContactPoint(db(), boss, municipality.slug, point.id, { role: 'Algemeen loket', userId: handler.userId });
				assert.equal((await db().select().from(contactPoint).where(eq(contactPoint.id, point.id)))[0].userId, handler.userId);
			});
		});
	});
