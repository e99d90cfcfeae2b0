import type { Actions, PageServerLoad } from './$types';
import { renderMarkdown } from '$lib/server/markdown';
import { orErrorPage } from '$lib/server/pages';
import { clientIp, formAction, formValues } from '$lib/server/http';
import { cancelMyRegistration, casesFor, getGathering, register, submitCase } from '$lib/server/modules/gatherings';
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
	register: async (event) => {
		const { locals, params, request } = event;
		const values = formValues(await request.formData());
		return formAction(values, async () => {
			const placed = await register(locals.app.database.db, locals.actor, { gathering: params.slug }, values, { locale: locals.locale, origin: locals.app.config.origin, ip: clientIp(event) });
			return { placed: { status: placed.status, position: placed.position } };
		}, 'register');
	},
	cancel: async ({ locals, params }) =>
		formAction({}, async () => {
			await cancelMyRegistration(locals.app.database.db, locals.actor, { gathering: params.slug }, locals.app.config.origin);
			return { cancelledRegistration: true };
		}, 'register'),
	submitCase: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		return formAction(values, async () => {
			if (!locals.actor) throw signInRequired();
			await submitCase(locals.app.database.db, { actor: locals.actor }, params.slug, values);
			return { caseSubmitted: true };
		}, 'case');
	}
};
