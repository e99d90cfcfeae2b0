import { compare, sub, type Rational } from './rational';

/** One project's turn in a greedy walk. */
export interface GreedyTurn {
	project: number;
	/** 1-based place in the greedy order. */
	position: number;
	funded: boolean;
	/** What was left when its turn came. */
	leftAtTurn: Rational;
}

/**
 * Walks the order once: a project is funded when its cost fits in what is left, and skipped
 * otherwise, after which the walk goes on (a cheaper project further down may still fit).
 */
export function walkGreedy(order: number[], costs: Rational[], budget: Rational): { turns: GreedyTurn[]; left: Rational } {
	let left = budget;
	const turns = order.map((project, i): GreedyTurn => {
		const turn = { project, position: i + 1, funded: compare(costs[project], left) <= 0, leftAtTurn: left };
		if (turn.funded) left = sub(left, costs[project]);
		return turn;
	});
	return { turns, left };
}
