/** The public figures of a desk: pure, over the requests of the last twelve months. */
import { workingDaysBetween } from './workdays';

export interface FigureSource {
	submittedAt: Date;
	acknowledgedAt: Date | null;
	decidedAt: Date | null;
	decideDue: Date;
	decision: 'yes' | 'yes_with_conditions' | 'no' | null;
}

export interface DeskFigures {
	received: number;
	decided: number;
	/** Median working days; null when nothing has happened yet. */
	medianAcknowledgeDays: number | null;
	medianDecideDays: number | null;
	/** Whole percentages of the decided requests; null when none was decided. */
	onTimePercent: number | null;
	decisionPercent: { yes: number; yes_with_conditions: number; no: number } | null;
}

export function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const percent = (part: number, whole: number) => Math.round((100 * part) / whole);

export function deskFigures(requests: FigureSource[]): DeskFigures {
	const acknowledged = requests.filter((r) => r.acknowledgedAt);
	const decided = requests.filter((r): r is FigureSource & { decidedAt: Date; decision: NonNullable<FigureSource['decision']> } => r.decidedAt !== null && r.decision !== null);
	const count = (d: string) => decided.filter((r) => r.decision === d).length;
	return {
		received: requests.length,
		decided: decided.length,
		medianAcknowledgeDays: median(acknowledged.map((r) => workingDaysBetween(r.submittedAt, r.acknowledgedAt!))),
		medianDecideDays: median(decided.map((r) => workingDaysBetween(r.submittedAt, r.decidedAt))),
		onTimePercent: decided.length ? percent(decided.filter((r) => r.decidedAt <= r.decideDue).length, decided.length) : null,
		decisionPercent: decided.length
			? { yes: percent(count('yes'), decided.length), yes_with_conditions: percent(count('yes_with_conditions'), decided.length), no: percent(count('no'), decided.length) }
			: null
	};
}
