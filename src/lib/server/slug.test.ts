import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { slugify, uniqueSlug } from './slug';

describe('slugify', () => {
	it('makes readable URL parts from Dutch titles', () => {
		assert.equal(slugify('Burgerinbreng regioplan 2026'), 'burgerinbreng-regioplan-2026');
		assert.equal(slugify('Coöperatie Samen Twente'), 'cooperatie-samen-twente');
		assert.equal(slugify('Zorg & Welzijn'), 'zorg-en-welzijn');
		assert.equal(slugify('  ---  '), 'item');
	});
	it('never ends in a dash after shortening', () => {
		const slug = slugify('a'.repeat(59) + ' b');
		assert.ok(!slug.endsWith('-'));
		assert.ok(slug.length <= 60);
	});
	it('numbers duplicates', () => {
		assert.equal(uniqueSlug('repair-cafe', new Set()), 'repair-cafe');
		assert.equal(uniqueSlug('repair-cafe', new Set(['repair-cafe', 'repair-cafe-2'])), 'repair-cafe-3');
	});
});
