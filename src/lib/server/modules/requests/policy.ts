import type { Actor } from '../identity/policy';
import type { OrganisationRole } from '../network/policy';

/** What one person is to one request, gathered by the service before asking. */
export interface RequestStanding {
	/** Member (any role) of the initiative that asked. */
	asker: boolean;
	/** Member (any role) of the organisation that was asked. */
	answerer: boolean;
}

/**
 * A request belongs to its two parties. It is public only when both chose so; a platform
 * administrator is not a party and reads no more than anyone else.
 */
export function canReadRequest(s: RequestStanding, publicByBoth: boolean): boolean {
	return s.asker || s.answerer || publicByBoth;
}

/** The organisation's own notes stay with the organisation. */
export function canReadNotes(s: RequestStanding): boolean {
	return s.answerer;
}

/** Any colleague may pick up a request: that is what keeps it alive when people change jobs. */
export function canHandleRequest(s: RequestStanding): boolean {
	return s.answerer;
}

/** The initiative talks, adds files, asks for escalation, withdraws. */
export function canActForInitiative(s: RequestStanding): boolean {
	return s.asker;
}

export function canTalkOnRequest(s: RequestStanding): boolean {
	return s.asker || s.answerer;
}

/** Any member of an initiative may ask on its behalf; it cannot ask itself. */
export function canSendRequest(roleInInitiative: OrganisationRole | null, initiativeId: string, organisationId: string): boolean {
	return roleInInitiative !== null && initiativeId !== organisationId;
}

/** What an organisation promises is decided by its coordinators. */
export function canManageDesk(actor: Actor | null, role: OrganisationRole | null): boolean {
	return actor?.isAdmin === true || role === 'coordinator';
}

/** Any member may put a plan on the radar: the earlier, the better. */
export function canPublishPlan(actor: Actor | null, role: OrganisationRole | null): boolean {
	return actor?.isAdmin === true || role !== null;
}
