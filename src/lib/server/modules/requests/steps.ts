/** Whether each promised step was kept: pure, for the timeline and the job that escalates. */

export type StepState = 'open' | 'on_time' | 'late' | 'overdue';

export interface PromisedStep {
	step: 'acknowledge' | 'decide';
	due: Date;
	doneAt: Date | null;
	state: StepState;
}

export interface StepSource {
	acknowledgeDue: Date;
	acknowledgedAt: Date | null;
	decideDue: Date;
	decidedAt: Date | null;
	/** A request withdrawn or closed without a decision owes nothing more. */
	closedAt: Date | null;
	/** While the organisation waits for the initiative the clock stands still. */
	waitingSince: Date | null;
}

export function stepState(due: Date, doneAt: Date | null, now: Date, stopped: boolean): StepState {
	if (doneAt) return doneAt <= due ? 'on_time' : 'late';
	if (stopped) return 'open';
	return now > due ? 'overdue' : 'open';
}

export function promisedSteps(r: StepSource, now: Date): PromisedStep[] {
	const closed = r.closedAt !== null;
	return [
		{ step: 'acknowledge', due: r.acknowledgeDue, doneAt: r.acknowledgedAt, state: stepState(r.acknowledgeDue, r.acknowledgedAt, now, closed) },
		{ step: 'decide', due: r.decideDue, doneAt: r.decidedAt, state: stepState(r.decideDue, r.decidedAt, now, closed || r.waitingSince !== null) }
	];
}
