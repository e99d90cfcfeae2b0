import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { formAction, formValues } from '$lib/server/http';
import { orErrorPage } from '$lib/server/pages';
import { centsToDecimal, getProcess, updateProcess } from '$lib/server/modules/budgeting';
import type { Locale } from '$lib/i18n';

/** An amount as someone would type it in their language; the service reads either decimal sign. */
const typedEuros = (cents: number, locale: Locale) => (locale === 'nl' ? centsToDecimal(cents).replace('.', ',') : centsToDecimal(cents));
const checked = (on: boolean) => (on ? 'on' : '');

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireActor(locals, url);
	const view = await orErrorPage(locals, () => getProcess(locals.app.database.db, locals.actor, params.slug));
	if (!view.can.run) error(403, locals.t('error.forbidden'));
	const { process: p, areas } = view;
	return {
		slug: p.slug,
		title: p.title,
		canChange: view.can.change,
		values: {
			title: p.title,
			description: p.description,
			total: typedEuros(p.totalCents, locals.locale),
			areaName: areas.map((a) => a.name),
			areaBudget: areas.map((a) => typedEuros(a.budgetCents, locals.locale)),
			areaPostcodes: areas.map((a) => a.postcodes),
			proposalsFrom: p.proposalsFrom,
			proposalsUntil: p.proposalsUntil,
			votingFrom: p.votingFrom,
			votingUntil: p.votingUntil,
			implementationFrom: p.implementationFrom ?? '',
			ballotType: p.ballotType,
			maxProjects: p.maxProjects ?? '',
			pointsTotal: p.pointsTotal ?? '',
			rule: p.rule,
			completion: p.completion,
			add1Until: p.add1Until,
			utility: p.utility,
			tieBreak: p.tieBreak,
			perCost: checked(p.perCost),
			votingByCode: checked(p.votingByCode),
			votingByAccount: checked(p.votingByAccount),
			postcodes: p.postcodes,
			minimumAge: String(p.minimumAge)
		}
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), ['areaName', 'areaBudget', 'areaPostcodes']);
		const result = await formAction(values, () => updateProcess(locals.app.database.db, locals.actor, params.slug, values));
		if ('slug' in result) redirect(303, `/begrotingen/${result.slug}?opgeslagen`);
		return result;
	}
};
