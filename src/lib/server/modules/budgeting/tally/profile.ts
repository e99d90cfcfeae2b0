import type { Election, Utility } from './election';

/**
 * The ballots as the counting rules see them: projects by index, votes per project, and identical
 * ballots counted once with how often they occur. Voters with identical ballots are treated alike
 * by every rule (in MES they always hold the same budget), so counting them as one group with a
 * multiplicity gives the same result for a fraction of the work.
 */
export interface Votes {
	/** Project index by id, in the election's order. */
	index: Map<string, number>;
	/** Ballots that approve each project. */
	approvals: number[];
	/** Points ballots: the total points of each project; otherwise zeros. */
	points: number[];
}

export interface BallotGroups {
	/** How many voters cast each distinct ballot. */
	multiplicity: Int32Array;
	/** Per project, the groups whose utility for it is positive. */
	supporters: Int32Array[];
	/** Per project, parallel to `supporters`: the utility weight (1, or the points given). */
	weights: Int32Array[];
	/** Every weight is 1: utilities are the same for all supporters of a project. */
	uniform: boolean;
	/** Per project, the projects that share at least one supporting group with it (itself included). */
	neighbours: Int32Array[];
}

/** Checks the ballots against the projects and counts approvals and points; throws a RangeError on a malformed election. */
export function countVotes(election: Election): Votes {
	const index = new Map<string, number>();
	election.projects.forEach(({ id }, i) => {
		if (index.has(id)) throw new RangeError(`Project ${id} occurs twice`);
		index.set(id, i);
	});
	const approvals = new Array<number>(election.projects.length).fill(0);
	const points = new Array<number>(election.projects.length).fill(0);
	const seen = new Int32Array(election.projects.length).fill(-1);
	election.ballots.forEach((ballot, b) => {
		const given = election.kind === 'points' ? pointsOf(ballot.approvals, ballot.points, b) : null;
		ballot.approvals.forEach((id, j) => {
			const p = index.get(id);
			if (p === undefined) throw new RangeError(`Ballot ${b + 1} names unknown project ${id}`);
			if (seen[p] === b) throw new RangeError(`Ballot ${b + 1} approves project ${id} twice`);
			seen[p] = b;
			approvals[p]++;
			if (given) points[p] += given[j];
		});
	});
	return { index, approvals, points };
}

function pointsOf(approvals: string[], points: number[] | undefined, b: number): number[] {
	if (!points || points.length !== approvals.length) throw new RangeError(`Ballot ${b + 1} needs one number of points per project`);
	if (!points.every((n) => Number.isSafeInteger(n) && n >= 0)) throw new RangeError(`Ballot ${b + 1} has points that are not whole numbers of 0 or more`);
	return points;
}

/** Groups identical ballots, as far as `utility` can tell them apart. Expects ballots checked by `countVotes`. */
export function groupBallots(election: Election, votes: Votes, utility: Utility): BallotGroups {
	const byKey = new Map<string, number>();
	const members: { projects: number[]; weights: number[] }[] = [];
	const counts: number[] = [];
	for (const ballot of election.ballots) {
		const entries = supportedEntries(ballot.approvals, utility === 'points' ? ballot.points : undefined, votes.index);
		const key = entries.join(',');
		const known = byKey.get(key);
		if (known !== undefined) {
			counts[known]++;
			continue;
		}
		byKey.set(key, members.length);
		members.push(splitEntries(entries));
		counts.push(1);
	}
	return indexGroups(members, counts, election.projects.length);
}

// Project index and weight packed into one sortable number, so a ballot's key is one sort and one join.
const WEIGHT_SPAN = 2 ** 21;

function supportedEntries(approvals: string[], points: number[] | undefined, index: Map<string, number>): number[] {
	const entries: number[] = [];
	approvals.forEach((id, j) => {
		const weight = points ? points[j] : 1;
		if (weight === 0) return;
		if (weight >= WEIGHT_SPAN) throw new RangeError(`Too many points on one project: ${weight}`);
		entries.push(index.get(id)! * WEIGHT_SPAN + weight);
	});
	return entries.sort((a, b) => a - b);
}

function splitEntries(entries: number[]): { projects: number[]; weights: number[] } {
	return { projects: entries.map((e) => Math.floor(e / WEIGHT_SPAN)), weights: entries.map((e) => e % WEIGHT_SPAN) };
}

function indexGroups(members: { projects: number[]; weights: number[] }[], counts: number[], projectCount: number): BallotGroups {
	const sizes = new Array<number>(projectCount).fill(0);
	for (const { projects } of members) for (const p of projects) sizes[p]++;
	const supporters = sizes.map((size) => new Int32Array(size));
	const weights = sizes.map((size) => new Int32Array(size));
	const filled = new Array<number>(projectCount).fill(0);
	let uniform = true;
	members.forEach(({ projects, weights: given }, g) => {
		projects.forEach((p, j) => {
			supporters[p][filled[p]] = g;
			weights[p][filled[p]++] = given[j];
			if (given[j] !== 1) uniform = false;
		});
	});
	return { multiplicity: Int32Array.from(counts), supporters, weights, uniform, neighbours: neighboursOf(members, projectCount) };
}

function neighboursOf(members: { projects: number[] }[], projectCount: number): Int32Array[] {
	// A matrix rather than sets: ballots of 15 projects make 225 pairs each, and this runs once per tally.
	const shares = new Uint8Array(projectCount * projectCount);
	for (const { projects } of members) for (const p of projects) for (const q of projects) shares[p * projectCount + q] = 1;
	return Array.from({ length: projectCount }, (_, p) => {
		const row = shares.subarray(p * projectCount, (p + 1) * projectCount);
		return Int32Array.from(row.keys()).filter((q) => row[q] === 1);
	});
}
