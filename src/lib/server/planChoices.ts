import type { Db } from './db/client';
import type { Actor } from './modules/identity';
import { listAreas, listThemes } from './modules/network';
import { contactPointsOf } from './modules/requests';
import { listSpaces } from './modules/spaces';
import { themeName } from '../names';
import type { Locale } from '../i18n';

/** What the plan form offers to choose from: themes, areas, the organisation's contact points and the spaces one can see. */
export async function planChoices(db: Db, actor: Actor, organisationId: string, locale: Locale) {
	const [themes, areas, contacts, spaces] = await Promise.all([listThemes(db), listAreas(db), contactPointsOf(db, organisationId), listSpaces(db, actor)]);
	return {
		themes: themes.map((th) => ({ value: th.id, label: themeName(th, locale) })),
		areas: areas.map((a) => ({ value: a.id, label: a.name })),
		contactPoints: contacts.map((c) => ({ value: c.id, label: c.personName ? `${c.role} (${c.personName})` : c.role })),
		spaces: spaces.map((s) => ({ value: s.slug, label: s.title }))
	};
}
