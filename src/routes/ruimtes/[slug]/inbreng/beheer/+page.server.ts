import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { orErrorPage } from '$lib/server/pages';
import { formAction, formValues, serviceCall } from '$lib/server/http';
import { inputContext } from '$lib/server/inputPage';
import { enterNotes, importNotesCsv, inputKinds, listInputs, parseNotes, type InputKind } from '$lib/server/modules/inputs';
import { spaceGatherings } from '$lib/server/modules/gatherings';
import { forbidden } from '$lib/server/modules/identity';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireActor(locals, url);
	const { db } = locals.app.database;
	const { space, permissions } = await orErrorPage(locals, async () => {
		const list = await listInputs(db, locals.actor, params.slug);
		if (!list.permissions.process) throw forbidden();
		return list;
	});
	const gatherings = await spaceGatherings(db, space.id);
	return { space, permissions, gatherings: gatherings.map((g) => ({ value: g.id, label: g.title })) };
};

const kindOf = (value: unknown): InputKind => (inputKinds.includes(value as InputKind) ? (value as InputKind) : 'wish');

/** The review form sends kind-0, text-0, kind-1, text-1 …, one pair per note. */
function notesFrom(values: Record<string, unknown>) {
	const count = Number(values.count) || 0;
	return Array.from({ length: Math.min(count, 500) }, (_, i) => ({ kind: values[`kind-${i}`] ?? '', text: values[`text-${i}`] ?? '' }));
}

export const actions: Actions = {
	/** Step one: the pasted pile, split into notes for review. Nothing is saved yet. */
	review: async ({ request }) => {
		const values = formValues(await request.formData());
		const notes = parseNotes(String(values.notes ?? ''), kindOf(values.defaultKind));
		return { review: notes, gatheringId: String(values.gatheringId ?? ''), section: 'notes' };
	},
	save: async (event) => {
		const values = formValues(await event.request.formData());
		const notes = notesFrom(values);
		const result = await serviceCall(values, () => enterNotes(event.locals.app.database.db, event.locals.actor, event.params.slug, { notes, gatheringId: values.gatheringId }, inputContext(event)), 'notes');
		if (Array.isArray(result)) return { saved: result.length, section: 'notes' };
		// Refused: the same review again, with the messages next to the lines.
		return fail(result.status, { ...result.data, review: notes, gatheringId: String(values.gatheringId ?? '') });
	},
	import: async (event) => {
		const data = await event.request.formData();
		const file = data.get('file');
		const csv = file instanceof File ? await file.text() : '';
		const gatheringId = String(data.get('gatheringId') ?? '') || null;
		const result = await formAction({}, () => importNotesCsv(event.locals.app.database.db, event.locals.actor, event.params.slug, csv, gatheringId, inputContext(event)), 'csv');
		return Array.isArray(result) ? { saved: result.length, section: 'csv' } : result;
	}
};
