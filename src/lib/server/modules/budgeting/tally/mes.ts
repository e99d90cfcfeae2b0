import type { Election, Utility } from './election';
import { MinHeap } from './heap';
import type { BallotGroups } from './profile';
import { commonDenominator, gcd, rational, type Rational } from './rational';

/**
 * The Method of Equal Shares, exact and fast.
 *
 * Money is scaled so that it is whole: every amount is multiplied by `unit` = D·n (D clears the
 * denominators of the budget and the costs, n is the number of voters), so each voter starts with
 * the integer B·D (+ k·unit with add1). Budgets after payments are fractions; they share one
 * denominator `q`, so that comparing and adding them needs no multiplication: a budget b stands
 * for b / (q·unit) currency units. When a payment has a denominator of its own, `q` grows and all
 * budgets are multiplied along.
 *
 * Voters who have paid for the same projects (with the same utilities) hold the same budget, so
 * the count keeps classes of equal budget instead of voters: a class splits when some of its
 * voters support a funded project and others do not. Classes stay sorted by budget; finding the
 * price of a project then only walks its poorest supporters.
 *
 * A project's ρ only grows during a run (budgets only shrink), so its last ρ is a lower bound:
 * each round re-evaluates projects in the order of their bounds and stops as soon as the best ρ
 * found is below the next bound. Only projects that share a supporter with the funded one change.
 */

/** What stays the same from one run to the next: add1 reruns MES with larger start budgets. */
export interface MesBase {
	groups: BallotGroups;
	costs: Rational[];
	/** Cost · unit. */
	scaledCosts: bigint[];
	/** ρ = payment per unit of weight / (q · rhoScale): the cost (cost utility) or the unit. */
	rhoScales: bigint[];
	/** Σ multiplicity · weight over each project's supporters. */
	totalWeights: bigint[];
	/** Tie-break places, 0 first. */
	ranks: Int32Array;
	/** B/n, scaled. */
	startBudget: bigint;
	/** B, scaled. */
	budget: bigint;
	/** One currency unit, scaled. */
	unit: bigint;
	maxWeight: number;
}

export function prepareMes(election: Election, groups: BallotGroups, utility: Utility, ranks: Int32Array): MesBase {
	const costs = election.projects.map((p) => p.cost);
	const denominator = commonDenominator([election.budget, ...costs]);
	// No voters means nobody supports anything; 1 keeps the scale defined.
	const voters = BigInt(Math.max(election.ballots.length, 1));
	const unit = denominator * voters;
	const scaledCosts = costs.map((c) => (c.num * unit) / c.den);
	const totalWeights = groups.supporters.map((supporters, p) => {
		let total = 0;
		supporters.forEach((g, i) => (total += groups.multiplicity[g] * groups.weights[p][i]));
		return BigInt(total);
	});
	return {
		groups,
		costs,
		scaledCosts,
		rhoScales: scaledCosts.map((cost) => (utility === 'cost' ? cost : unit)),
		totalWeights,
		ranks,
		startBudget: (election.budget.num * denominator) / election.budget.den,
		budget: (election.budget.num * unit) / election.budget.den,
		unit,
		maxWeight: Math.max(1, ...groups.weights.map((w) => Math.max(0, ...w)))
	};
}

/** One funded project of a run, in raw scaled form (reduced only when it is shown). */
export interface MesRound {
	project: number;
	rhoNum: bigint;
	rhoDen: bigint;
	priceNum: bigint;
	priceDen: bigint;
}

export interface MesRun {
	rounds: MesRound[];
	/** Total cost of the funded projects, scaled. */
	spentScaled: bigint;
	/** What the supporters of a project held together when counting stopped. */
	supportersHeld(project: number): Rational;
}

export function runMes(base: MesBase, increment: bigint): MesRun {
	const count = new Count(base, base.startBudget + increment * base.unit);
	return count.run();
}

export function roundRho({ rhoNum, rhoDen }: MesRound): Rational {
	return rational(rhoNum, rhoDen);
}

export function roundPrice({ priceNum, priceDen }: MesRound): Rational {
	return rational(priceNum, priceDen);
}

