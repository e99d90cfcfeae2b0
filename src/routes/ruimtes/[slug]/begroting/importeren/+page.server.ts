import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { orErrorPage } from '$lib/server/pages';
import { DomainError, forbidden } from '$lib/server/modules/identity';
import { importPabulib, listProcesses, maxImportBytes } from '$lib/server/modules/budgeting';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireActor(locals, url);
	const list = await orErrorPage(locals, async () => {
		const found = await listProcesses(locals.app.database.db, locals.actor, params.slug);
		if (!found.canRun) throw forbidden();
		return found;
	});
	return { space: list.space, maxMegabytes: maxImportBytes / 1024 / 1024 };
};

/** Room for the multipart wrapping and the title around the file itself. */
const formOverhead = 64 * 1024;

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const refuse = (error: DomainError, title = '') =>
			fail(error.status, { error: error.messageKey, errorParams: error.params, field: error.field ?? null, values: { title } });
		const tooLarge = new DomainError('budget.error.importTooLarge', 413, 'file', { max: maxImportBytes / 1024 / 1024 });
		// Refused before it is read: a file too large would only take the server's memory.
		if (Number(request.headers.get('content-length') ?? 0) > maxImportBytes + formOverhead) return refuse(tooLarge);
		const data = await request.formData();
		const title = String(data.get('title') ?? '');
		const file = data.get('file');
		if (!(file instanceof File) || (file.size === 0 && file.name === '')) return refuse(new DomainError('budget.error.importFile', 400, 'file'), title);
		if (file.size > maxImportBytes) return refuse(tooLarge, title);
		let slug: string;
		try {
			slug = (await importPabulib(locals.app.database.db, locals.actor, params.slug, await file.text(), title)).slug;
		} catch (error) {
			if (error instanceof DomainError) return refuse(error, title);
			throw error;
		}
		redirect(303, `/begrotingen/${slug}/uitslag`);
	}
};
