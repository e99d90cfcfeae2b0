import type { Add1Until } from './election';
import { runMes, type MesBase, type MesRun } from './mes';

export interface Add1Result {
	run: MesRun;
	/** Currency units added to every voter's start budget B/n in the run that was kept. */
	increment: bigint;
	runs: number;
}

/**
 * add1: reruns MES with start budget B/n + k for k = 0, 1, 2 … (k in whole currency units) and
 * keeps one outcome. The outcome at k = 0, plain MES, is checked like every other: under
 * `exhaustive` it is kept when it is already exhaustive, and under both rules it is the one kept
 * when the outcome at k = 1 costs more than B.
 *
 * - `exhaustive`: stop at the first outcome to which no supported project can be added within B;
 *   when an outcome costs more than B first, keep the one before it.
 * - `budget` ("continue while it fits"): keep raising while the next outcome costs at most B.
 *
 * Both end: from k = K, where every voter starts with the cost of all supported projects together,
 * nobody ever runs out, so MES funds every supported project in the same order for every larger k.
 * When those projects together cost at most B, `budget` would raise forever without change, so it
 * takes that outcome at K at once; `exhaustive` reaches an exhaustive outcome by K at the latest.
 */
export function raiseStartBudgets(base: MesBase, until: Add1Until): Add1Result {
	const supported = base.groups.supporters.map((s) => s.length > 0);
	const supportedCost = base.scaledCosts.reduce((total, cost, p) => (supported[p] ? total + cost : total), 0n);
	if (until === 'budget' && supportedCost <= base.budget) {
		const increment = settledIncrement(base, supportedCost);
		return { run: runMes(base, increment), increment, runs: 1 };
	}
	let kept: Add1Result = { run: runMes(base, 0n), increment: 0n, runs: 1 };
	for (;;) {
		if (until === 'exhaustive' && isExhaustive(base, kept.run, supported)) return kept;
		const increment = kept.increment + 1n;
		const run = runMes(base, increment);
		const runs = kept.runs + 1;
		if (run.spentScaled > base.budget) return { ...kept, runs };
		kept = { run, increment, runs };
	}
}

/** The least k from which nobody runs out of money: B/n + k ≥ the cost of all supported projects. */
function settledIncrement(base: MesBase, supportedCost: bigint): bigint {
	const short = supportedCost - base.startBudget;
	return short <= 0n ? 0n : (short + base.unit - 1n) / base.unit;
}

/** No supported project that is not funded fits in what is left of B. */
function isExhaustive(base: MesBase, run: MesRun, supported: boolean[]): boolean {
	const left = base.budget - run.spentScaled;
	const funded = new Set(run.rounds.map((r) => r.project));
	return !base.scaledCosts.some((cost, p) => supported[p] && !funded.has(p) && cost <= left);
}
