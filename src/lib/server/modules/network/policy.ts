import type { Actor } from '../identity/policy';

export type OrganisationRole = 'member' | 'coordinator';

/** Any signed-in person may start an organisation: an initiative needs nobody's permission. */
export function canCreateOrganisation(actor: Actor | null): boolean {
	return actor !== null;
}

export function canManageOrganisation(actor: Actor | null, role: OrganisationRole | null): boolean {
	return actor?.isAdmin === true || role === 'coordinator';
}

export function canManageTaxonomy(actor: Actor | null): boolean {
	return actor?.isAdmin === true;
}
