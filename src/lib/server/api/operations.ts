import { z } from 'zod';
import { areaInput, directoryFilter, organisationInput, themeInput } from '../modules/network';
import { phasesInput, spaceInput } from '../modules/spaces';
import { tokenNameInput } from '../modules/identity';
import { registrationInput } from '../modules/gatherings';
import { closeInput, hideInput, inputFilter, inputSubmission, spearheadInput, spearheadMembers } from '../modules/inputs';
import { actionInput, linkInput, pillarInput, updateInput } from '../modules/programme';

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
	},
	listInputs: { method: 'get', path: '/spaces/{slug}/inputs', summary: 'Input given in a space, newest first, 25 per page, each with its derived status', tag: 'inputs', auth: 'none', query: inputFilter },
	submitInput: { method: 'post', path: '/spaces/{slug}/inputs', summary: 'Give input in a space; with an e-mail address (or the account) its author is told what becomes of it', tag: 'inputs', auth: 'token', body: inputSubmission, created: true },
	inputFunnel: { method: 'get', path: '/spaces/{slug}/funnel', summary: 'How much input was received, grouped, taken up, answered, and what waits longest', tag: 'inputs', auth: 'none' },
	getInput: { method: 'get', path: '/inputs/{id}', summary: 'One input with its status and the chain of what was done with it, with dates', tag: 'inputs', auth: 'none' },
	answerInput: { method: 'post', path: '/inputs/{id}/answer', summary: 'Answer an input: not taken up, or already exists, always with a reason (facilitators)', tag: 'inputs', auth: 'token', body: closeInput, problems: [409] },
	hideInput: { method: 'post', path: '/inputs/{id}/hide', summary: 'Hide an input with a public reason; it is never deleted (moderators)', tag: 'inputs', auth: 'token', body: hideInput },
	listSpearheads: { method: 'get', path: '/spaces/{slug}/spearheads', summary: 'The spearheads of a space with their input counts and actions', tag: 'inputs', auth: 'none' },
	createSpearhead: { method: 'post', path: '/spaces/{slug}/spearheads', summary: 'Group inputs into a new spearhead (facilitators)', tag: 'inputs', auth: 'token', body: spearheadInput, created: true },
	getSpearhead: { method: 'get', path: '/spearheads/{id}', summary: 'One spearhead with its inputs (100 per page) and the actions it led to', tag: 'inputs', auth: 'none' },
	addToSpearhead: { method: 'post', path: '/spearheads/{id}/inputs', summary: 'Add inputs of the same space to a spearhead (facilitators)', tag: 'inputs', auth: 'token', body: spearheadMembers },
	getProgramme: { method: 'get', path: '/spaces/{slug}/programme', summary: 'The programme of a space: pillars in order, each with its actions and owners', tag: 'programme', auth: 'none' },
	createPillar: { method: 'post', path: '/spaces/{slug}/pillars', summary: 'Add a pillar to the programme of a space (facilitators)', tag: 'programme', auth: 'token', body: pillarInput, created: true },
	createAction: { method: 'post', path: '/actions', summary: 'Add an action to a pillar (facilitators of its space)', tag: 'programme', auth: 'token', body: actionInput, created: true },
	getAction: { method: 'get', path: '/actions/{slug}', summary: 'One action with owners, progress, updates, policy anchors and the inputs and spearheads behind it', tag: 'programme', auth: 'none' },
	updateAction: { method: 'put', path: '/actions/{slug}', summary: 'Replace an action (facilitators); a new status reaches the inputs behind it', tag: 'programme', auth: 'token', body: actionInput },
	postActionUpdate: { method: 'post', path: '/actions/{slug}/updates', summary: 'Post a dated progress update (facilitators and members of an owning organisation)', tag: 'programme', auth: 'token', body: updateInput, created: true },
	linkToAction: { method: 'post', path: '/actions/{slug}/links', summary: 'Link a spearhead, or one input by its number, of the same space to an action (facilitators)', tag: 'programme', auth: 'token', body: linkInput, created: true }
} satisfies Record<string, Operation>;
