import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { formAction, formValues } from '$lib/server/http';
import { BallotRefused, ballotChoices, castBallot, getBallot, previewBallot, problemMessage, type BallotCheck } from '$lib/server/modules/budgeting';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const ballot = await orErrorPage(locals, () => getBallot(locals.app.database.db, locals.actor, params.slug));
	const { process } = ballot;
	return {
		process: {
			slug: process.slug,
			title: process.title,
			ballotType: process.ballotType,
			maxProjects: process.maxProjects,
			pointsTotal: process.pointsTotal,
			votingByCode: process.votingByCode,
			votingByAccount: process.votingByAccount,
			minimumAge: process.minimumAge,
			votingFrom: process.votingFrom,
			votingUntil: process.votingUntil
		},
		phase: ballot.phase,
		space: ballot.space,
		voted: ballot.voted,
		signedIn: ballot.signedIn,
		boxes: ballot.boxes.map((b) => ({ areaId: b.area?.id ?? '', areaName: b.area?.name ?? '', budgetCents: b.area?.budgetCents ?? process.totalCents, projects: b.projects })),
		chosenArea: url.searchParams.get('gebied') ?? ''
	};
};

/** The rules a ballot breaks, in the reader's language (amounts written the way that language writes them). */
function checked(event: RequestEvent, check: BallotCheck) {
	return {
		ok: check.problems.length === 0,
		problems: check.problems.map((p) => {
			const { key, params } = problemMessage(p, event.locals.locale);
			return event.locals.t(key, params);
		})
	};
}

async function filledIn(event: RequestEvent) {
	const values = formValues(await event.request.formData(), ['project']);
	return { values, choices: ballotChoices(values), areaId: typeof values.areaId === 'string' && values.areaId ? values.areaId : null };
}

export const actions: Actions = {
	/** The running total and every rule broken; nothing is stored, so the voter may try again. */
	check: async (event) => {
		const { values, choices, areaId } = await filledIn(event);
		return formAction(values, async () => ({ checked: checked(event, await previewBallot(event.locals.app.database.db, event.locals.actor, event.params.slug, areaId, choices)), values }));
	},
	/**
	 * Final. The receipt is shown in this answer and nowhere else: a redirect would put it in an
	 * address, and so in the browser's history, where the next user of the computer could read
	 * what was voted.
	 */
	cast: async (event) => {
		const { values, choices } = await filledIn(event);
		return formAction(values, async () => {
			try {
				const { receipt, area } = await castBallot(event.locals.app.database.db, event.locals.actor, event.params.slug, values, choices);
				return { receipt, areaName: area?.name ?? '' };
			} catch (error) {
				if (error instanceof BallotRefused) return fail(400, { checked: checked(event, error.check), values });
				throw error;
			}
		});
	}
};
