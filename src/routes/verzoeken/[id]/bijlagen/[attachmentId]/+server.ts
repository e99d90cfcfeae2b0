import type { RequestHandler } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { requestAttachmentFile } from '$lib/server/modules/requests';

/** For the two parties only, always a download and never rendered in our origin: an uploaded file must not run as our page. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const file = await orErrorPage(locals, () => requestAttachmentFile(locals.app.database.db, locals.app.files, locals.actor, params.id, params.attachmentId));
	return new Response(new Uint8Array(file.bytes), {
		headers: {
			'Content-Type': file.contentType,
			'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
			'X-Content-Type-Options': 'nosniff',
			'Content-Security-Policy': "default-src 'none'; sandbox",
			'Cache-Control': 'private, max-age=300'
		}
	});
};
