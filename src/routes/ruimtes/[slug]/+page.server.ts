import type { PageServerLoad } from './$types';
import { renderMarkdown } from '$lib/server/markdown';
import { orErrorPage } from '$lib/server/pages';
import { getSpace } from '$lib/server/modules/spaces';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { description, ...s } = await orErrorPage(locals, () => getSpace(locals.app.database.db, locals.actor, params.slug));
	return { space: { ...s, descriptionHtml: renderMarkdown(description) } };
};
