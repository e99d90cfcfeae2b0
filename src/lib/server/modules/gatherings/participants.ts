import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { stringify } from 'csv-stringify/sync';
import { inert } from '../../csv';
import type { Raw } from './inputs';
import type { Db } from '../../db/client';
import { DomainError, forbidden, recordAudit, signInRequired, type Actor } from '../identity';
import type { Translate } from '../../../i18n';
import { attendanceInput, caseDecisionInput, caseInput, isUuid, reportInput } from './inputs';
import { sendLetter } from '../notifications';
import { registrationByToken, registrationOf, type RegistrationRow } from './registrations';
import { attendance, gathering, gatheringCase, gatheringOutcome, registration } from './schema';
import { findGathering, managedGathering } from './service';

// ---- The organiser's list ---------------------------------------------------------------------

/** Everyone on the gathering's list with their attendance, in arrival order; for organisers only. */
export async function participants(db: Db, actor: Actor | null, slug: string) {
	if (!actor) throw signInRequired();
	const { row, manages } = await findGathering(db, actor, slug);
	if (!manages) throw forbidden();
	const people = await db
		.select({
			id: registration.id,
			name: registration.name,
			email: registration.email,
			needs: registration.needs,
			status: registration.status,
			createdAt: registration.createdAt,
			promotedAt: registration.promotedAt,
			present: attendance.present
		})
		.from(registration)
		.leftJoin(attendance, and(eq(attendance.registrationId, registration.id), eq(attendance.gatheringId, row.id)))
		.where(and(eq(registration.listId, row.listId), ne(registration.status, 'cancelled')))
		.orderBy(asc(registration.arrival));
	let waiting = 0;
	const withPlace = people.map((p) => ({ ...p, waitlistPosition: p.status === 'waitlisted' ? ++waiting : null }));
	const confirmed = people.filter((p) => p.status === 'confirmed');
	const marked = confirmed.some((p) => p.present !== null);
	const attended = confirmed.filter((p) => p.present === true).length;
	return {
		gathering: { id: row.id, slug: row.slug, title: row.title, startsAt: row.startsAt, status: row.status },
		people: withPlace,
		counts: { registered: confirmed.length, waitlisted: waiting, attended: marked ? attended : null, noShows: marked ? confirmed.length - attended : null }
	};
}

export type Participants = Awaited<ReturnType<typeof participants>>;

/** The list as CSV, with headers in the organiser's language. */
export async function participantsCsv(db: Db, actor: Actor | null, slug: string, t: Translate): Promise<string> {
	const { people } = await participants(db, actor, slug);
	const yesNo = (v: boolean | null) => (v === null ? '' : t(v ? 'common.yes' : 'common.no'));
	return stringify(
		people.map((p) => [inert(p.name), inert(p.email), t(`registration.status.${p.status}`), p.waitlistPosition ?? '', p.createdAt.toISOString(), inert(p.needs), yesNo(p.present)]),
		{ header: true, columns: [t('csv.name'), t('csv.email'), t('csv.status'), t('csv.waitlistPosition'), t('csv.registeredAt'), t('csv.needs'), t('csv.present')] }
	);
}


/** Marks who came: the ids given were present, every other confirmed person was not. */
export async function recordAttendance(db: Db, actor: Actor | null, slug: string, raw: Raw) {
	const { present } = attendanceInput.parse(raw);
	return db.transaction(async (tx) => {
		const { row } = await managedGathering(tx, actor, slug);
		const confirmed = await tx.select({ id: registration.id }).from(registration).where(and(eq(registration.listId, row.listId), eq(registration.status, 'confirmed')));
		const ids = new Set(confirmed.map((c) => c.id));
		if (present.some((id) => !ids.has(id))) throw new DomainError('error.notOnList', 400, 'present');
		const chosen = new Set(present);
		if (confirmed.length) {
			await tx
				.insert(attendance)
				.values(confirmed.map((c) => ({ gatheringId: row.id, registrationId: c.id, present: chosen.has(c.id) })))
				.onConflictDoUpdate({ target: [attendance.gatheringId, attendance.registrationId], set: { present: sql`excluded.present` } });
		}
		await tx.update(gathering).set({ attendeeCount: chosen.size }).where(eq(gathering.id, row.id));
		await recordAudit(tx, actor, { action: 'gathering.attendance', recordType: 'gathering', recordId: row.id, details: { attended: chosen.size } });
		return chosen.size;
	});
}

