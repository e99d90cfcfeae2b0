/** Who is acting. `null` everywhere means an anonymous visitor. */
export interface Actor {
	userId: string;
	name: string;
	email: string;
	isAdmin: boolean;
}

export function isPlatformAdmin(actor: Actor | null): boolean {
	return actor?.isAdmin === true;
}

export function canReadAuditLog(actor: Actor | null): boolean {
	return isPlatformAdmin(actor);
}

export function canManageOwnTokens(actor: Actor | null, ownerId: string): boolean {
	return actor !== null && actor.userId === ownerId;
}
