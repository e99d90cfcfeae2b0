import crypto from 'node:crypto';
import { and, asc, count, desc, eq, exists, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { shortLived } from '../../cache';
import { translate, type Locale } from '../../../i18n';
import { DomainError, enforce, forbidden, notFound, recordAudit, signInRequired, type Actor } from '../identity';
import { listAreas, listThemes } from '../network';
import { sendLetter, type Recipient } from '../notifications';
import { spaceAccess, spaceAccessBySlug } from '../spaces';
import { gatheringSummaries } from '../gatherings';
import { closeInput, followInput, hideInput, inputFilter, inputSubmission, isUuid, noteEntry, numberList, spearheadInput, spearheadMembers, type InputKind, type Raw } from './inputs';
import { actionLinks } from './links';
import { canModerateInputs, canProcessInputs, canSubmitInput } from './policy';
import { input, inputFollower, inputTheme, spearhead, spearheadInput as membership } from './schema';
import { dedupeActions, publicStatus, traceSteps, type LinkedAction, type PublicStatus, type TraceFacts } from './trace';

export const inputsComponent = 'inputs';
export type InputRow = typeof input.$inferSelect;
type Access = NonNullable<Awaited<ReturnType<typeof spaceAccess>>>;

export interface Context {
	origin: string;
	locale?: Locale;
	/** The caller's network address, for the guest limits. */
	address?: string;
	/** When the input was given, if not now: notes typed in after the meeting they come from. */
	givenAt?: Date;
}

// ---- Access -----------------------------------------------------------------------------------

/** The space, if the actor may see it and it has the inputs component switched on. */
async function inputSpace(db: Db, actor: Actor | null, slug: string): Promise<Access> {
	const access = await spaceAccessBySlug(db, actor, slug);
	if (!access || !access.componentKeys.includes(inputsComponent)) throw notFound();
	return access;
}

async function spaceOf(db: Db, actor: Actor | null, spaceId: string): Promise<Access> {
	const access = await spaceAccess(db, actor, spaceId);
	if (!access) throw notFound();
	return access;
}

function mustProcess(actor: Actor | null, access: Access) {
	if (!actor) throw signInRequired();
	if (!canProcessInputs(access)) throw forbidden();
}

function mustModerate(actor: Actor | null, access: Access) {
	if (!actor) throw signInRequired();
	if (!canModerateInputs(access)) throw forbidden();
}

/** An input and its space, for a change by someone allowed to make it; the row is locked. */
async function inputForChange(tx: Db, actor: Actor | null, id: string, allowed: (actor: Actor | null, access: Access) => void) {
	if (!isUuid(id)) throw notFound();
	const [row] = await tx.select().from(input).where(eq(input.id, id)).for('update');
	if (!row) throw notFound();
	const access = await spaceOf(tx, actor, row.spaceId);
	allowed(actor, access);
	return { row, access };
}

// ---- Anonymous views --------------------------------------------------------------------------

/**
 * Input pages are public and read far more often than they change: what anonymous visitors see is
 * kept for two seconds, and forgotten at once by any change here (which also drops kept pages).
 */
const anonymousViews = shortLived<unknown>(2000);
const inputsChanged = () => anonymousViews.forget();

function viewed<T>(actor: Actor | null, key: string, load: () => Promise<T>): Promise<T> {
	return actor ? load() : (anonymousViews.get(key, load) as Promise<T>);
}

// ---- Giving input -----------------------------------------------------------------------------

const hash = (secret: string) => crypto.createHash('sha256').update(secret).digest('hex');

/** The next numbers in a space; the advisory lock makes concurrent submissions take turns. */
async function nextNumbers(tx: Db, spaceId: string, n: number): Promise<number[]> {
	await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`input:${spaceId}`}))`);
	const [{ last }] = await tx.select({ last: sql<number>`coalesce(max(${input.number}), 0)` }).from(input).where(eq(input.spaceId, spaceId));
	return Array.from({ length: n }, (_, i) => Number(last) + i + 1);
}

async function checkArea(db: Db, areaIds: (string | null)[]) {
	const wanted = areaIds.filter((a): a is string => a !== null);
	if (!wanted.length) return;
	const known = new Set((await listAreas(db)).map((a) => a.id));
	if (wanted.some((id) => !known.has(id))) throw new DomainError('error.choose', 400, 'areaId');
}

const givenAt = (ctx: Context) => (ctx.givenAt ? { createdAt: ctx.givenAt, statusSince: ctx.givenAt } : {});

async function checkThemes(db: Db, themeIds: string[]) {
	const known = new Set((await listThemes(db)).map((t) => t.id));
	if (themeIds.some((id) => !known.has(id))) throw new DomainError('error.choose', 400, 'themeIds');
}

/** A resident gives input online; with an e-mail address they are told what becomes of it. */
export async function submitInput(db: Db, actor: Actor | null, spaceSlug: string, raw: Raw, ctx: Context) {
	const access = await inputSpace(db, actor, spaceSlug);
	if (!canSubmitInput(access.componentKeys.includes(inputsComponent))) throw forbidden();
	const fields = inputSubmission.parse(raw);
	const themeIds = [...new Set(fields.themeIds)];
	await checkArea(db, [fields.areaId]);
	await checkThemes(db, themeIds);
	if (!actor) await enforce(db, { key: `input:address:${ctx.address ?? 'unknown'}`, max: 30, windowSeconds: 3600 });
	const locale = ctx.locale ?? 'nl';
	const email = fields.email ?? actor?.email ?? null;
	const created = await db.transaction(async (tx) => {
		const [number] = await nextNumbers(tx, access.id, 1);
		const [row] = await tx
			.insert(input)
			.values({ spaceId: access.id, number, kind: fields.kind, text: fields.text, areaId: fields.areaId, source: 'online', authorId: actor?.userId ?? null, locale, ...givenAt(ctx) })
			.returning();
		if (themeIds.length) await tx.insert(inputTheme).values(themeIds.map((themeId) => ({ inputId: row.id, themeId })));
		if (email) await startFollowing(tx, row, { email, userId: actor?.userId ?? null, locale }, ctx.origin, 'given');
		return row;
	});
	inputsChanged();
	return { id: created.id, number: created.number, following: email !== null };
}

/** Notes from a meeting, typed in by a facilitator: nobody at the meeting needs an account. */
export async function enterNotes(db: Db, actor: Actor | null, spaceSlug: string, raw: Raw, ctx: Context) {
	const access = await inputSpace(db, actor, spaceSlug);
	mustProcess(actor, access);
	if (Array.isArray(raw.notes)) checkNotes(raw.notes);
	const entry = noteEntry.parse(raw);
	const gatheringId = await checkGathering(db, access.id, entry.gatheringId);
	await checkArea(db, entry.notes.map((n) => n.areaId));
	await checkThemes(db, entry.notes.flatMap((n) => n.themeIds));
	const created = await db.transaction(async (tx) => {
		const numbers = await nextNumbers(tx, access.id, entry.notes.length);
		const rows = await tx
			.insert(input)
			.values(
				entry.notes.map((note, i) => ({
					spaceId: access.id,
					number: numbers[i],
					kind: note.kind,
					text: note.text,
					areaId: note.areaId,
					source: gatheringId ? ('gathering' as const) : ('online' as const),
					gatheringId,
					enteredBy: actor!.userId,
					locale: ctx.locale ?? 'nl',
					...givenAt(ctx)
				}))
			)
			.returning({ id: input.id, number: input.number });
		const themes = rows.flatMap((row, i) => [...new Set(entry.notes[i].themeIds)].map((themeId) => ({ inputId: row.id, themeId })));
		if (themes.length) await tx.insert(inputTheme).values(themes);
		await recordAudit(tx, actor, { action: 'inputs.enter', recordType: 'space', recordId: access.id, details: { count: rows.length, gatheringId } });
		return rows;
	});
	inputsChanged();
	return created;
}

async function checkGathering(db: Db, spaceId: string, gatheringId: string | null): Promise<string | null> {
	if (!gatheringId) return null;
	const [found] = await gatheringSummaries(db, [gatheringId]);
	if (!found || found.spaceId !== spaceId) throw new DomainError('error.choose', 400, 'gatheringId');
	return found.id;
}

/**
 * Notes that arrive one line each, checked per line so the form can say which line is wrong:
 * `text-3` is the fourth line's text.
 */
export function checkNotes(notes: { kind: unknown; text: unknown }[]) {
	const issues: z.core.$ZodIssue[] = [];
	const item = noteEntry.shape.notes.element;
	notes.forEach((note, i) => {
		const parsed = item.safeParse(note);
		if (!parsed.success) for (const issue of parsed.error.issues) issues.push({ ...issue, path: [`${String(issue.path[0])}-${i}`] });
	});
	if (!notes.length) issues.push({ code: 'custom', path: ['notes'], message: 'error.notesRequired', input: notes });
	if (issues.length) throw new z.ZodError(issues);
}

// ---- Following --------------------------------------------------------------------------------

async function startFollowing(tx: Db, row: InputRow, who: { email: string; userId: string | null; locale: string }, origin: string, reason: 'given' | 'follow') {
	const token = crypto.randomBytes(24).toString('base64url');
	const [added] = await tx
		.insert(inputFollower)
		.values({ inputId: row.id, email: who.email, userId: who.userId, locale: who.locale, tokenHash: hash(token) })
		.onConflictDoNothing()
		.returning({ id: inputFollower.id });
	if (!added) return;
	await sendLetter(
		tx,
		[{ userId: null, email: who.email, locale: who.locale }],
		{
			subject: reason === 'given' ? 'mail.inputGiven.subject' : 'mail.inputFollowed.subject',
			body: reason === 'given' ? 'mail.inputGiven.body' : 'mail.inputFollowed.body',
			params: () => ({ number: row.number, text: excerpt(row.text), stop: `${origin}/inbreng/volgen/${token}` }),
			path: `/inbreng/${row.id}`
		},
		origin
	);
}

/** Anyone may follow an input by e-mail; each letter carries a link to stop. */
export async function follow(db: Db, actor: Actor | null, id: string, raw: Raw, ctx: Context) {
	const { email } = followInput.parse(raw);
	if (!actor) await enforce(db, { key: `follow:address:${ctx.address ?? 'unknown'}`, max: 30, windowSeconds: 3600 });
	await db.transaction(async (tx) => {
		const { row, access } = await inputForChange(tx, actor, id, () => {});
		if (row.hiddenAt || !access.componentKeys.includes(inputsComponent)) throw notFound();
		await startFollowing(tx, row, { email, userId: actor?.userId ?? null, locale: ctx.locale ?? 'nl' }, ctx.origin, 'follow');
	});
}

/** The link in every letter: stops them, without signing in. */
export async function unfollowByToken(db: Db, token: string) {
	const [removed] = await db.delete(inputFollower).where(eq(inputFollower.tokenHash, hash(token))).returning({ inputId: inputFollower.inputId });
	if (!removed) throw new DomainError('error.invalidLink', 404);
	return removed;
}

const excerpt = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

// ---- Status -----------------------------------------------------------------------------------

const inBatches = <T>(items: T[], size = 5000): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** Everything that decides these inputs' status and trace, read in a few queries. */
async function factsFor(db: Db, rows: InputRow[]): Promise<Map<string, TraceFacts>> {
	const ids = rows.map((r) => r.id);
	const memberships = [];
	for (const batch of inBatches(ids))
		memberships.push(
			...(await db
				.select({ inputId: membership.inputId, id: spearhead.id, title: spearhead.title, addedAt: membership.addedAt })
				.from(membership)
				.innerJoin(spearhead, eq(spearhead.id, membership.spearheadId))
				.where(inArray(membership.inputId, batch))
				.orderBy(asc(membership.addedAt)))
		);
	const spearheadIds = [...new Set(memberships.map((m) => m.id))];
	const links = ids.length ? await actionLinks().linksTo(db, { inputIds: ids, spearheadIds }) : [];
	const titles = new Map(memberships.map((m) => [m.id, m.title]));
	// Looked up per input, so that a spearhead of thousands of inputs costs one pass, not one per input.
	const membershipsOf = groupBy(memberships, (m) => m.inputId);
	const linksOfInput = groupBy(links, (l) => l.inputId);
	const linksOfSpearhead = groupBy(links, (l) => l.spearheadId);
	const facts = new Map<string, TraceFacts>();
	for (const row of rows) {
		const mine = membershipsOf.get(row.id) ?? [];
		const linked = new Set([...(linksOfInput.get(row.id) ?? []), ...mine.flatMap((m) => linksOfSpearhead.get(m.id) ?? [])]);
		const actions: LinkedAction[] = [...linked].map((l) => ({ ...l.action, via: l.spearheadId ? { id: l.spearheadId, title: titles.get(l.spearheadId) ?? '' } : null }));
		facts.set(row.id, {
			createdAt: row.createdAt,
			hidden: row.hiddenAt ? { at: row.hiddenAt, reason: row.hiddenReason } : null,
			closure: row.closure && row.closedAt ? { kind: row.closure, reason: row.closureReason, url: row.closureUrl, at: row.closedAt } : null,
			spearheads: mine.map(({ id, title, addedAt }) => ({ id, title, addedAt })),
			actions: dedupeActions(actions)
		});
	}
	return facts;
}

/**
 * Derives the status of these inputs anew and stores it where it changed; whoever follows a
 * changed input gets a letter, in the same transaction as the change that caused it.
 */
export async function refreshStatuses(tx: Db, ids: string[], origin: string): Promise<number> {
	let changed = 0;
	for (const batch of inBatches([...new Set(ids)])) {
		const rows = await tx.select().from(input).where(inArray(input.id, batch));
		const facts = await factsFor(tx, rows);
		const moved = rows.flatMap((row) => {
			const status = publicStatus(facts.get(row.id)!);
			return status === row.status ? [] : [{ row, status }];
		});
		for (const [status, group] of groupBy(moved, (m) => m.status)) {
			await tx.update(input).set({ status, statusSince: new Date() }).where(inArray(input.id, group.map((m) => m.row.id)));
		}
		await tellFollowers(tx, moved, facts, origin);
		changed += moved.length;
	}
	if (changed) inputsChanged();
	return changed;
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const item of items) {
		const group = groups.get(key(item));
		if (group) group.push(item);
		else groups.set(key(item), [item]);
	}
	return groups;
}

async function tellFollowers(tx: Db, moved: { row: InputRow; status: PublicStatus }[], facts: Map<string, TraceFacts>, origin: string) {
	const told = moved.filter((m) => m.status !== 'hidden');
	if (!told.length) return;
	const followers = groupBy(await tx.select().from(inputFollower).where(inArray(inputFollower.inputId, told.map((m) => m.row.id))), (f) => f.inputId);
	for (const { row, status } of told) {
		const recipients: Recipient[] = (followers.get(row.id) ?? []).map((f) => ({ userId: f.userId, email: f.email, locale: f.locale }));
		if (!recipients.length) continue;
		const detail = statusDetail(facts.get(row.id)!);
		await sendLetter(
			tx,
			recipients,
			{
				subject: 'mail.inputStatus.subject',
				body: 'mail.inputStatus.body',
				notice: 'notice.inputStatus',
				params: (locale) => ({ number: row.number, text: excerpt(row.text), status: translate(locale, `input.status.${status}`), detail }),
				path: `/inbreng/${row.id}`
			},
			origin
		);
	}
}

/** The name that goes with a status in a letter: the action, the spearhead or the reason. */
function statusDetail(f: TraceFacts): string {
	if (f.actions.length) return f.actions.map((a) => `${a.title} (${a.pillarTitle})`).join('; ');
	if (f.closure) return f.closure.reason;
	return f.spearheads.map((s) => s.title).join('; ');
}

// ---- Moderation and answers -------------------------------------------------------------------

/** Hidden, never deleted: the page still says that it was there, and why it is hidden. */
export async function hide(db: Db, actor: Actor | null, id: string, raw: Raw, origin: string) {
	const { reason } = hideInput.parse(raw);
	await db.transaction(async (tx) => {
		const { row } = await inputForChange(tx, actor, id, mustModerate);
		await tx.update(input).set({ hiddenAt: new Date(), hiddenReason: reason, hiddenBy: actor!.userId }).where(eq(input.id, row.id));
		await refreshStatuses(tx, [row.id], origin);
		await recordAudit(tx, actor, { action: 'input.hide', recordType: 'input', recordId: row.id, details: { reason } });
	});
	inputsChanged();
}

export async function unhide(db: Db, actor: Actor | null, id: string, origin: string) {
	await db.transaction(async (tx) => {
		const { row } = await inputForChange(tx, actor, id, mustModerate);
		await tx.update(input).set({ hiddenAt: null, hiddenReason: '', hiddenBy: null }).where(eq(input.id, row.id));
		await refreshStatuses(tx, [row.id], origin);
		await recordAudit(tx, actor, { action: 'input.unhide', recordType: 'input', recordId: row.id });
	});
	inputsChanged();
}

/** "Not taken up" or "already exists": an answer, so never without a written reason. */
export async function close(db: Db, actor: Actor | null, id: string, raw: Raw, origin: string) {
	const fields = closeInput.parse(raw);
	await db.transaction(async (tx) => {
		const { row } = await inputForChange(tx, actor, id, mustProcess);
		if (row.status === 'taken_up' || row.status === 'done' || row.status === 'stopped') throw new DomainError('error.inputTakenUp', 409);
		if (row.hiddenAt) throw new DomainError('error.inputHidden', 409);
		await tx
			.update(input)
			.set({ closure: fields.closure, closureReason: fields.reason, closureUrl: fields.url ?? '', closedAt: new Date(), closedBy: actor!.userId })
			.where(eq(input.id, row.id));
		await refreshStatuses(tx, [row.id], origin);
		await recordAudit(tx, actor, { action: 'input.close', recordType: 'input', recordId: row.id, details: { closure: fields.closure, reason: fields.reason } });
	});
	inputsChanged();
}

export async function reopen(db: Db, actor: Actor | null, id: string, origin: string) {
	await db.transaction(async (tx) => {
		const { row } = await inputForChange(tx, actor, id, mustProcess);
		await tx.update(input).set({ closure: null, closureReason: '', closureUrl: '', closedAt: null, closedBy: null }).where(eq(input.id, row.id));
		await refreshStatuses(tx, [row.id], origin);
		await recordAudit(tx, actor, { action: 'input.reopen', recordType: 'input', recordId: row.id });
	});
	inputsChanged();
}

// ---- Spearheads -------------------------------------------------------------------------------

/** The ids given, if every one is a visible input of this space. */
async function inputsOfSpace(tx: Db, spaceId: string, ids: string[]): Promise<string[]> {
	const unique = [...new Set(ids)];
	if (!unique.length) return [];
	const found = await tx.select({ id: input.id }).from(input).where(and(eq(input.spaceId, spaceId), inArray(input.id, unique), sql`${input.hiddenAt} is null`));
	if (found.length !== unique.length) throw new DomainError('error.chooseInputs', 400, 'inputIds');
	return unique;
}

async function addMembers(tx: Db, spearheadId: string, inputIds: string[]) {
	for (const batch of inBatches(inputIds)) if (batch.length) await tx.insert(membership).values(batch.map((inputId) => ({ spearheadId, inputId }))).onConflictDoNothing();
}

export async function createSpearhead(db: Db, actor: Actor | null, spaceSlug: string, raw: Raw, origin: string) {
	const access = await inputSpace(db, actor, spaceSlug);
	mustProcess(actor, access);
	const fields = spearheadInput.parse(raw);
	const created = await db.transaction(async (tx) => {
		const inputIds = await inputsOfSpace(tx, access.id, fields.inputIds);
		const [row] = await tx.insert(spearhead).values({ spaceId: access.id, title: fields.title, description: fields.description }).returning();
		await addMembers(tx, row.id, inputIds);
		await refreshStatuses(tx, inputIds, origin);
		await recordAudit(tx, actor, { action: 'spearhead.create', recordType: 'spearhead', recordId: row.id, details: { title: row.title, inputs: inputIds.length } });
		return row;
	});
	inputsChanged();
	return created;
}

/** A spearhead for a change by a facilitator of its space; the row is locked. */
async function spearheadForChange(tx: Db, actor: Actor | null, id: string) {
	if (!isUuid(id)) throw notFound();
	const [row] = await tx.select().from(spearhead).where(eq(spearhead.id, id)).for('update');
	if (!row) throw notFound();
	const access = await spaceOf(tx, actor, row.spaceId);
	mustProcess(actor, access);
	return { row, access };
}

async function membersOf(tx: Db, spearheadId: string): Promise<string[]> {
	return (await tx.select({ id: membership.inputId }).from(membership).where(eq(membership.spearheadId, spearheadId))).map((m) => m.id);
}

export async function renameSpearhead(db: Db, actor: Actor | null, id: string, raw: Raw) {
	const fields = spearheadInput.omit({ inputIds: true }).parse(raw);
	const renamed = await db.transaction(async (tx) => {
		const { row } = await spearheadForChange(tx, actor, id);
		const [updated] = await tx.update(spearhead).set({ title: fields.title, description: fields.description, updatedAt: new Date() }).where(eq(spearhead.id, row.id)).returning();
		await recordAudit(tx, actor, { action: 'spearhead.rename', recordType: 'spearhead', recordId: row.id, details: { from: row.title, to: fields.title } });
		return updated;
	});
	inputsChanged();
	return renamed;
}

export async function addToSpearhead(db: Db, actor: Actor | null, id: string, raw: Raw, origin: string) {
	const { inputIds } = spearheadMembers.parse(raw);
	await db.transaction(async (tx) => {
		const { row, access } = await spearheadForChange(tx, actor, id);
		const ids = await inputsOfSpace(tx, access.id, inputIds);
		await addMembers(tx, row.id, ids);
		await refreshStatuses(tx, ids, origin);
		await recordAudit(tx, actor, { action: 'spearhead.add', recordType: 'spearhead', recordId: row.id, details: { inputs: ids.length } });
	});
	inputsChanged();
}

/** "12, 15, 40": inputs by the numbers people quote, as a facilitator types them. */
export async function addNumbersToSpearhead(db: Db, actor: Actor | null, id: string, raw: Raw, origin: string) {
	const { numbers } = z.object({ numbers: numberList }).parse(raw);
	await db.transaction(async (tx) => {
		const { row, access } = await spearheadForChange(tx, actor, id);
		const found = await tx.select({ id: input.id }).from(input).where(and(eq(input.spaceId, access.id), inArray(input.number, numbers), sql`${input.hiddenAt} is null`));
		if (found.length !== numbers.length) throw new DomainError('error.noSuchInput', 400, 'numbers');
		const ids = found.map((f) => f.id);
		await addMembers(tx, row.id, ids);
		await refreshStatuses(tx, ids, origin);
		await recordAudit(tx, actor, { action: 'spearhead.add', recordType: 'spearhead', recordId: row.id, details: { inputs: ids.length } });
	});
	inputsChanged();
}

export async function removeFromSpearhead(db: Db, actor: Actor | null, id: string, raw: Raw, origin: string) {
	const { inputIds } = spearheadMembers.parse(raw);
	await db.transaction(async (tx) => {
		const { row } = await spearheadForChange(tx, actor, id);
		await tx.delete(membership).where(and(eq(membership.spearheadId, row.id), inArray(membership.inputId, inputIds)));
		await refreshStatuses(tx, inputIds, origin);
		await recordAudit(tx, actor, { action: 'spearhead.remove', recordType: 'spearhead', recordId: row.id, details: { inputs: inputIds.length } });
	});
	inputsChanged();
}

/** Two spearheads become one: `fromId`'s inputs and actions move to `intoId`, and `fromId` goes. */
export async function mergeSpearheads(db: Db, actor: Actor | null, fromId: string, intoId: string, origin: string) {
	if (fromId === intoId) throw new DomainError('error.mergeSame', 400, 'into');
	await db.transaction(async (tx) => {
		const from = await spearheadForChange(tx, actor, fromId);
		const into = await spearheadForChange(tx, actor, intoId);
		if (from.row.spaceId !== into.row.spaceId) throw new DomainError('error.choose', 400, 'into');
		const moved = await membersOf(tx, from.row.id);
		await addMembers(tx, into.row.id, moved);
		await actionLinks().moveSpearhead(tx, from.row.id, into.row.id);
		await tx.delete(spearhead).where(eq(spearhead.id, from.row.id));
		// Every input of the merged spearhead: those that were in `intoId` already now reach `fromId`'s actions too.
		await refreshStatuses(tx, await membersOf(tx, into.row.id), origin);
		await recordAudit(tx, actor, { action: 'spearhead.merge', recordType: 'spearhead', recordId: into.row.id, details: { from: from.row.title, inputs: moved.length } });
	});
	inputsChanged();
}

/** Some inputs leave a spearhead for a new one of their own. */
export async function splitSpearhead(db: Db, actor: Actor | null, id: string, raw: Raw, origin: string) {
	const fields = spearheadInput.parse(raw);
	if (!fields.inputIds.length) throw new DomainError('error.chooseInputs', 400, 'inputIds');
	const created = await db.transaction(async (tx) => {
		const { row } = await spearheadForChange(tx, actor, id);
		const members = new Set(await membersOf(tx, row.id));
		const leaving = [...new Set(fields.inputIds)];
		if (leaving.some((i) => !members.has(i))) throw new DomainError('error.chooseInputs', 400, 'inputIds');
		const [split] = await tx.insert(spearhead).values({ spaceId: row.spaceId, title: fields.title, description: fields.description }).returning();
		await addMembers(tx, split.id, leaving);
		await tx.delete(membership).where(and(eq(membership.spearheadId, row.id), inArray(membership.inputId, leaving)));
		await refreshStatuses(tx, leaving, origin);
		await recordAudit(tx, actor, { action: 'spearhead.split', recordType: 'spearhead', recordId: split.id, details: { from: row.title, inputs: leaving.length } });
		return split;
	});
	inputsChanged();
	return created;
}

// ---- Reading ----------------------------------------------------------------------------------

async function names(db: Db, rows: Pick<InputRow, 'areaId' | 'gatheringId'>[]) {
	const areaIds = new Set(rows.map((r) => r.areaId).filter(Boolean));
	const areas = areaIds.size ? new Map((await listAreas(db)).filter((a) => areaIds.has(a.id)).map((a) => [a.id, a.name])) : new Map<string, string>();
	const gatheringIds = [...new Set(rows.map((r) => r.gatheringId).filter((g): g is string => Boolean(g)))];
	const gatherings = new Map((await gatheringSummaries(db, gatheringIds)).map((g) => [g.id, g]));
	return { areas, gatherings };
}

/** What a list shows of one input; a hidden one shows only that, and why. */
function summary(row: InputRow, n: Awaited<ReturnType<typeof names>>, seeHidden: boolean) {
	const hidden = row.hiddenAt !== null;
	const gathering = row.gatheringId ? n.gatherings.get(row.gatheringId) : undefined;
	return {
		id: row.id,
		number: row.number,
		kind: row.kind,
		text: hidden && !seeHidden ? null : row.text,
		area: row.areaId ? (n.areas.get(row.areaId) ?? null) : null,
		source: row.source,
		gathering: gathering ? { slug: gathering.slug, title: gathering.title, startsAt: gathering.startsAt } : null,
		status: row.status,
		statusSince: row.statusSince,
		hiddenReason: hidden ? row.hiddenReason : null,
		createdAt: row.createdAt
	};
}
export type InputSummary = ReturnType<typeof summary>;

/** "What became of my input?": the input, its status and the chain with dates. */
export async function getInput(db: Db, actor: Actor | null, id: string) {
	if (!isUuid(id)) throw notFound();
	return viewed(actor, `input:${id}`, async () => {
		const [row] = await db.select().from(input).where(eq(input.id, id));
		if (!row) throw notFound();
		const access = await spaceOf(db, actor, row.spaceId);
		const facts = (await factsFor(db, [row]))!.get(row.id)!;
		const themeIds = new Set((await db.select({ id: inputTheme.themeId }).from(inputTheme).where(eq(inputTheme.inputId, row.id))).map((t) => t.id));
		const themes = themeIds.size ? (await listThemes(db)).filter((t) => themeIds.has(t.id)).map((t) => ({ id: t.id, nameNl: t.nameNl, nameEn: t.nameEn })) : [];
		const moderate = canModerateInputs(access);
		return {
			...summary(row, await names(db, [row]), moderate),
			themes,
			closure: row.closure && { kind: row.closure, reason: row.closureReason, url: row.closureUrl },
			steps: traceSteps(facts),
			actions: facts.actions,
			spearheads: facts.spearheads,
			space: { slug: access.slug, title: access.title },
			permissions: { process: canProcessInputs(access), moderate }
		};
	});
}
export type InputView = Awaited<ReturnType<typeof getInput>>;

const pageSize = 25;

/** A space's inputs, newest first, filtered; hidden ones are listed as hidden, without their text. */
export async function listInputs(db: Db, actor: Actor | null, spaceSlug: string, raw: Raw = {}) {
	const filter = inputFilter.parse(raw);
	const access = await inputSpace(db, actor, spaceSlug);
	return viewed(actor, `list:${access.id}:${JSON.stringify(filter)}`, async () => {
		const where = and(
			eq(input.spaceId, access.id),
			filter.kind ? eq(input.kind, filter.kind) : undefined,
			filter.status ? eq(input.status, filter.status) : undefined,
			filter.spearhead ? exists(db.select({ one: sql`1` }).from(membership).where(and(eq(membership.inputId, input.id), eq(membership.spearheadId, filter.spearhead)))) : undefined
		);
		const [{ total }] = await db.select({ total: count() }).from(input).where(where);
		const rows = await db
			.select()
			.from(input)
			.where(where)
			.orderBy(desc(input.number))
			.limit(pageSize)
			.offset((filter.page - 1) * pageSize);
		const n = await names(db, rows);
		const seeHidden = canModerateInputs(access);
		return {
			filter,
			total,
			pages: Math.max(1, Math.ceil(total / pageSize)),
			inputs: rows.map((r) => summary(r, n, seeHidden)),
			space: { id: access.id, slug: access.slug, title: access.title },
			permissions: { process: canProcessInputs(access), moderate: canModerateInputs(access) }
		};
	});
}

/**
 * The funnel of a space: how much was received, grouped, taken up, answered with "no", and how
 * much still waits for any answer, with the inputs that have waited longest. Public, on purpose.
 */
export async function funnel(db: Db, actor: Actor | null, spaceSlug: string, now = new Date()) {
	const access = await inputSpace(db, actor, spaceSlug);
	return viewed(actor, `funnel:${access.id}`, async () => {
		const byStatus = await db.select({ status: input.status, n: count() }).from(input).where(eq(input.spaceId, access.id)).groupBy(input.status);
		const counts = Object.fromEntries(byStatus.map((s) => [s.status, Number(s.n)])) as Partial<Record<PublicStatus, number>>;
		const of = (...statuses: PublicStatus[]) => statuses.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
		const [{ grouped }] = await db
			.select({ grouped: count() })
			.from(input)
			.where(and(eq(input.spaceId, access.id), sql`${input.hiddenAt} is null`, exists(db.select({ one: sql`1` }).from(membership).where(eq(membership.inputId, input.id)))));
		const waiting = await db
			.select()
			.from(input)
			.where(and(eq(input.spaceId, access.id), eq(input.status, 'received')))
			.orderBy(asc(input.createdAt))
			.limit(10);
		const n = await names(db, waiting);
		return {
			received: of('received', 'grouped', 'taken_up', 'done', 'stopped', 'not_taken_up', 'already_exists'),
			grouped: Number(grouped),
			takenUp: of('taken_up', 'done', 'stopped'),
			done: of('done'),
			notTakenUp: of('not_taken_up'),
			alreadyExists: of('already_exists'),
			waiting: of('received'),
			hidden: of('hidden'),
			longestWaiting: waiting.map((r) => ({ ...summary(r, n, false), daysWaiting: Math.floor((now.getTime() - r.createdAt.getTime()) / 86_400_000) }))
		};
	});
}
export type Funnel = Awaited<ReturnType<typeof funnel>>;

export async function listSpearheads(db: Db, actor: Actor | null, spaceSlug: string) {
	const access = await inputSpace(db, actor, spaceSlug);
	return viewed(actor, `spearheads:${access.id}`, async () => {
		const rows = await db
			.select({ id: spearhead.id, title: spearhead.title, description: spearhead.description, inputs: sql<number>`(select count(*) from spearhead_input m where m.spearhead_id = "spearhead"."id")`.mapWith(Number) })
			.from(spearhead)
			.where(eq(spearhead.spaceId, access.id))
			.orderBy(asc(spearhead.title));
		const links = rows.length ? await actionLinks().linksTo(db, { inputIds: [], spearheadIds: rows.map((r) => r.id) }) : [];
		const linksOf = groupBy(links, (l) => l.spearheadId);
		return rows.map((r) => ({ ...r, actions: (linksOf.get(r.id) ?? []).map((l) => l.action) }));
	});
}

/** A spearhead with (a page of) its inputs and the actions it led to. */
export async function getSpearhead(db: Db, actor: Actor | null, id: string, page = 1) {
	if (!isUuid(id)) throw notFound();
	return viewed(actor, `spearhead:${id}:${page}`, async () => {
		const [row] = await db.select().from(spearhead).where(eq(spearhead.id, id));
		if (!row) throw notFound();
		const access = await spaceOf(db, actor, row.spaceId);
		const [{ total }] = await db.select({ total: count() }).from(membership).where(eq(membership.spearheadId, row.id));
		const rows = await db
			.select({ row: input })
			.from(membership)
			.innerJoin(input, eq(input.id, membership.inputId))
			.where(eq(membership.spearheadId, row.id))
			.orderBy(asc(input.number))
			.limit(pageSize * 4)
			.offset((Math.max(1, page) - 1) * pageSize * 4);
		const inputs = rows.map((r) => r.row);
		const n = await names(db, inputs);
		const links = await actionLinks().linksTo(db, { inputIds: [], spearheadIds: [row.id] });
		return {
			...row,
			total,
			pages: Math.max(1, Math.ceil(total / (pageSize * 4))),
			inputs: inputs.map((r) => summary(r, n, canModerateInputs(access))),
			actions: links.map((l) => l.action),
			space: { slug: access.slug, title: access.title },
			permissions: { process: canProcessInputs(access) }
		};
	});
}

// ---- For the programme module -----------------------------------------------------------------

/** Spearheads by id with their space, for linking and for "why this action exists". */
export async function spearheadSummaries(db: Db, ids: string[]) {
	if (!ids.length) return [];
	return db
		.select({ id: spearhead.id, spaceId: spearhead.spaceId, title: spearhead.title, inputs: sql<number>`(select count(*) from spearhead_input m where m.spearhead_id = "spearhead"."id")`.mapWith(Number) })
		.from(spearhead)
		.where(inArray(spearhead.id, ids))
		.orderBy(asc(spearhead.title));
}

/** The spearheads of a space, for a facilitator choosing what led to an action. */
export async function spaceSpearheads(db: Db, spaceId: string) {
	return db.select({ id: spearhead.id, title: spearhead.title }).from(spearhead).where(eq(spearhead.spaceId, spaceId)).orderBy(asc(spearhead.title));
}

/** An input of a space by its number ("inbreng 42"), as a facilitator types it. */
export async function inputByNumber(db: Db, spaceId: string, number: number) {
	const [row] = await db.select({ id: input.id, number: input.number, hiddenAt: input.hiddenAt }).from(input).where(and(eq(input.spaceId, spaceId), eq(input.number, number)));
	return row && !row.hiddenAt ? row : null;
}

/**
 * The inputs behind an action: linked directly, or through its spearheads. Counted in full, listed
 * up to `limit`, hidden ones left out.
 */
export async function inputsBehind(db: Db, target: { inputIds: string[]; spearheadIds: string[] }, limit = 50) {
	const through = target.spearheadIds.length ? db.select({ id: membership.inputId }).from(membership).where(inArray(membership.spearheadId, target.spearheadIds)) : null;
	const direct = target.inputIds.length ? inArray(input.id, target.inputIds) : null;
	if (!through && !direct) return { total: 0, inputs: [] as InputSummary[] };
	const where = and(sql`${input.hiddenAt} is null`, sql`(${direct ?? sql`false`} or ${through ? inArray(input.id, through) : sql`false`})`);
	const [{ total }] = await db.select({ total: count() }).from(input).where(where);
	const rows = await db.select().from(input).where(where).orderBy(asc(input.number)).limit(limit);
	return { total: Number(total), inputs: rows.map((r) => summary(r, { areas: new Map(), gatherings: new Map() }, false)) };
}

/** Inputs by id, for checks by another module: their space and whether they are visible. */
export async function inputSpaces(db: Db, ids: string[]) {
	if (!ids.length) return [];
	return db.select({ id: input.id, spaceId: input.spaceId, hidden: sql<boolean>`${input.hiddenAt} is not null` }).from(input).where(inArray(input.id, ids));
}

/** After links changed elsewhere: these inputs, and every input in these spearheads, get their status anew. */
export async function linksChanged(tx: Db, target: { inputIds: string[]; spearheadIds: string[] }, origin: string) {
	const members = target.spearheadIds.length ? (await tx.select({ id: membership.inputId }).from(membership).where(inArray(membership.spearheadId, target.spearheadIds))).map((m) => m.id) : [];
	await refreshStatuses(tx, [...target.inputIds, ...members], origin);
	inputsChanged();
}

/** Rows for the CSV export and the grouping assistant: the space's inputs that are not hidden. */
export async function inputRows(db: Db, spaceId: string, onlyWaiting = false) {
	return db
		.select()
		.from(input)
		.where(and(eq(input.spaceId, spaceId), sql`${input.hiddenAt} is null`, onlyWaiting ? eq(input.status, 'received') : undefined))
		.orderBy(asc(input.number));
}

export type { InputKind };
