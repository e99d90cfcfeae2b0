import type { Rational } from './rational';

/** What a tally needs to know of one project. Money is in any unit, as long as it is the same everywhere. */
export interface TallyProject {
	id: string;
	cost: Rational;
}

/** One voter's ballot: the projects approved, each once. An empty ballot still counts as a voter. */
export interface TallyBallot {
	approvals: string[];
	/** Points ballots: the points given, parallel to `approvals`. */
	points?: number[];
}

export interface Election {
	budget: Rational;
	projects: TallyProject[];
	ballots: TallyBallot[];
	kind: 'approval' | 'points';
}

export type Rule = 'greedy' | 'mes';
export type Utility = 'cost' | 'approval' | 'points';
export type Completion = 'none' | 'greedy' | 'add1' | 'add1-greedy';
export type Add1Until = 'exhaustive' | 'budget';
export type TieBreak = 'id' | 'votes' | 'cost';

export interface TallyOptions {
	rule: Rule;
	/** Greedy (also as completion): order by votes divided by cost instead of by votes. */
	perCost?: boolean;
	/** MES: a voter's utility for an approved project. Default `cost`, `points` for points ballots. */
	utility?: Utility;
	/** MES only. Default `none`. */
	completion?: Completion;
	/** add1: which stopping rule. Default `exhaustive`. */
	add1Until?: Add1Until;
	/** Default `id`. */
	tieBreak?: TieBreak;
}

/** The options as counted, every default filled in, so a results page can state them. */
export type TallySettings = Required<TallyOptions>;

/** Why a project was funded. */
export type Funding =
	/** Greedy: funded at its turn; `position` is that turn in the greedy order, 1-based. */
	| { stage: 'greedy'; position: number }
	/**
	 * Method of Equal Shares, in round `round` (1-based). `rho` is the price per unit of utility;
	 * `pricePerSupporter` the largest amount one supporter paid (others paid less when they had less).
	 */
	| { stage: 'mes'; round: number; pricePerSupporter: Rational; rho: Rational }
	/** Added after MES by greedy completion, at its turn `position` in the greedy order. */
	| { stage: 'completion'; position: number };

/** Why a project was not funded. */
export type NotFunded =
	/** Greedy (also as completion): at its turn `position` only `leftAtTurn` was left, less than its cost. */
	| { reason: 'doesNotFit'; position: number; leftAtTurn: Rational }
	/** MES: when counting stopped, its supporters together held `supportersHeld`, less than `cost`. */
	| { reason: 'supportersRanOut'; supportersHeld: Rational; cost: Rational }
	/** MES: nobody supported it, and MES only funds what voters ask for. */
	| { reason: 'noSupport' };

interface ProjectFacts {
	id: string;
	cost: Rational;
	/** Number of ballots that approve it. */
	votes: number;
	/** Points ballots: the points it got in total. */
	points?: number;
}

export type ProjectResult = ProjectFacts & ({ funded: true; why: Funding } | { funded: false; why: NotFunded });

export interface Outcome {
	/** In the order funded. */
	selected: string[];
	spent: Rational;
	budget: Rational;
	/** One per project, in the election's project order. */
	projects: ProjectResult[];
	settings: TallySettings;
	/** MES with add1: the increment per voter that was used (0 if none) and how many MES runs it took. */
	add1?: { increment: bigint; runs: number };
}
