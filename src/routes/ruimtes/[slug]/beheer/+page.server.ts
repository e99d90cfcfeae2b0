import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { formAction, formValues } from '$lib/server/http';
import { orErrorPage } from '$lib/server/pages';
import { phaseRows, spaceValues } from '$lib/server/spaceForm';
import { displayNames } from '$lib/server/modules/identity';
import { listAreas, listOrganisations } from '$lib/server/modules/network';
import {
	assignSpaceRole,
	getSpace,
	registeredComponents,
	revokeSpaceRole,
	setComponents,
	setPhases,
	spaceRoles,
	updateSpace
} from '$lib/server/modules/spaces';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = requireActor(locals, url);
	const { db } = locals.app.database;
	const s = await orErrorPage(locals, () => getSpace(db, actor, params.slug));
	if (!s.permissions.manage) error(403, locals.t('error.forbidden'));
	const roles = await spaceRoles(db, actor, params.slug);
	const names = await displayNames(db, roles.map((r) => r.userId));
	return {
		space: s,
		values: { ...s, areaId: s.areaId ?? '', ownerIds: s.owners.map((o) => o.id) },
		organisations: await listOrganisations(db),
		areas: await listAreas(db),
		available: registeredComponents().map((c) => ({ key: c.key, name: c.name })),
		roles: roles.map((r) => ({ ...r, name: names.get(r.userId) ?? '' }))
	};
};

const done = <T extends string>(what: T) => ({ saved: what });

export const actions: Actions = {
	update: async ({ request, locals, params }) => {
		const values = formValues(await request.formData(), ['ownerIds']);
		return formAction(values, async () => {
			await updateSpace(locals.app.database.db, locals.actor, params.slug, spaceValues(values) as never);
			return done('space');
		});
	},
	phases: async ({ request, locals, params }) => {
		const data = await request.formData();
		return formAction({}, async () => {
			await setPhases(locals.app.database.db, locals.actor, params.slug, phaseRows(data));
			return done('phases');
		});
	},
	components: async ({ request, locals, params }) => {
		const values = formValues(await request.formData(), ['components']);
		return formAction(values, async () => {
			await setComponents(locals.app.database.db, locals.actor, params.slug, values.components as string[]);
			return done('components');
		});
	},
	assignRole: async ({ request, locals, params }) => {
		const values = formValues(await request.formData());
		return formAction(values, async () => {
			await assignSpaceRole(locals.app.database.db, locals.actor, params.slug, values as never);
			return done('roles');
		});
	},
	revokeRole: async ({ request, locals, params }) => {
		const values = formValues(await request.formData());
		return formAction(values, async () => {
			await revokeSpaceRole(locals.app.database.db, locals.actor, params.slug, String(values.userId ?? ''), String(values.role ?? ''));
			return done('roles');
		});
	}
};
