import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { formAction, sectionAction, uploadForm } from '$lib/server/http';
import { orErrorPage } from '$lib/server/pages';
import { renderMarkdown } from '$lib/server/markdown';
import { actionsToLink, centsToDecimal, formatEuros, getProposal, postImplementationUpdate, respondToReview, reviewProposal, updateImplementation } from '$lib/server/modules/budgeting';
import { listThemes } from '$lib/server/modules/network';

/** The number from the address; anything but digits finds no proposal. */
const numberOf = (params: Partial<Record<string, string>>) => (/^\d{1,9}$/.test(params.number ?? '') ? Number(params.number) : Number.NaN);

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { db } = locals.app.database;
	const view = await orErrorPage(locals, () => getProposal(db, locals.actor, params.slug, numberOf(params)));
	const [themes, actions] = await Promise.all([listThemes(db), view.funded ? actionsToLink(db, locals.actor, params.slug) : Promise.resolve([])]);
	const { proposal: x } = view;
	const euros = (cents: number) => formatEuros(cents, locals.locale);
	const typed = (cents: number) => (locals.locale === 'nl' ? centsToDecimal(cents).replace('.', ',') : centsToDecimal(cents));
	return {
		process: { slug: view.process.slug, title: view.process.title },
		phase: view.phase,
		proposal: {
			number: x.number,
			title: x.title,
			descriptionHtml: renderMarkdown(x.description),
			status: x.status,
			cost: euros(x.costCents),
			reviewedCost: x.reviewedCostCents === null ? null : euros(x.reviewedCostCents),
			costNote: x.costNote,
			reviewReason: x.reviewReason,
			reviewedAt: x.reviewedAt,
			response: x.response,
			respondedAt: x.respondedAt,
			createdAt: x.createdAt,
			implementation: x.implementation,
			spent: euros(x.spentCents),
			spentTyped: typed(x.spentCents),
			actionId: x.actionId
		},
		area: view.area?.name ?? null,
		themes: themes.filter((th) => x.themeIds.includes(th.id)),
		images: view.images.map((i) => ({ id: i.id, filename: i.filename })),
		updates: view.updates.map((u) => ({ id: u.id, bodyHtml: renderMarkdown(u.body), postedAt: u.postedAt, images: u.images.map((i) => ({ id: i.id, filename: i.filename })) })),
		funded: view.funded,
		actions: actions.map((a) => ({ id: a.id, slug: a.slug, title: a.title })),
		can: view.can,
		submitted: url.searchParams.has('ingediend')
	};
};

const db = (e: { locals: App.Locals }) => e.locals.app.database.db;

export const actions: Actions = {
	review: sectionAction('review', (e, v) => reviewProposal(db(e), e.locals.actor, e.params.slug!, numberOf(e.params), v)),
	respond: sectionAction('respond', (e, v) => respondToReview(db(e), e.locals.actor, e.params.slug!, numberOf(e.params), v)),
	implementation: sectionAction('implementation', (e, v) => updateImplementation(db(e), e.locals.actor, e.params.slug!, numberOf(e.params), v)),
	update: async (e: RequestEvent) => {
		const form = await uploadForm(e.request, 'images', { section: 'update' });
		if ('refused' in form) return form.refused;
		const { values, uploads } = form;
		return formAction(values, async () => {
			await postImplementationUpdate(db(e), e.locals.app.files, e.locals.actor, e.params.slug, numberOf(e.params), values, uploads);
			return { done: 'update', section: 'update' };
		}, 'update');
	}
};
