import { z } from 'zod';
import { areaInput, directoryFilter, organisationInput, themeInput } from '../modules/network';
import { phasesInput, spaceInput } from '../modules/spaces';
import { tokenNameInput } from '../modules/identity';
import { registrationInput } from '../modules/gatherings';
import { closeInput, hideInput, inputFilter, inputSubmission, spearheadInput, spearheadMembers } from '../modules/inputs';
import { actionInput, linkInput, pillarInput, updateInput } from '../modules/programme';
import {
	assignInput,
	closeInput as requestCloseInput,
	decisionInput,
	decisions,
	escalationInput,
	messageInput,
	planPhases,
	publicityInput,
	requestInput,
	requestStatuses,
	requestTypes,
	statusInput,
	type RequestView
} from '../modules/requests';
import { ballotBody } from '../modules/budgeting';
import { maxTextCharacters } from '../modules/plainlanguage';

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

// ---- Requests, desks and the plans radar ------------------------------------------------------
//
// Desks (request types with their promises, contact points, escalation, figures) and plans are
// public. A request belongs to its two parties: the initiative that asked and the organisation
// asked. Anyone else is told it does not exist (404), unless both parties made it public; then it
// can be read, never written. The answers below are shaped by their schemas: what a schema does
// not name (e-mail addresses, user ids the caller has no use for) is left out.

/** A moment, as an ISO 8601 string in the JSON. */
const instant = z.date().meta({ type: 'string', format: 'date-time' });
const calendarDay = z.string().meta({ format: 'date' });
const organisationRef = z.object({ id: z.string(), slug: z.string(), name: z.string(), kind: z.string() });
const requestType = z.enum(requestTypes);
const requestStatus = z.enum(requestStatuses);
const decision = z.enum(decisions);
const promisedStep = z.object({
	step: z.enum(['acknowledge', 'decide']),
	due: instant,
	doneAt: instant.nullable(),
	state: z.enum(['open', 'on_time', 'late', 'overdue']).describe('open, on_time, late, or overdue (past its due moment and not done)')
});

export const deskAnswer = z.object({
	organisation: organisationRef,
	open: z.boolean().describe('Whether the organisation takes requests: it offers at least one request type'),
	intro: z.string(),
	escalation: z.object({ role: z.string(), personName: z.string().nullable() }).nullable().describe('Where an overdue step goes'),
	challengeCriteria: z.array(z.string()).describe('What a right-to-challenge request is judged by'),
	promises: z.array(z.object({ type: requestType, acknowledgeDays: z.number().int(), decideDays: z.number().int(), note: z.string() })).describe('The request types offered, with the promised working days'),
	contactPoints: z.array(
		z.object({
			id: z.string(),
			role: z.string(),
			personName: z.string().nullable(),
			themes: z.array(z.object({ id: z.string(), nl: z.string(), en: z.string() })),
			areas: z.array(z.object({ id: z.string(), name: z.string() }))
		})
	),
	figures: z.object({
		received: z.number().int(),
		decided: z.number().int(),
		medianAcknowledgeDays: z.number().nullable(),
		medianDecideDays: z.number().nullable(),
		onTimePercent: z.number().int().nullable(),
		decisionPercent: z.object({ yes: z.number().int(), yes_with_conditions: z.number().int(), no: z.number().int() }).nullable()
	}).describe('The last twelve months, in working days and whole percentages'),
	publicRequests: z.array(z.object({ id: z.string(), reference: z.string(), subject: z.string(), type: requestType, status: requestStatus, decision: decision.nullable(), submittedAt: instant })).describe('Requests both parties made public, newest first')
});

export const deskListAnswer = z.array(organisationRef.extend({ types: z.array(requestType) }));

export const planAnswer = z.object({
	id: z.string(),
	slug: z.string(),
	title: z.string(),
	description: z.string(),
	phase: z.enum(planPhases),
	themeIds: z.array(z.string()),
	areaIds: z.array(z.string()).describe('Empty: the plan concerns no area in particular'),
	participationFrom: calendarDay.nullable(),
	participationUntil: calendarDay.nullable(),
	howToTakePart: z.string(),
	publishedAt: instant,
	updatedAt: instant,
	organisation: organisationRef
});
export const planListAnswer = z.array(planAnswer);
export const planDetailAnswer = planAnswer.extend({
	contact: z.object({ role: z.string(), personName: z.string().nullable() }).nullable(),
	space: z.object({ slug: z.string(), title: z.string() }).nullable().describe('The space where people take part, when the caller may see it')
});

