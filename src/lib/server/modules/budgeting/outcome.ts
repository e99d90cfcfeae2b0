/**
 * A count as it is kept and shown: plain JSON, money in whole cents where it is exact, and the
 * exact fraction beside any amount that is not a whole number of cents (a price per supporter).
 */
export interface StoredOutcome {
	rule: 'greedy' | 'mes';
	selected: string[];
	spentCents: number;
	budgetCents: number;
	/** MES with add1: how many euros were added to each voter's starting budget, and in how many runs. */
	add1: { increment: string; runs: number } | null;
	projects: StoredProject[];
}

export interface StoredProject {
	code: string;
	number: number;
	title: string;
	costCents: number;
	votes: number;
	/** Points ballots only. */
	points: number | null;
	funded: boolean;
	why: StoredWhy;
}

export type StoredWhy =
	/** Greedy: funded as the position-th project on the list by votes. */
	| { kind: 'greedy'; position: number }
	/** Greedy: did not fit in what was left when its turn came. */
	| { kind: 'doesNotFit'; leftCents: number }
	/** MES: bought in round `round`; each supporter paid at most `priceCents` (rounded up; exact as `price`). */
	| { kind: 'mes'; round: number; priceCents: number; price: string }
	/** Added by the greedy completion after MES. */
	| { kind: 'completion' }
	/** MES: its supporters held only `heldCents` (rounded down) of its cost when the count stopped. */
	| { kind: 'supportersRanOut'; heldCents: number }
	| { kind: 'noSupport' };
