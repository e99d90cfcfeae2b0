import type { Actions, PageServerLoad } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { formAction, sectionAction } from '$lib/server/http';
import { renderMarkdown } from '$lib/server/markdown';
import {
	acknowledgeRequest,
	addRequestAttachment,
	askEscalation,
	assessChallenge,
	closeRequest,
	decideRequest,
	getRequest,
	handOverRequest,
	postMessage,
	postNote,
	setRequestPublicity,
	setRequestStatus
} from '$lib/server/modules/requests';
import { listAreas, listThemes } from '$lib/server/modules/network';

/** The Amsterdam calendar day of a deadline, for `formatDate`: a deadline is the end of a working day. */
const dayOf = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { db } = locals.app.database;
	const r = await orErrorPage(locals, () => getRequest(db, locals.actor, params.id));
	const [themes, areas] = await Promise.all([listThemes(db), listAreas(db)]);
	return {
		request: {
			...r,
			descriptionHtml: renderMarkdown(r.description),
			themes: themes.filter((th) => r.themeIds.includes(th.id)),
			area: areas.find((a) => a.id === r.areaId)?.name ?? null,
			steps: r.steps.map((s) => ({ ...s, dueDay: dayOf(s.due) }))
		},
		sent: url.searchParams.has('verstuurd')
	};
};

const db = (e: { locals: App.Locals }) => e.locals.app.database.db;
const origin = (e: { locals: App.Locals }) => e.locals.app.config.origin;

export const actions: Actions = {
	acknowledge: sectionAction('acknowledge', (e, v) => acknowledgeRequest(db(e), e.locals.actor, e.params.id!, v, origin(e))),
	status: sectionAction('status', (e, v) => setRequestStatus(db(e), e.locals.actor, e.params.id!, v, origin(e))),
	handover: sectionAction('handover', (e, v) => handOverRequest(db(e), e.locals.actor, e.params.id!, v, origin(e))),
	message: sectionAction('message', (e, v) => postMessage(db(e), e.locals.actor, e.params.id!, v, origin(e))),
	note: sectionAction('note', (e, v) => postNote(db(e), e.locals.actor, e.params.id!, v)),
	assess: sectionAction('assess', (e, v) => assessChallenge(db(e), e.locals.actor, e.params.id!, v)),
	decide: sectionAction('decide', (e, v) => decideRequest(db(e), e.locals.actor, e.params.id!, v, origin(e))),
	escalate: sectionAction('escalate', (e, v) => askEscalation(db(e), e.locals.actor, e.params.id!, v, origin(e))),
	close: sectionAction('close', (e, v) => closeRequest(db(e), e.locals.actor, e.params.id!, v, origin(e))),
	publicity: sectionAction('publicity', (e, v) => setRequestPublicity(db(e), e.locals.actor, e.params.id!, v)),
	attach: async ({ request, locals, params }) => {
		const file = (await request.formData()).get('file');
		const upload = file instanceof File ? { filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : { filename: '', bytes: new Uint8Array() };
		return formAction({}, async () => {
			await addRequestAttachment(locals.app.database.db, locals.app.files, locals.actor, params.id, upload);
			return { done: 'attach', section: 'attach' };
		}, 'attach');
	}
};