const requestSummary = z.object({
	id: z.string(),
	reference: z.string(),
	subject: z.string(),
	type: requestType,
	status: requestStatus,
	organisation: organisationRef,
	initiative: organisationRef,
	handlerName: z.string().nullable(),
	mine: z.boolean().describe('The caller handles it'),
	submittedAt: instant,
	acknowledgedAt: instant.nullable(),
	decidedAt: instant.nullable(),
	closedAt: instant.nullable(),
	waitingSince: instant.nullable(),
	escalatedAt: instant.nullable(),
	decision: decision.nullable(),
	steps: z.array(promisedStep)
});
export const myRequestsAnswer = z.object({
	sent: z.array(requestSummary).describe("Asked by the caller's initiatives"),
	received: z.array(requestSummary).describe("Asked of the caller's organisations")
});

export const requestAnswer = z.object({
	id: z.string(),
	reference: z.string(),
	type: requestType,
	subject: z.string(),
	description: z.string(),
	themeIds: z.array(z.string()),
	areaId: z.string().nullable(),
	desiredOn: calendarDay.nullable(),
	status: requestStatus,
	submittedAt: instant,
	submittedBy: z.string().describe('Name of the person who asked'),
	organisation: organisationRef,
	initiative: organisationRef,
	handler: z.object({ userId: z.string().optional().describe("Only for the organisation's own side"), name: z.string() }).nullable(),
	contactRole: z.string().nullable(),
	escalationRole: z.string().nullable(),
	promise: z.object({ acknowledgeDays: z.number().int(), decideDays: z.number().int() }).describe('As it stood when the request came in'),
	steps: z.array(promisedStep),
	waitingSince: instant.nullable().describe('Waiting for the initiative since then: the decision clock stands still'),
	escalatedAt: instant.nullable(),
	decision: z.object({ decision, reason: z.string(), conditions: z.string(), alternative: z.string(), decidedAt: instant }).nullable(),
	criteria: z.array(z.string()),
	assessment: z.array(z.object({ position: z.number().int(), criterion: z.string(), met: z.boolean(), note: z.string() })),
	publicity: z.object({ byInitiative: z.boolean(), byOrganisation: z.boolean(), public: z.boolean() }),
	timeline: z.array(
		z.object({
			id: z.string(),
			kind: z.string(),
			at: instant,
			side: z.enum(['initiative', 'organisation', 'platform']),
			by: z.string().nullable().describe('Name of who did it; null for the platform'),
			body: z.string(),
			internal: z.boolean().describe("A note of the organisation's own; only its members see these"),
			params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).describe('People in here are names')
		})
	),
	attachments: z.array(z.object({ id: z.string(), filename: z.string(), size: z.number().int(), addedAt: instant })).describe('For the parties only'),
	colleagues: z.array(z.object({ userId: z.string(), name: z.string() })).describe("For the organisation's side: who the request can be handed over to"),
	permissions: z.object({
		party: z.boolean(),
		handle: z.boolean(),
		notes: z.boolean(),
		talk: z.boolean(),
		acknowledge: z.boolean(),
		setStatus: z.boolean(),
		decide: z.boolean(),
		assess: z.boolean(),
		escalate: z.boolean(),
		close: z.boolean(),
		publicity: z.boolean()
	}).describe('What the caller may do now')
});

/**
 * An answer shaped by its published schema. A service answer that does not fit is our fault, so
 * it is a 500, not a 400 that would blame the caller.
 */
export function shaped<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
	const result = schema.safeParse(value);
	if (!result.success) throw new Error(`An API answer does not fit its schema: ${result.error.message}`);
	return result.data;
}

/** A request as the caller may see it: the handler's user id only for the organisation's side. */
export function requestFor(view: RequestView) {
	const handler = view.handler && !view.permissions.handle ? { name: view.handler.name } : view.handler;
	return shaped(requestAnswer, { ...view, handler });
}

