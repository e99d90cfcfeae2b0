import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { areaChain, routeRequest } from './routing';
import { planMatches } from './radar';

// Twente > Almelo > Almelo-Noord > Aadorp, and Enschede beside Almelo.
const areas = [
	{ id: 'twente', parentId: null },
	{ id: 'almelo', parentId: 'twente' },
	{ id: 'noord', parentId: 'almelo' },
	{ id: 'aadorp', parentId: 'noord' },
	{ id: 'enschede', parentId: 'twente' }
];
const general = { id: 'general', themeIds: [], areaIds: [] };
const careTown = { id: 'care-town', themeIds: ['care'], areaIds: ['almelo'] };
const careVillage = { id: 'care-village', themeIds: ['care'], areaIds: ['aadorp'] };
const village = { id: 'village', themeIds: [], areaIds: ['aadorp'] };

describe('routing a request', () => {
	it('walks an area up to the region, and stops on a loop', () => {
		assert.deepEqual(areaChain('aadorp', areas), ['aadorp', 'noord', 'almelo', 'twente']);
		assert.deepEqual(areaChain(null, areas), []);
		assert.deepEqual(areaChain('a', [{ id: 'a', parentId: 'b' }, { id: 'b', parentId: 'a' }]), ['a', 'b']);
	});
	it('prefers a theme match, then the nearest area, then the oldest', () => {
		const contacts = [general, careTown, careVillage, village];
		const chain = areaChain('aadorp', areas);
		assert.equal(routeRequest(contacts, ['care'], chain)?.id, 'care-village');
		assert.equal(routeRequest([general, careTown, village], ['care'], chain)?.id, 'care-town', 'a theme match beats a nearer area');
		assert.equal(routeRequest(contacts, ['housing'], chain)?.id, 'village');
		assert.equal(routeRequest(contacts, ['care'], areaChain('enschede', areas))?.id, 'general');
		assert.equal(routeRequest([careTown, { ...careTown, id: 'care-town-2' }], ['care'], chain)?.id, 'care-town');
	});
	it('finds nobody when no contact point covers the request', () => {
		assert.equal(routeRequest([careVillage], ['housing'], areaChain('aadorp', areas)), null);
		assert.equal(routeRequest([careVillage], ['care'], []), null, 'an area-bound desk needs an area');
		assert.equal(routeRequest([], ['care'], []), null);
	});
});

describe('matching a plan to who follows the radar', () => {
	it('matches by theme, and by area up and down the hierarchy', () => {
		const plan = { themeIds: ['care'], areaIds: ['aadorp'] };
		assert.equal(planMatches(plan, { themeIds: ['care'], areaIds: ['almelo'] }, areas), true, 'a village plan concerns who follows the town');
		assert.equal(planMatches({ themeIds: ['care'], areaIds: ['almelo'] }, { themeIds: [], areaIds: ['aadorp'] }, areas), true, 'a town plan concerns who follows a village in it');
		assert.equal(planMatches(plan, { themeIds: ['care'], areaIds: ['enschede'] }, areas), false);
		assert.equal(planMatches(plan, { themeIds: ['housing'], areaIds: [] }, areas), false);
		assert.equal(planMatches(plan, { themeIds: [], areaIds: [] }, areas), true, 'following nothing in particular is following everything');
		assert.equal(planMatches({ themeIds: [], areaIds: [] }, { themeIds: ['housing'], areaIds: ['enschede'] }, areas), true, 'a plan for all themes everywhere concerns everyone');
	});
});
