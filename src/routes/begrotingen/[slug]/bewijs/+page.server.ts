import type { Actions, PageServerLoad } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { formAction, formValues } from '$lib/server/http';
import { findBallotByReceipt, getBallot } from '$lib/server/modules/budgeting';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { process, space } = await orErrorPage(locals, () => getBallot(locals.app.database.db, locals.actor, params.slug));
	return { process: { slug: process.slug, title: process.title, ballotType: process.ballotType }, space };
};

export const actions: Actions = {
	/**
	 * A POST, not a search in the address: the receipt opens what was voted, and an address stays
	 * in the browser's history and in server logs. The answer names the projects on the ballot and
	 * nothing else: no time, no voter, no code.
	 */
	default: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const { db } = locals.app.database;
		return formAction(values, async () => {
			const ballot = await findBallotByReceipt(db, locals.actor, params.slug, String(values.receipt ?? ''));
			const { boxes } = await getBallot(db, locals.actor, params.slug);
			const box = boxes.find((b) => (b.area?.id ?? null) === ballot.areaId);
			const titles = new Map(box?.projects.map((p) => [p.code, p.title]));
			return {
				found: {
					areaName: box?.area?.name ?? '',
					lines: ballot.projects.map((code, i) => ({ code, title: titles.get(code) ?? null, points: ballot.points?.[i] ?? null }))
				}
			};
		});
	}
};
