import type { RequestHandler } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { attachmentFile } from '$lib/server/modules/gatherings';
import { downloadResponse } from '$lib/server/http';

/** Always a download, never rendered in our origin: an uploaded file must not run as our page. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const file = await orErrorPage(locals, () => attachmentFile(locals.app.database.db, locals.app.files, locals.actor, params.slug, params.id));
	return downloadResponse(file);
};
