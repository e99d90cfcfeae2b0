import { raiseStartBudgets } from './add1';
import { completeGreedily, type Decision, type Decisions, type GreedyInputs } from './completion';
import type { Election, Outcome, ProjectResult, TallyOptions, TallySettings } from './election';
import { walkGreedy } from './greedy';
import { prepareMes, roundPrice, roundRho, runMes, type MesBase, type MesRun } from './mes';
import { greedyOrder, scores, tieBreakRanks } from './order';
import { countVotes, groupBallots, type Votes } from './profile';
import { rational, sub, sum } from './rational';

/**
 * Counts an election under the given rule. Pure and deterministic: the same election and options
 * give the same outcome, to the last fraction of a cent. Throws a RangeError on a malformed
 * election (unknown or repeated projects on a ballot, points that do not match) or on options
 * that do not go together.
 */
export function tally(election: Election, options: TallyOptions): Outcome {
	const settings = settle(election, options);
	const votes = countVotes(election);
	const score = scores(election, votes);
	const ranks = tieBreakRanks(election, score, settings.tieBreak);
	const greedy: GreedyInputs = { score, costs: election.projects.map((p) => p.cost), perCost: settings.perCost, ranks };
	if (settings.rule === 'greedy') return outcome(election, votes, settings, byGreedy(election, greedy));
	const base = prepareMes(election, groupBallots(election, votes, settings.utility), settings.utility, ranks);
	const raised = settings.completion === 'add1' || settings.completion === 'add1-greedy' ? raiseStartBudgets(base, settings.add1Until) : null;
	let decisions = fromMes(base, raised ? raised.run : runMes(base, 0n));
	if (settings.completion === 'greedy' || settings.completion === 'add1-greedy') decisions = completeGreedily(decisions, greedy, sub(election.budget, spentOn(election, decisions)));
	const result = outcome(election, votes, settings, decisions);
	return raised ? { ...result, add1: { increment: raised.increment, runs: raised.runs } } : result;
}

function settle(election: Election, options: TallyOptions): TallySettings {
	const settings: TallySettings = {
		rule: options.rule,
		perCost: options.perCost ?? false,
		utility: options.utility ?? (election.kind === 'points' ? 'points' : 'cost'),
		completion: options.completion ?? 'none',
		add1Until: options.add1Until ?? 'exhaustive',
		tieBreak: options.tieBreak ?? 'id'
	};
	if (settings.utility === 'points' && election.kind !== 'points') throw new RangeError('Points utilities need points ballots');
	if (settings.rule === 'greedy' && settings.completion !== 'none') throw new RangeError('Completion belongs to the Method of Equal Shares, not to greedy');
	if (election.budget.num < 0n || election.projects.some((p) => p.cost.num < 0n)) throw new RangeError('The budget and the costs cannot be negative');
	return settings;
}

function byGreedy(election: Election, greedy: GreedyInputs): Decisions {
	const order = greedyOrder(
		election.projects.map((_, p) => p),
		greedy.score,
		greedy.costs,
		greedy.perCost,
		greedy.ranks
	);
	const byProject: Decision[] = [];
	const selected: number[] = [];
	for (const turn of walkGreedy(order, greedy.costs, election.budget).turns) {
		if (turn.funded) selected.push(turn.project);
		byProject[turn.project] = turn.funded
			? { funded: true, why: { stage: 'greedy', position: turn.position } }
			: { funded: false, why: { reason: 'doesNotFit', position: turn.position, leftAtTurn: turn.leftAtTurn } };
	}
	return { selected, byProject };
}

function fromMes(base: MesBase, run: MesRun): Decisions {
	const byProject: Decision[] = base.costs.map((cost, p) =>
		base.groups.supporters[p].length === 0 ? { funded: false, why: { reason: 'noSupport' } } : { funded: false, why: { reason: 'supportersRanOut', supportersHeld: run.supportersHeld(p), cost } }
	);
	run.rounds.forEach((round, i) => {
		byProject[round.project] = { funded: true, why: { stage: 'mes', round: i + 1, pricePerSupporter: roundPrice(round), rho: roundRho(round) } };
	});
	return { selected: run.rounds.map((r) => r.project), byProject };
}

function spentOn(election: Election, decisions: Decisions) {
	return sum(decisions.selected.map((p) => election.projects[p].cost));
}

function outcome(election: Election, votes: Votes, settings: TallySettings, decisions: Decisions): Outcome {
	const projects = election.projects.map(({ id, cost }, p): ProjectResult => {
		const facts = election.kind === 'points' ? { id, cost, votes: votes.approvals[p], points: votes.points[p] } : { id, cost, votes: votes.approvals[p] };
		return { ...facts, ...decisions.byProject[p] };
	});
	return {
		selected: decisions.selected.map((p) => election.projects[p].id),
		spent: spentOn(election, decisions),
		budget: rational(election.budget.num, election.budget.den),
		projects,
		settings
	};
}
