import { z } from 'zod';
import { areaInput, directoryFilter, organisationInput, themeInput } from '../modules/network';
import { phasesInput, spaceInput } from '../modules/spaces';
import { tokenNameInput } from '../modules/identity';

/**
 * Every JSON API operation, described once. The routes validate with these same schemas and
 * the OpenAPI document is generated from them, so the two cannot drift apart.
 */
export interface Operation {
	method: 'get' | 'post' | 'put' | 'delete';
	path: string;
	summary: string;
	tag: string;
	auth: 'none' | 'token';
	query?: z.ZodObject;
	body?: z.ZodType;
	created?: boolean;
}

export const operations = {
	listOrganisations: { method: 'get', path: '/organisations', summary: 'Directory of organisations', tag: 'network', auth: 'none', query: directoryFilter },
	createOrganisation: { method: 'post', path: '/organisations', summary: 'Create an organisation; the caller becomes its coordinator', tag: 'network', auth: 'token', body: organisationInput, created: true },
	getOrganisation: { method: 'get', path: '/organisations/{slug}', summary: 'One organisation with areas, themes and members', tag: 'network', auth: 'none' },
	updateOrganisation: { method: 'put', path: '/organisations/{slug}', summary: 'Replace an organisation (coordinators and administrators)', tag: 'network', auth: 'token', body: organisationInput },
	listAreas: { method: 'get', path: '/areas', summary: 'All areas, flat, with parent ids and CBS codes', tag: 'network', auth: 'none' },
	createArea: { method: 'post', path: '/areas', summary: 'Add an area (administrators)', tag: 'network', auth: 'token', body: areaInput, created: true },
	listThemes: { method: 'get', path: '/themes', summary: 'The theme taxonomy', tag: 'network', auth: 'none' },
	createTheme: { method: 'post', path: '/themes', summary: 'Add a theme (administrators)', tag: 'network', auth: 'token', body: themeInput, created: true },
	listSpaces: { method: 'get', path: '/spaces', summary: 'Spaces visible to the caller', tag: 'spaces', auth: 'none' },
	createSpace: { method: 'post', path: '/spaces', summary: 'Create a space owned by organisations the caller coordinates', tag: 'spaces', auth: 'token', body: spaceInput, created: true },
	getSpace: { method: 'get', path: '/spaces/{slug}', summary: 'One space with owners, phases and components', tag: 'spaces', auth: 'none' },
	setPhases: { method: 'put', path: '/spaces/{slug}/phases', summary: 'Replace the phases of a space (owners)', tag: 'spaces', auth: 'token', body: phasesInput },
	createToken: { method: 'post', path: '/tokens', summary: 'Create another personal access token for the caller', tag: 'identity', auth: 'token', body: tokenNameInput, created: true }
} satisfies Record<string, Operation>;
