import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { canReadOutbox, listOutbox } from '$lib/server/modules/notifications';

export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	if (!canReadOutbox(locals.actor, locals.app.config.demo)) error(404, locals.t('error.notFound'));
	setHeaders({ 'Cache-Control': 'no-store' });
	return { mails: await listOutbox(locals.app.database.db, 30) };
};
