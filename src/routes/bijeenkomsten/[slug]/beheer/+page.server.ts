import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { formAction, formValues } from '$lib/server/http';
import { orErrorPage } from '$lib/server/pages';
import { gatheringFormValues, organiserChoices } from '$lib/server/gatheringPage';
import { addAttachment, removeAttachment, cancelGathering, casesFor, clinicSessions, decideCase, getGathering, participants, publishReport, recordAttendance, updateGathering } from '$lib/server/modules/gatherings';
import { listAreas, listThemes } from '$lib/server/modules/network';
import { spaceAccess } from '$lib/server/modules/spaces';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const { db } = locals.app.database;
	const g = await orErrorPage(locals, () => getGathering(db, actor, params.slug));
	if (!g.permissions.manage) error(403, locals.t('error.forbidden'));
	const space = g.spaceId ? await spaceAccess(db, actor, g.spaceId) : null;
	const choices = await organiserChoices(db, actor, space?.ownerIds);
	const organisations = [...choices, ...g.organisers.filter((o) => !choices.some((c) => c.id === o.id))];
	const [list, cases, sessions, areas, themes] = await Promise.all([
		participants(db, actor, params.slug),
		casesFor(db, actor, params.slug),
		clinicSessions(db, g),
		listAreas(db),
		listThemes(db)
	]);
	return {
		gathering: { slug: g.slug, title: g.title, status: g.status, caseClinic: g.caseClinic, report: g.report, attendeeCount: g.attendeeCount, series: g.series, attachments: g.attachments, outcomes: g.outcomes.join('\n') },
		values: gatheringFormValues({ ...g, onlineUrl: g.onlineUrl ?? '' }, g.registration, g.organisers.map((o) => o.id), g.themeIds),
		list,
		cases: cases.submitted,
		sessions,
		organisations,
		areas,
		themes
	};
};

const db = (locals: App.Locals) => locals.app.database.db;

export const actions: Actions = {
	update: async ({ request, locals, params }) => {
		const values = formValues(await request.formData(), ['organiserIds', 'themeIds']);
		const result = await formAction(values, () => updateGathering(db(locals), locals.actor, params.slug, values as never, locals.app.config.origin), 'update');
		if ('slug' in result) redirect(303, `/bijeenkomsten/${result.slug}/beheer?opgeslagen`);
		return result;
	},
	cancel: async ({ request, locals, params }) => {
		const values = formValues(await request.formData());
		const result = await formAction(values, () => cancelGathering(db(locals), locals.actor, params.slug, values, locals.app.config.origin), 'cancel');
		return 'slug' in result ? { done: 'cancelled' as const } : result;
	},
	attendance: async ({ request, locals, params }) => {
		const values = formValues(await request.formData(), ['present']);
		const result = await formAction(values, () => recordAttendance(db(locals), locals.actor, params.slug, values as never), 'attendance');
		return typeof result === 'number' ? { done: 'attendance' as const } : result;
	},
	decideCase: async ({ request, locals, params }) => {
		const values = formValues(await request.formData());
		const result = await formAction(values, () => decideCase(db(locals), locals.actor, params.slug, String(values.caseId ?? ''), values as never, locals.app.config.origin), `case-${values.caseId}`);
		return 'id' in result ? { done: 'case' as const } : result;
	},
	attach: async ({ request, locals, params }) => {
		const file = (await request.formData()).get('file');
		const upload = file instanceof File ? { filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : { filename: '', bytes: new Uint8Array() };
		const result = await formAction({}, () => addAttachment(db(locals), locals.app.files, locals.actor, params.slug, upload), 'attach');
		return 'id' in result ? { done: 'attached' as const } : result;
	},
	detach: async ({ request, locals, params }) => {
		const values = formValues(await request.formData());
		const result = await formAction({}, async () => {
			await removeAttachment(db(locals), locals.app.files, locals.actor, params.slug, String(values.attachmentId ?? ''));
			return { done: 'detached' as const };
		}, 'attach');
		return result;
	},
	report: async ({ request, locals, params }) => {
		const values = formValues(await request.formData());
		const result = await formAction(values, () => publishReport(db(locals), locals.actor, params.slug, values), 'report');
		return 'slug' in result ? { done: 'report' as const } : result;
	}
};
