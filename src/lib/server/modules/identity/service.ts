import crypto from 'node:crypto';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import type { Locale } from '../../../i18n';
import type { Auth } from './auth';
import { DomainError, forbidden, notFound, signInRequired } from './errors';
import { canManageOwnTokens, canReadAuditLog, isPlatformAdmin, type Actor } from './policy';
import { enforce } from './ratelimit';
import { accessToken, auditEvent, user } from './schema';

export const email = z.string().trim().toLowerCase().email({ message: 'error.email' }).max(254, { message: 'error.tooLong' });
export const password = z.string().min(10, { message: 'error.passwordTooShort' }).max(128, { message: 'error.tooLong' });

export const signUpInput = z.object({
	name: z.string().trim().min(1, { message: 'error.required' }).max(100, { message: 'error.tooLong' }),
	email,
	password
});
export const signInInput = z.object({ email, password: z.string().min(1, { message: 'error.required' }).max(128) });
export const emailOnlyInput = z.object({ email });
export const resetPasswordInput = z.object({ token: z.string().min(1, { message: 'error.invalidLink' }), password });
export const tokenNameInput = z.object({
	name: z.string().trim().min(1, { message: 'error.required' }).max(80, { message: 'error.tooLong' })
});

const minute = 60;
const hour = 60 * minute;

/** The caller's address, for rate limits. */
export interface Origin {
	ip: string;
}

export async function signUp(db: Db, auth: Auth, input: z.infer<typeof signUpInput>, locale: Locale, from: Origin) {
	await enforce(db, { key: `sign-up:ip:${from.ip}`, max: 10, windowSeconds: hour });
	try {
		await auth.api.signUpEmail({ body: { ...input, locale, callbackURL: '/' } });
	} catch (error) {
		throw translateAuthError(error);
	}
}

/** Returns the Set-Cookie headers of the new session. */
export async function signIn(db: Db, auth: Auth, input: z.infer<typeof signInInput>, from: Origin): Promise<Headers> {
	await enforce(
		db,
		{ key: `sign-in:ip:${from.ip}`, max: 30, windowSeconds: 15 * minute },
		{ key: `sign-in:email:${input.email}`, max: 10, windowSeconds: 15 * minute }
	);
	try {
		const { headers } = await auth.api.signInEmail({ body: input, returnHeaders: true });
		return headers;
	} catch (error) {
		throw translateAuthError(error);
	}
}

export async function signOut(auth: Auth, requestHeaders: Headers): Promise<Headers> {
	const { headers } = await auth.api.signOut({ headers: requestHeaders, returnHeaders: true });
	return headers;
}

/** Same answer whether or not the address has an account: no enumeration. */
export async function requestMagicLink(db: Db, auth: Auth, address: string, from: Origin) {
	await enforce(
		db,
		{ key: `magic:ip:${from.ip}`, max: 20, windowSeconds: hour },
		{ key: `magic:email:${address}`, max: 5, windowSeconds: hour }
	);
	await auth.api.signInMagicLink({ body: { email: address, callbackURL: '/' }, headers: new Headers() });
}

export async function requestPasswordReset(db: Db, auth: Auth, address: string, from: Origin) {
	await enforce(
		db,
		{ key: `reset:ip:${from.ip}`, max: 20, windowSeconds: hour },
		{ key: `reset:email:${address}`, max: 5, windowSeconds: hour }
	);
	await auth.api.requestPasswordReset({ body: { email: address, redirectTo: '/wachtwoord-herstellen' } });
}

export async function resetPassword(auth: Auth, input: z.infer<typeof resetPasswordInput>) {
	try {
		await auth.api.resetPassword({ body: { token: input.token, newPassword: input.password } });
	} catch (error) {
		throw translateAuthError(error, 'error.invalidLink');
	}
}

/** better-auth's APIError, recognised by shape so this file need not import better-auth. */
function authErrorCode(error: unknown): string | null {
	if (!(error instanceof Error) || error.name !== 'APIError') return null;
	return (error as Error & { body?: { code?: string } }).body?.code ?? '';
}

function translateAuthError(error: unknown, fallback: 'error.invalidLink' | 'error.signInFailed' = 'error.signInFailed') {
	const code = authErrorCode(error);
	if (code === null) return error;
	if (code === 'EMAIL_NOT_VERIFIED') return new DomainError('error.emailNotVerified', 403);
	if (code.includes('PASSWORD_TOO')) return new DomainError('error.passwordTooShort', 400, 'password');
	if (code === 'INVALID_EMAIL') return new DomainError('error.email', 400, 'email');
	// Wrong address and wrong password look the same from outside.
	return new DomainError(fallback, 400);
}

export async function actorFromSession(auth: Auth, headers: Headers): Promise<Actor | null> {
	const result = await auth.api.getSession({ headers });
	if (!result) return null;
	const u = result.user as typeof result.user & { isAdmin?: boolean };
	return { userId: u.id, name: u.name, email: u.email, isAdmin: u.isAdmin === true };
}

// ---- Personal access tokens -------------------------------------------------------------------

const tokenPrefix = 'ssp_';

function hashSecret(secret: string): string {
	return crypto.createHash('sha256').update(secret).digest('hex');
}

/** The secret is returned once and never stored in the clear. */
export async function createAccessToken(db: Db, actor: Actor | null, input: z.infer<typeof tokenNameInput>) {
	if (!actor) throw signInRequired();
	const secret = tokenPrefix + crypto.randomBytes(30).toString('base64url');
	const [row] = await db
		.insert(accessToken)
		.values({ userId: actor.userId, name: input.name, secretHash: hashSecret(secret), prefix: secret.slice(0, 10) })
		.returning({ id: accessToken.id, name: accessToken.name, createdAt: accessToken.createdAt });
	return { ...row, secret };
}

