import type { Actions, PageServerLoad } from './$types';
import { renderMarkdown } from '$lib/server/markdown';
import { orErrorPage } from '$lib/server/pages';
import { formAction, formValues } from '$lib/server/http';
import { registrationActions } from '$lib/server/registrationActions';
import { casesFor, getGathering, submitCase } from '$lib/server/modules/gatherings';
import { listAreas, listThemes } from '$lib/server/modules/network';
import { gatheringJsonLd } from '$lib/server/gatheringPage';
import { signInRequired } from '$lib/server/modules/identity';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { db } = locals.app.database;
	const g = await orErrorPage(locals, () => getGathering(db, locals.actor, params.slug));
	const cases = await casesFor(db, locals.actor, params.slug);
	const [themes, areas] = await Promise.all([listThemes(db), listAreas(db)]);
	const { description, report, ...rest } = g;
	return {
		gathering: { ...rest, descriptionHtml: renderMarkdown(description), reportHtml: g.reportPublishedAt ? renderMarkdown(report) : '' },
		themes: themes.filter((th) => g.themeIds.includes(th.id)),
		area: areas.find((a) => a.id === g.areaId)?.name ?? null,
		accepted: cases.accepted,
		jsonLd: gatheringJsonLd(g, locals.app.config.origin),
		cancelled: url.searchParams.has('afgemeld')
	};
};

export const actions: Actions = {
	...registrationActions((params) => ({ gathering: params.slug })),
	submitCase: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		return formAction(values, async () => {
			if (!locals.actor) throw signInRequired();
			await submitCase(locals.app.database.db, { actor: locals.actor }, params.slug, values);
			return { caseSubmitted: true };
		}, 'case');
	}
};
