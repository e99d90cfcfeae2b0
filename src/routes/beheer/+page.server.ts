import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { formAction, formValues } from '$lib/server/http';
import { createArea, createTheme, deleteTheme, listAreas, listThemes, updateTheme } from '$lib/server/modules/network';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	if (!actor.isAdmin) error(403, locals.t('error.forbidden'));
	const { db } = locals.app.database;
	return { themes: await listThemes(db), areas: await listAreas(db) };
};

export const actions: Actions = {
	createTheme: async ({ request, locals }) => {
		const values = formValues(await request.formData());
		return formAction(values, async () => {
			await createTheme(locals.app.database.db, locals.actor, values as never);
			return { saved: true as const };
		});
	},
	updateTheme: async ({ request, locals }) => {
		const values = formValues(await request.formData());
		return formAction(values, async () => {
			await updateTheme(locals.app.database.db, locals.actor, String(values.id), values as never);
			return { saved: true as const };
		});
	},
	deleteTheme: async ({ request, locals }) => {
		const values = formValues(await request.formData());
		return formAction(values, async () => {
			await deleteTheme(locals.app.database.db, locals.actor, String(values.id));
			return { saved: true as const };
		});
	},
	createArea: async ({ request, locals }) => {
		const values = formValues(await request.formData());
		return formAction(values, async () => {
			await createArea(locals.app.database.db, locals.actor, { ...values, parentId: values.parentId || null } as never);
			return { saved: true as const };
		});
	}
};