const planQuery = z.object({
	theme: uuidFilter('Id (uuid) of a theme.'),
	area: uuidFilter('Id (uuid) of an area; plans for its sub-areas, and plans for no area in particular, are included.'),
	phase: z.enum(planPhases, { message: 'error.choose' }).optional()
});

/** Right to challenge: one verdict per published criterion, in their order. */
export const assessmentBody = z.object({
	verdicts: z
		.array(z.object({ met: z.boolean({ message: 'error.choose' }), note: z.string({ message: 'error.required' }) }))
		.max(20, { message: 'error.tooMany' })
		.describe('Refusals name the fields met-N and note-N, for the verdict at position N (from 0)')
});

const viewOfRequest = { description: 'The request as the caller sees it', schema: requestAnswer };
/** A change to one request by one of its parties, answered with the request as it now is. */
const onRequest = <T extends Omit<Operation, 'tag' | 'auth' | 'response'>>(op: T) => ({ tag: 'requests', auth: 'token', response: viewOfRequest, ...op }) as const;

const requestOperations = {
	listDesks: { method: 'get', path: '/desks', summary: 'Organisations that take requests, with the request types they offer', tag: 'requests', auth: 'none', response: { description: 'Desks', schema: deskListAnswer } },
	getDesk: {
		method: 'get',
		path: '/organisations/{slug}/desk',
		summary: 'What an organisation promises before anyone asks: request types with promised working days, contact points per theme and area, escalation, challenge criteria, figures',
		tag: 'requests',
		auth: 'none',
		response: { description: 'The desk', schema: deskAnswer }
	},
	listPlans: { method: 'get', path: '/plans', summary: 'The plans radar: plans of organisations, newest first (at most 200)', tag: 'requests', auth: 'none', query: planQuery, response: { description: 'Plans', schema: planListAnswer } },
	getPlan: { method: 'get', path: '/plans/{slug}', summary: 'One plan with its contact point and, if the caller may see it, the space to take part in', tag: 'requests', auth: 'none', response: { description: 'The plan', schema: planDetailAnswer } },
	listMyRequests: {
		method: 'get',
		path: '/requests',
		summary: "The requests the caller's organisations sent and received, newest first (at most 500)",
		tag: 'requests',
		auth: 'token',
		response: { description: 'Sent and received', schema: myRequestsAnswer }
	},
	sendRequest: {
		method: 'post',
		path: '/requests',
		summary: 'Send a request on behalf of an initiative the caller belongs to; it gets the promise of its type and goes to the contact point for its theme and area (no files here)',
		tag: 'requests',
		auth: 'token',
		body: requestInput,
		created: true,
		response: viewOfRequest
	},
	getRequest: {
		method: 'get',
		path: '/requests/{id}',
		summary: 'One request with its promised steps and timeline, for its parties (a token is needed for that); anyone else gets 404 unless both parties made it public. Internal notes only for the organisation',
		tag: 'requests',
		auth: 'none',
		response: viewOfRequest
	},
	postRequestMessage: onRequest({ method: 'post', path: '/requests/{id}/messages', summary: 'Write to the other party (either party); an answer from the initiative ends its waiting', body: messageInput, created: true, problems: [409] }),
	postRequestNote: onRequest({ method: 'post', path: '/requests/{id}/notes', summary: 'An internal note the initiative never sees (the organisation)', body: messageInput, created: true }),
	acknowledgeRequest: onRequest({ method: 'post', path: '/requests/{id}/acknowledgement', summary: 'Acknowledge receipt, optionally with a message (the organisation); the caller becomes the handler if there was none', optionalBody: requestCloseInput, problems: [409] }),
	setRequestStatus: onRequest({ method: 'post', path: '/requests/{id}/status', summary: 'In progress, or waiting for the initiative, which stops the decision clock (the organisation)', body: statusInput, problems: [409] }),
	assessChallenge: onRequest({ method: 'post', path: '/requests/{id}/assessment', summary: 'Judge a right-to-challenge request on each published criterion, before the decision (the organisation)', body: assessmentBody, problems: [409] }),
	decideRequest: onRequest({
		method: 'post',
		path: '/requests/{id}/decision',
		summary: 'Decide: yes, yes with conditions (spelled out), or no with both a reason and an alternative (the organisation)',
		body: decisionInput,
		problems: [409]
	}),
	askEscalation: onRequest({ method: 'post', path: '/requests/{id}/escalation', summary: "Ask, once and with a reason, that the request goes to the organisation's escalation contact (the initiative)", body: escalationInput, problems: [409] }),
	handOverRequest: onRequest({ method: 'post', path: '/requests/{id}/handover', summary: 'Hand the request to a colleague (one of its colleagues, by user id); the body becomes an internal note (the organisation)', body: assignInput, problems: [409] }),
	setRequestPublicity: onRequest({ method: 'post', path: '/requests/{id}/publicity', summary: 'Say for your own side whether the request may be public; it is only when both parties say so (either party)', body: publicityInput }),
	closeRequest: onRequest({ method: 'post', path: '/requests/{id}/closure', summary: 'Close a decided request (either party), or withdraw one not yet decided (the initiative)', optionalBody: requestCloseInput, problems: [409] })
} satisfies Record<string, Operation>;

