import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { formAction, uploadForm } from '$lib/server/http';
import { orErrorPage } from '$lib/server/pages';
import { renderMarkdown } from '$lib/server/markdown';
import { getDesk, listDesks, sendRequest } from '$lib/server/modules/requests';
import { listAreas, listThemes, membershipsOf } from '$lib/server/modules/network';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const { db } = locals.app.database;
	const slug = url.searchParams.get('organisatie')?.trim() ?? '';
	const [memberships, desks, areas, themes] = await Promise.all([membershipsOf(db, actor.userId), listDesks(db), listAreas(db), listThemes(db)]);
	const desk = slug ? await orErrorPage(locals, () => getDesk(db, actor, slug)) : null;
	return {
		desks: desks.map((d) => ({ value: d.slug, label: d.name })),
		desk: desk && {
			organisation: desk.organisation,
			open: desk.open,
			introHtml: renderMarkdown(desk.intro),
			escalation: desk.escalation,
			challengeCriteria: desk.challengeCriteria,
			promises: desk.promises,
			contactPoints: desk.contactPoints.map((c) => ({ id: c.id, role: c.role, personName: c.personName, themes: c.themes, areas: c.areas }))
		},
		/** Who may ask: the person's own organisations, never the one asked. */
		initiatives: memberships.filter((m) => m.organisationId !== desk?.organisation.id).map((m) => ({ value: m.organisationId, label: m.name })),
		areas: areas.map((a) => ({ value: a.id, label: a.name })),
		themes
	};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const form = await uploadForm(request, 'files', { arrays: ['themeIds'] });
		if ('refused' in form) return form.refused;
		const { values, uploads } = form;
		const result = await formAction(values, () => sendRequest(locals.app.database.db, locals.actor, values, locals.app.config.origin, { files: locals.app.files, uploads }));
		if ('id' in result) redirect(303, `/verzoeken/${result.id}?verstuurd`);
		return result;
	}
};