// ---- After the gathering ----------------------------------------------------------------------

/** Publishes (or, when empty, withdraws) the report; a count given here wins over the attendance list. */
export async function publishReport(db: Db, actor: Actor | null, slug: string, raw: Raw) {
	const input = reportInput.parse(raw);
	return db.transaction(async (tx) => {
		const { row } = await managedGathering(tx, actor, slug);
		const [updated] = await tx
			.update(gathering)
			.set({
				report: input.report,
				reportPublishedAt: input.report ? (row.reportPublishedAt ?? new Date()) : null,
				attendeeCount: input.attendeeCount ?? row.attendeeCount,
				updatedAt: new Date()
			})
			.where(eq(gathering.id, row.id))
			.returning();
		await tx.delete(gatheringOutcome).where(eq(gatheringOutcome.gatheringId, row.id));
		if (input.outcomes.length) await tx.insert(gatheringOutcome).values(input.outcomes.map((text, position) => ({ gatheringId: row.id, position, text })));
		await recordAudit(tx, actor, { action: 'gathering.report', recordType: 'gathering', recordId: row.id, details: { published: Boolean(input.report), attendeeCount: updated.attendeeCount, outcomes: input.outcomes.length } });
		return updated;
	});
}

// ---- Cases ------------------------------------------------------------------------------------

/** Who is submitting: a signed-in participant, or a guest through the link in their e-mail. */
export type Submitter = { actor: Actor } | { token: string };

async function submitterRegistration(db: Db, submitter: Submitter, listId: string): Promise<RegistrationRow> {
	const found = 'token' in submitter ? await registrationByToken(db, submitter.token) : await registrationOf(db, submitter.actor, listId);
	if (!found || found.listId !== listId || found.status === 'cancelled') throw new DomainError('error.registerFirst', 403);
	return found;
}

export async function submitCase(db: Db, submitter: Submitter, slug: string, raw: Raw, now = new Date()) {
	const input = caseInput.parse(raw);
	return db.transaction(async (tx) => {
		const { row } = await findGathering(tx, 'actor' in submitter ? submitter.actor : null, slug);
		if (!row.caseClinic) throw new DomainError('error.notCaseClinic', 409);
		if (row.status === 'cancelled') throw new DomainError('error.gatheringCancelled', 409);
		if (row.startsAt && row.startsAt <= now) throw new DomainError('error.caseTooLate', 409);
		const r = await submitterRegistration(tx, submitter, row.listId);
		const [created] = await tx.insert(gatheringCase).values({ gatheringId: row.id, registrationId: r.id, ...input }).returning();
		return created;
	});
}

