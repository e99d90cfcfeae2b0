import type { Actions, PageServerLoad } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { sectionAction } from '$lib/server/http';
import { sharedForSeconds } from '$lib/server/pageCache';
import { renderMarkdown } from '$lib/server/markdown';
import { actionChoices, addAnchor, getAction, linkToAction, postUpdate, removeAnchor, reportProgress, unlinkFromAction } from '$lib/server/modules/programme';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const { db } = locals.app.database;
	const action = await orErrorPage(locals, () => getAction(db, locals.actor, params.slug));
	const choices = action.permissions.plan ? await actionChoices(db, locals.actor, action.space.slug) : null;
	if (!locals.actor) setHeaders(sharedForSeconds(2));
	return {
		action: { ...action, descriptionHtml: renderMarkdown(action.description), updates: action.updates.map((u) => ({ ...u, bodyHtml: renderMarkdown(u.body) })) },
		spearheads: (choices?.spearheads ?? []).filter((s) => !action.spearheads.some((linked) => linked.id === s.id)).map((s) => ({ value: s.id, label: s.title }))
	};
};

const db = (e: { locals: App.Locals }) => e.locals.app.database.db;

export const actions: Actions = {
	progress: sectionAction('progress', (e, v) => reportProgress(db(e), e.locals.actor, e.params.slug!, v, e.locals.app.config.origin)),
	update: sectionAction('update', (e, v) => postUpdate(db(e), e.locals.actor, e.params.slug!, v)),
	anchor: sectionAction('anchor', (e, v) => addAnchor(db(e), e.locals.actor, e.params.slug!, v)),
	unanchor: sectionAction('anchor', (e, v) => removeAnchor(db(e), e.locals.actor, e.params.slug!, String(v.anchorId ?? ''))),
	link: sectionAction('link', (e, v) => linkToAction(db(e), e.locals.actor, e.params.slug!, v, e.locals.app.config.origin)),
	unlink: sectionAction('link', (e, v) => unlinkFromAction(db(e), e.locals.actor, e.params.slug!, { spearheadId: String(v.spearheadId ?? ''), inputId: String(v.inputId ?? '') }, e.locals.app.config.origin))
};
