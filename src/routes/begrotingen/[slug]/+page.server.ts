import type { PageServerLoad } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { renderMarkdown } from '$lib/server/markdown';
import { formatEuros, getProcess } from '$lib/server/modules/budgeting';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const view = await orErrorPage(locals, () => getProcess(locals.app.database.db, locals.actor, params.slug));
	const { process: p, areas, phase, can } = view;
	const euros = (cents: number) => formatEuros(cents, locals.locale);
	const areaName = new Map(areas.map((a) => [a.id, a.name]));
	const proposals = view.proposals.map((x) => ({
		number: x.number,
		title: x.title,
		status: x.status,
		area: x.areaId ? (areaName.get(x.areaId) ?? null) : null,
		cost: euros(x.reviewedCostCents ?? x.costCents),
		adjusted: x.reviewedCostCents !== null && x.reviewedCostCents !== x.costCents,
		reason: x.reviewReason
	}));
	return {
		process: {
			slug: p.slug,
			title: p.title,
			descriptionHtml: renderMarkdown(p.description),
			total: euros(p.totalCents),
			ballotType: p.ballotType,
			maxProjects: p.maxProjects,
			pointsTotal: p.pointsTotal,
			rule: p.rule,
			votingByCode: p.votingByCode,
			votingByAccount: p.votingByAccount,
			minimumAge: p.minimumAge,
			imported: p.imported,
			days: { proposalsFrom: p.proposalsFrom, proposalsUntil: p.proposalsUntil, votingFrom: p.votingFrom, votingUntil: p.votingUntil, implementationFrom: p.implementationFrom }
		},
		space: view.space,
		phase,
		areas: areas.map((a) => ({ id: a.id, name: a.name, budget: euros(a.budgetCents) })),
		onBallot: proposals.filter((x) => x.status === 'feasible'),
		submitted: proposals.filter((x) => x.status === 'submitted'),
		notFeasible: proposals.filter((x) => x.status === 'not_feasible'),
		can: { ...can, signedIn: locals.actor !== null },
		created: url.searchParams.has('aangemaakt'),
		saved: url.searchParams.has('opgeslagen')
	};
};
