import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { orErrorPage } from '$lib/server/pages';
import { formAction, formValues } from '$lib/server/http';
import { addToSpearhead, createSpearhead, listSpearheads, proposeSpearheads } from '$lib/server/modules/inputs';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireActor(locals, url);
	const { db } = locals.app.database;
	const proposals = await orErrorPage(locals, () => proposeSpearheads(db, locals.actor, params.slug));
	const spearheads = await listSpearheads(db, locals.actor, params.slug);
	return { proposals, spearheads: spearheads.map((s) => ({ id: s.id, title: s.title })), slug: params.slug };
};

export const actions: Actions = {
	/** Accepting a proposal: a new spearhead with the ticked inputs, or the ticked inputs added to an existing one. */
	accept: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), ['inputIds']);
		const { db } = locals.app.database;
		const origin = locals.app.config.origin;
		return formAction(values, async () => {
			const target = String(values.target ?? 'new');
			if (target === 'new') await createSpearhead(db, locals.actor, params.slug, values, origin);
			else await addToSpearhead(db, locals.actor, target, values, origin);
			return { accepted: true };
		}, String(values.group ?? ''));
	}
};
