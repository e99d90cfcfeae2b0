/**
 * The rules of one ballot, checked before it is cast. Pure, so the page can show the running total
 * and every rule broken after a submit without JavaScript, and the service refuses the same way.
 */
export type BallotKind = 'approval' | 'knapsack' | 'points';

export interface BallotRules {
	kind: BallotKind;
	budgetCents: number;
	/** Approval: at most this many projects (null: no limit). */
	maxProjects: number | null;
	/** Points: how many points there are to spread. */
	pointsTotal: number | null;
	/** The projects on this ballot, by their code, with their cost. */
	projects: ReadonlyMap<string, number>;
}

/** For approval ballots every chosen project has 1 point. */
export type Choices = ReadonlyMap<string, number>;

export type BallotProblem =
	| { kind: 'empty' }
	| { kind: 'unknownProject'; code: string }
	| { kind: 'badPoints'; code: string }
	| { kind: 'tooManyProjects'; max: number; chosen: number }
	| { kind: 'overBudget'; overCents: number }
	| { kind: 'tooManyPoints'; max: number; given: number };

export interface BallotCheck {
	costCents: number;
	points: number;
	problems: BallotProblem[];
}

export function checkBallot(rules: BallotRules, choices: Choices): BallotCheck {
	const problems: BallotProblem[] = [];
	let costCents = 0;
	let points = 0;
	let chosen = 0;
	for (const [code, given] of choices) {
		const cost = rules.projects.get(code);
		if (cost === undefined) {
			problems.push({ kind: 'unknownProject', code });
			continue;
		}
		if (!Number.isSafeInteger(given) || given < 0 || (rules.kind !== 'points' && given > 1)) {
			problems.push({ kind: 'badPoints', code });
			continue;
		}
		if (given === 0) continue;
		chosen++;
		costCents += cost;
		points += given;
	}
	if (chosen === 0 && problems.length === 0) problems.push({ kind: 'empty' });
	if (rules.kind === 'approval' && rules.maxProjects !== null && chosen > rules.maxProjects)
		problems.push({ kind: 'tooManyProjects', max: rules.maxProjects, chosen });
	if (rules.kind === 'knapsack' && costCents > rules.budgetCents) problems.push({ kind: 'overBudget', overCents: costCents - rules.budgetCents });
	if (rules.kind === 'points' && rules.pointsTotal !== null && points > rules.pointsTotal)
		problems.push({ kind: 'tooManyPoints', max: rules.pointsTotal, given: points });
	return { costCents, points, problems };
}

/** The projects a ballot supports, in code order, with their points: what is stored and counted. */
export function castChoices(choices: Choices): { projects: string[]; points: number[] } {
	const given = [...choices].filter(([, p]) => p > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return { projects: given.map(([code]) => code), points: given.map(([, p]) => p) };
}
