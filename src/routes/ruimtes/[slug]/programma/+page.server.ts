import type { Actions, PageServerLoad } from './$types';
import { orErrorPage } from '$lib/server/pages';
import { sectionAction } from '$lib/server/http';
import { sharedForSeconds } from '$lib/server/pageCache';
import { renderMarkdown } from '$lib/server/markdown';
import { createPillar, getProgramme, updateProgramme } from '$lib/server/modules/programme';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const programme = await orErrorPage(locals, () => getProgramme(locals.app.database.db, locals.actor, params.slug));
	if (!locals.actor) setHeaders(sharedForSeconds(2));
	return {
		programme: {
			...programme,
			descriptionHtml: renderMarkdown(programme.description),
			pillars: programme.pillars.map((p) => ({ ...p, descriptionHtml: renderMarkdown(p.description) }))
		}
	};
};

export const actions: Actions = {
	pillar: sectionAction('pillar', (e, v) => createPillar(e.locals.app.database.db, e.locals.actor, e.params.slug!, v)),
	programme: sectionAction('programme', (e, v) => updateProgramme(e.locals.app.database.db, e.locals.actor, e.params.slug!, v))
};
