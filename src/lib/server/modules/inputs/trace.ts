// What became of an input, derived from its links alone: nobody types a status by hand, so the
// public answer can never drift from what was actually done with it.

export type PublicStatus = 'received' | 'grouped' | 'taken_up' | 'done' | 'stopped' | 'not_taken_up' | 'already_exists' | 'hidden';
export type ActionStatus = 'idea' | 'planned' | 'in_progress' | 'done' | 'stopped';

export const publicStatuses: PublicStatus[] = ['received', 'grouped', 'taken_up', 'done', 'stopped', 'not_taken_up', 'already_exists', 'hidden'];

/** An action the input reached, directly or through one of its spearheads. */
export interface LinkedAction {
	slug: string;
	title: string;
	pillarTitle: string;
	status: ActionStatus;
	statusSince: Date;
	stopReason: string;
	linkedAt: Date;
	/** The spearhead it came through; null when the input was linked to the action itself. */
	via: { id: string; title: string } | null;
}

export interface TraceFacts {
	createdAt: Date;
	hidden: { at: Date; reason: string } | null;
	closure: { kind: 'not_taken_up' | 'already_exists'; reason: string; url: string; at: Date } | null;
	spearheads: { id: string; title: string; addedAt: Date }[];
	actions: LinkedAction[];
}

/**
 * Hidden beats everything (the text is gone from view); an action beats a closure, since an
 * input taken up after all is no longer "not taken up"; a closure beats grouping, being the
 * facilitator's answer.
 * Among actions, a live one counts: "done" only when every live action is done, "stopped" only
 * when every action stopped.
 */
export function publicStatus(f: TraceFacts): PublicStatus {
	if (f.hidden) return 'hidden';
	if (f.actions.length) {
		const live = f.actions.filter((a) => a.status !== 'stopped');
		if (!live.length) return 'stopped';
		return live.every((a) => a.status === 'done') ? 'done' : 'taken_up';
	}
	if (f.closure) return f.closure.kind;
	return f.spearheads.length ? 'grouped' : 'received';
}

export type TraceStep =
	| { kind: 'received'; at: Date }
	| { kind: 'grouped'; at: Date; spearhead: { id: string; title: string } }
	| { kind: 'taken_up'; at: Date; action: LinkedAction }
	| { kind: 'done'; at: Date; action: LinkedAction }
	| { kind: 'stopped'; at: Date; action: LinkedAction }
	| { kind: 'not_taken_up' | 'already_exists'; at: Date; reason: string; url: string }
	| { kind: 'hidden'; at: Date; reason: string };

/** The chain with dates, oldest first, as the input's public page tells it. */
export function traceSteps(f: TraceFacts): TraceStep[] {
	const steps: TraceStep[] = [{ kind: 'received', at: f.createdAt }];
	for (const s of f.spearheads) steps.push({ kind: 'grouped', at: s.addedAt, spearhead: { id: s.id, title: s.title } });
	for (const action of dedupeActions(f.actions)) {
		steps.push({ kind: 'taken_up', at: action.linkedAt, action });
		// An action that was already done when the input was linked to it is done from then on, for this input.
		const since = action.statusSince > action.linkedAt ? action.statusSince : action.linkedAt;
		if (action.status === 'done' || action.status === 'stopped') steps.push({ kind: action.status, at: since, action });
	}
	if (f.closure && !f.actions.length) steps.push({ kind: f.closure.kind, at: f.closure.at, reason: f.closure.reason, url: f.closure.url });
	if (f.hidden) steps.push({ kind: 'hidden', at: f.hidden.at, reason: f.hidden.reason });
	// Stable: steps of the same moment keep the order of the chain.
	return steps.map((step, i) => ({ step, i })).sort((a, b) => a.step.at.getTime() - b.step.at.getTime() || a.i - b.i).map(({ step }) => step);
}

/** Shortened to what a list or letter needs, still in order. */
export function dedupeActions(actions: LinkedAction[]): LinkedAction[] {
	const seen = new Map<string, LinkedAction>();
	for (const a of actions) {
		const known = seen.get(a.slug);
		// A direct link says more than one through a spearhead; otherwise the earliest counts.
		if (!known || (known.via && !a.via) || (Boolean(known.via) === Boolean(a.via) && a.linkedAt < known.linkedAt)) seen.set(a.slug, a);
	}
	return [...seen.values()].sort((a, b) => a.linkedAt.getTime() - b.linkedAt.getTime());
}
