/** What one actor is to one action, gathered by the service before asking. */
export interface ActionStanding {
	/** Owner, coordinator of an owner, or facilitator of the space the programme is in. */
	facilitatesSpace: boolean;
	/** Member (any role) of one of the organisations that own the action. */
	memberOfOwner: boolean;
}

/** Pillars, actions, owners and links are planned by the space's facilitators. */
export function canPlanProgramme(facilitatesSpace: boolean): boolean {
	return facilitatesSpace;
}

/** Those who do the work report on it: status, progress and updates; an initiative as easily as the municipality. */
export function canReportOnAction(s: ActionStanding): boolean {
	return s.facilitatesSpace || s.memberOfOwner;
}