// ---- Budgets: the count, and the ballots as a Pabulib file ------------------------------------

const centsAmount = z.number().int().describe('Euro cents');
const storedWhy = z
	.discriminatedUnion('kind', [
		z.object({ kind: z.literal('greedy'), position: z.number().int().describe('Its turn on the list by votes, from 1') }),
		z.object({ kind: z.literal('doesNotFit'), leftCents: centsAmount.describe('What was left at its turn, in cents') }),
		z.object({ kind: z.literal('mes'), round: z.number().int(), priceCents: centsAmount.describe('The most one supporter paid, rounded up to a cent'), price: z.string().describe('That price exactly, in euros: a decimal or a fraction such as 2500/3') }),
		z.object({ kind: z.literal('completion'), position: z.number().int().optional() }),
		z.object({ kind: z.literal('supportersRanOut'), heldCents: centsAmount.describe('What its supporters still held together when the count stopped, rounded down') }),
		z.object({ kind: z.literal('noSupport') })
	])
	.describe('Why the project was funded (greedy, mes, completion) or not (doesNotFit, supportersRanOut, noSupport)');
const storedOutcomeAnswer = z.object({
	rule: z.enum(['greedy', 'mes']),
	settings: z
		.object({
			rule: z.enum(['greedy', 'mes']),
			perCost: z.boolean(),
			utility: z.enum(['cost', 'approval', 'points']),
			completion: z.enum(['none', 'greedy', 'add1', 'add1-greedy']),
			add1Until: z.enum(['exhaustive', 'budget']),
			tieBreak: z.enum(['id', 'votes', 'cost'])
		})
		.optional(),
	selected: z.array(z.string()).describe('Project codes, in the order funded'),
	spentCents: centsAmount,
	budgetCents: centsAmount,
	add1: z.object({ increment: z.string().describe('Euros added to every starting budget'), runs: z.number().int() }).nullable(),
	startPerVoterCents: centsAmount.nullable().optional().describe('Equal Shares: what every voter started with, rounded down'),
	projects: z.array(
		z.object({
			code: z.string(),
			number: z.number().int(),
			title: z.string(),
			costCents: centsAmount,
			votes: z.number().int(),
			points: z.number().int().nullable(),
			funded: z.boolean(),
			why: storedWhy
		})
	)
});
export const budgetResultsAnswer = z.object({
	process: z.object({ slug: z.string(), title: z.string(), imported: z.boolean(), votingUntil: calendarDay }),
	counted: z.boolean().describe('False until voting has closed and the votes are counted'),
	countsOn: calendarDay.describe('The day the votes are counted by themselves: the day after voting closed'),
	boxes: z
		.array(
			z.object({
				area: z.object({ id: z.string(), name: z.string() }).nullable().describe('Null: the whole process is one ballot box'),
				ballots: z.number().int(),
				countedAt: instant,
				outcome: storedOutcomeAnswer.describe("The count with the process's own rule"),
				greedy: storedOutcomeAnswer.describe('What greedy by votes would have chosen from the same ballots')
			})
		)
		.describe('One per ballot box: each area, or the whole process')
});
const exportQuery = z.object({ area: z.uuid({ message: 'error.invalid' }).optional().describe('Id (uuid) of the area; required when the process has areas, each area being a ballot box of its own.') });