const APPROX_MARGIN = 1e-9;

class Count {
	private q = 1n;
	private readonly classOf: Int32Array;
	private readonly budget: bigint[];
	private readonly groupsIn: Int32Array;
	private classCount = 1;
	/** Live classes by budget, poorest first, and each class's place in that list. */
	private sorted: Int32Array;
	private sortedCount = 1;
	private readonly placeOf: Int32Array;
	/** Per project: ρ = keyNum / keyDen from its last evaluation, a lower bound once budgets change. */
	private readonly keyNum: bigint[];
	private readonly keyDen: bigint[];
	private readonly approx: Float64Array;
	private readonly dirty: Uint8Array;
	/** Per project, from its last evaluation: the price per unit of weight paymentNum/paymentDen over `evaluatedAt`. */
	private readonly paymentNum: bigint[];
	private readonly paymentDen: bigint[];
	private readonly evaluatedAt: bigint[];
	// Scratch space of evaluations, reused so the hot loop allocates nothing per supporter.
	private readonly stamp: Int32Array;
	private stampId = 0;
	private readonly amount: Float64Array;
	private readonly places: Int32Array;
	private readonly paidIn: Int32Array;

	constructor(
		private readonly base: MesBase,
		start: bigint
	) {
		const groupCount = base.groups.multiplicity.length;
		const projectCount = base.costs.length;
		const classes = groupCount + 1;
		this.classOf = new Int32Array(groupCount);
		this.budget = new Array<bigint>(classes).fill(0n);
		this.budget[0] = start;
		this.groupsIn = new Int32Array(classes);
		this.groupsIn[0] = groupCount;
		this.sorted = new Int32Array(classes);
		this.placeOf = new Int32Array(classes);
		this.keyNum = new Array<bigint>(projectCount).fill(0n);
		this.keyDen = new Array<bigint>(projectCount).fill(1n);
		this.approx = new Float64Array(projectCount);
		this.dirty = new Uint8Array(projectCount).fill(1);
		this.paymentNum = new Array<bigint>(projectCount).fill(0n);
		this.paymentDen = new Array<bigint>(projectCount).fill(1n);
		this.evaluatedAt = new Array<bigint>(projectCount).fill(1n);
		this.stamp = new Int32Array(classes);
		this.amount = new Float64Array(classes);
		this.places = new Int32Array(classes);
		this.paidIn = new Int32Array(classes).fill(-1);
	}

	run(): MesRun {
		const { base } = this;
		const heap = new MinHeap((a, b) => this.less(a, b));
		base.groups.supporters.forEach((supporters, p) => {
			if (supporters.length > 0) heap.push(p);
		});
		const rounds: MesRound[] = [];
		let spentScaled = 0n;
		for (;;) {
			const best = this.pickBest(heap);
			if (best < 0) break;
			rounds.push(this.fund(best, rounds.length));
			spentScaled += base.scaledCosts[best];
		}
		return { rounds, spentScaled, supportersHeld: (p) => this.held(p) };
	}

	/** Pops candidates in the order of their bounds until none can beat the best; -1 when nothing is affordable. */
	private pickBest(heap: MinHeap): number {
		let best = -1;
		const passed: number[] = [];
		while (heap.size > 0) {
			const top = heap.peek();
			if (best >= 0 && !this.less(top, best)) break;
			heap.pop();
			if (this.dirty[top] && !this.evaluate(top)) continue;
			if (best >= 0 && !this.less(top, best)) {
				passed.push(top);
				continue;
			}
			if (best >= 0) passed.push(best);
			best = top;
		}
		for (const p of passed) heap.push(p);
		return best;
	}

	/** By ρ, then by the tie-break; floating point only to skip exact comparisons that are far apart. */
	private less(a: number, b: number): boolean {
		const x = this.approx[a];
		const y = this.approx[b];
		if (Math.abs(x - y) > APPROX_MARGIN * Math.max(x, y)) return x < y;
		const left = this.keyNum[a] * this.keyDen[b];
		const right = this.keyNum[b] * this.keyDen[a];
		return left !== right ? left < right : this.base.ranks[a] < this.base.ranks[b];
	}

