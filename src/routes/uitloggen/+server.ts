import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { applyAuthCookies } from '$lib/server/cookies';
import { signOut } from '$lib/server/modules/identity';

export const POST: RequestHandler = async ({ locals, request, cookies }) => {
	if (locals.actor) applyAuthCookies(cookies, await signOut(await locals.app.auth(), request.headers));
	redirect(303, '/');
};