const budgetOperations = {
	getBudget: { method: 'get', path: '/budgets/{slug}', summary: 'One budget process: money, phases, areas, ballot and counting rule, and its proposals with their review status', tag: 'budgeting', auth: 'none' },
	castBallot: {
		method: 'post',
		path: '/budgets/{slug}/ballots',
		summary:
			'Cast a ballot, final once cast: with a vote code, or as the caller (a token) with postcode and age declaration. Approval ballots send `projects` (project codes), points ballots `points` ({code: points}). The answer holds the receipt; who voted is kept apart from what was voted',
		tag: 'budgeting',
		auth: 'none',
		body: ballotBody,
		created: true,
		response: { description: 'Cast: the receipt to check the ballot with later', schema: z.object({ receipt: z.string() }) },
		problems: [409]
	},
	getBudgetResults: {
		method: 'get',
		path: '/budgets/{slug}/results',
		summary:
			'The count of a budget process once voting has closed: per ballot box (each area, or the whole) the funded projects in the order funded, money used, and for every project why it was or was not funded, with what greedy by votes would have chosen beside it',
		tag: 'budgeting',
		auth: 'none',
		response: { description: 'The results; `counted` is false, and `boxes` empty, until the count', schema: budgetResultsAnswer }
	},
	exportBudget: {
		method: 'get',
		path: '/budgets/{slug}/export',
		summary: 'The anonymous ballots of one ballot box as a Pabulib (.pb) file, once voting has closed: voters are numbered 1, 2, 3 … and nothing leads back to them',
		tag: 'budgeting',
		auth: 'none',
		query: exportQuery,
		response: { description: 'A Pabulib file (META, PROJECTS, VOTES), as an attachment', contentType: 'text/plain', schema: z.string() }
	}
} satisfies Record<string, Operation>;

const findingKinds = ['long-sentence', 'passive', 'passive-hint', 'officialese', 'jargon', 'nominal', 'dienen-te', 'long-word', 'rare-word'] as const;
const bands = ['very-easy', 'easy', 'fairly-easy', 'standard', 'fairly-difficult', 'difficult', 'very-difficult'] as const;

const plainLanguageAnswer = z.object({
	scores: z.object({
		sentences: z.number().int(),
		words: z.number().int(),
		syllables: z.number().int(),
		fleschDouma: z.number().describe('206.835 − 0.93 × words per sentence − 77 × syllables per word'),
		band: z.enum(bands),
		brouwer: z.number().describe('195 − 2 × words per sentence − 66.7 × syllables per word'),
		averageSentenceLength: z.number(),
		syllablesPerWord: z.number(),
		longWordShare: z.number().describe('0..1: words of 5 syllables or more, or 16 letters or more')
	}),
	findings: z.array(
		z.object({
			kind: z.enum(findingKinds),
			start: z.number().int().describe('offset of the first character, in UTF-16 code units as in JavaScript'),
			end: z.number().int().describe('offset after the last character'),
			words: z.array(z.string()),
			ranges: z.array(z.tuple([z.number().int(), z.number().int()])).describe('where each of the words stands'),
			explanation: z.string().describe('why, in plain Dutch'),
			suggestion: z.string().optional(),
			params: z.record(z.string(), z.union([z.number(), z.string()])).optional()
		})
	),
	looksDutch: z.boolean()
});

const plainLanguageOperations = {
	checkPlainLanguage: {
		method: 'post',
		path: '/plain-language/check',
		summary: `Check a Dutch text (plain or Markdown, at most ${maxTextCharacters.toLocaleString('en')} characters) for plain language at B1 level: reading scores and findings with character offsets, explanations in Dutch and suggestions. Nothing is stored. An empty text, one that is not text, or one that is not Dutch is refused with the reason`,
		tag: 'plain-language',
		auth: 'none',
		body: z.object({ text: z.string({ message: 'plain.error.text' }) }),
		response: { description: 'Scores and findings, findings in the order they appear in the text', schema: plainLanguageAnswer },
		problems: [413, 422]
	}
} satisfies Record<string, Operation>;

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
	linkToAction: { method: 'post', path: '/actions/{slug}/links', summary: 'Link a spearhead, or one input by its number, of the same space to an action (facilitators)', tag: 'programme', auth: 'token', body: linkInput, created: true },
	...requestOperations,
	...budgetOperations,
	...plainLanguageOperations
} satisfies Record<string, Operation>;
