import type { RequestHandler } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { proposalImage } from '$lib/server/modules/budgeting';

/**
 * Shown in the page, so inline; safe because only PNG, JPEG and WebP are kept and the type comes
 * from our list, and nosniff with a sandbox keeps a disguised file from running as our page.
 */
export const GET: RequestHandler = async ({ locals, params }) => {
	const number = /^\d{1,9}$/.test(params.number) ? Number(params.number) : Number.NaN;
	const image = await orErrorPage(locals, () => proposalImage(locals.app.database.db, locals.app.files, locals.actor, params.slug, number, params.imageId));
	return new Response(new Uint8Array(image.bytes), {
		headers: {
			'Content-Type': image.contentType,
			'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(image.filename)}`,
			'X-Content-Type-Options': 'nosniff',
			'Content-Security-Policy': "default-src 'none'; sandbox",
			'Cache-Control': 'private, max-age=300'
		}
	});
};
