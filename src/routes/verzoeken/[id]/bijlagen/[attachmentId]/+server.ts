import type { RequestHandler } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { requestAttachmentFile } from '$lib/server/modules/requests';
import { downloadResponse } from '$lib/server/http';

/** For the two parties only, always a download and never rendered in our origin: an uploaded file must not run as our page. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const file = await orErrorPage(locals, () => requestAttachmentFile(locals.app.database.db, locals.app.files, locals.actor, params.id, params.attachmentId));
	return downloadResponse(file);
};
