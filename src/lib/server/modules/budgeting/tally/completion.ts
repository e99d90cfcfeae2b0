import type { Funding, NotFunded } from './election';
import { walkGreedy } from './greedy';
import { greedyOrder } from './order';
import type { Rational } from './rational';

/** Per project: funded or not, and why. */
export type Decision = { funded: true; why: Funding } | { funded: false; why: NotFunded };

export interface Decisions {
	/** Project indices in the order funded. */
	selected: number[];
	byProject: Decision[];
}

export interface GreedyInputs {
	score: number[];
	costs: Rational[];
	perCost: boolean;
	ranks: Int32Array;
}

/**
 * Greedy completion: what MES left unfunded is walked once in greedy order and added while it fits
 * in what is left of the budget. What still does not fit gets that as its reason.
 */
export function completeGreedily(decisions: Decisions, inputs: GreedyInputs, left: Rational): Decisions {
	const open = decisions.byProject.flatMap((d, p) => (d.funded ? [] : [p]));
	const order = greedyOrder(open, inputs.score, inputs.costs, inputs.perCost, inputs.ranks);
	const byProject = [...decisions.byProject];
	const selected = [...decisions.selected];
	for (const turn of walkGreedy(order, inputs.costs, left).turns) {
		if (turn.funded) selected.push(turn.project);
		byProject[turn.project] = turn.funded
			? { funded: true, why: { stage: 'completion', position: turn.position } }
			: { funded: false, why: { reason: 'doesNotFit', position: turn.position, leftAtTurn: turn.leftAtTurn } };
	}
	return { selected, byProject };
}
