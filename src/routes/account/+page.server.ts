import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { formAction, formValues } from '$lib/server/http';
import { createAccessToken, listAccessTokens, revokeAccessToken, tokenNameInput } from '$lib/server/modules/identity';
import { membershipsOf } from '$lib/server/modules/network';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const { db } = locals.app.database;
	return {
		me: { name: actor.name, email: actor.email, isAdmin: actor.isAdmin },
		memberships: await membershipsOf(db, actor.userId),
		tokens: await listAccessTokens(db, actor)
	};
};

export const actions: Actions = {
	createToken: async ({ request, locals }) => {
		const values = formValues(await request.formData());
		return formAction(values, async () => {
			const created = await createAccessToken(locals.app.database.db, locals.actor, tokenNameInput.parse(values));
			return { created: { name: created.name, secret: created.secret } };
		});
	},
	revokeToken: async ({ request, locals }) => {
		const values = formValues(await request.formData());
		return formAction(values, async () => {
			await revokeAccessToken(locals.app.database.db, locals.actor, String(values.id ?? ''));
			return { revoked: true as const };
		});
	}
};
