export { createAuth, type Auth } from './auth';
export * from './service';
export { DomainError, forbidden, notFound, signInRequired } from './errors';
export { isPlatformAdmin, canReadAuditLog, type Actor } from './policy';
