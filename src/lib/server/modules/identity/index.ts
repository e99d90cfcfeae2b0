import type { Db } from '../../db/client';
import type { Auth, AuthSettings } from './auth';

export type { Auth, AuthSettings };
export * from './service';
export { DomainError, forbidden, notFound, signInRequired } from './errors';
export { isPlatformAdmin, canReadAuditLog, type Actor } from './policy';

/** better-auth takes most of a second to import: it is loaded when accounts are first needed. */
export async function createAuth(db: Db, settings: AuthSettings): Promise<Auth> {
	const { createAuth: create } = await import('./auth');
	return create(db, settings);
}
export { enforce, type Limit } from './ratelimit';
