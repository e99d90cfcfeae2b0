import type { Actions, PageServerLoad } from './$types';
import { requireActor } from '$lib/server/guard';
import { feedToken, myGatherings, renewFeedToken } from '$lib/server/modules/gatherings';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const { db } = locals.app.database;
	const rows = await myGatherings(db, actor);
	const now = Date.now();
	const upcoming = rows.filter((g) => !g.startsAt || (g.endsAt ?? g.startsAt).getTime() >= now).reverse();
	const past = rows.filter((g) => g.startsAt && (g.endsAt ?? g.startsAt).getTime() < now);
	const strip = ({ onlineUrl: _link, description: _text, ...g }: (typeof rows)[number]) => g;
	return { upcoming: upcoming.map(strip), past: past.map(strip), feedUrl: `${locals.app.config.origin}/kalender/${await feedToken(db, actor)}.ics` };
};

export const actions: Actions = {
	renewFeed: async ({ locals }) => {
		await renewFeedToken(locals.app.database.db, locals.actor);
		return { renewed: true };
	}
};
