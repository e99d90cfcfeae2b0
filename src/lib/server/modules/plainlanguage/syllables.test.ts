import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { syllables } from './syllables';
import { syllableGold } from './syllables.gold';

describe('Dutch syllables', () => {
	it('counts the words the issue names: compounds, diaereses and vowel clusters', () => {
		assert.deepEqual(
			['burgerinitiatief', 'ideeën', 'geïnteresseerd', 'nieuwe'].map((w) => syllables(w)),
			[7, 3, 5, 2]
		);
	});

	it(`counts every word of the gold list right (${syllableGold.length} words)`, () => {
		assert.ok(syllableGold.length >= 200);
		const wrong = syllableGold.filter(([word, count]) => syllables(word) !== count).map(([word, count]) => `${word}: ${count}, counted ${syllables(word)}`);
		assert.deepEqual(wrong, []);
	});

	it('gives a word without letters no syllables, and any word with letters at least one', () => {
		assert.equal(syllables('2026'), 0);
		assert.equal(syllables('sms'), 1);
		assert.equal(syllables('E-MAIL'), 2);
	});
});
