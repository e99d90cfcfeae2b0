import { z } from 'zod';
import { areaInput, directoryFilter, organisationInput, themeInput } from '../modules/network';
import { phasesInput, spaceInput } from '../modules/spaces';
import { tokenNameInput } from '../modules/identity';
import { registrationInput } from '../modules/gatherings';

/**
 * Every JSON API operation, described once. The routes validate with these same schemas and
 * the OpenAPI document is generated from them, so the two cannot drift apart.
 */
export interface Operation {
	method: 'get' | 'post' | 'put' | 'delete';
	path: string;
	summary: string;
	tag: string;
	auth: 'none' | 'token';
	query?: z.ZodObject;
	body?: z.ZodType;
	/**
	 * A body the caller may leave out. The route reads it itself: the shared handler treats an
	 * empty body as malformed JSON.
	 */
	optionalBody?: z.ZodType;
	created?: boolean;
	/** The success answer, when it is not plain JSON or has a shape worth publishing. */
	response?: { description: string; contentType?: string; schema?: z.ZodType };
	/** Refusals beyond the usual 400, 401, 403 and 404, such as 409 for a full gathering. */
	problems?: number[];
}

const uuidFilter = (description: string) => z.uuid({ message: 'error.invalid' }).optional().describe(description);
/** Strict, unlike the agenda page's filter: a typo must not quietly widen the list to everything. */
const dayFilter = (description: string) =>
	z.iso
		.date({ message: 'error.date' })
		.refine((v) => v >= '2000' && v < '2201', { message: 'error.date' })
		.optional()
		.describe(description);

const gatheringQuery = z.object({
	space: uuidFilter('Id (uuid) of a space. A space slug is refused with 400: GET /spaces/{slug} gives the id.'),
	organisation: uuidFilter('Id (uuid) of an organising organisation.'),
	area: uuidFilter('Id (uuid) of an area; gatherings in its sub-areas are included.'),
	theme: uuidFilter('Id (uuid) of a theme.'),
	format: z.enum(['in_person', 'online', 'hybrid'], { message: 'error.choose' }).optional(),
	from: dayFilter('Gatherings starting on or after this day (YYYY-MM-DD, Amsterdam time). Without it: those not yet ended, and those without a date.'),
	to: dayFilter('Gatherings starting on or before this day (YYYY-MM-DD, Amsterdam time).'),
	page: z.coerce.number({ message: 'error.number' }).int({ message: 'error.number' }).min(1, { message: 'error.number' }).max(1000, { message: 'error.number' }).optional().describe('Page of 25, from 1.')
});

/** A signed-in caller's name and address come from the account; only their needs are asked. */
const registrationBody = registrationInput.pick({ needs: true });

/** The manage token in the service's answer belongs in the e-mail only; parsing drops it. */
export const placedResult = z.object({
	status: z.enum(['confirmed', 'waitlisted']),
	/** Place among the confirmed, or on the waiting list. */
	position: z.number().int().min(1)
});

export const operations = {
	listOrganisations: { method: 'get', path: '/organisations', summary: 'Directory of organisations', tag: 'network', auth: 'none', query: directoryFilter },
	createOrganisation: { method: 'post', path: '/organisations', summary: 'Create an organisation; the caller becomes its coordinator', tag: 'network', auth: 'token', body: organisationInput, created: true },
	getOrganisation: { method: 'get', path: '/organisations/{slug}', summary: 'One organisation with areas, themes and members', tag: 'network', auth: 'none' },
	updateOrganisation: { method: 'put', path: '/organisations/{slug}', summary: 'Replace an organisation (coordinators and administrators)', tag: 'network', auth: 'token', body: organisationInput },
	listAreas: { method: 'get', path: '/areas', summary: 'All areas, flat, with parent ids and CBS codes', tag: 'network', auth: 'none' },
	createArea: { method: 'post', path: '/areas', summary: 'Add an area (administrators)', tag: 'network', auth: 'token', body: areaInput, created: true },
	listThemes: { method: 'get', path: '/themes', summary: 'The theme taxonomy', tag: 'network', auth: 'none' },
	createTheme: { method: 'post', path: '/themes', summary: 'Add a theme (administrators)', tag: 'network', auth: 'token', body: themeInput, created: true },
	listSpaces: { method: 'get', path: '/spaces', summary: 'Spaces visible to the caller', tag: 'spaces', auth: 'none' },
	createSpace: { method: 'post', path: '/spaces', summary: 'Create a space owned by organisations the caller coordinates', tag: 'spaces', auth: 'token', body: spaceInput, created: true },
	getSpace: { method: 'get', path: '/spaces/{slug}', summary: 'One space with owners, phases and components', tag: 'spaces', auth: 'none' },
	setPhases: { method: 'put', path: '/spaces/{slug}/phases', summary: 'Replace the phases of a space (owners)', tag: 'spaces', auth: 'token', body: phasesInput },
	createToken: { method: 'post', path: '/tokens', summary: 'Create another personal access token for the caller', tag: 'identity', auth: 'token', body: tokenNameInput, created: true },
	listGatherings: { method: 'get', path: '/gatherings', summary: 'Upcoming gatherings visible to the caller, soonest first, 25 per page', tag: 'gatherings', auth: 'none', query: gatheringQuery },
	getGathering: { method: 'get', path: '/gatherings/{id}', summary: 'One gathering by id or slug, with its registration state for the caller', tag: 'gatherings', auth: 'none' },
	gatheringCalendar: {
		method: 'get',
		path: '/gatherings/{id}/calendar.ics',
		summary: 'One gathering (by id or slug) as an iCalendar file',
		tag: 'gatherings',
		auth: 'none',
		response: { description: 'An RFC 5545 calendar with one event, times in Europe/Amsterdam', contentType: 'text/calendar', schema: z.string() }
	},
	registerForGathering: {
		method: 'post',
		path: '/gatherings/{id}/registrations',
		summary: 'Register the caller for a gathering (by id or slug); a full gathering with a waiting list puts them on it',
		tag: 'gatherings',
		auth: 'token',
		optionalBody: registrationBody,
		created: true,
		response: { description: 'Registered, or on the waiting list, at this position', schema: placedResult },
		problems: [409]
	},
	cancelMyRegistration: {
		method: 'delete',
		path: '/gatherings/{id}/registrations/me',
		summary: "Cancel the caller's registration for a gathering (by id or slug); the first person waiting moves up",
		tag: 'gatherings',
		auth: 'token',
		response: { description: 'Cancelled', schema: z.object({ ok: z.literal(true) }) }
	}
} satisfies Record<string, Operation>;
