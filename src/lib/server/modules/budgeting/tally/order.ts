import type { Election, TieBreak } from './election';
import { compare, type Rational } from './rational';
import type { Votes } from './profile';

/** Ids compared by UTF-16 code units, not as numbers and not by locale: "10" comes before "9". */
export function byCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** What "more votes" means: approvals, or total points for points ballots. */
export function scores(election: Election, votes: Votes): number[] {
	return election.kind === 'points' ? votes.points : votes.approvals;
}

/**
 * Every project's place under the tie-break, 0 first. The order is total (ids are unique), so every
 * tally is deterministic.
 */
export function tieBreakRanks(election: Election, score: number[], tieBreak: TieBreak): Int32Array {
	const { projects } = election;
	const byId = (a: number, b: number) => byCodeUnits(projects[a].id, projects[b].id);
	const orders: Record<TieBreak, (a: number, b: number) => number> = {
		id: byId,
		votes: (a, b) => score[b] - score[a] || byId(a, b),
		cost: (a, b) => compare(projects[a].cost, projects[b].cost) || byId(a, b)
	};
	const ranks = new Int32Array(projects.length);
	projects.map((_, p) => p).sort(orders[tieBreak]).forEach((p, rank) => (ranks[p] = rank));
	return ranks;
}

/**
 * Greedy's order: most votes first or, per cost, most votes per unit of money first (projects that
 * cost nothing before all others); ties by the tie-break.
 */
export function greedyOrder(candidates: number[], score: number[], costs: Rational[], perCost: boolean, ranks: Int32Array): number[] {
	const byScore = perCost ? (a: number, b: number) => comparePerCost(score[a], costs[a], score[b], costs[b]) : (a: number, b: number) => score[b] - score[a];
	return [...candidates].sort((a, b) => byScore(a, b) || ranks[a] - ranks[b]);
}

/** Negative when a has more votes per unit of cost than b. */
function comparePerCost(votesA: number, costA: Rational, votesB: number, costB: Rational): number {
	const freeA = costA.num === 0n;
	const freeB = costB.num === 0n;
	if (freeA || freeB) return freeA && freeB ? votesB - votesA : freeA ? -1 : 1;
	const a = BigInt(votesA) * costB.num * costA.den;
	const b = BigInt(votesB) * costA.num * costB.den;
	return a > b ? -1 : a < b ? 1 : 0;
}
