import { error, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { formAction, formValues, sectionAction } from '$lib/server/http';
import { orErrorPage } from '$lib/server/pages';
import { themeName } from '$lib/names';
import { listAreas, listThemes } from '$lib/server/modules/network';
import { addContactPoint, getDesk, removeContactPoint, requestTypes, saveDesk, savePromise, updateContactPoint } from '$lib/server/modules/requests';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireActor(locals, url);
	const { db } = locals.app.database;
	const desk = await orErrorPage(locals, () => getDesk(db, locals.actor, params.slug));
	if (!desk.permissions.manage) error(403, locals.t('error.forbidden'));
	const [themes, areas] = await Promise.all([listThemes(db), listAreas(db)]);
	const offered = new Map(desk.promises.map((p) => [p.type, p]));
	return {
		organisation: desk.organisation,
		values: {
			intro: desk.intro,
			escalationRole: desk.escalation?.role ?? '',
			escalationUserId: desk.escalation?.userId ?? '',
			challengeCriteria: desk.challengeCriteria.join('\n')
		},
		promises: requestTypes.map((type) => {
			const p = offered.get(type);
			return { type, offered: !!p, acknowledgeDays: p?.acknowledgeDays ?? '', decideDays: p?.decideDays ?? '', note: p?.note ?? '' };
		}),
		contactPoints: desk.contactPoints.map((c) => ({ id: c.id, role: c.role, userId: c.userId ?? '', personName: c.personName, themeIds: c.themeIds, areaIds: c.areaIds })),
		members: desk.members.map((m) => ({ value: m.userId, label: m.name })),
		themes: themes.map((th) => ({ value: th.id, label: themeName(th, locals.locale) })),
		areas: areas.map((a) => ({ value: a.id, label: `${a.name} (${locals.t(`level.${a.level}`)})` }))
	};
};

const db = (e: RequestEvent) => e.locals.app.database.db;
const lists = ['themeIds', 'areaIds'];

/** One form per request type and per contact point: each reports in its own section. */
function perItem(prefix: string, key: string, run: (e: RequestEvent, values: Record<string, unknown>) => Promise<unknown>, arrays: string[] = []) {
	return async (event: RequestEvent) => {
		const values = formValues(await event.request.formData(), arrays);
		const section = `${prefix}-${String(values[key] ?? '')}`;
		return formAction(values, async () => {
			await run(event, values);
			return { done: section, section };
		}, section);
	};
}

export const actions: Actions = {
	desk: sectionAction('desk', (e, v) => saveDesk(db(e), e.locals.actor, e.params.slug!, v)),
	promise: perItem('promise', 'type', (e, v) => savePromise(db(e), e.locals.actor, e.params.slug!, v)),
	addContact: sectionAction('addContact', (e, v) => addContactPoint(db(e), e.locals.actor, e.params.slug!, v), lists),
	updateContact: perItem('contact', 'id', (e, v) => updateContactPoint(db(e), e.locals.actor, e.params.slug!, String(v.id ?? ''), v), lists),
	removeContact: sectionAction('removeContact', (e, v) => removeContactPoint(db(e), e.locals.actor, e.params.slug!, String(v.id ?? '')))
};
