import { error, isActionFailure, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { formAction } from '$lib/server/http';
import { formatDate } from '$lib/format';
import { DomainError } from '$lib/server/modules/identity';
import { countVotes, getResults } from '$lib/server/modules/budgeting';
import { boxView } from './view';

/** The replay form's fields, when the address carries them (`regel` is the rule). */
function replayOf(url: URL): Record<string, unknown> | null {
	const rule = url.searchParams.get('regel');
	if (rule === null) return null;
	return { rule, completion: url.searchParams.get('aanvulling') || undefined, add1Until: url.searchParams.get('tot') || undefined, tieBreak: url.searchParams.get('gelijk') || undefined };
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { db } = locals.app.database;
	const replay = replayOf(url);
	const read = async (withReplay: Record<string, unknown> | null) => {
		try {
			return { results: await getResults(db, locals.actor, params.slug, new Date(), withReplay), refused: null };
		} catch (e) {
			// A rule the form does not offer is a bad address; a replay too large is said on the page, over the stored count.
			if (e instanceof z.ZodError) error(400, locals.t('error.invalidRequest'));
			if (e instanceof DomainError && withReplay && e.messageKey.startsWith('budget.error.replay')) return { results: null, refused: locals.t(e.messageKey, e.params) };
			if (e instanceof DomainError) error(e.status, locals.t(e.messageKey));
			throw e;
		}
	};
	let { results, refused } = await read(replay);
	results ??= (await read(null)).results!;
	const { process, space } = results;
	return {
		process: { slug: process.slug, title: process.title, imported: process.imported, votingUntil: formatDate(process.votingUntil, locals.locale) },
		space,
		counted: results.counted,
		votingClosed: results.votingClosed,
		countsOn: formatDate(results.countsOn, locals.locale),
		canCount: results.canCount,
		boxes: results.boxes.map((box, i) => boxView(box, i, results.settings, locals.t, locals.locale)),
		replay: results.replay,
		replayRefused: refused,
		/** What the replay form shows chosen: the replay's rule, or the stored one. */
		chosen: results.replay ?? { rule: results.settings.rule, completion: results.settings.completion, add1Until: results.settings.add1Until, tieBreak: results.settings.tieBreak },
		justCounted: url.searchParams.has('geteld')
	};
};

export const actions: Actions = {
	count: async ({ locals, params }) => {
		const result = await formAction({}, () => countVotes(locals.app.database.db, locals.actor, params.slug));
		if (isActionFailure(result)) return result;
		redirect(303, `/begrotingen/${params.slug}/uitslag?geteld#uitslag`);
	}
};
