import type { Actions, PageServerLoad } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { sectionAction } from '$lib/server/http';
import { inputContext } from '$lib/server/inputPage';
import { sharedForSeconds } from '$lib/server/pageCache';
import { addToSpearhead, close, follow, getInput, hide, listSpearheads, reopen, unhide } from '$lib/server/modules/inputs';

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
	const { db } = locals.app.database;
	const input = await orErrorPage(locals, () => getInput(db, locals.actor, params.id));
	const spearheads = input.permissions.process ? await listSpearheads(db, locals.actor, input.space.slug) : [];
	// A fresh submission's thank-you differs by address, so even that page may be shared.
	if (!locals.actor) setHeaders(sharedForSeconds(2));
	return { input, spearheads: spearheads.map((s) => ({ value: s.id, label: s.title })), given: url.searchParams.get('gegeven') };
};

export const actions: Actions = {
	follow: sectionAction('follow', (e, v) => follow(e.locals.app.database.db, e.locals.actor, e.params.id!, v, inputContext(e))),
	close: sectionAction('answer', (e, v) => close(e.locals.app.database.db, e.locals.actor, e.params.id!, v, e.locals.app.config.origin)),
	reopen: sectionAction('answer', (e) => reopen(e.locals.app.database.db, e.locals.actor, e.params.id!, e.locals.app.config.origin)),
	hide: sectionAction('moderate', (e, v) => hide(e.locals.app.database.db, e.locals.actor, e.params.id!, v, e.locals.app.config.origin)),
	unhide: sectionAction('moderate', (e) => unhide(e.locals.app.database.db, e.locals.actor, e.params.id!, e.locals.app.config.origin)),
	group: sectionAction('group', (e, v) => addToSpearhead(e.locals.app.database.db, e.locals.actor, String(v.spearheadId ?? ''), { inputIds: [e.params.id!] }, e.locals.app.config.origin))
};