	/**
	 * Finds the smallest price t per unit of weight with Σ min(budget, t·weight) = cost over the
	 * supporters, walking them poorest (per unit of weight) first; false when they cannot afford it,
	 * which stays so for the rest of the run.
	 */
	private evaluate(p: number): boolean {
		const found = this.base.groups.uniform ? this.priceUniform(p) : this.priceWeighted(p);
		if (!found) return false;
		const [remaining, weight] = found;
		this.dirty[p] = 0;
		this.paymentNum[p] = remaining;
		this.paymentDen[p] = weight;
		this.evaluatedAt[p] = this.q;
		if (remaining === 0n) {
			this.keyNum[p] = 0n;
			this.keyDen[p] = 1n;
			this.approx[p] = 0;
			return true;
		}
		this.keyNum[p] = remaining;
		this.keyDen[p] = weight * this.q * this.base.rhoScales[p];
		this.approx[p] = ratioToFloat(remaining, this.keyDen[p]);
		return true;
	}

	/** Every weight is 1: supporters in one class are alike, and classes are already in budget order. */
	private priceUniform(p: number): [bigint, bigint] | null {
		const { classOf, stamp, amount, places, placeOf, sorted, budget } = this;
		const supporters = this.base.groups.supporters[p];
		const multiplicity = this.base.groups.multiplicity;
		const id = ++this.stampId;
		let touched = 0;
		for (let i = 0; i < supporters.length; i++) {
			const g = supporters[i];
			const c = classOf[g];
			if (stamp[c] !== id) {
				stamp[c] = id;
				amount[c] = multiplicity[g];
				places[touched++] = placeOf[c];
			} else amount[c] += multiplicity[g];
		}
		const order = places.subarray(0, touched).sort();
		let remaining = this.base.scaledCosts[p] * this.q;
		let weight = this.base.totalWeights[p];
		for (let k = 0; k < touched; k++) {
			const c = sorted[order[k]];
			const b = budget[c];
			if (remaining <= b * weight) return [remaining, weight];
			const voters = BigInt(amount[c]);
			remaining -= voters * b;
			weight -= voters;
		}
		return null;
	}

	/** Points utilities: supporters of one class may weigh a project differently, so entries are (class, weight). */
	private priceWeighted(p: number): [bigint, bigint] | null {
		const entries = this.weightedEntries(p);
		const { budget } = this;
		entries.sort((a, b) => {
			const left = budget[a.c] * BigInt(b.w);
			const right = budget[b.c] * BigInt(a.w);
			return left < right ? -1 : left > right ? 1 : 0;
		});
		let remaining = this.base.scaledCosts[p] * this.q;
		let weight = this.base.totalWeights[p];
		for (const { c, w, voters } of entries) {
			const b = budget[c];
			if (remaining * BigInt(w) <= b * weight) return [remaining, weight];
			remaining -= BigInt(voters) * b;
			weight -= BigInt(voters * w);
		}
		return null;
	}

	private weightedEntries(p: number): { c: number; w: number; voters: number; groups: number }[] {
		const { supporters, weights, multiplicity } = this.base.groups;
		const span = this.base.maxWeight + 1;
		const byKey = new Map<number, { c: number; w: number; voters: number; groups: number }>();
		supporters[p].forEach((g, i) => {
			const c = this.classOf[g];
			const w = weights[p][i];
			const entry = byKey.get(c * span + w);
			if (entry) {
				entry.voters += multiplicity[g];
				entry.groups++;
			} else byKey.set(c * span + w, { c, w, voters: multiplicity[g], groups: 1 });
		});
		return [...byKey.values()];
	}

