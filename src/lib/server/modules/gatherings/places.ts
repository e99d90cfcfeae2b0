/** The rules for taking a place, as pure functions of the numbers read under the list's lock. */

export interface ListRules {
	capacity: number | null;
	opensAt: Date | null;
	closesAt: Date | null;
	waitlist: boolean;
}

export type Window = 'open' | 'notYetOpen' | 'closed';

/**
 * Registration is open between the opening and closing moments the organiser set. Without a
 * closing moment it closes when the first of the list's sessions starts.
 */
export function registrationWindow(rules: ListRules, firstStart: Date | null, now: Date): Window {
	if (rules.opensAt && now < rules.opensAt) return 'notYetOpen';
	const closes = rules.closesAt ?? firstStart;
	if (closes && now >= closes) return 'closed';
	return 'open';
}

export type Placement = 'confirmed' | 'waitlisted' | 'full';

export function placement(rules: Pick<ListRules, 'capacity' | 'waitlist'>, confirmed: number): Placement {
	if (rules.capacity === null || confirmed < rules.capacity) return 'confirmed';
	return rules.waitlist ? 'waitlisted' : 'full';
}

/** How many people on the waitlist move up when places come free. */
export function placesToFill(capacity: number | null, confirmed: number, waiting: number): number {
	if (capacity === null) return waiting;
	return Math.max(0, Math.min(capacity - confirmed, waiting));
}