export async function listAccessTokens(db: Db, actor: Actor | null) {
	if (!actor) throw signInRequired();
	return db
		.select({
			id: accessToken.id,
			name: accessToken.name,
			prefix: accessToken.prefix,
			createdAt: accessToken.createdAt,
			lastUsedAt: accessToken.lastUsedAt,
			revokedAt: accessToken.revokedAt
		})
		.from(accessToken)
		.where(eq(accessToken.userId, actor.userId))
		.orderBy(desc(accessToken.createdAt));
}

export async function revokeAccessToken(db: Db, actor: Actor | null, tokenId: string) {
	if (!actor) throw signInRequired();
	if (!z.uuid().safeParse(tokenId).success) throw notFound();
	const [row] = await db.select().from(accessToken).where(eq(accessToken.id, tokenId));
	if (!row) throw notFound();
	if (!canManageOwnTokens(actor, row.userId)) throw forbidden();
	await db.update(accessToken).set({ revokedAt: new Date() }).where(and(eq(accessToken.id, tokenId), isNull(accessToken.revokedAt)));
}

export async function actorFromAccessToken(db: Db, secret: string): Promise<Actor | null> {
	if (!secret.startsWith(tokenPrefix)) return null;
	const [row] = await db
		.select({ tokenId: accessToken.id, userId: user.id, name: user.name, email: user.email, isAdmin: user.isAdmin })
		.from(accessToken)
		.innerJoin(user, eq(user.id, accessToken.userId))
		.where(and(eq(accessToken.secretHash, hashSecret(secret)), isNull(accessToken.revokedAt)));
	if (!row) return null;
	await db.update(accessToken).set({ lastUsedAt: new Date() }).where(eq(accessToken.id, row.tokenId));
	return { userId: row.userId, name: row.name, email: row.email, isAdmin: row.isAdmin };
}

// ---- Accounts made by an operator (CLI, demo data) ----------------------------------------------

export const createUserInput = z.object({
	email,
	name: z.string().trim().min(1).max(100),
	password: password.optional(),
	admin: z.boolean().default(false),
	locale: z.enum(['nl', 'en']).default('nl')
});

/** Creates a verified account directly, for operators; `passwordHash` lets a batch reuse one hash. */
export async function createUser(
	db: Db,
	auth: Auth,
	input: z.input<typeof createUserInput>,
	passwordHash?: string
): Promise<{ id: string; email: string }> {
	const data = createUserInput.parse(input);
	const ctx = await auth.$context;
	const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, data.email));
	if (existing) throw new DomainError('error.emailTaken', 409, 'email');
	const created = await ctx.internalAdapter.createUser({
		email: data.email,
		name: data.name,
		emailVerified: true,
		isAdmin: data.admin,
		locale: data.locale
	}, { method: 'admin' });
	const hash = passwordHash ?? (data.password ? await ctx.password.hash(data.password) : undefined);
	if (hash) {
		await ctx.internalAdapter.linkAccount({ userId: created.id, providerId: 'credential', accountId: created.id, password: hash });
	}
	return { id: created.id, email: created.email };
}

export async function hashPassword(auth: Auth, plain: string): Promise<string> {
	return (await auth.$context).password.hash(plain);
}

export async function findUserByEmail(db: Db, address: string) {
	const [row] = await db
		.select({ id: user.id, name: user.name, email: user.email, isAdmin: user.isAdmin })
		.from(user)
		.where(eq(user.email, address.trim().toLowerCase()));
	return row ?? null;
}

/** Public display names for a set of users, for other modules' member lists. */
export async function displayNames(db: Db, ids: string[]): Promise<Map<string, string>> {
	if (ids.length === 0) return new Map();
	const rows = await db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, ids));
	return new Map(rows.map((r) => [r.id, r.name]));
}

/** An account's address and language, for modules that write to a person by user id. */
export async function accountContact(db: Db, userId: string) {
	const [row] = await db.select({ email: user.email, locale: user.locale }).from(user).where(eq(user.id, userId));
	return row ?? null;
}

export async function setLocale(db: Db, actor: Actor, locale: Locale) {
	await db.update(user).set({ locale }).where(eq(user.id, actor.userId));
}

// ---- Audit log --------------------------------------------------------------------------------

export interface AuditEntry {
	action: string;
	recordType: string;
	recordId: string;
	details?: Record<string, unknown>;
}

/** Call inside the transaction of the act itself, so the log and the act stand or fall together. */
export async function recordAudit(db: Db, actor: Actor | null, entry: AuditEntry) {
	await db.insert(auditEvent).values({ actorId: actor?.userId ?? null, ...entry, details: entry.details ?? {} });
}

export async function listAuditEvents(db: Db, actor: Actor | null, options: { limit?: number; offset?: number } = {}) {
	if (!canReadAuditLog(actor)) throw actor ? forbidden() : signInRequired();
	return db
		.select({
			id: auditEvent.id,
			at: auditEvent.at,
			actorId: auditEvent.actorId,
			actorName: user.name,
			action: auditEvent.action,
			recordType: auditEvent.recordType,
			recordId: auditEvent.recordId,
			details: auditEvent.details
		})
		.from(auditEvent)
		.leftJoin(user, eq(user.id, auditEvent.actorId))
		.orderBy(desc(auditEvent.at))
		.limit(Math.min(options.limit ?? 100, 500))
		.offset(options.offset ?? 0);
}

export { isPlatformAdmin };
