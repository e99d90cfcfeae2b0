/** Where a budget process stands on a given day; the days are Amsterdam calendar days. */
export const budgetPhases = ['upcoming', 'proposals', 'review', 'voting', 'results', 'implementation'] as const;
export type BudgetPhase = (typeof budgetPhases)[number];

export interface PhaseDays {
	proposalsFrom: string;
	proposalsUntil: string;
	votingFrom: string;
	votingUntil: string;
	implementationFrom: string | null;
}

export function budgetPhase(days: PhaseDays, today: string): BudgetPhase {
	if (today < days.proposalsFrom) return 'upcoming';
	if (today <= days.proposalsUntil) return 'proposals';
	if (today < days.votingFrom) return 'review';
	if (today <= days.votingUntil) return 'voting';
	if (days.implementationFrom && today >= days.implementationFrom) return 'implementation';
	return 'results';
}

/** Once voting opens the rules of the vote are fixed: every voter votes under the same ones. */
export function votingHasOpened(days: PhaseDays, today: string): boolean {
	return today >= days.votingFrom;
}

export function votingHasClosed(days: PhaseDays, today: string): boolean {
	return today > days.votingUntil;
}
