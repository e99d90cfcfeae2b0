import type { Actor } from '../identity/policy';

/** The outbox holds sign-in links: only in demo mode may anyone read it, and otherwise admins. */
export function canReadOutbox(actor: Actor | null, demo: boolean): boolean {
	return demo || actor?.isAdmin === true;
}
