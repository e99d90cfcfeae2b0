import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { orErrorPage } from '$lib/server/pages';
import { getBallot, turnout } from '$lib/server/modules/budgeting';
import { isMessageKey, type MessageKey } from '$lib/i18n';

const fields = ['count', 'areaId'] as const;

/**
 * The page answers at `codes` and, for a refused batch, at `codes/geweigerd`: one level deeper, as
 * deep as `codes/stemcodes.csv`, whose answer it then is. The page's relative links to scripts and
 * styles are written for the depth of the address it answers at.
 */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (params.stap !== undefined && params.stap !== 'geweigerd') error(404, locals.t('error.notFound'));
	const actor = requireActor(locals, url);
	const { db } = locals.app.database;
	// Turnout first: it is the facilitators' check, so anyone else gets a 403 and nothing more.
	const figures = await orErrorPage(locals, () => turnout(db, actor, params.slug));
	const { process, phase, boxes } = await orErrorPage(locals, () => getBallot(db, actor, params.slug));
	const areas = boxes.flatMap((b) => (b.area ? [{ value: b.area.id, label: b.area.name }] : []));
	const areaName = new Map(areas.map((a) => [a.value, a.label]));
	return {
		process: { slug: process.slug, title: process.title },
		canMake: process.votingByCode && !process.imported && phase !== 'results' && phase !== 'implementation',
		codesOff: !process.votingByCode,
		areas,
		turnout: {
			codes: figures.codes,
			codesUsed: figures.codesUsed,
			accountVoters: figures.accountVoters,
			ballots: figures.ballots,
			percent: figures.codes ? Math.round((figures.codesUsed * 100) / figures.codes) : null
		},
		batches: figures.batches.map((b) => ({ id: b.id, size: b.size, createdAt: b.createdAt, areaName: b.areaId ? (areaName.get(b.areaId) ?? '') : null })),
		refused: refusalIn(url)
	};
};

/** A refused batch comes back from stemcodes.csv, as `fout` and `veld-<field>` with what was typed. */
function refusalIn(url: URL) {
	const key = (name: string): MessageKey | undefined => {
		const value = url.searchParams.get(name);
		return isMessageKey(value) ? value : undefined;
	};
	const errors: Partial<Record<(typeof fields)[number], MessageKey>> = {};
	for (const field of fields) {
		const message = key(`veld-${field}`);
		if (message) errors[field] = message;
	}
	const refusal = key('fout');
	if (!refusal && Object.keys(errors).length === 0) return null;
	return { error: refusal, errors, values: { count: url.searchParams.get('aantal') ?? '', areaId: url.searchParams.get('gebied') ?? '' } };
}
