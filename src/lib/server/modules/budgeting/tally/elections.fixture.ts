// Small elections written the way one reads them: costs by id, each ballot a list of ids.
import type { Election } from './election';
import { parseDecimal } from './rational';

/** `ballots`: one string per voter, ids separated by spaces ('' is an empty ballot). */
export function approvalElection(budget: string, costs: Record<string, string>, ballots: string[]): Election {
	return {
		budget: parseDecimal(budget),
		projects: Object.entries(costs).map(([id, cost]) => ({ id, cost: parseDecimal(cost) })),
		ballots: ballots.map((ballot) => ({ approvals: ballot.split(' ').filter(Boolean) })),
		kind: 'approval'
	};
}

/** `ballots`: one string per voter, `id:points` separated by spaces. */
export function pointsElection(budget: string, costs: Record<string, string>, ballots: string[]): Election {
	const parsed = ballots.map((ballot) => ballot.split(' ').filter(Boolean).map((entry) => entry.split(':')));
	return {
		budget: parseDecimal(budget),
		projects: Object.entries(costs).map(([id, cost]) => ({ id, cost: parseDecimal(cost) })),
		ballots: parsed.map((entries) => ({ approvals: entries.map(([id]) => id), points: entries.map(([, points]) => Number(points)) })),
		kind: 'points'
	};
}