export async function decideCase(db: Db, actor: Actor | null, slug: string, caseId: string, raw: Raw, origin: string) {
	const input = caseDecisionInput.parse(raw);
	return db.transaction(async (tx) => {
		const { row } = await managedGathering(tx, actor, slug);
		const [found] = isUuid(caseId) ? await tx.select().from(gatheringCase).where(and(eq(gatheringCase.id, caseId), eq(gatheringCase.gatheringId, row.id))) : [];
		if (!found) throw new DomainError('error.notFound', 404);
		const sessionId = input.decision === 'accepted' ? (input.sessionId ?? row.id) : null;
		if (sessionId && !(await isClinicSessionOf(tx, row, sessionId))) throw new DomainError('error.choose', 400, 'sessionId');
		const [decided] = await tx
			.update(gatheringCase)
			.set({ status: input.decision, decisionReason: input.reason, sessionId, decidedAt: new Date() })
			.where(eq(gatheringCase.id, caseId))
			.returning();
		const [person] = await tx.select({ userId: registration.userId, email: registration.email, locale: registration.locale }).from(registration).where(eq(registration.id, found.registrationId));
		await sendLetter(
			tx,
			[person],
			{
				subject: input.decision === 'accepted' ? 'mail.caseAccepted.subject' : 'mail.caseDeclined.subject',
				body: input.decision === 'accepted' ? 'mail.caseAccepted.body' : 'mail.caseDeclined.body',
				notice: input.decision === 'accepted' ? 'notice.caseAccepted' : 'notice.caseDeclined',
				params: () => ({ title: found.title, gathering: row.title, reason: input.reason }),
				path: `/bijeenkomsten/${row.slug}`
			},
			origin
		);
		await recordAudit(tx, actor, { action: `gathering.case.${input.decision}`, recordType: 'gathering_case', recordId: caseId, details: { gatheringId: row.id, sessionId } });
		return decided;
	});
}

/** An accepted case goes to this gathering, or to a case-clinic session of the same series. */
async function isClinicSessionOf(tx: Db, g: typeof gathering.$inferSelect, sessionId: string): Promise<boolean> {
	if (sessionId === g.id) return true;
	if (!g.seriesId) return false;
	const [session] = await tx.select({ id: gathering.id }).from(gathering).where(and(eq(gathering.id, sessionId), eq(gathering.seriesId, g.seriesId), eq(gathering.caseClinic, true)));
	return Boolean(session);
}

/**
 * Cases for one gathering page. Organisers see every case brought to it; participants see the
 * accepted cases that will be discussed there; everyone else sees none.
 */
export async function casesFor(db: Db, actor: Actor | null, slug: string) {
	const { row, manages } = await findGathering(db, actor, slug);
	const mine = await registrationOf(db, actor, row.listId);
	const participant = mine?.status === 'confirmed';
	if (!manages && !participant) return { submitted: [], accepted: [] };
	const accepted = await db
		.select({ id: gatheringCase.id, title: gatheringCase.title, question: gatheringCase.question, context: gatheringCase.context, by: registration.name })
		.from(gatheringCase)
		.innerJoin(registration, eq(registration.id, gatheringCase.registrationId))
		.where(and(eq(gatheringCase.sessionId, row.id), eq(gatheringCase.status, 'accepted')))
		.orderBy(asc(gatheringCase.createdAt));
	const submitted = manages
		? await db
				.select({ ...caseColumns, by: registration.name })
				.from(gatheringCase)
				.innerJoin(registration, eq(registration.id, gatheringCase.registrationId))
				.where(eq(gatheringCase.gatheringId, row.id))
				.orderBy(asc(gatheringCase.createdAt))
		: [];
	return { submitted, accepted };
}

const caseColumns = {
	id: gatheringCase.id,
	title: gatheringCase.title,
	question: gatheringCase.question,
	context: gatheringCase.context,
	status: gatheringCase.status,
	decisionReason: gatheringCase.decisionReason,
	sessionId: gatheringCase.sessionId
};

/** The sessions an accepted case could be assigned to (the clinic itself and its sister sessions). */
export async function clinicSessions(db: Db, g: { id: string; seriesId: string | null }) {
	if (!g.seriesId) return db.select({ id: gathering.id, title: gathering.title, startsAt: gathering.startsAt }).from(gathering).where(eq(gathering.id, g.id));
	return db
		.select({ id: gathering.id, title: gathering.title, startsAt: gathering.startsAt })
		.from(gathering)
		.where(and(eq(gathering.seriesId, g.seriesId), eq(gathering.caseClinic, true)))
		.orderBy(sql`${gathering.startsAt} asc nulls last`);
}