	/** Deducts the payments for project q, splitting classes whose voters now differ, and keeps the order by budget. */
	private fund(q: number, round: number): MesRound {
		const { base } = this;
		const weight = this.paymentDen[q];
		const remaining = this.paymentNum[q] * (this.q / this.evaluatedAt[q]);
		const result = { project: q, rhoNum: this.keyNum[q], rhoDen: this.keyDen[q], priceNum: 0n, priceDen: 1n };
		if (remaining === 0n) return result;
		const divisor = gcd(remaining, weight);
		const grow = weight / divisor;
		const share = remaining / divisor;
		const paying = this.pay(q, round, remaining, weight, grow, share, result);
		if (grow !== 1n) for (let c = 0; c < this.classCount; c++) if (this.paidIn[c] !== round) this.budget[c] *= grow;
		result.priceDen *= this.q * base.unit;
		this.q *= grow;
		this.resort(paying);
		for (const p of base.groups.neighbours[q]) this.dirty[p] = 1;
		return result;
	}

	/**
	 * Each supporter pays min(budget, price·weight); budgets of the payers are written in the new
	 * scale (×grow). A class whose voters all support q keeps its number for one of its entries, so
	 * no class is ever left empty and there are never more classes than groups. Returns the
	 * classes that paid; sets the largest single payment on `result`.
	 */
	private pay(q: number, round: number, remaining: bigint, weight: bigint, grow: bigint, share: bigint, result: MesRound): number[] {
		const { supporters, weights } = this.base.groups;
		const entries = this.weightedEntries(q);
		const span = this.base.maxWeight + 1;
		const covered = new Map<number, number>();
		for (const { c, groups } of entries) covered.set(c, (covered.get(c) ?? 0) + groups);
		const kept = new Set<number>();
		const target = new Map<number, number>();
		const paying: number[] = [];
		// Read before writing: a class kept for one entry gets its new budget while others still split off it.
		const before = entries.map(({ c }) => this.budget[c]);
		entries.forEach(({ c, w, groups }, e) => {
			const b = before[e];
			const capped = b * weight <= remaining * BigInt(w);
			this.notePayment(result, capped ? b : remaining * BigInt(w), capped ? 1n : weight);
			const keep = !kept.has(c) && covered.get(c) === this.groupsIn[c];
			const into = keep ? c : this.classCount++;
			if (keep) kept.add(c);
			else {
				this.groupsIn[c] -= groups;
				this.groupsIn[into] = groups;
			}
			this.budget[into] = capped ? 0n : b * grow - share * BigInt(w);
			this.paidIn[into] = round;
			target.set(c * span + w, into);
			paying.push(into);
		});
		supporters[q].forEach((g, i) => (this.classOf[g] = target.get(this.classOf[g] * span + weights[q][i])!));
		return paying;
	}

	private notePayment(result: MesRound, num: bigint, den: bigint): void {
		if (num * result.priceDen > result.priceNum * den) {
			result.priceNum = num;
			result.priceDen = den;
		}
	}

	/** Merges the classes that paid (sorted anew) into the others (whose order a common factor keeps). */
	private resort(paying: number[]): void {
		const { budget, sorted, placeOf } = this;
		const byBudget = (a: number, b: number) => (budget[a] < budget[b] ? -1 : budget[a] > budget[b] ? 1 : 0);
		const changed = paying.sort(byBudget);
		const paidNow = new Set(changed);
		const merged = new Int32Array(sorted.length);
		let count = 0;
		let k = 0;
		for (let i = 0; i < this.sortedCount; i++) {
			const c = sorted[i];
			if (paidNow.has(c)) continue;
			while (k < changed.length && budget[changed[k]] < budget[c]) merged[count++] = changed[k++];
			merged[count++] = c;
		}
		while (k < changed.length) merged[count++] = changed[k++];
		for (let i = 0; i < count; i++) placeOf[merged[i]] = i;
		this.sorted = merged;
		this.sortedCount = count;
	}

	private held(p: number): Rational {
		const { supporters, multiplicity } = this.base.groups;
		let total = 0n;
		for (const g of supporters[p]) total += BigInt(multiplicity[g]) * this.budget[this.classOf[g]];
		return rational(total, this.q * this.base.unit);
	}
}

/** A close float of num/den even when both are far beyond the range of a double. */
function ratioToFloat(num: bigint, den: bigint): number {
	const bits = Math.max(num.toString(16).length, den.toString(16).length) * 4;
	if (bits < 1000) return Number(num) / Number(den);
	const shift = BigInt(bits - 900);
	return Number(num >> shift) / Number(den >> shift);
}
