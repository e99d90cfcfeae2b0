// Requests from initiatives to organisations: asked, routed, acknowledged, handled, decided.
import { and, asc, desc, eq, inArray, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { cleanFilename, maxUploadsPerForm, saveUploads, uploadProblem, withSavedUploads, type FileStore, type Upload } from '../../files';
import { translate } from '../../../i18n';
import { DomainError, displayNames, forbidden, notFound, recordAudit, signInRequired, type Actor } from '../identity';
import { scheduleJob, unscheduleJob } from '../../jobs';
import { listAreas, membershipsOf, organisationMembers, organisationSummaries, roleIn } from '../network';
import { sendLetter } from '../notifications';
import { contactPointsOf, deskOf, checkTaxonomy } from './desk';
import {
	assessmentInput,
	assignInput,
	closeInput,
	decisionInput,
	escalationInput,
	isUuid,
	messageInput,
	publicityInput,
	requestInput,
	statusInput,
	type Raw
} from './inputs';
import { initiativeListeners, isMemberOf, recipientsOf, standingOf } from './parties';
import { canActForInitiative, canHandleRequest, canReadNotes, canReadRequest, canSendRequest, canTalkOnRequest, type RequestStanding } from './policy';
import { areaChain, routeRequest } from './routing';
import { challengeAssessment, contactPoint, desk, promise, request, requestAttachment, requestEvent } from './schema';
import { promisedSteps } from './steps';
import { amsterdamDay, dueAt, extendDue, workingDaysBetween } from './workdays';

type RequestRow = typeof request.$inferSelect;
type EventKind = (typeof requestEvent.$inferInsert)['kind'];
type Side = 'initiative' | 'organisation' | 'platform';
type NewsKey = Parameters<typeof translate>[1];

export const escalationJob = 'requests.escalate';
const openStatuses = ['submitted', 'acknowledged', 'in_progress', 'waiting'] as const;
const isOpen = (r: RequestRow) => (openStatuses as readonly string[]).includes(r.status);
const publicByBoth = (r: RequestRow) => r.publicByInitiative && r.publicByOrganisation;

// ---- Shared steps -----------------------------------------------------------------------------

interface EventFields {
	kind: EventKind;
	actorId: string | null;
	side: Side;
	body?: string;
	params?: Record<string, string | number | boolean | null>;
	internal?: boolean;
	at?: Date;
}

async function addEvent(tx: Db, requestId: string, e: EventFields) {
	await tx.insert(requestEvent).values({ requestId, kind: e.kind, actorId: e.actorId, side: e.side, body: e.body ?? '', params: e.params ?? {}, internal: e.internal ?? false, at: e.at ?? new Date() });
}

/** Both promised steps are checked by a job at their deadline; a moved deadline moves its job. */
async function scheduleChecks(tx: Db, r: RequestRow, origin: string) {
	for (const [step, due] of [['acknowledge', r.acknowledgeDue], ['decide', r.decideDue]] as const) {
		if (step === 'acknowledge' && r.acknowledgedAt) continue;
		await scheduleJob(tx, { kind: escalationJob, key: `request:${step}:${r.id}`, runAt: new Date(due.getTime() + 1), payload: { requestId: r.id, step, origin } });
	}
}

async function unscheduleChecks(tx: Db, id: string) {
	await unscheduleJob(tx, `request:acknowledge:${id}`);
	await unscheduleJob(tx, `request:decide:${id}`);
}

/** Tells people of news on a request, in their own language, by e-mail and notice. */
async function tell(tx: Db, r: RequestRow, userIds: (string | null)[], news: NewsKey, origin: string, except?: string) {
	const recipients = await recipientsOf(tx, userIds, except);
	await sendLetter(
		tx,
		recipients,
		{ subject: 'mail.request.subject', body: 'mail.request.body', notice: 'notice.request', params: (locale) => ({ reference: r.reference, subject: r.subject, news: translate(locale, news) }), path: `/verzoeken/${r.id}` },
		origin
	);
}

const tellInitiative = async (tx: Db, r: RequestRow, news: NewsKey, origin: string, except?: string) => tell(tx, r, await initiativeListeners(tx, r), news, origin, except);

/** The handler hears of it; with nobody assigned, the escalation contact, or else the coordinators, so news never lands nowhere. */
async function tellOrganisation(tx: Db, r: RequestRow, news: NewsKey, origin: string, except?: string) {
	const target = r.handlerId ?? (await deskOf(tx, r.organisationId))?.escalationUserId;
	const people = target ? [target] : (await organisationMembers(tx, r.organisationId)).filter((m) => m.role === 'coordinator').map((m) => m.userId);
	await tell(tx, r, people, news, origin, except);
}

async function save(tx: Db, r: RequestRow, change: Partial<RequestRow>): Promise<RequestRow> {
	const [row] = await tx.update(request).set({ ...change, updatedAt: new Date() }).where(eq(request.id, r.id)).returning();
	return row;
}

/**
 * Runs one change on a request in a transaction with the row locked. Someone who may not read the
 * request is told it does not exist, so its existence is as private as its content.
 */
async function changeRequest<T>(db: Db, actor: Actor | null, id: string, may: (s: RequestStanding) => boolean, change: (tx: Db, r: RequestRow, s: RequestStanding, actor: Actor) => Promise<T>): Promise<T> {
	if (!actor) throw signInRequired();
	if (!isUuid(id)) throw notFound();
	return db.transaction(async (tx) => {
		const [r] = await tx.select().from(request).where(eq(request.id, id)).for('update');
		if (!r) throw notFound();
		const s = await standingOf(tx, actor, r);
		if (!canReadRequest(s, publicByBoth(r))) throw notFound();
		if (!may(s)) throw forbidden();
		return change(tx, r, s, actor);
	});
}

function mustBeOpen(r: RequestRow) {
	if (!isOpen(r)) throw new DomainError('error.requestFinished', 409);
}

/** Leaving "waiting for the initiative" starts the clock again: the decision deadline moves by the working days spent waiting. */
async function resume(tx: Db, r: RequestRow, actorId: string | null, side: Side, origin: string, now: Date): Promise<RequestRow> {
	if (r.status !== 'waiting' || !r.waitingSince) return r;
	const waited = workingDaysBetween(r.waitingSince, now);
	const row = await save(tx, r, { status: 'in_progress', waitingSince: null, decideDue: extendDue(r.decideDue, waited) });
	await addEvent(tx, r.id, { kind: 'status', actorId, side, params: { from: 'waiting', to: 'in_progress', extendedDays: waited }, at: now });
	await scheduleChecks(tx, row, origin);
	return row;
}

// ---- Asking -----------------------------------------------------------------------------------

/** The next reference of an organisation in a year; the advisory lock makes concurrent requests take turns. */
async function nextReference(tx: Db, organisationId: string, now: Date): Promise<string> {
	const year = amsterdamDay(now).slice(0, 4);
	await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`request:${organisationId}`}))`);
	const [{ count }] = await tx
		.select({ count: sql<number>`count(*)::int` })
		.from(request)
		.where(and(eq(request.organisationId, organisationId), sql`${request.reference} like ${`${year}-%`}`));
	return `${year}-${String(count + 1).padStart(4, '0')}`;
}

function checkUploads(uploads: Upload[]) {
	if (uploads.length > maxUploadsPerForm) throw new DomainError('error.tooManyFiles', 400, 'files', { max: maxUploadsPerForm });
	for (const upload of uploads) {
		const problem = uploadProblem(upload);
		if (problem) throw new DomainError(problem.key, problem.status, 'files');
	}
}

async function storeUploads(tx: Db, files: FileStore, requestId: string, uploads: Upload[], by: string, saved: string[]) {
	await saveUploads(files, uploads, saved, (attachment) => tx.insert(requestAttachment).values({ requestId, ...attachment, addedBy: by }));
}

export interface SendOptions {
	files?: FileStore | null;
	uploads?: Upload[];
	now?: Date;
}

/**
 * An initiative asks an organisation. The request takes the promise that holds today, is routed to
 * the contact point for its theme and area, and its two deadlines are watched from now on.
 */
export async function sendRequest(db: Db, actor: Actor | null, raw: Raw, origin: string, options: SendOptions = {}) {
	if (!actor) throw signInRequired();
	const fields = requestInput.parse(raw);
	const uploads = options.uploads ?? [];
	checkUploads(uploads);
	if (uploads.length && !options.files) throw new DomainError('error.fileType', 400, 'files');
	const now = options.now ?? new Date();
	if (!canSendRequest(await roleIn(db, actor.userId, fields.initiativeId), fields.initiativeId, fields.organisationId)) throw forbidden();
	if ((await organisationSummaries(db, [fields.organisationId])).length !== 1) throw new DomainError('error.choose', 400, 'organisationId');
	await checkTaxonomy(db, fields.themeIds, fields.areaId ? [fields.areaId] : []);
	const [promised] = await db.select().from(promise).where(and(eq(promise.organisationId, fields.organisationId), eq(promise.type, fields.type)));
	if (!promised) throw new DomainError('error.typeNotOffered', 400, 'type');
	const contact = routeRequest(await contactPointsOf(db, fields.organisationId), fields.themeIds, areaChain(fields.areaId, await listAreas(db)));
	const handlerId = contact?.userId ?? (await deskOf(db, fields.organisationId))?.escalationUserId ?? null;
	return withSavedUploads(options.files ?? null, (saved) =>
		db.transaction(async (tx) => {
			const reference = await nextReference(tx, fields.organisationId, now);
			const [r] = await tx
				.insert(request)
				.values({
					...fields,
					themeIds: [...new Set(fields.themeIds)],
					reference,
					submittedBy: actor.userId,
					contactPointId: contact?.id ?? null,
					handlerId,
					acknowledgeDays: promised.acknowledgeDays,
					decideDays: promised.decideDays,
					submittedAt: now,
					acknowledgeDue: dueAt(now, promised.acknowledgeDays),
					decideDue: dueAt(now, promised.decideDays)
				})
				.returning();
			await addEvent(tx, r.id, { kind: 'submitted', actorId: actor.userId, side: 'initiative', params: { type: r.type }, at: now });
			await addEvent(tx, r.id, { kind: 'routed', actorId: null, side: 'platform', params: { role: contact?.role ?? null, handlerId }, at: now });
			if (uploads.length) await storeUploads(tx, options.files!, r.id, uploads, actor.userId, saved);
			await scheduleChecks(tx, r, origin);
			await tellOrganisation(tx, r, 'request.news.submitted', origin);
			await recordAudit(tx, actor, { action: 'request.send', recordType: 'request', recordId: r.id, details: { reference, organisationId: r.organisationId, type: r.type } });
			return r;
		})
	);
}

// ---- Handling ---------------------------------------------------------------------------------

export async function acknowledgeRequest(db: Db, actor: Actor | null, id: string, raw: Raw, origin: string, now = new Date()) {
	const { body } = closeInput.parse(raw);
	return changeRequest(db, actor, id, canHandleRequest, async (tx, r, _s, me) => {
		if (r.status !== 'submitted') throw new DomainError('error.requestState', 409);
		const row = await save(tx, r, { status: 'acknowledged', acknowledgedAt: now, handlerId: r.handlerId ?? me.userId });
		await addEvent(tx, r.id, { kind: 'acknowledged', actorId: me.userId, side: 'organisation', body, at: now });
		await unscheduleJob(tx, `request:acknowledge:${r.id}`);
		await tellInitiative(tx, row, 'request.news.acknowledged', origin);
		return row;
	});
}

/** In progress, or waiting for the initiative (which stops the clock until the initiative answers). */
export async function setRequestStatus(db: Db, actor: Actor | null, id: string, raw: Raw, origin: string, now = new Date()) {
	const fields = statusInput.parse(raw);
	return changeRequest(db, actor, id, canHandleRequest, async (tx, r, _s, me) => {
		if (r.status === 'submitted' || !isOpen(r)) throw new DomainError('error.requestState', 409);
		if (r.status === fields.status) return r;
		if (r.status === 'waiting') {
			const row = await resume(tx, r, me.userId, 'organisation', origin, now);
			if (fields.body) await addEvent(tx, r.id, { kind: 'message', actorId: me.userId, side: 'organisation', body: fields.body, at: now });
			await tellInitiative(tx, row, 'request.news.in_progress', origin);
			return row;
		}
		const change = fields.status === 'waiting' ? { status: 'waiting' as const, waitingSince: now } : { status: 'in_progress' as const };
		const row = await save(tx, r, change);
		await addEvent(tx, r.id, { kind: 'status', actorId: me.userId, side: 'organisation', body: fields.body, params: { from: r.status, to: fields.status }, at: now });
		await tellInitiative(tx, row, fields.status === 'waiting' ? 'request.news.waiting' : 'request.news.in_progress', origin);
		return row;
	});
}

/** A colleague takes over: the request keeps its whole history, notes and contact point. */
export async function handOverRequest(db: Db, actor: Actor | null, id: string, raw: Raw, origin: string, now = new Date()) {
	const fields = assignInput.parse(raw);
	return changeRequest(db, actor, id, canHandleRequest, async (tx, r, _s, me) => {
		if (r.status === 'closed') throw new DomainError('error.requestFinished', 409);
		if (!(await isMemberOf(tx, r.organisationId, fields.handlerId))) throw new DomainError('error.notAMember', 400, 'handlerId');
		if (fields.handlerId === r.handlerId) return r;
		const row = await save(tx, r, { handlerId: fields.handlerId });
		await addEvent(tx, r.id, { kind: 'handed_over', actorId: me.userId, side: 'organisation', params: { from: r.handlerId, to: fields.handlerId }, at: now });
		if (fields.body) await addEvent(tx, r.id, { kind: 'note', actorId: me.userId, side: 'organisation', body: fields.body, internal: true, at: now });
		await tell(tx, row, [fields.handlerId], 'request.news.handedOverToYou', origin, me.userId);
		await tellInitiative(tx, row, 'request.news.handedOver', origin);
		await recordAudit(tx, me, { action: 'request.handover', recordType: 'request', recordId: r.id, details: { from: r.handlerId, to: fields.handlerId } });
		return row;
	});
}

/** The conversation between the two parties. An answer from the initiative ends its waiting. */
export async function postMessage(db: Db, actor: Actor | null, id: string, raw: Raw, origin: string, now = new Date()) {
	const { body } = messageInput.parse(raw);
	return changeRequest(db, actor, id, canTalkOnRequest, async (tx, r, s, me) => {
		if (r.status === 'closed') throw new DomainError('error.requestFinished', 409);
		const side = s.answerer ? 'organisation' : 'initiative';
		await addEvent(tx, r.id, { kind: 'message', actorId: me.userId, side, body, at: now });
		const row = side === 'initiative' ? await resume(tx, r, me.userId, side, origin, now) : await save(tx, r, {});
		if (side === 'initiative') await tellOrganisation(tx, row, 'request.news.message', origin, me.userId);
		else await tellInitiative(tx, row, 'request.news.message', origin, me.userId);
		return row;
	});
}

/** A note for colleagues only: the initiative never sees it, by page or by API. */
export async function postNote(db: Db, actor: Actor | null, id: string, raw: Raw, now = new Date()) {
	const { body } = messageInput.parse(raw);
	return changeRequest(db, actor, id, canHandleRequest, async (tx, r, _s, me) => {
		await addEvent(tx, r.id, { kind: 'note', actorId: me.userId, side: 'organisation', body, internal: true, at: now });
		return r;
	});
}

/** Right to challenge: each published criterion is judged, with a note, before the decision. */
export async function assessChallenge(db: Db, actor: Actor | null, id: string, raw: Raw, now = new Date()) {
	return changeRequest(db, actor, id, canHandleRequest, async (tx, r, _s, me) => {
		if (r.type !== 'challenge') throw new DomainError('error.notAChallenge', 409);
		mustBeOpen(r);
		const criteria = (await deskOf(tx, r.organisationId))?.challengeCriteria ?? [];
		if (!criteria.length) throw new DomainError('error.noCriteria', 409);
		const verdicts = assessmentInput(criteria.length).parse(raw) as Record<string, string>;
		await tx.delete(challengeAssessment).where(eq(challengeAssessment.requestId, r.id));
		const rows = criteria.map((criterion, position) => ({ requestId: r.id, position, criterion, met: verdicts[`met-${position}`] === 'yes', note: verdicts[`note-${position}`], assessedBy: me.userId, assessedAt: now }));
		await tx.insert(challengeAssessment).values(rows);
		// Assessing is handling: a request still unconfirmed is confirmed by it, so its first promise is kept.
		if (!r.acknowledgedAt) {
			await addEvent(tx, r.id, { kind: 'acknowledged', actorId: me.userId, side: 'organisation', at: now });
			await unscheduleJob(tx, `request:acknowledge:${r.id}`);
		}
		await addEvent(tx, r.id, { kind: 'assessed', actorId: me.userId, side: 'organisation', params: { met: rows.filter((c) => c.met).length, of: rows.length }, at: now });
		const handling = r.status === 'submitted' || r.status === 'acknowledged';
		return save(tx, r, { acknowledgedAt: r.acknowledgedAt ?? now, handlerId: r.handlerId ?? me.userId, ...(handling ? { status: 'in_progress' as const } : {}) });
	});
}

/**
 * "Yes, unless". A no without its reason and a next step is refused here and by the database.
 * A right-to-challenge decision needs every criterion assessed and always gives its reasons.
 */
export async function decideRequest(db: Db, actor: Actor | null, id: string, raw: Raw, origin: string, now = new Date()) {
	const fields = decisionInput.parse(raw);
	return changeRequest(db, actor, id, canHandleRequest, async (tx, r, _s, me) => {
		mustBeOpen(r);
		if (r.type === 'challenge') {
			const criteria = (await deskOf(tx, r.organisationId))?.challengeCriteria ?? [];
			const assessed = await tx.select({ position: challengeAssessment.position }).from(challengeAssessment).where(eq(challengeAssessment.requestId, r.id));
			if (assessed.length < criteria.length) throw new DomainError('error.assessFirst', 409);
			if (fields.reason.length < 3) throw new DomainError('error.challengeNeedsReason', 400, 'reason');
		}
		const row = await save(tx, r, {
			status: 'decided',
			decision: fields.decision,
			decisionReason: fields.reason,
			decisionConditions: fields.decision === 'yes_with_conditions' ? fields.conditions : '',
			decisionAlternative: fields.alternative,
			decidedAt: now,
			acknowledgedAt: r.acknowledgedAt ?? now,
			waitingSince: null,
			handlerId: r.handlerId ?? me.userId
		});
		if (!r.acknowledgedAt) await addEvent(tx, r.id, { kind: 'acknowledged', actorId: me.userId, side: 'organisation', at: now });
		await addEvent(tx, r.id, { kind: 'decided', actorId: me.userId, side: 'organisation', params: { decision: fields.decision }, at: now });
		await unscheduleChecks(tx, r.id);
		await tellInitiative(tx, row, 'request.news.decided', origin);
		await recordAudit(tx, me, { action: 'request.decide', recordType: 'request', recordId: r.id, details: { decision: fields.decision } });
		return row;
	});
}

/**
 * Done: the organisation closes a decided request; the initiative may close it then too, or
 * withdraw it at any time before.
 */
export async function closeRequest(db: Db, actor: Actor | null, id: string, raw: Raw, origin: string, now = new Date()) {
	const { body } = closeInput.parse(raw);
	return changeRequest(db, actor, id, canTalkOnRequest, async (tx, r, s, me) => {
		if (r.status === 'closed') throw new DomainError('error.requestFinished', 409);
		const withdrawn = r.status !== 'decided';
		if (withdrawn && !s.asker) throw new DomainError('error.decideFirst', 409);
		const row = await save(tx, r, { status: 'closed', closedAt: now, waitingSince: null });
		await addEvent(tx, r.id, { kind: 'closed', actorId: me.userId, side: s.asker && (withdrawn || !s.answerer) ? 'initiative' : 'organisation', body, params: { withdrawn }, at: now });
		await unscheduleChecks(tx, r.id);
		if (s.answerer) await tellInitiative(tx, row, 'request.news.closed', origin, me.userId);
		else await tellOrganisation(tx, row, withdrawn ? 'request.news.withdrawn' : 'request.news.closed', origin, me.userId);
		return row;
	});
}

/** Each party says for itself whether the request may be public; it is only when both agree. */
export async function setRequestPublicity(db: Db, actor: Actor | null, id: string, raw: Raw, now = new Date()) {
	const { public: wanted } = publicityInput.parse(raw);
	return changeRequest(db, actor, id, canTalkOnRequest, async (tx, r, s, me) => {
		const change = { ...(s.asker ? { publicByInitiative: wanted } : {}), ...(s.answerer ? { publicByOrganisation: wanted } : {}) };
		const row = await save(tx, r, change);
		if (publicByBoth(row) !== publicByBoth(r)) await addEvent(tx, r.id, { kind: 'made_public', actorId: me.userId, side: s.answerer ? 'organisation' : 'initiative', params: { public: publicByBoth(row) }, at: now });
		return row;
	});
}

// ---- Escalation -------------------------------------------------------------------------------

async function escalate(tx: Db, r: RequestRow, how: { step: string; by: 'overdue' | 'initiative'; actorId: string | null; reason?: string }, origin: string, now: Date) {
	const row = await save(tx, r, { escalatedAt: now });
	const kind = how.by === 'overdue' ? 'escalated' : 'escalation_requested';
	await addEvent(tx, r.id, { kind, actorId: how.actorId, side: how.by === 'overdue' ? 'platform' : 'initiative', body: how.reason ?? '', params: { step: how.step }, at: now });
	const escalationUserId = (await deskOf(tx, r.organisationId))?.escalationUserId;
	const above = escalationUserId ? [escalationUserId] : (await organisationMembers(tx, r.organisationId)).filter((m) => m.role === 'coordinator').map((m) => m.userId);
	await tell(tx, row, above, 'request.news.escalatedToYou', origin);
	if (r.handlerId && !above.includes(r.handlerId)) await tell(tx, row, [r.handlerId], 'request.news.escalated', origin);
	if (how.by === 'overdue') await tellInitiative(tx, row, 'request.news.escalated', origin);
	return row;
}

/** The initiative may ask for escalation itself, once, with its reason. */
export async function askEscalation(db: Db, actor: Actor | null, id: string, raw: Raw, origin: string, now = new Date()) {
	const { reason } = escalationInput.parse(raw);
	return changeRequest(db, actor, id, canActForInitiative, async (tx, r, _s, me) => {
		mustBeOpen(r);
		const asked = await tx.select({ id: requestEvent.id }).from(requestEvent).where(and(eq(requestEvent.requestId, r.id), eq(requestEvent.kind, 'escalation_requested')));
		if (asked.length) throw new DomainError('error.alreadyEscalated', 409);
		const step = r.acknowledgedAt ? 'decide' : 'acknowledge';
		const row = await escalate(tx, r, { step, by: 'initiative', actorId: me.userId, reason }, origin, now);
		await recordAudit(tx, me, { action: 'request.escalate', recordType: 'request', recordId: r.id, details: { step } });
		return row;
	});
}

/**
 * The job at a deadline: if the step is still not done, the request goes to the escalation
 * contact and the initiative sees that it did. A step escalates once; a deadline that moved, or
 * a step done in time, makes the job do nothing.
 */
export async function escalateIfOverdue(tx: Db, payload: Record<string, unknown>, now: Date): Promise<void> {
	const id = String(payload.requestId ?? '');
	if (!isUuid(id)) return;
	const [r] = await tx.select().from(request).where(eq(request.id, id)).for('update');
	if (!r || !isOpen(r)) return;
	const late = promisedSteps(r, now).find((s) => s.step === payload.step && s.state === 'overdue');
	if (!late) return;
	const done = await tx
		.select({ id: requestEvent.id })
		.from(requestEvent)
		.where(and(eq(requestEvent.requestId, r.id), eq(requestEvent.kind, 'escalated'), sql`${requestEvent.params}->>'step' = ${late.step}`));
	if (done.length) return;
	await escalate(tx, r, { step: late.step, by: 'overdue', actorId: null }, String(payload.origin ?? ''), now);
}

// ---- When a handler leaves --------------------------------------------------------------------

/**
 * Someone leaves the organisation: each of their open requests goes to the escalation contact, or
 * else a coordinator, with an event on its timeline; contact points they held pass on the same way.
 */
export async function handOnWhenLeaving(tx: Db, leaving: { organisationId: string; userId: string }, actor: Actor, origin: string) {
	const members = await organisationMembers(tx, leaving.organisationId);
	const d = await deskOf(tx, leaving.organisationId);
	const stays = (id: string | null | undefined) => !!id && id !== leaving.userId && members.some((m) => m.userId === id);
	const successor = stays(d?.escalationUserId) ? d!.escalationUserId! : (members.find((m) => m.role === 'coordinator' && m.userId !== leaving.userId)?.userId ?? null);
	const held = await tx
		.select()
		.from(request)
		.where(and(eq(request.organisationId, leaving.organisationId), eq(request.handlerId, leaving.userId), notInArray(request.status, ['closed'])))
		.for('update');
	for (const r of held) {
		await save(tx, r, { handlerId: successor });
		await addEvent(tx, r.id, { kind: 'handed_over', actorId: actor.userId, side: 'organisation', params: { from: leaving.userId, to: successor, left: true } });
		await tell(tx, { ...r, handlerId: successor }, [successor], 'request.news.handedOverToYou', origin);
	}
	await tx.update(contactPoint).set({ userId: successor }).where(and(eq(contactPoint.organisationId, leaving.organisationId), eq(contactPoint.userId, leaving.userId)));
	if (d?.escalationUserId === leaving.userId) await tx.update(desk).set({ escalationUserId: successor }).where(eq(desk.organisationId, leaving.organisationId));
}

// ---- Reading ----------------------------------------------------------------------------------

type EventRow = typeof requestEvent.$inferSelect;

/**
 * An event's values as the timeline shows them: people by name rather than id (a status event's
 * from and to are statuses), and which files a request holds only for its parties, like the files.
 */
function shownParams(e: EventRow, names: Map<string, string>, party: boolean): EventRow['params'] {
	if (e.kind === 'attachment' && !party) return {};
	const isPerson = (key: string) => key === 'handlerId' || (e.kind !== 'status' && (key === 'from' || key === 'to'));
	return Object.fromEntries(Object.entries(e.params).map(([k, v]) => [k, isPerson(k) && typeof v === 'string' ? (names.get(v) ?? '') : v]));
}

async function namesFor(db: Db, ids: (string | null | undefined)[]) {
	return displayNames(db, [...new Set(ids.filter((id): id is string => !!id))]);
}

/**
 * A request as one of its parties sees it (or anyone, when both made it public): where it is, who
 * handles it, whether each promise was kept, and its timeline. Notes only for the organisation.
 */
export async function getRequest(db: Db, actor: Actor | null, id: string, now = new Date()) {
	if (!isUuid(id)) throw notFound();
	const [r] = await db.select().from(request).where(eq(request.id, id));
	if (!r) throw notFound();
	const s = await standingOf(db, actor, r);
	if (!canReadRequest(s, publicByBoth(r))) throw notFound();
	const party = s.asker || s.answerer;
	const notes = canReadNotes(s);
	const [events, attachments, assessment, orgs, d, contacts] = await Promise.all([
		db
			.select()
			.from(requestEvent)
			.where(and(eq(requestEvent.requestId, r.id), notes ? undefined : eq(requestEvent.internal, false)))
			.orderBy(asc(requestEvent.at), asc(requestEvent.seq)),
		party ? db.select({ id: requestAttachment.id, filename: requestAttachment.filename, size: requestAttachment.size, addedAt: requestAttachment.addedAt }).from(requestAttachment).where(eq(requestAttachment.requestId, r.id)).orderBy(asc(requestAttachment.addedAt)) : [],
		db.select().from(challengeAssessment).where(eq(challengeAssessment.requestId, r.id)).orderBy(asc(challengeAssessment.position)),
		organisationSummaries(db, [r.organisationId, r.initiativeId]),
		deskOf(db, r.organisationId),
		contactPointsOf(db, r.organisationId)
	]);
	const handOverIds = events.flatMap((e) => [e.params.from, e.params.to, e.params.handlerId].filter((v): v is string => typeof v === 'string'));
	const names = await namesFor(db, [r.handlerId, r.submittedBy, ...events.map((e) => e.actorId), ...handOverIds]);
	const handle = canHandleRequest(s);
	const open = isOpen(r);
	return {
		id: r.id,
		reference: r.reference,
		type: r.type,
		subject: r.subject,
		description: r.description,
		themeIds: r.themeIds,
		areaId: r.areaId,
		desiredOn: r.desiredOn,
		status: r.status,
		submittedAt: r.submittedAt,
		submittedBy: names.get(r.submittedBy) ?? '',
		organisation: orgs.find((o) => o.id === r.organisationId)!,
		initiative: orgs.find((o) => o.id === r.initiativeId)!,
		handler: r.handlerId ? { userId: r.handlerId, name: names.get(r.handlerId) ?? '' } : null,
		contactRole: contacts.find((c) => c.id === r.contactPointId)?.role ?? null,
		escalationRole: d?.escalationRole ?? null,
		promise: { acknowledgeDays: r.acknowledgeDays, decideDays: r.decideDays },
		steps: promisedSteps(r, now),
		waitingSince: r.waitingSince,
		escalatedAt: r.escalatedAt,
		decision: r.decision ? { decision: r.decision, reason: r.decisionReason, conditions: r.decisionConditions, alternative: r.decisionAlternative, decidedAt: r.decidedAt! } : null,
		criteria: r.type === 'challenge' ? (d?.challengeCriteria ?? []) : [],
		assessment: assessment.map((a) => ({ position: a.position, criterion: a.criterion, met: a.met, note: a.note })),
		publicity: { byInitiative: r.publicByInitiative, byOrganisation: r.publicByOrganisation, public: publicByBoth(r) },
		timeline: events.map((e) => ({
			id: e.id,
			kind: e.kind,
			at: e.at,
			side: e.side,
			by: e.actorId ? (names.get(e.actorId) ?? '') : null,
			body: e.body,
			internal: e.internal,
			params: shownParams(e, names, party)
		})),
		attachments,
		colleagues: handle ? (await organisationMembers(db, r.organisationId)).map((m) => ({ userId: m.userId, name: m.name })) : [],
		permissions: {
			party,
			handle,
			notes,
			talk: canTalkOnRequest(s) && r.status !== 'closed',
			acknowledge: handle && r.status === 'submitted',
			setStatus: handle && open && r.status !== 'submitted',
			decide: handle && open,
			assess: handle && open && r.type === 'challenge',
			escalate: canActForInitiative(s) && open && !events.some((e) => e.kind === 'escalation_requested'),
			close: (s.asker && r.status !== 'closed') || (handle && r.status === 'decided'),
			publicity: party
		}
	};
}
export type RequestView = Awaited<ReturnType<typeof getRequest>>;

const listColumns = {
	id: request.id,
	reference: request.reference,
	subject: request.subject,
	type: request.type,
	status: request.status,
	organisationId: request.organisationId,
	initiativeId: request.initiativeId,
	handlerId: request.handlerId,
	submittedAt: request.submittedAt,
	acknowledgeDue: request.acknowledgeDue,
	acknowledgedAt: request.acknowledgedAt,
	decideDue: request.decideDue,
	decidedAt: request.decidedAt,
	closedAt: request.closedAt,
	waitingSince: request.waitingSince,
	escalatedAt: request.escalatedAt,
	decision: request.decision
};

/** The requests a person's organisations sent and received, newest first. */
export async function listMyRequests(db: Db, actor: Actor | null, now = new Date()) {
	if (!actor) throw signInRequired();
	const mine = await membershipsOf(db, actor.userId);
	const ids = mine.map((m) => m.organisationId);
	if (!ids.length) return { sent: [], received: [] };
	const rows = await db
		.select(listColumns)
		.from(request)
		.where(or(inArray(request.initiativeId, ids), inArray(request.organisationId, ids)))
		.orderBy(desc(request.submittedAt))
		.limit(500);
	const orgs = new Map((await organisationSummaries(db, [...new Set(rows.flatMap((r) => [r.organisationId, r.initiativeId]))])).map((o) => [o.id, o]));
	const names = await namesFor(db, rows.map((r) => r.handlerId));
	const view = rows.map((r) => ({
		...r,
		organisation: orgs.get(r.organisationId)!,
		initiative: orgs.get(r.initiativeId)!,
		handlerName: r.handlerId ? (names.get(r.handlerId) ?? '') : null,
		mine: r.handlerId === actor.userId,
		steps: promisedSteps(r, now)
	}));
	const set = new Set(ids);
	return { sent: view.filter((r) => set.has(r.initiativeId)), received: view.filter((r) => set.has(r.organisationId)) };
}

/** Requests both parties made public, for the desk page. */
export async function publicRequestsOf(db: Db, organisationId: string) {
	return db
		.select({ id: request.id, reference: request.reference, subject: request.subject, type: request.type, status: request.status, decision: request.decision, submittedAt: request.submittedAt })
		.from(request)
		.where(and(eq(request.organisationId, organisationId), eq(request.publicByInitiative, true), eq(request.publicByOrganisation, true)))
		.orderBy(desc(request.submittedAt))
		.limit(50);
}

// ---- Files ------------------------------------------------------------------------------------

export async function addRequestAttachment(db: Db, files: FileStore, actor: Actor | null, id: string, upload: Upload) {
	checkUploads([upload]);
	return withSavedUploads(files, (saved) =>
		changeRequest(db, actor, id, canTalkOnRequest, async (tx, r, s, me) => {
			if (r.status === 'closed') throw new DomainError('error.requestFinished', 409);
			await storeUploads(tx, files, r.id, [upload], me.userId, saved);
			await addEvent(tx, r.id, { kind: 'attachment', actorId: me.userId, side: s.answerer ? 'organisation' : 'initiative', params: { filename: cleanFilename(upload.filename) } });
			return r;
		})
	);
}

/** A file on a request, for its parties only, even when the request is public. */
export async function requestAttachmentFile(db: Db, files: FileStore, actor: Actor | null, id: string, attachmentId: string) {
	if (!isUuid(id) || !isUuid(attachmentId)) throw notFound();
	const [r] = await db.select().from(request).where(eq(request.id, id));
	if (!r) throw notFound();
	const s = await standingOf(db, actor, r);
	if (!canTalkOnRequest(s)) throw notFound();
	const [found] = await db.select().from(requestAttachment).where(and(eq(requestAttachment.requestId, r.id), eq(requestAttachment.id, attachmentId)));
	if (!found) throw notFound();
	return { filename: found.filename, contentType: found.contentType, bytes: await files.read(found.storageKey) };
}
