import type { Actions, PageServerLoad } from './$types';
import { renderMarkdown } from '$lib/server/markdown';
import { orErrorPage } from '$lib/server/pages';
import { registrationActions } from '$lib/server/registrationActions';
import { getSeries } from '$lib/server/modules/gatherings';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { description, ...series } = await orErrorPage(locals, () => getSeries(locals.app.database.db, locals.actor, params.slug));
	return { series: { ...series, descriptionHtml: renderMarkdown(description) } };
};

export const actions: Actions = registrationActions((params) => ({ series: params.slug }));
