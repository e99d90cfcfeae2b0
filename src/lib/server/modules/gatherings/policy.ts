import type { Actor } from '../identity/policy';

/** What one actor is to one gathering or series, gathered by the service before asking. */
export interface GatheringStanding {
	/** Owner, coordinator of an owner, or facilitator of the space the gathering is in. */
	facilitatesSpace: boolean;
	/** Member (any role) of one of the organising organisations. */
	memberOfOrganiser: boolean;
}

/** Organisers run their own gatherings; in a space, its facilitators do too. */
export function canManageGathering(actor: Actor | null, s: GatheringStanding): boolean {
	return actor?.isAdmin === true || s.facilitatesSpace || s.memberOfOrganiser;
}

/**
 * A new gathering names organisers. Outside a space the actor must belong to each of them, so
 * nobody announces a gathering in another organisation's name. In a space a facilitator may also
 * name the space's co-owners.
 */
export function canOrganise(actor: Actor | null, organiserIds: string[], memberOf: Set<string>, space: { facilitate: boolean; ownerIds: string[] } | null): boolean {
	if (!actor) return false;
	if (actor.isAdmin) return true;
	if (space && !space.facilitate) return false;
	const allowed = new Set([...memberOf, ...(space?.ownerIds ?? [])]);
	return organiserIds.every((id) => allowed.has(id));
}

/** The online link and accepted cases are for the people taking part, and for organisers. */
export function canSeeParticipantDetails(registered: boolean, manages: boolean): boolean {
	return registered || manages;
}
