import crypto from 'node:crypto';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { magicLink } from 'better-auth/plugins/magic-link';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { isLocale, translate, type Locale } from '../../../i18n';
import { enqueueEmail } from '../notifications';
import { account, instanceSecret, session, user, verification } from './schema';

export interface AuthSettings {
	origin: string;
	secret?: string;
}

/** The secret signs session cookies; generated once and kept in the database unless configured. */
async function instanceAuthSecret(db: Db): Promise<string> {
	await db
		.insert(instanceSecret)
		.values({ name: 'auth', value: crypto.randomBytes(32).toString('base64url') })
		.onConflictDoNothing();
	const [row] = await db.select().from(instanceSecret).where(eq(instanceSecret.name, 'auth'));
	return row.value;
}

function localeOf(u: object): Locale {
	const locale = (u as { locale?: unknown }).locale;
	return isLocale(locale) ? locale : 'nl';
}

export async function createAuth(db: Db, settings: AuthSettings) {
	const secret = settings.secret ?? (await instanceAuthSecret(db));
	const mail = (to: string, locale: Locale, kind: 'verify' | 'reset' | 'magic' | 'exists', url: string) =>
		enqueueEmail(db, {
			to,
			subject: translate(locale, `mail.${kind}.subject`),
			text: translate(locale, `mail.${kind}.body`, { url })
		});

	return betterAuth({
		baseURL: settings.origin,
		secret,
		database: drizzleAdapter(db, { provider: 'pg', schema: { user, session, account, verification } }),
		telemetry: { enabled: false },
		// Our own limiter (identity/ratelimit.ts) guards the form actions; this one guards /api/auth.
		rateLimit: { enabled: true, window: 60, max: 30, storage: 'memory' },
		advanced: { database: { generateId: () => crypto.randomUUID() } },
		user: {
			additionalFields: {
				isAdmin: { type: 'boolean', input: false, defaultValue: false, required: false },
				locale: { type: 'string', input: true, defaultValue: 'nl', required: false }
			}
		},
		emailAndPassword: {
			enabled: true,
			minPasswordLength: 10,
			maxPasswordLength: 128,
			// Both together make sign-up answer the same for new and existing addresses.
			requireEmailVerification: true,
			autoSignIn: false,
			resetPasswordTokenExpiresIn: 60 * 60,
			sendResetPassword: async ({ user: u, url }) => mail(u.email, localeOf(u), 'reset', url),
			onExistingUserSignUp: async ({ user: u }) =>
				mail(u.email, localeOf(u), 'exists', `${settings.origin}/inloggen`)
		},
		emailVerification: {
			sendOnSignUp: true,
			autoSignInAfterVerification: true,
			expiresIn: 60 * 60 * 24,
			sendVerificationEmail: async ({ user: u, url }) => mail(u.email, localeOf(u), 'verify', url)
		},
		session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
		plugins: [
			magicLink({
				expiresIn: 15 * 60,
				storeToken: 'hashed',
				sendMagicLink: async ({ email, url }) => {
					const [u] = await db.select({ locale: user.locale }).from(user).where(eq(user.email, email));
					await mail(email, localeOf(u ?? {}), 'magic', url);
				}
			})
		]
	});
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;
