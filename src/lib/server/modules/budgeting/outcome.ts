import { add, div, fromInteger, toDecimalString, type Outcome, type ProjectResult, type Rational, type TallySettings } from './tally';

/**
 * A count as it is kept and shown: plain JSON, money in whole cents where it is exact, and the
 * exact fraction beside any amount that is not a whole number of cents (a price per supporter).
 */
export interface StoredOutcome {
	rule: 'greedy' | 'mes';
	/** The options as counted, every default filled in, so the page states what was used. Older counts lack it. */
	settings?: TallySettings;
	/** Project codes, in the order funded. */
	selected: string[];
	spentCents: number;
	budgetCents: number;
	/** MES with add1: how many euros were added to each voter's starting budget, and in how many runs. */
	add1: { increment: string; runs: number } | null;
	/** MES: what every voter had to spend at the start (budget / ballots, plus the add1 increment), rounded down. */
	startPerVoterCents?: number | null;
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
	/** Added by the greedy completion after MES, while it still fitted. */
	| { kind: 'completion'; position?: number }
	/** MES: its supporters held only `heldCents` (rounded down) of its cost when the count stopped. */
	| { kind: 'supportersRanOut'; heldCents: number }
	| { kind: 'noSupport' };

/** Whole cents of an amount in euros, rounded the way the page states it (up for a price, down for what was held). */
function cents(value: Rational, round: 'up' | 'down' = 'down'): number {
	const scaled = value.num * 100n;
	const floor = scaled / value.den - (scaled % value.den < 0n ? 1n : 0n);
	return Number(round === 'up' && floor * value.den !== scaled ? floor + 1n : floor);
}

/** An exact amount as text: a decimal where it has one, otherwise the fraction. */
function exact(value: Rational): string {
	try {
		return toDecimalString(value);
	} catch {
		return `${value.num}/${value.den}`;
	}
}

function why(result: ProjectResult): StoredWhy {
	if (result.funded) {
		const funding = result.why;
		if (funding.stage === 'greedy') return { kind: 'greedy', position: funding.position };
		if (funding.stage === 'completion') return { kind: 'completion', position: funding.position };
		return { kind: 'mes', round: funding.round, priceCents: cents(funding.pricePerSupporter, 'up'), price: exact(funding.pricePerSupporter) };
	}
	const reason = result.why;
	if (reason.reason === 'doesNotFit') return { kind: 'doesNotFit', leftCents: cents(reason.leftAtTurn) };
	if (reason.reason === 'supportersRanOut') return { kind: 'supportersRanOut', heldCents: cents(reason.supportersHeld) };
	return { kind: 'noSupport' };
}

/**
 * A tally in euros, kept as plain JSON with the proposals' numbers and titles beside their codes.
 * `voters` is the number of ballots counted, for what each voter started with under MES.
 */
export function storedOutcome(outcome: Outcome, proposals: Array<{ code: string; number: number; title: string }>, voters = 0): StoredOutcome {
	const byCode = new Map(proposals.map((p) => [p.code, p]));
	const start = outcome.settings.rule === 'mes' && voters > 0 ? add(div(outcome.budget, fromInteger(voters)), fromInteger(outcome.add1?.increment ?? 0n)) : null;
	return {
		rule: outcome.settings.rule,
		settings: outcome.settings,
		selected: outcome.selected,
		spentCents: cents(outcome.spent),
		budgetCents: cents(outcome.budget),
		add1: outcome.add1 ? { increment: outcome.add1.increment.toString(), runs: outcome.add1.runs } : null,
		startPerVoterCents: start ? cents(start) : null,
		projects: outcome.projects.map((p) => ({
			code: p.id,
			number: byCode.get(p.id)?.number ?? 0,
			title: byCode.get(p.id)?.title ?? p.id,
			costCents: cents(p.cost),
			votes: p.votes,
			points: p.points ?? null,
			funded: p.funded,
			why: why(p)
		}))
	};
}
