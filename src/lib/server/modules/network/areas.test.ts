// Pure tests of where an area may sit (level and CBS code) and of nesting areas into trees.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { areaPlacementProblem, buildAreaTree } from './areas';

describe('areaPlacementProblem', () => {
	it('accepts a region at the top, without a CBS code', () => {
		assert.equal(areaPlacementProblem('region', null, null), null);
	});

	it('refuses a region under any other area', () => {
		for (const parent of ['region', 'municipality', 'district', 'neighbourhood'] as const)
			assert.equal(areaPlacementProblem('region', parent, null), 'error.areaParent', `region under ${parent}`);
	});

	it('refuses every lower level at the top (it needs a parent)', () => {
		for (const level of ['municipality', 'district', 'neighbourhood'] as const)
			assert.equal(areaPlacementProblem(level, null, null), 'error.areaParent', level);
	});

	it('accepts the usual chain region > municipality > district > neighbourhood', () => {
		assert.equal(areaPlacementProblem('municipality', 'region', 'GM0153'), null);
		assert.equal(areaPlacementProblem('district', 'municipality', 'WK015300'), null);
		assert.equal(areaPlacementProblem('neighbourhood', 'district', 'BU01530000'), null);
	});

	it('lets an area skip levels: the parent only has to be of a higher level', () => {
		// What the code enforces: a neighbourhood may sit directly under a municipality or even a region.
		assert.equal(areaPlacementProblem('neighbourhood', 'municipality', 'BU01530000'), null);
		assert.equal(areaPlacementProblem('neighbourhood', 'region', null), null);
		assert.equal(areaPlacementProblem('district', 'region', null), null);
	});

	it('refuses a parent of the same or a lower level', () => {
		assert.equal(areaPlacementProblem('municipality', 'municipality', null), 'error.areaParent');
		assert.equal(areaPlacementProblem('district', 'district', null), 'error.areaParent');
		assert.equal(areaPlacementProblem('district', 'neighbourhood', null), 'error.areaParent');
		assert.equal(areaPlacementProblem('municipality', 'neighbourhood', null), 'error.areaParent');
		assert.equal(areaPlacementProblem('neighbourhood', 'neighbourhood', null), 'error.areaParent');
	});

	it('requires the CBS prefix of the level: GM, WK, BU', () => {
		assert.equal(areaPlacementProblem('municipality', 'region', 'WK015300'), 'error.cbsCode');
		assert.equal(areaPlacementProblem('municipality', 'region', 'BU01530000'), 'error.cbsCode');
		assert.equal(areaPlacementProblem('district', 'municipality', 'GM0153'), 'error.cbsCode');
		assert.equal(areaPlacementProblem('neighbourhood', 'district', 'WK015300'), 'error.cbsCode');
	});

	it('refuses any CBS code on a region, which has none', () => {
		for (const code of ['GM0153', 'WK015300', 'BU01530000', 'XX'])
			assert.equal(areaPlacementProblem('region', null, code), 'error.cbsCode', code);
	});

	it('treats an empty or missing CBS code as no code', () => {
		assert.equal(areaPlacementProblem('municipality', 'region', ''), null);
		assert.equal(areaPlacementProblem('district', 'municipality', null), null);
	});

	it('reports the parent problem first when both are wrong', () => {
		assert.equal(areaPlacementProblem('district', null, 'GM0153'), 'error.areaParent');
	});
});

describe('buildAreaTree', () => {
	const flat = [
		{ id: 'n2', parentId: 'd1', name: 'Schelfhorst', level: 'neighbourhood' },
		{ id: 'm2', parentId: 'r1', name: 'Almelo', level: 'municipality' },
		{ id: 'r1', parentId: null, name: 'Twente', level: 'region' },
		{ id: 'd1', parentId: 'm2', name: 'Centrum', level: 'district' },
		{ id: 'm1', parentId: 'r1', name: 'Enschede', level: 'municipality' },
		{ id: 'n1', parentId: 'd1', name: 'binnenstad', level: 'neighbourhood' },
		{ id: 'r2', parentId: null, name: 'Achterhoek', level: 'region' }
	];

	it('returns an empty forest for no areas', () => {
		assert.deepEqual(buildAreaTree([]), []);
	});

	it('nests children under their parents and sorts every level by name (Dutch, case-insensitive)', () => {
		const tree = buildAreaTree(flat);
		assert.deepEqual(
			tree.map((r) => r.name),
			['Achterhoek', 'Twente']
		);
		const twente = tree[1];
		assert.deepEqual(
			twente.children.map((c) => c.name),
			['Almelo', 'Enschede']
		);
		const almelo = twente.children[0] as (typeof flat)[number] & { children: { name: string; children: unknown[] }[] };
		assert.equal(almelo.children.length, 1);
		const centrum = almelo.children[0];
		assert.equal(centrum.name, 'Centrum');
		// 'binnenstad' (lower case) comes before 'Schelfhorst': not a plain code-point sort.
		assert.deepEqual(
			(centrum.children as { name: string }[]).map((c) => c.name),
			['binnenstad', 'Schelfhorst']
		);
		assert.deepEqual(tree[0].children, []);
		assert.deepEqual(twente.children[1].children, []);
	});

	it('keeps the other fields of each area', () => {
		const [, twente] = buildAreaTree(flat);
		assert.equal(twente.level, 'region');
		assert.equal(twente.children[0].level, 'municipality');
		assert.equal(twente.children[0].parentId, 'r1');
	});

	it('puts an area whose parent is not in the list at the top rather than losing it', () => {
		const tree = buildAreaTree([
			{ id: 'a', parentId: 'missing', name: 'Wees' },
			{ id: 'b', parentId: null, name: 'Boom' }
		]);
		assert.deepEqual(
			tree.map((n) => n.id),
			['b', 'a']
		);
	});

	it('counts every area exactly once', () => {
		const count = (nodes: { children: unknown[] }[]): number =>
			nodes.reduce((sum, n) => sum + 1 + count(n.children as { children: unknown[] }[]), 0);
		assert.equal(count(buildAreaTree(flat)), flat.length);
	});

	it('does not change the areas it was given', () => {
		const input = flat.map((a) => ({ ...a }));
		buildAreaTree(input);
		assert.deepEqual(input, flat);
		assert.ok(input.every((a) => !('children' in a)));
	});
});
