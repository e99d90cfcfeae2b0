import type { Db } from './db/client';
import type { Actor } from './modules/identity';
import { amsterdamParts, type GatheringView } from './modules/gatherings';
import { listOrganisations, membershipsOf, organisationSummaries } from './modules/network';

const eventStatus = { scheduled: 'https://schema.org/EventScheduled', cancelled: 'https://schema.org/EventCancelled' };
const attendanceMode = {
	in_person: 'https://schema.org/OfflineEventAttendanceMode',
	online: 'https://schema.org/OnlineEventAttendanceMode',
	hybrid: 'https://schema.org/MixedEventAttendanceMode'
};

/**
 * Schema.org Event as JSON-LD, so search engines and agenda sites can list the gathering.
 * "<" is escaped so a title can never close the script element it is placed in.
 */
export function gatheringJsonLd(g: GatheringView, origin: string): string {
	const url = `${origin}/bijeenkomsten/${g.slug}`;
	const place = g.format !== 'online' && g.address ? { '@type': 'Place', name: g.address, address: g.address } : null;
	const virtual = g.format !== 'in_person' ? { '@type': 'VirtualLocation', url } : null;
	const event = {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: g.title,
		description: g.description.slice(0, 500),
		url,
		startDate: g.startsAt?.toISOString(),
		endDate: g.endsAt?.toISOString(),
		eventStatus: eventStatus[g.status],
		eventAttendanceMode: attendanceMode[g.format],
		location: [place, virtual].filter(Boolean),
		organizer: g.organisers.map((o) => ({ '@type': 'Organization', name: o.name, url: `${origin}/organisaties/${o.slug}` })),
		isAccessibleForFree: true,
		maximumAttendeeCapacity: g.registration.capacity ?? undefined
	};
	return JSON.stringify(event).replace(/</g, '\\u003c');
}

/** A stored gathering as the values of its edit form, times in Amsterdam. */
export function gatheringFormValues(g: {
	startsAt: Date | null;
	endsAt: Date | null;
	[key: string]: unknown;
}, list: { capacity: number | null; waitlist: boolean; opensAt: Date | null; closesAt: Date | null }, organiserIds: string[], themeIds: string[]) {
	const start = g.startsAt ? amsterdamParts(g.startsAt) : null;
	const end = g.endsAt ? amsterdamParts(g.endsAt) : null;
	return {
		...g,
		startDay: start?.day ?? '',
		startTime: start?.time ?? '',
		endTime: end?.time ?? '',
		endDay: end && start && end.day !== start.day ? end.day : '',
		...listFormValues(list),
		organiserIds,
		themeIds
	};
}

export function listFormValues(list: { capacity: number | null; waitlist: boolean; opensAt: Date | null; closesAt: Date | null }) {
	return {
		capacity: list.capacity ?? '',
		waitlist: list.waitlist,
		registrationOpens: localMoment(list.opensAt),
		registrationCloses: localMoment(list.closesAt)
	};
}

function localMoment(instant: Date | null): string {
	if (!instant) return '';
	const { day, time } = amsterdamParts(instant);
	return `${day}T${time}`;
}

/** The organisations an actor may name as organisers: their own, and in a space its co-owners. */
export async function organiserChoices(db: Db, actor: Actor, spaceOwnerIds: string[] = []) {
	if (actor.isAdmin) return (await listOrganisations(db)).map((o) => ({ id: o.id, name: o.name }));
	const own = (await membershipsOf(db, actor.userId)).map((m) => ({ id: m.organisationId, name: m.name }));
	const owners = await organisationSummaries(db, spaceOwnerIds.filter((id) => !own.some((o) => o.id === id)));
	return [...own, ...owners.map((o) => ({ id: o.id, name: o.name }))].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
