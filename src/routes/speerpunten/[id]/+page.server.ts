import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { formAction, formValues, sectionAction } from '$lib/server/http';
import { sharedForSeconds } from '$lib/server/pageCache';
import { addNumbersToSpearhead, getSpearhead, listSpearheads, mergeSpearheads, removeFromSpearhead, renameSpearhead, splitSpearhead } from '$lib/server/modules/inputs';

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
	const { db } = locals.app.database;
	const page = Number(url.searchParams.get('page')) || 1;
	const spearhead = await orErrorPage(locals, () => getSpearhead(db, locals.actor, params.id, page));
	const others = spearhead.permissions.process ? (await listSpearheads(db, locals.actor, spearhead.space.slug)).filter((s) => s.id !== spearhead.id) : [];
	if (!locals.actor) setHeaders(sharedForSeconds(2));
	return { spearhead, page, others: others.map((s) => ({ value: s.id, label: s.title })) };
};

export const actions: Actions = {
	rename: sectionAction('rename', (e, v) => renameSpearhead(e.locals.app.database.db, e.locals.actor, e.params.id!, v)),
	add: sectionAction('add', (e, v) => addNumbersToSpearhead(e.locals.app.database.db, e.locals.actor, e.params.id!, v, e.locals.app.config.origin)),
	remove: sectionAction('inputs', (e, v) => removeFromSpearhead(e.locals.app.database.db, e.locals.actor, e.params.id!, v, e.locals.app.config.origin), ['inputIds']),
	split: async (event) => {
		const values = formValues(await event.request.formData(), ['inputIds']);
		const result = await formAction(values, () => splitSpearhead(event.locals.app.database.db, event.locals.actor, event.params.id, values, event.locals.app.config.origin), 'split');
		if ('id' in result) redirect(303, `/speerpunten/${result.id}`);
		return result;
	},
	merge: async (event) => {
		const values = formValues(await event.request.formData());
		const into = String(values.into ?? '');
		const result = await formAction(values, () => mergeSpearheads(event.locals.app.database.db, event.locals.actor, event.params.id, into, event.locals.app.config.origin), 'merge');
		if (result === undefined) redirect(303, `/speerpunten/${into}`);
		return result;
	}
};
