import type { Actor } from '../identity';
import type { BudgetPhase } from './phases';

/** What one actor is to one budget process, gathered by the service before asking. */
export interface BudgetStanding {
	/** Owner, coordinator of an owner, or facilitator of the space the process is in. */
	facilitatesSpace: boolean;
}

/** The process itself (money, phases, ballot, rule), vote codes and the count: the space's facilitators. */
export function canRunBudget(s: BudgetStanding): boolean {
	return s.facilitatesSpace;
}

/** Anyone signed in proposes while proposals are open; facilitators may add one until voting opens. */
export function canPropose(actor: Actor | null, phase: BudgetPhase, s: BudgetStanding): boolean {
	if (!actor) return false;
	if (phase === 'proposals') return true;
	return s.facilitatesSpace && (phase === 'upcoming' || phase === 'review');
}

/** Civil servants of the owning organisations review, until voting opens and the ballot is fixed. */
export function canReview(s: BudgetStanding, phase: BudgetPhase): boolean {
	return s.facilitatesSpace && (phase === 'upcoming' || phase === 'proposals' || phase === 'review');
}

export interface ProposalStanding {
	isProposer: boolean;
	/** Member of the organisation (an initiative, say) the proposal was made for. */
	memberOfProposingOrganisation: boolean;
}

/** The proposer answers a review once: a word back, not a negotiation by mail. */
export function canRespond(p: ProposalStanding, reviewed: boolean, alreadyResponded: boolean): boolean {
	return p.isProposer && reviewed && !alreadyResponded;
}

/** Those who do the work report on a funded project: the facilitators, or the initiative that proposed it. */
export function canReportOnProject(s: BudgetStanding, p: ProposalStanding): boolean {
	return s.facilitatesSpace || p.memberOfProposingOrganisation || p.isProposer;
}
