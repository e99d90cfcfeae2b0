import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { TZDate } from '@date-fns/tz';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { zone } from './times';

export interface CalendarEvent {
	/** Stable for the life of the gathering, so calendars update the event instead of adding one. */
	uid: string;
	sequence: number;
	title: string;
	description: string;
	startsAt: Date;
	endsAt: Date | null;
	location: string;
	url: string;
	cancelled: boolean;
	updatedAt: Date;
}

/**
 * The tz database made Europe/Amsterdam a link to Europe/Brussels, and the library hands out the
 * Brussels block. The rules are the same; the name must match the TZID our events carry.
 */
function amsterdamTimezone(name: string): string | null {
	const [block] = tzlib_get_ical_block(name);
	return block ? block.replaceAll('Europe/Brussels', name) : null;
}

const defaultLength = 2 * 60 * 60 * 1000;

/** An RFC 5545 calendar; times carry the Europe/Amsterdam zone with its VTIMEZONE. */
export function calendar(name: string, events: CalendarEvent[]): string {
	const cal = ical({
		name,
		prodId: { company: 'Samenspel', product: 'Samenspel', language: 'NL' },
		method: ICalCalendarMethod.PUBLISH,
		timezone: { name: null, generator: amsterdamTimezone }
	});
	for (const event of events) {
		cal.createEvent({
			id: event.uid,
			sequence: event.sequence,
			summary: event.title,
			description: event.description,
			start: new TZDate(event.startsAt.getTime(), zone),
			end: new TZDate((event.endsAt ?? new Date(event.startsAt.getTime() + defaultLength)).getTime(), zone),
			timezone: zone,
			location: event.location || null,
			url: event.url,
			status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
			stamp: event.updatedAt,
			lastModified: event.updatedAt
		});
	}
	return cal.toString();
}
