import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction, formValues } from '$lib/server/http';
import { orErrorPage } from '$lib/server/pages';
import { createProcess, formatEuros, listProcesses } from '$lib/server/modules/budgeting';

/** The form starts with the choices that suit most neighbourhoods: Equal Shares, topped up, voting with a letter's code. */
const startingValues = {
	ballotType: 'approval',
	rule: 'mes',
	completion: 'add1',
	add1Until: 'exhaustive',
	utility: 'cost',
	tieBreak: 'id',
	votingByCode: 'on',
	minimumAge: '16'
};

export const load: PageServerLoad = async ({ locals, params }) => {
	const list = await orErrorPage(locals, () => listProcesses(locals.app.database.db, locals.actor, params.slug));
	return {
		space: list.space,
		canRun: list.canRun && locals.actor !== null,
		processes: list.processes.map((p) => ({
			slug: p.slug,
			title: p.title,
			phase: p.phase,
			total: formatEuros(p.totalCents, locals.locale),
			proposalsFrom: p.proposalsFrom,
			proposalsUntil: p.proposalsUntil,
			votingFrom: p.votingFrom,
			votingUntil: p.votingUntil
		})),
		startingValues
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), ['areaName', 'areaBudget', 'areaPostcodes']);
		const result = await formAction(values, () => createProcess(locals.app.database.db, locals.actor, params.slug, values));
		if ('slug' in result) redirect(303, `/begrotingen/${result.slug}?aangemaakt`);
		return result;
	}
};
