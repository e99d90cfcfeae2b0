import type { Actor } from '../identity/policy';

export type SpaceRole = 'owner' | 'facilitator' | 'moderator';

/** What one actor is to one space, gathered by the service before asking the policy. */
export interface SpaceStanding {
	roles: SpaceRole[];
	/** Member (any role) of one of the co-owning organisations. */
	memberOfOwner: boolean;
	/** Coordinator of one of the co-owning organisations. */
	coordinatorOfOwner: boolean;
}

export const noStanding: SpaceStanding = { roles: [], memberOfOwner: false, coordinatorOfOwner: false };

export function canViewSpace(actor: Actor | null, visibility: 'public' | 'members', s: SpaceStanding): boolean {
	if (visibility === 'public') return true;
	return actor?.isAdmin === true || s.roles.length > 0 || s.memberOfOwner;
}

/** Owners decide about the space itself: settings, phases, components, co-owners, roles. */
export function canManageSpace(actor: Actor | null, s: SpaceStanding): boolean {
	return actor?.isAdmin === true || s.roles.includes('owner') || s.coordinatorOfOwner;
}

export function canFacilitate(actor: Actor | null, s: SpaceStanding): boolean {
	return canManageSpace(actor, s) || s.roles.includes('facilitator');
}

export function canModerate(actor: Actor | null, s: SpaceStanding): boolean {
	return canManageSpace(actor, s) || s.roles.includes('moderator');
}

/** A new space must be owned by organisations the creator coordinates (or an administrator). */
export function canCreateSpaceFor(actor: Actor | null, coordinatesAll: boolean): boolean {
	return actor !== null && (actor.isAdmin || coordinatesAll);
}
