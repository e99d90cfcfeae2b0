import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { formAction, uploadForm } from '$lib/server/http';
import { orErrorPage } from '$lib/server/pages';
import { getProcess, submitProposal } from '$lib/server/modules/budgeting';
import { listThemes, membershipsOf } from '$lib/server/modules/network';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const { db } = locals.app.database;
	const view = await orErrorPage(locals, () => getProcess(db, actor, params.slug));
	const [themes, memberships] = await Promise.all([listThemes(db), membershipsOf(db, actor.userId)]);
	return {
		slug: view.process.slug,
		title: view.process.title,
		open: view.can.propose,
		areas: view.areas.map((a) => ({ value: a.id, label: a.name })),
		themes,
		organisations: memberships.map((m) => ({ value: m.organisationId, label: m.name }))
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const form = await uploadForm(request, 'images', { arrays: ['themeIds'] });
		if ('refused' in form) return form.refused;
		const { values, uploads } = form;
		const result = await formAction(values, () => submitProposal(locals.app.database.db, locals.app.files, locals.actor, params.slug, values, uploads));
		if ('number' in result) redirect(303, `/begrotingen/${params.slug}/voorstellen/${result.number}?ingediend`);
		return result;
	}
};
