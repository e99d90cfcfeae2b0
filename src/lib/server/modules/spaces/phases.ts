export interface PhaseDates {
	startsOn: string | null;
	endsOn: string | null;
}

export type PhaseState = 'past' | 'current' | 'upcoming' | 'undated';

/** Where a phase stands on a given day (ISO dates compare as strings). */
export function phaseState(phase: PhaseDates, today: string): PhaseState {
	if (!phase.startsOn && !phase.endsOn) return 'undated';
	if (phase.endsOn && phase.endsOn < today) return 'past';
	if (phase.startsOn && phase.startsOn > today) return 'upcoming';
	return 'current';
}

const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** Today's date in Europe/Amsterdam as YYYY-MM-DD. */
export function amsterdamToday(now = new Date()): string {
	return isoDay.format(now);
}
